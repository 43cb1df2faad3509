import GameRules

/// `vertrouwen`: the trust matrix with bars; cells the viewer may not see show `·`.
enum TrustView {
    /// The lines of the view.
    static func render(_ c: ViewContext) -> [String] {
        let spec = c.spec
        let ids = spec.roles.map(\.id)
        let width = max(8, min(14, (ids.map(\.count).max() ?? 8) + 1))
        let bars = spec.roles.count <= 5
        let cell = bars ? 11 : max(5, min(9, (Format.width - width) / max(1, spec.roles.count)))
        var lines = [c.heading(c.text("trust.title", Format.number(c.view.groupTrust)))]
        lines.append(c.text("trust.legend"))
        lines.append(
            trimmed(Format.pad("", width) + ids.map { Format.column(" " + $0, cell) }.joined()))
        for from in spec.roles.indices {
            var row = Format.column(ids[from], width)
            for to in spec.roles.indices {
                if from == to {
                    row += Format.pad("   -", cell)
                } else if let value = c.view.trust[from][to] {
                    let bar = bars ? " " + Format.bar(value, width: 5) : ""
                    row += Format.pad(" " + Format.right(Format.number(value), 3) + bar, cell)
                } else {
                    row += Format.pad("   ·", cell)
                }
            }
            lines.append(trimmed(row))
        }
        return lines
    }

    private static func trimmed(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
