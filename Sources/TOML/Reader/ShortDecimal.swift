/// Reads a plain decimal such as `2.5` or `-0.125` without going through text: a fast path
/// that gives exactly the double a full conversion gives, or nil where it cannot promise that.
///
/// With at most 15 digits the digits form an integer that a double holds exactly, and so does
/// a power of ten up to 10^22; one division of two exact doubles is correctly rounded
/// (Clinger's fast path).
enum ShortDecimal {
    /// The most digits the fast path takes: 10^15 is below 2^53.
    static let maxDigits = 15

    private static let powersOfTen: [Double] = (0...maxDigits).map { power in
        (0..<power).reduce(1.0) { value, _ in value * 10 }
    }

    /// The value of the digits (underscores skipped) in `bytes[start..<stop]`, which hold
    /// digits, underscores and at most one `.`, with `negative` for a leading minus; nil when
    /// there are more than 15 digits.
    static func value(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ stop: Int, negative: Bool
    ) -> Double? {
        var digits = 0
        var significand: UInt64 = 0
        var fractionDigits = 0
        var inFraction = false
        for i in start..<stop {
            let byte = bytes[i]
            if byte == ASCII.dot {
                inFraction = true
            } else if byte != ASCII.underscore {
                digits += 1
                if digits > maxDigits { return nil }
                significand = significand * 10 + UInt64(byte &- 0x30)
                if inFraction { fractionDigits += 1 }
            }
        }
        let magnitude = Double(significand) / powersOfTen[fractionDigits]
        return negative ? -magnitude : magnitude
    }
}
