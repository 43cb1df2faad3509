/// One part of a (possibly dotted) key, such as `b` in `a.b.c`.
struct KeyPart {
    /// The key text without quotes or escapes.
    var name: String
    /// Where the part is written.
    var location: SourceLocation
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
