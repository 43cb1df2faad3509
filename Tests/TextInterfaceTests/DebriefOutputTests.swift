import Foundation
import GameRules
import Testing

@testable import TextInterface

/// Writing the debrief: never over an existing file; game texts stay literal in Markdown.
@Suite("Debrief output")
struct DebriefOutputTests {
    @Test("an existing output file is refused, left intact, and nothing else is written")
    func refusesExisting() throws {
        let directory = try Fixtures.temporaryDirectory() + "/out"
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        let mine = directory + "/events.csv"
        try "my own notes\n".write(toFile: mine, atomically: true, encoding: .utf8)
        let report = DebriefReport(setup: try Fixtures.setup(), language: .en)
        let result = DebriefWriter.write(DebriefFiles.render(report), to: directory)
        guard case .failure(let problem) = result else {
            Issue.record("the existing file should have been refused")
            return
        }
        #expect(problem.id == "file-exists")
        #expect(problem.message(in: .en).hasSuffix("[file-exists]"))
        #expect(problem.path == mine)
        #expect(problem.message(in: .nl).contains(mine))
        #expect(try String(contentsOfFile: mine, encoding: .utf8) == "my own notes\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["events.csv"])
    }

    @Test("a missing directory is created and every file written; a second run is refused")
    func writesOnce() throws {
        let directory = try Fixtures.temporaryDirectory() + "/a/b"
        let report = DebriefReport(setup: try Fixtures.setup(), language: .nl)
        let files = DebriefFiles.render(report)
        let paths = try DebriefWriter.write(files, to: directory).get()
        #expect(paths.map { ($0 as NSString).lastPathComponent } == DebriefFiles.names)
        for (path, file) in zip(paths, files) {
            #expect(try String(contentsOfFile: path, encoding: .utf8) == file.contents)
        }
        let again = DebriefWriter.write(files, to: directory)
        #expect((try? again.get()) == nil)
    }

    @Test("the default directory is debrief-NAME beside the save")
    func defaultDirectory() {
        #expect(
            DebriefFiles.defaultDirectory(besideSave: "/x/y/game-1.jsonl") == "/x/y/debrief-game-1")
        #expect(DebriefFiles.defaultDirectory(besideSave: "save.jsonl") == "debrief-save")
        #expect(DebriefFiles.defaultDirectory(besideSave: "dir/.hidden") == "dir/debrief-.hidden")
    }

    @Test("a <script> and a | in game texts stay literal in the Markdown")
    func markdownEscapes() throws {
        var setup = try Fixtures.setup()
        setup.spec.title = "<script>alert(1)</script> | title"
        setup.spec.roles[0].name = "Beheer | <b>bold</b>"
        setup.spec.events = setup.spec.events.map {
            var event = $0
            event.title = "*news* | `code` [link](x)"
            return event
        }
        let markdown = DebriefMarkdown.render(DebriefReport(setup: setup, language: .en))
        #expect(!markdown.contains("<script>"))
        #expect(!markdown.contains("<b>"))
        #expect(markdown.contains("# &lt;script&gt;alert(1)&lt;/script&gt; \\| title"))
        #expect(markdown.contains("Beheer \\| &lt;b&gt;bold&lt;/b&gt;"))
        // Every table row has as many unescaped bars as its header.
        let lines = markdown.components(separatedBy: "\n")
        func bars(_ line: String) -> Int {
            var count = 0
            var escaped = false
            for character in line {
                if character == "|", !escaped { count += 1 }
                escaped = character == "\\" && !escaped
            }
            return count
        }
        var header: Int?
        for line in lines {
            guard line.hasPrefix("|") else {
                header = nil
                continue
            }
            if let header { #expect(bars(line) == header, "\(line)") } else { header = bars(line) }
        }
        #expect(
            MarkdownText.escape("*news* | `code` [link](x)")
                == "\\*news\\* \\| \\`code\\` \\[link\\](x)")
    }
}
