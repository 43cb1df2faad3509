/// A generated game with as many projects as asked, for timing bots as games grow: four
/// roles, a district for every ten projects, a coupling in every district, goals on the
/// first projects, and budgets that grow with the game.
enum ScaledGame {
    /// The TOML text of a ten-round game with `projects` projects.
    static func toml(projects: Int) -> String {
        let roles = ["beheer", "ontwikkeling", "sociaal", "netbeheer"]
        let kinds = ["beheer", "ontwikkeling", "wijk", "transitie"]
        let districts = max(1, (projects + 9) / 10)
        var text = """
            title = "Geschaald spel met \(projects) projecten"
            first_year = 2026
            rounds = 10

            """
        for (index, role) in roles.enumerated() {
            text += """

                [roles.\(role)]
                brief = "Rol \(role)."
                budget = \(projects * 6)
                income = \(projects * 2)

                [[roles.\(role).goals]]
                text = "Project p\(index) is klaar."
                when = "done(p\(index))"
                points = 10

                """
        }
        for district in 0..<districts {
            text += "\n[districts.d\(district)]\nslots = 40\n"
        }
        for number in 0..<projects {
            let owner = number % roles.count
            text += """

                [projects.p\(number)]
                owner = "\(roles[owner])"
                kind = "\(kinds[owner])"
                district = "d\(number / 10)"
                cost = \(10 + (number * 7) % 30)
                rounds = \(1 + number % 2)
                digs = \(number % 3 == 0)
                slots = \(number % 5 == 0 ? 1 : 0)

                """
        }
        for district in 0..<districts where district * 10 + 1 < projects {
            text += """

                [[couplings]]
                projects = ["p\(district * 10)", "p\(district * 10 + 3)"]
                saving = 5

                """
        }
        return text
    }
}
