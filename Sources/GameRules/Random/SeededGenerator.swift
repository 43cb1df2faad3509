/// The game's own random generator: xoshiro256** seeded through SplitMix64.
///
/// It lives in the state, so a seed and a list of actions give the same game on every
/// platform and Swift version. Algorithms: Blackman and Vigna, "Scrambled linear
/// pseudorandom number generators" (2018); SplitMix64 by Steele, Lea and Flood (2014).
public struct SeededGenerator: RandomNumberGenerator, Hashable, Sendable, Codable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Creates a generator whose four state words come from SplitMix64 on `seed`.
    public init(seed: UInt64) {
        var mix = seed
        s0 = SeededGenerator.splitMix(&mix)
        s1 = SeededGenerator.splitMix(&mix)
        s2 = SeededGenerator.splitMix(&mix)
        s3 = SeededGenerator.splitMix(&mix)
    }

    /// Creates a generator from its four raw state words (not all zero), to check the
    /// published reference outputs of xoshiro256**.
    public init(words: (UInt64, UInt64, UInt64, UInt64)) {
        (s0, s1, s2, s3) = words
    }

    /// One SplitMix64 step; also used to derive independent seeds.
    public static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The seed of game number `index` in a series started from `master`.
    public static func derivedSeed(master: UInt64, index: UInt64) -> UInt64 {
        var state = master ^ (index &* 0xD1B5_4A32_D192_ED03)
        return splitMix(&state)
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    /// A uniform integer in `0..<bound` by Lemire's multiply-and-reject method.
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = next().multipliedFullWidth(by: range)
            }
        }
        return Int(product.high)
    }

    /// A uniform number in `0..<1` with 53 random bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Whether an event with probability `chance` happens.
    public mutating func chance(_ chance: Double) -> Bool {
        if chance >= 1 { return true }
        if chance <= 0 { return false }
        return unit() < chance
    }

    /// Shuffles `array` in place (Fisher-Yates, from the end).
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(i, below(i + 1))
        }
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
