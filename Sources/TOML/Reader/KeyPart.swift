/// One part of a (possibly dotted) key, such as `b` in `a.b.c`.
struct KeyPart {
    /// The key text without quotes or escapes.
    var name: String
    /// Where the part is written.
    var location: SourceLocation
    /// A hash of the name's UTF-8 bytes (`ShortTextCache.fingerprint`), the same however the
    /// key is written, so a table tells most other keys apart without comparing strings.
    var fingerprint: UInt64

    /// A part named `name`, written at `location`.
    init(name: String, location: SourceLocation) {
        self.init(name: name, location: location, fingerprint: ShortTextCache.fingerprint(of: name))
    }

    /// A part whose fingerprint is already known.
    init(name: String, location: SourceLocation, fingerprint: UInt64) {
        self.name = name
        self.location = location
        self.fingerprint = fingerprint
    }
}

extension Collection where Element == KeyPart {
    /// The key as a reader would write it, for messages: `a.b."c d"`.
    var display: String {
        map { part in
            let bare = !part.name.isEmpty && part.name.utf8.allSatisfy(ASCII.isBareKey)
            return bare ? part.name : "\"" + part.name + "\""
        }.joined(separator: ".")
    }
}
