/// A minimal valid game that the diagnostics tests break one patch at a time.
enum BaseGame {
    /// The text of the game; it validates without errors or warnings.
    static let text = """
        title = "Testspel"
        first_year = 2026
        rounds = 4

        [roles.beheer]
        name = "Stadsbeheer"
        brief = "Jij beheert het riool."
        budget = 100
        income = 10

        [[roles.beheer.goals]]
        text = "Riool klaar"
        when = "done(riool)"
        points = 5

        [roles.netbeheer]
        brief = "Jij legt kabels."
        budget = 80

        [[roles.netbeheer.goals]]
        text = "Kabel klaar"
        when = "done(kabel)"

        [districts.noord]
        slots = 3
        vars = { riool = 40 }

        [districts.zuid]
        slots = 1

        [projects.riool]
        owner = "beheer"
        kind = "beheer"
        district = "noord"
        cost = 40
        rounds = 2
        digs = true

        [projects.kabel]
        owner = "netbeheer"
        kind = "transitie"
        district = "noord"
        cost = 30
        slots = 1
        digs = true

        [[couplings]]
        projects = ["riool", "kabel"]
        saving = 5

        """

    /// The number of lines of `text`; appended lines start after it.
    static let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
}
