extension DebriefHTMLContext {
    /// Promises kept and broken per role, and each broken promise.
    func promises() -> [Markup] {
        let made = report.promises.filter { !$0.promises.isEmpty }
        guard !made.isEmpty else {
            return [paragraph(text("debrief.html.promises.none"), muted: true)]
        }
        let table = HTMLTable(
            headings: [
                text("debrief.html.role"), text("debrief.html.kept"), text("debrief.html.broken"),
                text("debrief.html.open"),
            ],
            rows: report.promises.map { promises in
                [
                    roleName(promises.role), String(promises.kept), String(promises.broken),
                    String(promises.open),
                ]
            },
            numeric: [1, 2, 3])
        let broken = report.promises.flatMap { promises in
            promises.promises.filter { $0.kept == false }.map { promise in
                text(
                    "debrief.html.promise.broken", roleName(promises.role), promise.project,
                    String(promise.year))
            }
        }
        return [table.markup] + (broken.isEmpty ? [] : [list(broken)])
    }
}
