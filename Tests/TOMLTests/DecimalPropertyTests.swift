import Foundation
import TOML
import TestSupport
import Testing

/// Plain decimals read to exactly the double a full conversion of their text gives, bit for
/// bit: the reader's fast path for up to 15 digits, and the slow one past it.
@Suite struct DecimalPropertyTests {
    /// A random decimal: a sign, digits before and after the point (sometimes with leading
    /// zeros or single underscores between digits), 1 to 20 digits in all.
    static func decimal(_ random: inout SplitMix64) -> String {
        func digits(_ count: Int, _ random: inout SplitMix64) -> String {
            var text = ""
            for k in 0..<count {
                if k > 0 && random.below(8) == 0 { text += "_" }
                text += String(random.below(10))
            }
            return text
        }
        let sign = ["", "-", "+"][random.below(3)]
        var whole = digits(1 + random.below(10), &random)
        if whole.count > 1 && whole.first == "0" { whole = "1" + whole.dropFirst() }
        if random.below(6) == 0 { whole = "0" }
        return sign + whole + "." + digits(1 + random.below(10), &random)
    }

    @Test func decimalsReadAsTheirFullConversion() throws {
        var random = SplitMix64(seed: 15)
        var cases = ["0.0", "-0.0", "+0.5", "999999999999999.0", "9999999999999999.0", "0.1"]
        cases += ["123456789.012345", "1234567890.1234567", "0.000000000000001"]
        for _ in 0..<TestScale.count(quick: 2_000, full: 50_000) {
            cases.append(Self.decimal(&random))
        }
        for text in cases {
            let document = try #require(TOMLTestSupport.document("x = \(text)"), "\(text)")
            let read = try #require(document.root["x"]?.value.doubleValue, "\(text)")
            let expected = try #require(Double(text.replacingOccurrences(of: "_", with: "")))
            #expect(read.bitPattern == expected.bitPattern, "\(text): \(read) for \(expected)")
        }
    }
}
