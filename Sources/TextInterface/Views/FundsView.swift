import GameRules

/// `fondsen`: each shared fund's balance, members and fair share (per member with a key).
enum FundsView {
    /// The lines of the view.
    static func render(_ c: ViewContext) -> [String] {
        let spec = c.spec
        var lines = [c.heading(c.text("funds.title"))]
        if spec.funds.isEmpty { return lines + ["  " + c.text("funds.none")] }
        for (index, fund) in spec.funds.enumerated() {
            lines.append(
                "  " + Format.column("\(fund.name) (\(fund.id))", 30) + " "
                    + Format.right(Format.number(c.view.funds[index]), 6))
            guard fund.key != nil else {
                let members = fund.members.map { c.role($0) }.joined(separator: ", ")
                lines += Format.wrap(
                    c.text("funds.members", members, Format.number(fund.fairShare)),
                    indent: "    ")
                continue
            }
            let shares = fund.members.map {
                "\(c.role($0)) \(Format.number(fund.fairShare(of: $0)))"
            }
            lines += Format.wrap(
                c.text("funds.members-keyed", shares.joined(separator: ", ")), indent: "    ")
        }
        return lines
    }
}
