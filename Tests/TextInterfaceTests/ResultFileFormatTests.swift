import Foundation
import GameRules
import Strategies
import Testing

@testable import TextInterface

/// Results files written by `simulate --out` read back as the same results, in both formats,
/// and damaged lines are skipped instead of crashing `merge`.
@Suite("Results files")
struct ResultFileFormatTests {
    static let result = GameResult(
        index: 41, seed: 18_446_744_073_709_551_557, roles: ["beheer", "sociaal"],
        strategies: ["cooperative", "sectoral"], scores: [12.5, 0], sharedScore: 7.25,
        outcome: "collectiveLoss", rounds: 4, groupTrust: 51.375, couplingsMade: 2,
        couplingsMissed: 1, eventsFired: 3, projectsStarted: 5, goalsReached: 2,
        sharedGoalsReached: 1, dilemmasDecided: 2, actions: 311, refusedLegalActions: 0,
        firedEvents: ["rioolbreuk", "subsidie"], startedProjects: ["riool_noord"])

    @Test("a result survives a round trip", arguments: [ResultFileFormat.jsonLines, .csv])
    func roundTrip(_ format: ResultFileFormat) {
        let line = format.line(Self.result)
        #expect(!line.contains("\n"))
        #expect(ResultFileFormat.parse(Substring(line)) == Self.result)
    }

    @Test("the JSON line is what JSONEncoder writes, byte for byte")
    func jsonLineMatchesFoundation() throws {
        var odd = Self.result
        odd.roles = ["be\"heer", "so/ci\\aal\n\t\u{01}"]
        odd.scores = [-0.1, 1e21]
        odd.groupTrust = 1.0 / 3.0
        odd.sharedScore = -42
        for result in [Self.result, odd, Self.failed] {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let foundation = String(decoding: try encoder.encode(result), as: UTF8.self)
            #expect(ResultFileFormat.jsonLines.line(result) == foundation)
        }
    }

    /// A game in which a bot failed, with its reason.
    static let failed: GameResult = {
        var result = Self.result
        result.outcome = GameResult.failedOutcome
        result.failure =
            "bot-malformed-answer: bot `python3 \"my bot\".py` (role sociaal), answering message 2: the line is not JSON; line: \"{\\n\""
        return result
    }()

    @Test("a failed game keeps its reason in JSON Lines and its outcome in CSV")
    func failedGame() {
        let json = ResultFileFormat.jsonLines.line(Self.failed)
        #expect(ResultFileFormat.parse(Substring(json)) == Self.failed)
        #expect(!ResultFileFormat.jsonLines.line(Self.result).contains("failure"))
        let csv = ResultFileFormat.parse(Substring(ResultFileFormat.csv.line(Self.failed)))
        #expect(csv?.failed == true)
        #expect(csv?.failure == nil)
    }

    @Test func emptyListsSurviveCSV() {
        var result = Self.result
        result.firedEvents = []
        result.startedProjects = []
        #expect(ResultFileFormat.parse(Substring(ResultFileFormat.csv.line(result))) == result)
    }

    @Test(
        "headers, empty and broken lines are skipped",
        arguments: [
            ResultFileFormat.csvHeader, "", "   ", "{", "{\"index\": 1}", "1,2,3",
            "x,1,completed,6,100,1,50,0,0,0,0,0,0,0,0,a,b,1,,",
            "1,1,completed,6,100,1,50,0,0,0,0,0,0,0,0,a;b,c;d,1,,",
        ])
    func skipped(_ line: String) {
        #expect(ResultFileFormat.parse(Substring(line)) == nil)
    }

    @Test func mutatedLinesNeverCrash() {
        var random = SeededGenerator(seed: 7)
        let lines = [ResultFileFormat.jsonLines, .csv].map { Array($0.line(Self.result).utf8) }
        let alphabet = Array("{}[]\",:;0123456789.-eE nulltruex\\".utf8)
        var parsed = 0
        for _ in 0..<5_000 {
            var bytes = lines[Int(random.next() % 2)]
            for _ in 0..<(1 + Int(random.next() % 4)) {
                let spot = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 3 {
                case 0: bytes[spot] = alphabet[Int(random.next() % UInt64(alphabet.count))]
                case 1: bytes.remove(at: spot)
                default: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: spot)
                }
            }
            if ResultFileFormat.parse(Substring(String(decoding: bytes, as: UTF8.self))) != nil {
                parsed += 1
            }
        }
        #expect(parsed < 5_000, "most mutations must be rejected, not silently accepted")
    }
}
