import GameDefinition
import GameRules
import Testing

@testable import TextInterface

/// The default game's joint programme at one keyboard: started by all, a coupling held in
/// it, what the wall, the status and the year summary say, and its refusals in nl and en.
@Suite("The joint programme, at the table")
struct ProgrammeSessionTests {
    /// Plays the keyboard until the year ends: each role, once per phase, types what `act`
    /// gives it, answers yes to every proposal it is asked about, and says ready. All lines.
    static func playYear(
        _ session: Session, _ language: Language = .nl, act: (Int) -> [String] = { _ in [] }
    ) -> [String] {
        let round = session.game.state.round
        var acted = Set<String>()
        // After the first year the table waits for the facilitator at the year's summary.
        var told = round > 0 ? session.handle("/verder") : []
        for _ in 0..<200 where session.game.state.round == round && !session.game.isOver {
            guard let role = session.game.activeRole else {
                told += session.handle("")
                continue
            }
            if acted.insert("\(session.game.state.phase)-\(role)").inserted {
                for command in act(role) { told += session.handle(command) }
            }
            for (index, proposal) in session.game.state.proposals.enumerated()
            where proposal.accepted == nil && proposal.concerned.contains(role)
                && proposal.answers[role] == nil
            {
                told += session.handle("\(language == .nl ? "ja" : "accept") \(index + 1)")
            }
            told += session.handle(language == .nl ? "klaar" : "ready")
            told += session.handle("")
        }
        return told
    }

    /// The lines as one text with single spaces (wrapping undone).
    static func flat(_ lines: [String]) -> String {
        lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    @Test func aScriptedGameStartsTheProgrammeAndHoldsACoupling() throws {
        let session = try Fixtures.hotSeatSession()
        let spec = session.game.spec
        let beheer = try #require(spec.roles.firstIndex { $0.id == "beheer" })
        let netbeheer = try #require(spec.roles.firstIndex { $0.id == "netbeheer" })
        let coupling = try #require(
            spec.couplings.firstIndex { $0.id == "riool_en_warmte_centrum" })
        #expect(session.game.activeRole == beheer)
        let early = Self.flat(session.handle("stel-voor programma riool_en_warmte_centrum 2029"))
        #expect(early.contains("[programme-not-started]"), "\(early)")
        #expect(early.contains("er is nog geen gezamenlijk programma"))
        #expect(Self.flat(session.handle("/muur")).contains("nog niet gestart"))

        let first = Self.flat(
            Self.playYear(session) { $0 == beheer ? ["stel-voor programma"] : [] })
        #expect(session.game.hasProgramme)
        #expect(first.contains("De tafel start Uitvoeringsprogramma Zuiderhaven"), "\(first)")
        #expect(first.contains("Uitvoeringsprogramma Zuiderhaven kostte 1."), "the year summary")

        let second = Self.flat(
            Self.playYear(session) { role in
                guard role == beheer else { return [] }
                let far = Self.flat(session.handle("stel-voor programma weg_en_gas 2034"))
                #expect(far.contains("[beyond-programme]"), "\(far)")
                #expect(far.contains("verder vooruit dan het programma reikt (6 jaar)"))
                return ["stel-voor programma riool_en_warmte_centrum 2029"]
            })
        #expect(second.contains("in Uitvoeringsprogramma Zuiderhaven voor 2029"), "\(second)")
        #expect(
            session.game.programmeCommitments
                == [ProgrammeEntry(coupling: coupling, round: 3, since: 1)])

        let wall = Self.flat(session.handle("/muur"))
        #expect(
            wall.contains(
                "Riool en warmtenet Havenkwartier in één sleuf in 2029 (vastgelegd in 2027)"),
            "\(wall)")
        _ = Self.playYear(session) { role in
            guard role == netbeheer else { return [] }
            let status = Self.flat(session.handle("status"))
            #expect(
                status.contains(
                    "Jouw toezeggingen in Uitvoeringsprogramma Zuiderhaven: Riool en warmtenet"),
                "\(status)")
            return []
        }
        let view = session.game.view(for: netbeheer)
        #expect(view.programme?.entries.count == 1, "the served view has it")
    }

    @Test(arguments: [
        (Language.nl, "[no-programme]", "dit spel kent geen gezamenlijk programma"),
        (.en, "[no-programme]", "this game has no joint programme"),
    ])
    func aGameWithoutAProgrammeRefusesOne(
        _ language: Language, _ id: String, _ reason: String
    ) throws {
        let session = try Fixtures.hotSeatSession("voorbeeld.toml", language)
        let refused = Self.flat(
            session.handle(language == .nl ? "stel-voor programma" : "propose programme"))
        #expect(refused.contains(id), "\(refused)")
        #expect(refused.contains(reason))
        #expect(!Self.flat(session.handle("/muur")).contains("rogramm"))
    }

    @Test func theEnglishTableShowsTheProgrammeToo() throws {
        let session = try Fixtures.hotSeatSession("wijken-van-de-toekomst.toml", .en)
        let spec = session.game.spec
        let beheer = try #require(spec.roles.firstIndex { $0.id == "beheer" })
        let first = Self.flat(
            Self.playYear(session, .en) { $0 == beheer ? ["propose programme"] : [] })
        #expect(first.contains("The table starts Zuiderhaven implementation programme"), "\(first)")
        #expect(first.contains("Zuiderhaven implementation programme cost 1. Kept: -. Dropped: -."))
        let status = Self.flat(session.handle("status"))
        #expect(status.contains("is running; you have nothing in it yet"), "\(status)")
        let wall = Self.flat(session.handle("/wall"))
        #expect(wall.contains("(since 2026, 1 a year, up to 6 years ahead)"), "\(wall)")
        #expect(wall.contains("no couplings held yet"))
    }
}

/// A save file of a game in which the programme was started and a coupling held.
@Suite("The joint programme in a save file")
struct ProgrammeSaveTests {
    @Test func aSavedProgrammeResumesExactly() throws {
        let directory = try Fixtures.temporaryDirectory()
        let path = directory + "/programme.jsonl"
        let game = Fixtures.root + "/Games/wijken-van-de-toekomst.toml"
        let result = GameDefinitionReader.read(contentsOf: game, language: "nl")
        let setup = SessionSetup(
            spec: try #require(result.spec), gamePath: game, definitionHash: result.hash, seed: 3,
            language: .nl)
        let writer = try SaveWriter.create(
            path: path, header: setup.header, spec: setup.spec, actions: [])
        let session = Session(setup: setup, saveWriter: writer)
        _ = session.start()
        _ = session.handle("")
        let beheer = try #require(setup.spec.roles.firstIndex { $0.id == "beheer" })
        _ = ProgrammeSessionTests.playYear(session) { $0 == beheer ? ["stel-voor programma"] : [] }
        _ = ProgrammeSessionTests.playYear(session) { role in
            role == beheer ? ["stel-voor programma riool_en_warmte_centrum 2029"] : []
        }
        #expect(session.game.programmeCommitments.count == 1)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(#"{"programme":{}}"#), "the start, by its words")
        #expect(
            text.contains(
                #""programmeCoupling":{"coupling":"riool_en_warmte_centrum","year":2029}"#))
        let loaded = try SaveLoader.load(path: path, language: nil, color: false).get()
        let resumed = Session(setup: loaded.setup)
        #expect(resumed.game.state == session.game.state)
        #expect(resumed.game.state.programme == session.game.state.programme)
    }
}
