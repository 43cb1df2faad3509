/// A typed line checked for control characters: a tab counts as a space and one trailing
/// carriage return is dropped; any other control character (C0, DEL or C1) refuses the whole
/// line, so `geef beheer 1\0 2` is never read as `geef beheer 12`.
struct InputLine: Hashable, Sendable {
    /// The line without surrounding blanks, tabs turned into spaces.
    let text: String

    /// Checks `raw`; a control character is an `InputError` with the id `control-character`
    /// naming the character (`U+0000`) and its column (counted from 1, in Unicode scalars).
    init(_ raw: String) throws(InputError) {
        var scalars = Substring(raw).unicodeScalars
        if scalars.last == "\r" { scalars.removeLast() }
        var kept = String.UnicodeScalarView()
        for (offset, scalar) in scalars.enumerated() {
            if scalar == "\t" {
                kept.append(" ")
            } else if InputLine.isControl(scalar) {
                throw InputError(
                    "control-character", [InputLine.code(scalar), "\(offset + 1)"])
            } else {
                kept.append(scalar)
            }
        }
        text = String(kept).trimmingCharacters()
    }

    /// Whether `scalar` is a control character: C0 (below U+0020), DEL or C1 (U+0080-U+009F).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The character's code point as `U+000D`.
    static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
