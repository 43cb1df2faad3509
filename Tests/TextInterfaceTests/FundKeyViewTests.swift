import GameDefinition
import GameRules
import Testing

@testable import TextInterface

/// `fondsen` shows each member's fair share when a fund has a cost-sharing key.
@Suite("Funds view with a cost-sharing key")
struct FundKeyViewTests {
    @Test(arguments: [(Language.nl, "verdeelsleutel"), (.en, "cost-sharing key")])
    func eachMemberWithItsShare(_ language: Language, _ words: String) throws {
        let source =
            Fixtures.twoRoles + """
                [funds.wijkfonds]
                fair_share = 10
                key = { beheer = 0.75, sociaal = 0.25 }
                """
        let spec = try #require(GameDefinitionReader.read(source: source, file: "f.toml").spec)
        let context = ViewContext(
            game: Game(spec: spec, seed: 1), viewer: nil, text: Messages(language),
            style: Style(color: false))
        let lines = FundsView.render(context).joined(separator: " ").split(separator: " ")
            .joined(separator: " ")
        #expect(lines.contains("Stadsbeheer 15, Sociaal domein 5"))
        #expect(lines.contains(words))
    }
}
