import GameRules
import Testing

@testable import GameDefinition

/// Names are found among long lists of ids through a table, and the answers are the ones a
/// search of the list gives.
@Suite struct IDLookupTests {
    @Test("every name's place is the first place a search finds, in short and long lists")
    func placesAreTheSearchedOnes() {
        var random = SeededGenerator(seed: 11)
        var lookup = IDLookup()
        var lists: [[String]] = []
        for _ in 0..<40 {
            // Lists on both sides of the short-list bound, with repeated ids.
            let count = random.below(3 * IDLookup.shortList)
            lists.append((0..<count).map { _ in "p\(random.below(count + 1))" })
        }
        // Each list is searched many times, in turns, so tables are made once and reused.
        for _ in 0..<5 {
            for list in lists {
                for name in (0...list.count + 1).map({ "p\($0)" }) {
                    #expect(lookup.place(of: name, among: list) == list.firstIndex(of: name))
                }
            }
        }
    }

    @Test("a large game's couplings and districts name the right projects")
    func largeGameResolves() throws {
        let projects = 3 * IDLookup.shortList
        var text = """
            title = "Groot"
            first_year = 2026
            rounds = 2

            \(PlayedGame.roles(["beheer", "netbeheer"]))
            """
        for district in 0..<projects {
            text += "\n[districts.d\(district)]\n"
        }
        for project in 0..<projects {
            text += """

                [projects.p\(project)]
                owner = "beheer"
                kind = "beheer"
                district = "d\(project / 2)"
                cost = 10

                """
        }
        for pair in 0..<projects / 2 {
            text += "\n[[couplings]]\nprojects = [\"p\(2 * pair + 1)\", \"p\(2 * pair)\"]\n"
        }
        let result = GameDefinitionReader.read(source: text, file: "groot.toml")
        let spec = try #require(result.spec, "\(result.diagnostics.prefix(3).map(\.message))")
        #expect(spec.projects.map(\.district) == (0..<projects).map { $0 / 2 })
        #expect(spec.couplings.map(\.projects) == (0..<projects / 2).map { [2 * $0 + 1, 2 * $0] })
        // An unknown name is still reported where it is written.
        let wrong = text + "\n[[couplings]]\nprojects = [\"p0\", \"p999\"]\n"
        let line = try #require(
            wrong.components(separatedBy: "\n").lastIndex { $0.contains("p999") })
        let read = GameDefinitionReader.read(source: wrong, file: "groot.toml")
        #expect(read.spec == nil)
        #expect(
            read.diagnostics.contains {
                $0.id == DiagnosticID.unknownID && $0.message.contains("`p999`")
                    && $0.location.line == line + 1
            })
    }
}
