import GameDefinition
import GameRules
import Strategies
import Testing

@testable import TextInterface

/// The debrief asks about the instruments the table used, and about those it left unused.
@Suite("The debrief's questions about the instruments")
struct InstrumentDebriefTests {
    /// A whole default game of `kind` bots.
    static func played(_ kind: StrategyKind, seed: UInt64 = 11) throws -> Playout {
        let path = Fixtures.root + "/Games/wijken-van-de-toekomst.toml"
        let spec = try #require(GameDefinitionReader.read(contentsOf: path).spec)
        return Playout(
            spec: spec, seed: seed, strategies: spec.roles.map { _ in kind.make() }, keepsLog: true)
    }

    /// The debrief's instrument questions of a played game.
    static func questions(_ playout: Playout, _ language: Language) -> [DebriefQuestion] {
        InstrumentDebrief.questions(
            playout.game, actions: playout.table.record.actions,
            years: playout.table.log?.years.compactMap(\.closing) ?? [],
            text: Messages(language))
    }

    @Test func aTableThatUsedThemIsAskedWhatChanged() throws {
        let playout = try Self.played(.cooperative)
        let questions = Self.questions(playout, .nl)
        #expect(questions.count == 6)
        #expect(questions[0].text.hasPrefix("Jullie tekenden Intentieverklaring, Convenant"))
        #expect(questions[0].facts.contains { $0.hasPrefix("Afspraken gebroken: ") })
        #expect(
            questions[1].facts.first?.hasPrefix("Procescoördinator: aan het werk sinds") == true)
        #expect(questions[1].topics == [.couplings, .hotPotatoes])
        #expect(
            questions[2].text.hasPrefix(
                "Met Uitvoeringsprogramma Zuiderhaven legden jullie koppelingen jaren vooruit vast")
        )
        #expect(
            questions[2].facts.first?.hasPrefix(
                "Uitvoeringsprogramma Zuiderhaven: gestart in 2026; koppelingen nagekomen: ")
                == true)
        #expect(questions[3].topics == [.trust, .sharing])
        let fixed = playout.game.state.projects.filter { $0.fixedSince != nil }.count
        #expect(fixed > 0, "plans are fixed two years ahead in the default game")
        #expect(questions[5].facts.count == 1)
        #expect(questions[5].facts[0].hasPrefix("Plannen die vastlagen voor hun start: \(fixed) ("))
    }

    @Test func aTableThatMetIsAskedWhatItChanged() throws {
        // Reciprocal bots meet a partner only when their trust runs low: the first of these
        // seeds in which that happens.
        let playout = try #require(
            (UInt64(1)...20).lazy.compactMap { try? Self.played(.reciprocal, seed: $0) }.first {
                $0.table.record.actions.contains { if case .meet = $0 { true } else { false } }
            })
        let meetings = playout.table.record.actions.compactMap { action -> String? in
            guard case .meet(let role, let other) = action else { return nil }
            return playout.game.spec.roles[role].name + " – " + playout.game.spec.roles[other].name
        }
        let question = try #require(
            Self.questions(playout, .nl).first { $0.topics == [.trust, .sharing] })
        #expect(question.text.hasPrefix("Jullie maakten \(meetings.count) keer kennis"))
        #expect(
            question.facts[0]
                == "Kennismakingen: \(meetings.count) (\(meetings.joined(separator: ", ")))."
        )
    }

    @Test func aTableThatDidNotIsAskedWhatHeldItBack() throws {
        let playout = try Self.played(.sectoral)
        let questions = Self.questions(playout, .en)
        let lapsed = (playout.table.log?.years ?? []).compactMap(\.closing).compactMap(\.lapsed)
            .map { $0.reduce(0, +) }.reduce(0, +)
        #expect(lapsed > 0, "sectoral bots let earmarked money lapse")
        let fixed = playout.game.state.projects.filter { $0.fixedSince != nil }
        #expect(
            questions.map(\.text) == [
                "You signed no agreement (Intentieverklaring was ready). What held you back: trust, money, or the need for it?",
                "You hired no process coordinator. Who steered the process, or did nobody?",
                "You did not start Uitvoeringsprogramma Zuiderhaven. How far ahead could you look together, and who was the weakest link?",
                "Nobody met anyone. What would you have liked to know about the others, and why did you not ask?",
                "\(Int(lapsed.rounded())) of earmarked money lapsed. Did your plans fit each party's budget cycle, or did the train run on?",
                fixed.isEmpty
                    ? "No plan was fixed before it started. How did you keep the plans open for so long?"
                    : "\(fixed.count) plans were fixed before they started. Did you see the coupling chances in time, or only once the train was running?",
            ])
        #expect(
            questions.flatMap(\.facts).prefix(5) == [
                "Agreements signed: none.", "Process coordinator: not hired.",
                "Uitvoeringsprogramma Zuiderhaven: not started.", "Meetings: none.",
                "Plans shared: 0 times one project, 0 times all of them.",
            ])
        #expect(questions[4].facts[0].hasPrefix("Earmarked money that lapsed: Stadsbeheer "))
    }

    @Test func aGameWithoutInstrumentsAsksNothingAboutThem() throws {
        let spec = try Fixtures.example().spec
        let playout = Playout(
            spec: spec, seed: 3,
            strategies: spec.roles.map { _ in StrategyKind.cooperative.make() }, keepsLog: true)
        #expect(Self.questions(playout, .nl).isEmpty)
    }
}
