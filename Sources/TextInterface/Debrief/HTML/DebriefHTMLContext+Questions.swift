extension DebriefHTMLContext {
    /// Links to the parts of the page that hold more data on `topics`.
    private func links(_ topics: [DebriefTopic]) -> [Markup] {
        var seen: Set<String> = []
        var anchors: [Markup] = []
        for topic in topics {
            let (anchor, key) = DebriefHTMLContext.place(of: topic)
            guard seen.insert(anchor).inserted else { continue }
            if !anchors.isEmpty { anchors.append(.text(" · ")) }
            anchors.append(.node("a", [("href", "#" + anchor)], text: text(key)))
        }
        guard !anchors.isEmpty else { return [] }
        return [.node("p", [("class", "muted")], [.text(text("debrief.html.see") + " ")] + anchors)]
    }

    /// The anchor and the title's key of the part of the page about `topic`.
    static func place(of topic: DebriefTopic) -> (anchor: String, key: String) {
        switch topic {
        case .trust, .form: ("chart-trust", "debrief.html.trust.title")
        case .couplings: ("koppelingen", "debrief.html.couplings")
        case .hotPotatoes: ("dilemmas", "debrief.html.dilemmas")
        case .sharing: ("verhaal", "debrief.html.story")
        case .promises: ("beloftes", "debrief.html.promises")
        case .streets: ("straat", "debrief.html.streets")
        case .scores: ("scores", "debrief.html.scores")
        }
    }

    /// Each reflection question with the facts that answer it.
    func questions() -> [Markup] {
        guard !report.questions.isEmpty else {
            return [paragraph(text("debrief.html.none"), muted: true)]
        }
        return report.questions.map { question in
            let when =
                question.year.map { text("debrief.html.question.year", String($0)) }
                ?? text("debrief.html.question.end")
            let facts =
                question.facts.isEmpty ? [text("debrief.html.question.no-facts")] : question.facts
            return .node(
                "div", [("class", "question")],
                [
                    .node("p", [("class", "ask")], text: question.text),
                    paragraph(when, muted: true), list(facts),
                ] + links(question.topics))
        }
    }
}
