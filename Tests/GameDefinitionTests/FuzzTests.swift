import GameDefinition
import GameRules
import TOML
import TestSupport
import Testing

/// Thousands of seeded mutations of the example game: the reader never crashes, and every
/// diagnostic points inside the file.
@Suite("Fuzzing the reader")
struct FuzzTests {
    static let iterations = TestScale.count(quick: 300, full: 10_000)
    private static let alphabet = Array("=\"'[]{}.,#\n \t0123456789-+_abcxyz\\é")

    @Test func mutatedGamesNeverCrashAndPointInsideTheFile() {
        let original = Array(PackageFiles.exampleText)
        #expect(!original.isEmpty)
        var random = SeededGenerator(seed: 2026)
        var withErrors = 0
        for iteration in 0..<Self.iterations {
            var text = original
            for _ in 0..<(1 + random.below(4)) { mutate(&text, &random) }
            let source = String(text)
            let result = GameDefinitionReader.read(source: source, file: "fuzz.toml")
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            for diagnostic in result.diagnostics {
                let line = diagnostic.location.line
                guard line >= 1, line <= lines.count else {
                    Issue.record(
                        "iteration \(iteration): line outside the file: \(diagnostic.headline)")
                    continue
                }
                let width = lines[line - 1].count
                #expect(
                    diagnostic.location.column >= 1 && diagnostic.location.column <= width + 1,
                    "iteration \(iteration): \(diagnostic.headline)")
            }
            #expect((result.spec == nil) == result.diagnostics.contains { $0.severity == .error })
            if result.spec == nil { withErrors += 1 }
        }
        #expect(withErrors > Self.iterations / 4, "the mutations should break many games")
    }

    private func mutate(_ text: inout [Character], _ random: inout SeededGenerator) {
        guard !text.isEmpty else { return }
        let at = random.below(text.count)
        switch random.below(6) {
        case 0:
            text.removeSubrange(at..<min(text.count, at + 1 + random.below(12)))
        case 1:
            text.insert(Self.alphabet[random.below(Self.alphabet.count)], at: at)
        case 2:
            text[at] = Self.alphabet[random.below(Self.alphabet.count)]
        case 3:
            let end = min(text.count, at + 1 + random.below(40))
            text.insert(contentsOf: text[at..<end], at: random.below(text.count))
        case 4:
            if let digit = text[at...].firstIndex(where: \.isNumber) {
                text[digit] = ["-", "9", "0", "."][random.below(4)]
            }
        default:
            if let quote = text[at...].firstIndex(of: "\"") { text.insert("?", at: quote + 1) }
        }
    }
}
