/// The messages about the table's instruments (agreements, the process coordinator), in
/// Dutch and English; merged into each language's table.
enum InstrumentMessages {
    /// The Dutch messages, by key.
    static let dutch: [String: String] = [
        "proposal.agreement": "{1} tekenen (bijdrage {2} samen)",
        "proposal.coordinator": "een onafhankelijke procescoördinator aanstellen ({1} per jaar)",
        "event.agreement-signed": "{1} is getekend door de hele tafel. Bijdrage: {2}.",
        "event.agreement-lapsed": "{1} is afgelopen. Een nieuwe afspraak maken kan weer.",
        "event.agreement-breached.graafrust":
            "{1} breekt de afgesproken graafrust uit {2}: dat kost vertrouwen.",
        "event.agreement-breached.share-plans":
            "{1} deelde dit jaar geen plannen en breekt daarmee {2}: dat kost vertrouwen.",
        "event.form-held":
            "Het groepsvertrouwen is te laag voor {1}, maar {2} houdt de vorm nog overeind.",
        "event.coordinator-hired":
            "{1} gaat aan de slag: onafhankelijk, zonder stem, door iedereen samen betaald.",
        "event.process-coordinator-paid": "{1} kost dit jaar {2} ({3} daarvan uit {4}).",
        "event.process-coordinator-paid-plain": "{1} kost dit jaar {2}, samen betaald.",
        "event.dilemma-extended":
            "{1} geeft de hete aardappel '{2}' een jaar extra: besluiten kan tot en met {3}.",
        "reason.unknown-agreement": "die afspraak bestaat niet ({1}).",
        "reason.already-agreed": "{1} is al van kracht; deze afspraak voegt daar niets aan toe.",
        "reason.agreement-first": "eerst moet {1} getekend zijn.",
        "reason.no-coordinator": "dit spel kent geen procescoördinator.",
        "reason.coordinator-hired": "er is al een procescoördinator aan het werk.",
        "input.unknown-agreement": "geen afspraak '{1}'. Wel: {2}.",
        "input.unknown-agreement.suggest": "geen afspraak '{1}'. Bedoel je '{2}'?",
        "status.agreement": "Afspraak: {1} (getekend in {2})",
        "status.coordinator": "Procescoördinator: {1} is aan het werk.",
        "agreements.title": "Afspraken en procescoördinator",
        "agreements.none": "Dit spel kent geen afspraken en geen procescoördinator.",
        "agreements.in-force": "van kracht, getekend in {1}",
        "agreements.signed": "eerder getekend, nu niet van kracht",
        "agreements.open": "nog niet getekend",
        "agreements.after": "Eerst nodig: {1}.",
        "agreements.needs":
            "Nodig: groepsvertrouwen {1} (nu {2}). Bijdrage bij het tekenen: {3} samen.",
        "agreements.rounds": "Looptijd: {1} jaar na het jaar van tekenen.",
        "agreements.term.graafrust": "Graafrust: de straat blijft {1} jaar dicht na elk werk.",
        "agreements.term.key": "Verdeelsleutel (bijdrage en coördinator): {1}.",
        "agreements.term.coordinator": "Stelt de onafhankelijke procescoördinator aan.",
        "agreements.term.share-plans": "Iedereen deelt elk jaar zijn plannen met de tafel.",
        "agreements.term.hold-form":
            "De samenwerkingsvorm valt tot {1} jaar na het tekenen niet terug.",
        "agreements.breach": "Wie een voorwaarde breekt, verliest vertrouwen ({1}).",
        "agreements.how": "Voorstellen (iedereen moet ja zeggen): stel-voor afspraak {1}",
        "coordinator.line": "{1}: kost {2} per jaar{3}. Nodig: groepsvertrouwen {4}.",
        "coordinator.fund": ", eerst uit {1}",
        "coordinator.does":
            "Onafhankelijk en zonder stem, in elke samenwerkingsvorm. Laat iedereen de plannen bij koppelkansen zien, geeft een hete aardappel eenmaal {1} jaar extra, en van het vertrouwen dat een weigering kost, telt nog {2}%.",
        "coordinator.at-work": "Aan het werk sinds {1}.",
        "coordinator.not-hired": "Nog niet aangesteld. Voorstellen: stel-voor coordinator",
        "coordinator.candidates": "De coördinator wijst op koppelkansen: {1}.",
        "summary.agreement": "Van kracht: {1}.",
        "summary.coordinator": "De procescoördinator is aan het werk.",
        "event.earmark-lapsed":
            "{1}: {2} geoormerkt geld voor {3} is dit jaar niet besteed en vervalt.",
        "status.earmark":
            "Geoormerkt voor {1}: {2} van je budget. Wat je dit jaar niet aan {1} besteedt, vervalt aan het eind van {3}.",
        "status.earmarks": "Geoormerkt (vervalt aan het eind van het jaar): {1}",
        "summary.lapsed": "Vervallen geoormerkt geld: {1}.",
        "plans.fixed-since": "vastgesteld sinds {1}",
        "plans.fixed-in": "wordt vastgesteld in {1}",
        "summary.fixed": "Vastgesteld dit jaar (verplaatsen kan niet meer): {1}.",
        "proposal.late-surcharge": "(toeslag voor vastgestelde plannen: {1})",
        "event.late-coupling-surcharge":
            "{1} betaalt {2} toeslag om vastgestelde plannen open te breken voor {3}.",
        "usage.agreements": "afspraken",
        "short.agreements": "",
        "explain.agreements":
            "Toont de afspraken die de tafel kan tekenen (een intentieverklaring, een convenant), met hun voorwaarden en wat ervan van kracht is, en de onafhankelijke procescoördinator.",
        "example.agreements": "afspraken",
        "debrief.fact-agreements": "Afspraken getekend: {1}.",
        "debrief.fact-no-agreements": "Afspraken getekend: geen.",
        "debrief.fact-coordinator": "Procescoördinator: aan het werk sinds {1}.",
        "debrief.fact-no-coordinator": "Procescoördinator: niet aangesteld.",
        "debrief.breaches": "Afspraken gebroken: {1} keer.",
        "debrief.ask-agreements":
            "Jullie tekenden {1}. Wat veranderde er daarna aan tafel, en hield iedereen zich aan de voorwaarden?",
        "debrief.ask-no-agreements":
            "Jullie tekenden geen afspraak ({1} lag klaar). Wat hield jullie tegen: vertrouwen, geld, of de behoefte eraan?",
        "debrief.ask-coordinator":
            "Er werkte een onafhankelijke procescoördinator. Wat deed die voor jullie koppelkansen en hete aardappels?",
        "debrief.ask-no-coordinator":
            "Jullie stelden geen procescoördinator aan. Wie stuurde er op het proces, of niemand?",
        "debrief.fact-meetings": "Kennismakingen: {1} ({2}).",
        "debrief.fact-no-meetings": "Kennismakingen: geen.",
        "debrief.fact-sharing": "Plannen gedeeld: {1} keer één project, {2} keer alles.",
        "debrief.ask-meetings":
            "Jullie maakten {1} keer kennis met elkaar. Veranderde dat wat jullie van elkaar wisten en durfden?",
        "debrief.ask-no-meetings":
            "Niemand maakte kennis met een ander. Wat had je willen weten van de anderen, en waarom vroeg je het niet?",
        "debrief.fact-lapsed": "Vervallen geoormerkt geld: {1}.",
        "debrief.fact-nothing-lapsed": "Vervallen geoormerkt geld: niets.",
        "debrief.ask-lapsed":
            "Er verviel {1} aan geoormerkt geld. Sloten jullie plannen aan op ieders begrotingscyclus, of reed de trein door?",
        "debrief.fact-fixed-plans": "Plannen die vastlagen voor hun start: {1} ({2}).",
        "debrief.fact-no-fixed-plans": "Plannen die vastlagen voor hun start: geen.",
        "debrief.ask-fixed-plans":
            "{1} plannen lagen vast voordat ze begonnen. Zagen jullie de koppelkansen op tijd, of pas toen de trein al reed?",
        "debrief.ask-no-fixed-plans":
            "Geen plan lag vast voordat het begon. Hoe hielden jullie de plannen zo lang beweeglijk?",
        "debrief.ask-nothing-lapsed":
            "Er verviel geen geoormerkt geld. Hoe kregen jullie het op tijd besteed, en ging dat ten koste van koppelingen?",
    ]

    /// The English messages, by key.
    static let english: [String: String] = [
        "proposal.agreement": "sign {1} (fee {2} together)",
        "proposal.coordinator": "hire an independent process coordinator ({1} a year)",
        "event.agreement-signed": "{1} is signed by the whole table. Fee: {2}.",
        "event.agreement-lapsed": "{1} has ended. A new agreement can be made again.",
        "event.agreement-breached.graafrust":
            "{1} breaks the graafrust agreed in {2}: that costs trust.",
        "event.agreement-breached.share-plans":
            "{1} shared no plans this year and so breaks {2}: that costs trust.",
        "event.form-held": "Group trust is too low for {1}, but {2} still holds the form up.",
        "event.coordinator-hired":
            "{1} starts work: independent, without a vote, paid by everyone together.",
        "event.process-coordinator-paid": "{1} costs {2} this year ({3} of it from {4}).",
        "event.process-coordinator-paid-plain": "{1} costs {2} this year, paid together.",
        "event.dilemma-extended":
            "{1} gives the hot potato '{2}' an extra year: it can be decided until {3}.",
        "reason.unknown-agreement": "that agreement does not exist ({1}).",
        "reason.already-agreed": "{1} is in force already; this agreement adds nothing to it.",
        "reason.agreement-first": "{1} must be signed first.",
        "reason.no-coordinator": "this game has no process coordinator.",
        "reason.coordinator-hired": "a process coordinator is at work already.",
        "input.unknown-agreement": "no agreement '{1}'. Known: {2}.",
        "input.unknown-agreement.suggest": "no agreement '{1}'. Did you mean '{2}'?",
        "status.agreement": "Agreement: {1} (signed in {2})",
        "status.coordinator": "Process coordinator: {1} is at work.",
        "agreements.title": "Agreements and process coordinator",
        "agreements.none": "This game has no agreements and no process coordinator.",
        "agreements.in-force": "in force, signed in {1}",
        "agreements.signed": "signed before, not in force now",
        "agreements.open": "not signed yet",
        "agreements.after": "Needed first: {1}.",
        "agreements.needs": "Needs: group trust {1} (now {2}). Fee on signing: {3} together.",
        "agreements.rounds": "Term: {1} years after the year of signing.",
        "agreements.term.graafrust":
            "Graafrust: the street stays closed {1} years after every work.",
        "agreements.term.key": "Cost-sharing key (fee and coordinator): {1}.",
        "agreements.term.coordinator": "Hires the independent process coordinator.",
        "agreements.term.share-plans": "Everyone shares their plans with the table every year.",
        "agreements.term.hold-form":
            "The form of collaboration does not fall back until {1} years after signing.",
        "agreements.breach": "Whoever breaks a term loses trust ({1}).",
        "agreements.how": "Propose (everyone must accept): propose agreement {1}",
        "coordinator.line": "{1}: costs {2} a year{3}. Needs: group trust {4}.",
        "coordinator.fund": ", from {1} first",
        "coordinator.does":
            "Independent and without a vote, in any form of collaboration. Shows everyone the plans at coupling chances, gives a hot potato {1} extra year once, and of the trust a refusal costs, {2}% still counts.",
        "coordinator.at-work": "At work since {1}.",
        "coordinator.not-hired": "Not hired yet. Propose: propose coordinator",
        "coordinator.candidates": "The coordinator points out coupling chances: {1}.",
        "summary.agreement": "In force: {1}.",
        "summary.coordinator": "The process coordinator is at work.",
        "event.earmark-lapsed":
            "{1}: {2} of money earmarked for {3} was not spent this year and lapses.",
        "status.earmark":
            "Earmarked for {1}: {2} of your budget. What you do not spend on {1} this year lapses at the end of {3}.",
        "status.earmarks": "Earmarked (lapses at the end of the year): {1}",
        "summary.lapsed": "Earmarked money that lapsed: {1}.",
        "plans.fixed-since": "fixed since {1}",
        "plans.fixed-in": "to be fixed in {1}",
        "summary.fixed": "Fixed this year (they can no longer be moved): {1}.",
        "proposal.late-surcharge": "(surcharge for fixed plans: {1})",
        "event.late-coupling-surcharge":
            "{1} pays a surcharge of {2} to reopen fixed plans for {3}.",
        "usage.agreements": "agreements",
        "short.agreements": "",
        "explain.agreements":
            "Shows the agreements the table can sign (a letter of intent, a covenant), with their terms and what of them is in force, and the independent process coordinator.",
        "example.agreements": "agreements",
        "debrief.fact-agreements": "Agreements signed: {1}.",
        "debrief.fact-no-agreements": "Agreements signed: none.",
        "debrief.fact-coordinator": "Process coordinator: at work since {1}.",
        "debrief.fact-no-coordinator": "Process coordinator: not hired.",
        "debrief.breaches": "Agreements broken: {1} times.",
        "debrief.ask-agreements":
            "You signed {1}. What changed at the table after that, and did everyone keep to the terms?",
        "debrief.ask-no-agreements":
            "You signed no agreement ({1} was ready). What held you back: trust, money, or the need for it?",
        "debrief.ask-coordinator":
            "An independent process coordinator was at work. What did it do for your coupling chances and hot potatoes?",
        "debrief.ask-no-coordinator":
            "You hired no process coordinator. Who steered the process, or did nobody?",
        "debrief.fact-meetings": "Meetings: {1} ({2}).",
        "debrief.fact-no-meetings": "Meetings: none.",
        "debrief.fact-sharing": "Plans shared: {1} times one project, {2} times all of them.",
        "debrief.ask-meetings":
            "You met each other {1} times. Did that change what you knew of each other and dared to do?",
        "debrief.ask-no-meetings":
            "Nobody met anyone. What would you have liked to know about the others, and why did you not ask?",
        "debrief.fact-lapsed": "Earmarked money that lapsed: {1}.",
        "debrief.fact-nothing-lapsed": "Earmarked money that lapsed: none.",
        "debrief.ask-lapsed":
            "{1} of earmarked money lapsed. Did your plans fit each party's budget cycle, or did the train run on?",
        "debrief.fact-fixed-plans": "Plans fixed before they started: {1} ({2}).",
        "debrief.fact-no-fixed-plans": "Plans fixed before they started: none.",
        "debrief.ask-fixed-plans":
            "{1} plans were fixed before they started. Did you see the coupling chances in time, or only once the train was running?",
        "debrief.ask-no-fixed-plans":
            "No plan was fixed before it started. How did you keep the plans open for so long?",
        "debrief.ask-nothing-lapsed":
            "No earmarked money lapsed. How did you spend it in time, and did that cost you couplings?",
    ]
}
