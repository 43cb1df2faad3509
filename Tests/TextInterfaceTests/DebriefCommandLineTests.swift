import Foundation
import Testing

@testable import TextInterface

/// `wijkspel debrief` as the executable runs it: at the end of a scripted game at the
/// terminal, then by hand, and the refusal to write over files.
@Suite("Debrief from the command line", .serialized)
struct DebriefCommandLineTests {
    @Test("play writes the debrief at the end; debrief writes every file once and then refuses")
    func playThenDebrief() throws {
        let base = try Fixtures.temporaryDirectory()
        let script = Fixtures.goldenDirectory + "/voorbeeld-en.script"
        let played = try CommandLineSaveTests.run(
            [
                "play", Fixtures.examplePath, "--seed", "2026", "--lang", "en", "--script", script,
                "--save", "s.jsonl",
            ], in: base)
        #expect(played.status == 0)
        #expect(played.errors.contains("Debrief written in \(base)/debrief-s"), "\(played.errors)")
        let atTheEnd = try String(
            contentsOfFile: base + "/debrief-s/debrief.md", encoding: .utf8)
        let golden = try String(
            contentsOfFile: Fixtures.goldenDirectory + "/debrief-en.md", encoding: .utf8)
        #expect(atTheEnd == golden, "the game's own debrief is the one the golden test checks")
        try FileManager.default.removeItem(atPath: base + "/debrief-s")

        let first = try CommandLineSaveTests.run(["debrief", "s.jsonl"], in: base)
        #expect(first.status == 0, "\(first.errors)")
        let written = try FileManager.default.contentsOfDirectory(atPath: base + "/debrief-s")
        #expect(Set(written) == Set(DebriefFiles.names))
        let markdown = try String(contentsOfFile: base + "/debrief-s/debrief.md", encoding: .utf8)
        #expect(markdown == golden, "the command writes what the golden test checks")

        try "mine".write(toFile: base + "/debrief-s/debrief.md", atomically: false, encoding: .utf8)
        let second = try CommandLineSaveTests.run(["debrief", "s.jsonl"], in: base)
        #expect(second.status == 1)
        #expect(second.errors.contains("[file-exists]"))
        #expect(
            try String(contentsOfFile: base + "/debrief-s/debrief.md", encoding: .utf8) == "mine")
    }

    @Test("--help answers with status 0, a missing save with status 2")
    func usage() throws {
        let base = try Fixtures.temporaryDirectory()
        #expect(try CommandLineSaveTests.run(["debrief", "--help"], in: base).status == 0)
        #expect(try CommandLineSaveTests.run(["debrief"], in: base).status == 2)
        let missing = try CommandLineSaveTests.run(["debrief", "nothing.jsonl"], in: base)
        #expect(missing.status == 1)
    }
}
