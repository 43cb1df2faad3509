/// A join code: ten symbols of Crockford's base 32 (50 bits from the system's random
/// source, never the game's seed), written `K7QXM-2PDRT`.
public enum SeatCode {
    /// The symbols: digits and letters without I, L, O and U, which are easy to misread.
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    /// The number of symbols in a code.
    static let length = 10

    /// A new code from the system's random source.
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        let symbols = (0..<length).map { _ in alphabet[Int(generator.next(upperBound: UInt8(32)))] }
        return String(symbols[..<5]) + "-" + String(symbols[5...])
    }

    /// The most symbols a typed code may keep; anything longer is not a code.
    static let typedLimit = 64

    /// The code as typed, made comparable: capitals, no dashes or spaces, and the letters
    /// people type for digits (`O` for 0, `I` and `L` for 1) read as those digits; nil when
    /// nothing is left or too much (so junk is never compared): `k7qx-m2pd rt` is
    /// `K7QXM2PDRT`.
    public static func normalized(_ typed: String) -> String? {
        var result = ""
        var kept = 0
        for character in typed.uppercased() {
            switch character {
            case "-", " ", "\t", "\r", "\n": continue
            case "O": result.append("0")
            case "I", "L": result.append("1")
            default: result.append(character)
            }
            kept += 1
            if kept > typedLimit { return nil }
        }
        return kept == 0 ? nil : result
    }
}
