import Foundation
import GameDefinition
import Testing

/// The `validate` command: rendered diagnostics, a summary per file, and the exit code.
@Suite("Validation command")
struct ValidationTests {
    private func write(_ text: String, name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "wijkspel-\(ProcessInfo.processInfo.processIdentifier)-\(name)"
        ).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func errorsAreRenderedWithSourceAndCaretAndExitOne() throws {
        let path = try write(Patch.replace("cost = 40", "cost = -40").applied, name: "broken.toml")
        let (output, code) = Validation.run(paths: [path], color: false)
        #expect(code == 1)
        #expect(
            output == """
                \(path):35:8: error: `cost` cannot be negative, but here it is -40 [def.negative-cost]
                    cost = -40
                           ^
                \(path): 1 error, 0 warnings

                """)
    }

    @Test func warningsAloneExitZero() throws {
        let path = try write(Patch.replace("points = 5", "points = 0").applied, name: "warned.toml")
        let (output, code) = Validation.run(paths: [path], color: false)
        #expect(code == 0)
        #expect(output.hasSuffix("\(path): 0 errors, 1 warning\n"))
        #expect(
            output.contains(
                "warning: goal `beheer_1` is worth 0 points, so reaching it changes nothing [def.zero-points]"
            ))
    }

    @Test func aMissingFileIsADiagnosticNotACrash() {
        let (output, code) = Validation.run(paths: ["/nonexistent/spel.toml"], color: false)
        #expect(code == 1)
        #expect(output.hasPrefix("/nonexistent/spel.toml:1:1: error: cannot read the file"))
        #expect(output.hasSuffix("/nonexistent/spel.toml: 1 error, 0 warnings\n"))
    }

    @Test func everyFileGetsASummaryAndOneBadFileFailsAll() throws {
        let good = try write(BaseGame.text, name: "good.toml")
        let (output, code) = Validation.run(paths: [good, "/nonexistent/x.toml"], color: false)
        #expect(code == 1)
        #expect(output.contains("\(good): ok\n"))
    }

    @Test func colorPaintsTheSeverity() throws {
        let path = try write(Patch.replace("cost = 40", "cost = -40").applied, name: "color.toml")
        #expect(Validation.run(paths: [path], color: true).output.contains("\u{1B}[1;31merror:"))
    }
}
