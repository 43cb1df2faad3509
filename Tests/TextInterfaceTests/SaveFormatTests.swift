import Foundation
import GameDefinition
import GameRules
import Testing

@testable import TextInterface

/// Version 1 still resumes; version 2 survives a reordered game file and reports an id the
/// game no longer has.
@Suite("Save format")
struct SaveFormatTests {
    /// The fixtures' directory.
    static let fixtures = Fixtures.root + "/Tests/TextInterfaceTests/Fixtures"

    @Test(
        "version-1 saves made by the earlier build load with the same actions",
        arguments: [
            (
                "v1-script.jsonl",
                [
                    Action.plan(role: 0, project: 0, round: 1),
                    .contribute(role: 0, fund: 0, amount: 5), .ready(role: 0),
                    .plan(role: 1, project: 2, round: 1), .ready(role: 1),
                ]
            )
        ])
    func versionOne(_ name: String, _ actions: [Action]) throws {
        let loaded = try SaveLoader.load(
            path: Self.fixtures + "/" + name, language: nil, color: false
        )
        .get()
        #expect(!loaded.damaged)
        #expect(loaded.header.version == 1)
        #expect(loaded.setup.actions == actions)
        #expect(Session(setup: loaded.setup).record.actions == actions)
    }

    /// The earlier build let a proposal hand the keyboard at once to a role that was done;
    /// today that role answers at its next turn. A save that relied on it resumes up to the
    /// action that no longer fits, says where, and keeps the rest in a `.damaged` copy on resume.
    @Test func aVersionOneSaveThatTheRulesNoLongerAllowResumesItsIntactPart() throws {
        let path = Self.fixtures + "/v1-undo.jsonl"
        let loaded = try SaveLoader.load(path: path, language: .en, color: false).get()
        #expect(loaded.header.version == 1)
        #expect(loaded.damaged)
        #expect(
            loaded.setup.actions == [
                Action.plan(role: 0, project: 0, round: 1),
                .contribute(role: 0, fund: 0, amount: 10), .ready(role: 0),
                .plan(role: 1, project: 2, round: 1), .plan(role: 1, project: 3, round: 1),
                .contribute(role: 1, fund: 0, amount: 5), .share(role: 1),
                .propose(role: 1, proposal: .coupling(0)),
            ], "the undo line was applied, and the actions up to the one that no longer fits")
        #expect(
            loaded.notes.contains { $0.hasPrefix(path + ":17: ") && $0.contains("already-ready") })
    }

    @Test("a resumed version-1 save goes on in version 1 and loads again")
    func versionOneAppends() throws {
        let path = try Fixtures.temporaryDirectory() + "/oud.jsonl"
        try FileManager.default.copyItem(atPath: Self.fixtures + "/v1-script.jsonl", toPath: path)
        do {
            let resumed = try SaveLoader.resume(path: path, language: nil, color: false).get()
            try resumed.writer.append(.ready(role: 2))
        }
        #expect(SaveSupport.lines(path).last == #"{"action":{"ready":{"role":2}}}"#)
        let again = try SaveLoader.load(path: path, language: nil, color: false).get()
        #expect(again.setup.actions.count == 6)
        #expect(!again.damaged)
    }

    @Test("the header holds the version, game, hash, seed, seats and language")
    func header() throws {
        let path = try Fixtures.temporaryDirectory() + "/s.jsonl"
        let setup = try Fixtures.setup(language: .en, seed: 42, bots: [3: .greedy])
        _ = try SaveWriter.create(path: path, header: setup.header, spec: setup.spec, actions: [])
        let header = try JSONDecoder().decode(
            SaveHeader.self, from: Data(SaveSupport.lines(path)[0].utf8))
        #expect(header.format == "wijkspel-save/2")
        #expect(header.game == Fixtures.examplePath)
        #expect(header.definitionHash == setup.definitionHash)
        #expect(header.seed == 42)
        #expect(header.language == "en")
        #expect(
            header.seats == [
                "beheer": "person", "netbeheer": "person", "ontwikkeling": "person",
                "sociaal": "greedy",
            ])
    }

    /// A save of two actions on a copy of the example game; returns the save and the copy.
    static func saveOnCopy() throws -> (save: String, game: String) {
        let base = try Fixtures.temporaryDirectory()
        let game = base + "/voorbeeld.toml"
        try FileManager.default.copyItem(atPath: Fixtures.examplePath, toPath: game)
        var setup = try Fixtures.setup()
        setup.gamePath = game
        let save = base + "/s.jsonl"
        _ = try SaveWriter.create(
            path: save, header: setup.header, spec: setup.spec,
            actions: [
                .plan(role: 0, project: 0, round: 1), .contribute(role: 0, fund: 0, amount: 5),
            ]
        )
        return (save, game)
    }

    @Test("a reordered game file still resumes by id, with a warning that it changed")
    func reordered() throws {
        let (save, game) = try Self.saveOnCopy()
        var text = try String(contentsOfFile: game, encoding: .utf8)
        let start = try #require(text.range(of: "[projects.riool_noord]"))
        let end = try #require(text.range(of: "[projects.riool_zuid]"))
        let block = String(text[start.lowerBound..<end.lowerBound])
        text.removeSubrange(start.lowerBound..<end.lowerBound)
        text += "\n" + block
        try text.write(toFile: game, atomically: false, encoding: .utf8)
        let spec = try #require(GameDefinitionReader.read(contentsOf: game).spec)
        let moved = try #require(spec.projects.firstIndex { $0.id == "riool_noord" })
        #expect(moved != 0)
        for (language, word) in [(Language.nl, "Let op"), (.en, "Warning")] {
            let loaded = try SaveLoader.load(path: save, language: language, color: false).get()
            #expect(!loaded.damaged)
            #expect(loaded.setup.actions.first == .plan(role: 0, project: moved, round: 1))
            #expect(loaded.notes.contains { $0.hasPrefix(word) && $0.contains(game) })
        }
    }

    @Test("an id the changed game no longer has is a located error with a suggestion")
    func renamed() throws {
        let (save, game) = try Self.saveOnCopy()
        let text = try String(contentsOfFile: game, encoding: .utf8)
        try text.replacingOccurrences(of: "riool_noord", with: "riool_noordoost")
            .write(toFile: game, atomically: false, encoding: .utf8)
        let loaded = try SaveLoader.load(path: save, language: .en, color: false).get()
        #expect(loaded.damaged)
        #expect(loaded.setup.actions.isEmpty)
        let note = try #require(loaded.notes.last)
        #expect(note.hasPrefix("\(save):2:20: the project 'riool_noord'"))
        #expect(note.contains("did you mean 'riool_noordoost'?"))
        #expect(note.hasSuffix("[unknown-id]"))
    }
}
