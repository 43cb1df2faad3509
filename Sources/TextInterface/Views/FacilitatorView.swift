import GameRules

/// `/toon`: everything, as the facilitator sees it.
enum FacilitatorView {
    /// The lines of the view.
    static func render(_ c: ViewContext) -> [String] {
        var lines = StatusView.render(c)
        lines += TrustView.render(c)
        lines += PlansView.render(c)
        lines += ProposalsView.render(c)
        lines += DilemmasView.render(c)
        lines += ScoresView.render(c)
        lines += TimelineView.render(c)
        return lines
    }
}
