/// Colours and dash patterns for chart series: distinct on a projector, in print and for
/// colour-blind readers (the Okabe-Ito palette, with dashes as a second cue).
enum Palette {
    /// Series colours, all with at least 3:1 contrast against white.
    static let colors = [
        "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#8a6d00", "#56579a", "#b8004f", "#444444",
    ]

    /// Dash patterns, one per series in turn; empty is a solid line.
    static let dashes = ["", "8 4", "2 3", "10 3 2 3"]

    /// The colour of series `index`.
    static func color(_ index: Int) -> String { colors[index % colors.count] }

    /// The dash pattern of series `index`.
    static func dash(_ index: Int) -> String {
        dashes[(index / colors.count + index) % dashes.count]
    }
}
