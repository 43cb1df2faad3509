/// The messages about the joint programme (the tactical frame), in Dutch and English;
/// merged into each language's table.
enum ProgrammeMessages {
    /// The Dutch messages, by key.
    static let dutch: [String: String] = [
        "proposal.programme":
            "{1} starten: een gezamenlijk programma dat koppelingen tot {3} jaar vooruit vastlegt ({2} per jaar)",
        "proposal.programme-coupling": "{1} in het programma zetten voor {2}",
        "event.programme-started":
            "De tafel start {1}: koppelingen kunnen nu tot {2} jaar vooruit worden vastgelegd.",
        "event.programme-paid": "{1} kost dit jaar {2} ({3} daarvan uit {4}).",
        "event.programme-paid-plain": "{1} kost dit jaar {2}, samen betaald.",
        "event.coupling-programmed": "{1} staat nu in {3} voor {2}.",
        "event.programme-kept":
            "{1} is gemaakt zoals geprogrammeerd. Vroeg vastgelegd, dus {2} extra terug voor de eigenaren.",
        "event.programme-kept-plain": "{1} is gemaakt zoals geprogrammeerd.",
        "event.programme-dropped":
            "{1} is uit het programma gevallen. Losgelaten door: {2} (dat kost een beetje vertrouwen).",
        "reason.no-programme": "dit spel kent geen gezamenlijk programma.",
        "reason.programme-started": "het gezamenlijk programma loopt al.",
        "reason.programme-not-started":
            "er is nog geen gezamenlijk programma. Stel eerst voor: stel-voor programma",
        "reason.beyond-programme": "{1} ligt verder vooruit dan het programma reikt ({2} jaar).",
        "reason.already-programmed": "{1} staat al in het programma voor {2}.",
        "programme.not-started": "{1}: nog niet gestart. Voorstellen: stel-voor programma",
        "programme.line": "{1} (sinds {2}, {3} per jaar, tot {4} jaar vooruit):",
        "programme.empty": "nog geen koppelingen vastgelegd",
        "programme.commitment": "{1} in {2} (vastgelegd in {3})",
        "status.programme": "Jouw toezeggingen in {1}: {2}",
        "status.programme-none":
            "{1} loopt; jij hebt er nog niets in. Voorstellen: stel-voor programma KOPPELING JAAR",
        "summary.programme": "{1} kostte {2}. Nagekomen: {3}. Losgelaten: {4}.",
        "debrief.fact-programme":
            "{1}: gestart in {2}; koppelingen nagekomen: {3}, losgelaten: {4}.",
        "debrief.fact-no-programme": "{1}: niet gestart.",
        "debrief.ask-programme":
            "Met {1} legden jullie koppelingen jaren vooruit vast. Wat hielden jullie vast, wat lieten jullie los, en waarom?",
        "debrief.ask-no-programme":
            "Jullie startten {1} niet. Hoe ver konden jullie samen vooruitkijken, en wie was de zwakste schakel?",
    ]

    /// The English messages, by key.
    static let english: [String: String] = [
        "proposal.programme":
            "start {1}: a joint programme that holds couplings up to {3} years ahead ({2} a year)",
        "proposal.programme-coupling": "put {1} in the programme for {2}",
        "event.programme-started":
            "The table starts {1}: couplings can now be held up to {2} years ahead.",
        "event.programme-paid": "{1} costs {2} this year ({3} of it from {4}).",
        "event.programme-paid-plain": "{1} costs {2} this year, paid jointly.",
        "event.coupling-programmed": "{1} is now in {3} for {2}.",
        "event.programme-kept":
            "{1} was made as programmed. Held early, so {2} more back for its owners.",
        "event.programme-kept-plain": "{1} was made as programmed.",
        "event.programme-dropped":
            "{1} dropped out of the programme. Let drop by: {2} (that costs a little trust).",
        "reason.no-programme": "this game has no joint programme.",
        "reason.programme-started": "the joint programme is already running.",
        "reason.programme-not-started":
            "there is no joint programme yet. Propose one first: propose programme",
        "reason.beyond-programme": "{1} is further ahead than the programme reaches ({2} years).",
        "reason.already-programmed": "{1} is already in the programme for {2}.",
        "programme.not-started": "{1}: not started. To propose: propose programme",
        "programme.line": "{1} (since {2}, {3} a year, up to {4} years ahead):",
        "programme.empty": "no couplings held yet",
        "programme.commitment": "{1} in {2} (held since {3})",
        "status.programme": "Your commitments in {1}: {2}",
        "status.programme-none":
            "{1} is running; you have nothing in it yet. To propose: propose programme COUPLING YEAR",
        "summary.programme": "{1} cost {2}. Kept: {3}. Dropped: {4}.",
        "debrief.fact-programme": "{1}: started in {2}; couplings kept: {3}, dropped: {4}.",
        "debrief.fact-no-programme": "{1}: not started.",
        "debrief.ask-programme":
            "With {1} you held couplings years ahead. What did you hold on to, what did you let drop, and why?",
        "debrief.ask-no-programme":
            "You did not start {1}. How far ahead could you look together, and who was the weakest link?",
    ]
}
