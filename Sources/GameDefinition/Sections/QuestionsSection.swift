import GameRules
import TOML

/// Reads `reflection = [...]` and `[[questions]]`: questions for the review and the debrief.
enum QuestionsSection {
    /// The debrief questions asked at the end.
    static func reflection(_ root: TableReader) -> [String] {
        (root.playerTexts("reflection") ?? []).compactMap { item in
            guard item.value.allSatisfy(\.isWhitespace) else { return item.value }
            root.sink.error(
                DiagnosticID.missingText, "a reflection question is empty", at: item.location)
            return nil
        }
    }

    /// The questions asked at the review of one round each.
    static func roundQuestions(_ root: TableReader, context: DefinitionContext) -> [RoundQuestion] {
        root.tables("questions").compactMap { reader in
            let round = context.roundInGame(reader, "year")
            let text = reader.text("text", required: true, what: "a round question")
            if !reader.has("year") {
                reader.missing("year", what: "a round question", example: "\(context.firstYear)")
            }
            reader.finish()
            return round.map { RoundQuestion(round: $0, text: text) }
        }
    }
}
