import GameRules
import Testing

@testable import TextInterface

/// Random bytes typed as a line: never a crash; either refused as `control-character`, or
/// nothing with a control character reaches the commands.
@Suite("Input line fuzzing")
struct InputLineFuzzTests {
    /// A random line: mostly command words and spaces, with random bytes in between.
    static func line(_ random: inout SeededGenerator) -> String {
        let words = ["plan ", "riool_noord ", "geef ", "sociaal ", "5 ", "/budget ", "klaar", " "]
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 0...12, using: &random) {
            if Bool.random(using: &random) {
                bytes += Array(words.randomElement(using: &random)!.utf8)
            } else {
                bytes.append(UInt8.random(in: 0...255, using: &random))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("the line check refuses exactly the lines with a control character")
    func lineCheck() {
        var random = SeededGenerator(seed: 20_261_130)
        for _ in 0..<20_000 {
            let raw = Self.line(&random)
            var scalars = Substring(raw).unicodeScalars
            if scalars.last == "\r" { scalars.removeLast() }
            let hasControl = scalars.contains { $0 != "\t" && InputLine.isControl($0) }
            do {
                let line = try InputLine(raw)
                #expect(!hasControl, "\(raw.debugDescription) was accepted")
                #expect(!line.text.unicodeScalars.contains(where: InputLine.isControl))
                #expect(!line.text.contains("\t"))
            } catch {
                #expect(hasControl, "\(raw.debugDescription) was refused")
                #expect(error.id == "control-character")
            }
        }
    }

    @Test("random lines never crash a session and a control character changes nothing")
    func session() throws {
        var random = SeededGenerator(seed: 7)
        let session = try BadInputTests.planning()
        for _ in 0..<2_000 {
            let raw = Self.line(&random)
            let actions = session.record.actions
            let output = session.handle(raw).joined(separator: "\n")
            _ = session.prompt
            if output.contains("[control-character]") {
                #expect(session.record.actions == actions)
            }
        }
    }
}
