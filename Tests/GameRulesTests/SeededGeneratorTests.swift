import GameRules
import Testing

@Suite("The seeded generator")
struct SeededGeneratorTests {
    @Test func splitMixMatchesItsReferenceOutputs() {
        var state: UInt64 = 1_234_567
        let outputs = (0..<5).map { _ in SeededGenerator.splitMix(&state) }
        #expect(
            outputs == [
                6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
                4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
            ])
    }

    @Test func xoshiroMatchesItsReferenceOutputs() {
        var generator = SeededGenerator(words: (1, 2, 3, 4))
        let outputs = (0..<6).map { _ in generator.next() }
        #expect(
            outputs == [
                11520, 0, 1_509_978_240, 1_215_971_899_390_074_240, 1_216_172_134_540_287_360,
                607_988_272_756_665_600,
            ])
    }

    @Test(arguments: [1, 2, 3, 7, 10, 1000])
    func boundedIntegersStayInRangeAndCoverIt(bound: Int) {
        var generator = SeededGenerator(seed: 42)
        var seen = Set<Int>()
        for _ in 0..<(bound * 50) {
            let value = generator.below(bound)
            #expect((0..<bound).contains(value))
            seen.insert(value)
        }
        #expect(seen.count == bound || bound == 1000 && seen.count > 990)
    }

    @Test func unitNumbersAreInTheHalfOpenInterval() {
        var generator = SeededGenerator(seed: 7)
        let values = (0..<10_000).map { _ in generator.unit() }
        #expect(values.allSatisfy { $0 >= 0 && $0 < 1 })
        let mean = values.reduce(0, +) / Double(values.count)
        #expect(abs(mean - 0.5) < 0.02)
    }

    @Test func shuffleIsAPermutationAndDependsOnlyOnTheSeed() {
        var a = SeededGenerator(seed: 9)
        var b = SeededGenerator(seed: 9)
        var first = Array(0..<20)
        var second = Array(0..<20)
        a.shuffle(&first)
        b.shuffle(&second)
        #expect(first == second)
        #expect(first.sorted() == Array(0..<20))
        #expect(first != Array(0..<20))
    }

    @Test func derivedSeedsDifferPerGame() {
        let seeds = (0..<1000).map { SeededGenerator.derivedSeed(master: 5, index: UInt64($0)) }
        #expect(Set(seeds).count == 1000)
    }
}
