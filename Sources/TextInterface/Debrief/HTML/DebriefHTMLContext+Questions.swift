extension DebriefHTMLContext {
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
                ])
        }
    }
}
