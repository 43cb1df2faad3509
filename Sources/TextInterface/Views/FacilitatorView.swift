import GameRules

/// `/toon`: everything, as the facilitator sees it, secret plans included (the wall view,
/// `/muur`, shows only what is public).
enum FacilitatorView {
    /// The lines of the view.
    static func render(_ c: ViewContext) -> [String] {
        var lines = Format.wrap(c.text("show.secrets")).map { c.style.yellow($0) }
        lines += StatusView.render(c)
        lines += TrustView.render(c)
        lines += PlansView.render(c)
        lines += ProposalsView.render(c)
        lines += DilemmasView.render(c)
        lines += ScoresView.render(c)
        lines += TimelineView.render(c)
        return lines
    }
}
