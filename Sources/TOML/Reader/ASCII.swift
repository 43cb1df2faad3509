/// Byte values of the ASCII characters that TOML syntax uses.
enum ASCII {
    static let tab: UInt8 = 0x09
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22
    static let hash: UInt8 = 0x23
    static let apostrophe: UInt8 = 0x27
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let colon: UInt8 = 0x3A
    static let equals: UInt8 = 0x3D
    static let leftBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let rightBracket: UInt8 = 0x5D
    static let underscore: UInt8 = 0x5F
    static let leftBrace: UInt8 = 0x7B
    static let rightBrace: UInt8 = 0x7D
    static let delete: UInt8 = 0x7F

    /// Whether `b` is `0`-`9`.
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

    /// Whether `b` may appear in a bare key: letters, digits, `_` and `-`.
    @inline(__always) static func isBareKey(_ b: UInt8) -> Bool {
        // One bit per byte value below 128: `-` and `0`-`9` in the low word, `A`-`Z`, `_`
        // and `a`-`z` in the high one; a test and a shift instead of four comparisons.
        let low: UInt64 = 0x03FF_2000_0000_0000
        let high: UInt64 = 0x07FF_FFFE_87FF_FFFE
        let word = b < 64 ? low : high
        return b < 128 && (word &>> UInt64(b & 63)) & 1 != 0
    }

    /// Whether `b` is a control character that TOML forbids in comments and strings.
    @inline(__always) static func isForbiddenControl(_ b: UInt8) -> Bool {
        (b < 0x20 && b != tab) || b == delete
    }

    /// The value of the hexadecimal digit `b`, or nil.
    @inline(__always) static func hexValue(_ b: UInt8) -> UInt32? {
        if isDigit(b) { return UInt32(b - 0x30) }
        let lower = b | 0x20
        if lower >= 0x61 && lower <= 0x66 { return UInt32(lower - 0x61 + 10) }
        return nil
    }
}
