import GameDefinition
import GameRules
import Testing

@testable import TextInterface

/// An option's structured cost is shown beside its label, in the player's language.
@Suite("Option costs in the views")
struct OptionCostViewTests {
    static let source =
        Fixtures.twoRoles + """
            [funds.buurtfonds]
            name = "Buurtfonds"
            members = ["beheer", "sociaal"]

            [dilemmas.straat]
            title = "De straat"
            text = "Wie betaalt?"
            choosers = ["beheer", "sociaal"]
            year = 2026

            [[dilemmas.straat.options]]
            id = "bijdragen"
            label = "Bijdragen"
            cost = 5

            [[dilemmas.straat.options]]
            id = "fonds"
            label = "Uit het fonds"
            cost = 3
            cost_fund = "buurtfonds"

            [[dilemmas.straat.options]]
            id = "afwachten"
            label = "Afwachten"
            """

    @Test(arguments: [
        (
            Language.nl, "bijdragen: Bijdragen (kost 5)",
            "fonds: Uit het fonds (kost 3, uit Buurtfonds)"
        ),
        (.en, "bijdragen: Bijdragen (costs 5)", "fonds: Uit het fonds (costs 3, from Buurtfonds)"),
    ])
    func theDilemmaViewShowsTheCost(_ language: Language, _ own: String, _ fund: String) throws {
        let spec = try #require(GameDefinitionReader.read(source: Self.source, file: "s.toml").spec)
        let game = Game(spec: spec, seed: 1)
        let context = ViewContext(
            game: game, viewer: 0, text: Messages(language), style: Style(color: false))
        let lines = DilemmasView.render(context).joined(separator: "\n")
        #expect(lines.contains(own), "\(lines)")
        #expect(lines.contains(fund), "\(lines)")
        #expect(lines.contains("afwachten: Afwachten\n") || lines.hasSuffix("afwachten: Afwachten"))
    }
}
