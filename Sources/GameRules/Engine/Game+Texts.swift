extension Game {
    /// This game as it stands, with the texts (names, titles, briefs) of `texts`: the same
    /// game read with its player texts in another language, so a spec that differs from
    /// `spec` in its texts only. For showing the game in that language.
    public func withTexts(of texts: GameSpec) -> Game {
        Game(spec: texts, state: state, openingEvents: openingEvents)
    }
}
