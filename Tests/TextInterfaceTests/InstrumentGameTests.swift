import ExecBots
import GameDefinition
import GameRules
import Strategies
import Testing

@testable import TextInterface

/// The default game played at the keyboard by Stadsbeheer, the others cooperative bots: the
/// player looks at the agreements, proposes the intentieverklaring and the coordinator,
/// later the convenant, shares every year and accepts what the others propose.
@Suite("Agreements and the coordinator at the table")
struct InstrumentGameTests {
    /// The default game with `language`'s texts, beheer at the keyboard.
    static func session(_ language: Language) throws -> Session {
        let path = Fixtures.root + "/Games/wijken-van-de-toekomst.toml"
        let definition = GameDefinitionReader.read(contentsOf: path, language: language.rawValue)
        let spec = try #require(definition.spec)
        let setup = SessionSetup(
            spec: spec, gamePath: path, definitionHash: definition.hash, seed: 2026,
            language: language,
            bots: [
                1: .builtin(.cooperative), 2: .builtin(.cooperative),
                3: .builtin(.cooperative),
            ],
            translations: GameTranslations.of(definition))
        return Session(setup: setup)
    }

    /// What beheer types now: answers first, then this year's instrument, then sharing.
    static func beheer(_ game: Game, typed: inout Set<String>, _ words: Words) -> String {
        let year = game.currentYear
        if game.phase.kind == .table {
            for (index, proposal) in game.state.proposals.enumerated()
            where proposal.accepted == nil && proposal.answers[0] == nil
                && proposal.concerned.contains(0)
            {
                return "\(words.yes) \(index + 1)"
            }
            let wishes =
                [words.view, words.intent, words.coordinator, words.covenant, words.share]
                .filter { !typed.contains("\(year) \($0)") }
            for wish in wishes {
                if wish == words.covenant,
                    game.check(.propose(role: 0, proposal: .agreement(1))) != nil
                {
                    continue
                }
                if wish == words.share && game.state.shared[0] { continue }
                typed.insert("\(year) \(wish)")
                if wish == words.view && year > game.spec.firstYear { continue }
                return wish
            }
        }
        return words.ready
    }

    /// The words typed in one language.
    struct Words: Sendable {
        var view, intent, coordinator, covenant, share, yes, ready, next: String
    }

    static let dutch = Words(
        view: "afspraken", intent: "stel-voor afspraak intentieverklaring",
        coordinator: "stel-voor coordinator", covenant: "stel-voor convenant", share: "deel",
        yes: "ja", ready: "klaar", next: "/verder")
    static let english = Words(
        view: "agreements", intent: "propose agreement intentieverklaring",
        coordinator: "propose coordinator", covenant: "propose convenant", share: "share",
        yes: "accept", ready: "ready", next: "/continue")

    @Test(
        "a whole game uses both instruments, told in each language",
        arguments: [
            Language.nl, .en,
        ])
    func wholeGame(_ language: Language) throws {
        let session = try Self.session(language)
        let words = language == .nl ? Self.dutch : Self.english
        var out = session.start()
        var typed: Set<String> = []
        var steps = 0
        while !session.isFinished, !session.game.isOver, steps < 4000 {
            steps += 1
            let line: String
            if session.yearEnd != nil {
                line = words.next
            } else if session.awaitingHandoff != nil {
                line = ""
            } else if session.game.activeRole == 0 {
                line = Self.beheer(session.game, typed: &typed, words)
            } else {
                line = ""
            }
            out += session.handle(line)
        }
        let game = session.game
        #expect(game.isOver, "the game ends within the steps")
        #expect(game.state.agreementsSigned == [true, true], "both agreements signed")
        #expect(game.state.coordinatorRound == 0, "beheer's proposal hired the coordinator in 2026")
        let text = out.joined(separator: "\n")
        #expect(
            !text.contains(language == .nl ? "deelde dit jaar geen plannen" : "shared no plans"),
            "everyone shared every year")
        let expected =
            language == .nl
            ? [
                "Afspraken en procescoördinator", "Stelt de onafhankelijke procescoördinator aan.",
                "Intentieverklaring is getekend door de hele tafel",
                "Samenwerkingscoördinator gaat aan de slag",
                "Convenant integraal werken is getekend",
                "Van kracht: Convenant integraal werken.",
            ]
            : [
                "Agreements and process coordinator", "Hires the independent process coordinator.",
                "Letter of intent is signed by the whole table",
                "Collaboration coordinator starts work",
                "Covenant on integrated work is signed",
                "In force: Covenant on integrated work.",
            ]
        for phrase in expected {
            #expect(text.contains(phrase), "missing '\(phrase)'")
        }
        let wall = WallView.render(game, language: language).joined(separator: "\n")
        #expect(wall.contains(language == .nl ? "Afspraak: " : "Agreement: "))
        #expect(
            wall.contains(
                language == .nl
                    ? "Procescoördinator: Samenwerkingscoördinator"
                    : "Process coordinator: Collaboration coordinator"))
    }

    /// Typed proposals and the action each one is.
    @Test(
        "the proposal words for agreements and the coordinator",
        arguments: [
            ("stel-voor afspraak intentieverklaring", ProposalKind.agreement(0)),
            ("propose agreement convenant", .agreement(1)),
            ("stel-voor convenant", .agreement(1)),
            ("stel-voor intentie", .agreement(0)),
            ("stel-voor coordinator", .coordinator),
            ("propose coördinator", .coordinator),
        ])
    func proposalWords(_ line: String, _ kind: ProposalKind) throws {
        let session = try Self.session(.nl)
        _ = session.start()
        let game = session.game
        let commands = PlayerCommands(
            game: game, viewer: 0, actor: 0, text: Messages(.nl), style: Style(color: false),
            isBot: { _ in false })
        #expect(commands.run(line) == .action(.propose(role: 0, proposal: kind)))
    }
}
