import GameRules

extension Messages {
    /// A phase's name: the engine's standard phases in this language, a game's own phases
    /// as the game names them.
    public func phaseName(_ phase: PhaseSpec) -> String {
        PhaseSpec.standard.contains(phase) ? self("phase.\(phase.id)") : phase.name
    }
}
