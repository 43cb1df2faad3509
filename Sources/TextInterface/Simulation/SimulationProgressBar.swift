/// A one-line progress bar on standard error, drawn only when it is a terminal.
struct SimulationProgressBar {
    private let total: Int
    private let enabled: Bool
    private var done = 0
    private var drawn = -1

    /// A bar for `total` items; silent unless standard error is a terminal.
    init(total: Int, enabled: Bool = SimulationOutput.stderrIsTerminal) {
        self.total = max(1, total)
        self.enabled = enabled
    }

    /// Counts one finished item and redraws when the percentage changed.
    mutating func step() {
        done += 1
        guard enabled else { return }
        let percent = done * 100 / total
        guard percent != drawn else { return }
        drawn = percent
        let width = 30
        let filled = width * done / total
        let bar =
            String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        SimulationOutput.errorRaw("\r[\(bar)] \(percent)% (\(done)/\(total))")
    }

    /// Clears the bar's line.
    func finish() {
        guard enabled else { return }
        SimulationOutput.errorRaw("\r" + String(repeating: " ", count: 60) + "\r")
    }
}
