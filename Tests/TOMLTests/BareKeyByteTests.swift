import Testing

@testable import TOML

/// The bit table that tells which bytes may be in a bare key agrees with the rule written
/// out, for every byte value.
@Suite struct BareKeyByteTests {
    @Test func everyByteIsClassifiedAsTheRuleSays() {
        for value in 0...255 {
            let b = UInt8(value)
            let expected =
                (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
                || b == 0x5F || b == 0x2D
            #expect(ASCII.isBareKey(b) == expected, "byte \(value)")
        }
    }
}
