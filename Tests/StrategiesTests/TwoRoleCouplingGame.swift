/// The small game the instrument bot tests start from: beheer's sewer and netbeheer's cable,
/// both digging in one district, and one coupling between them; each test adds its
/// instrument's sections.
enum TwoRoleCouplingGame {
    /// The game's source; `extra` is appended after the coupling.
    static func source(
        title: String, rounds: Int, earliestStart: Int, cableCost: Int, saving: Int,
        couplingID: String? = nil, extra: String
    ) -> String {
        """
        title = "\(title)"
        first_year = 2026
        rounds = \(rounds)

        [roles.beheer]
        brief = "Beheer."
        budget = 100
        income = 10

        [roles.netbeheer]
        brief = "Net."
        budget = 100
        income = 10

        [districts.noord]
        slots = 3

        [projects.riool]
        owner = "beheer"
        kind = "beheer"
        district = "noord"
        cost = 30
        digs = true
        earliest_start = \(earliestStart)

        [projects.kabel]
        owner = "netbeheer"
        kind = "transitie"
        district = "noord"
        cost = \(cableCost)
        digs = true
        earliest_start = \(earliestStart)

        [[couplings]]
        \(couplingID.map { "id = \"\($0)\"\n" } ?? "")projects = ["riool", "kabel"]
        saving = \(saving)

        \(extra)
        """
    }
}
