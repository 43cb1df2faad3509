import Foundation
import Strategies

/// A bot's answer to a decision: `{"action": ID}`, where `ID` is one of the legal actions'
/// ids. Other keys are ignored, so a bot may add its own (a comment, a log line).
struct BotAnswer: Decodable {
    /// The id of the chosen action.
    var action: Int

    /// The index of the action that `line` chooses among `count` legal actions, or why the
    /// line is no answer: `process` turns that into a failure naming the bot and the line.
    static func choice(in line: String, of count: Int, from process: BotProcess)
        throws(BotFailure) -> Int
    {
        if line.allSatisfy(\.isWhitespace) {
            throw process.failure(
                .emptyLine, line: line, detail: "wrote an empty line instead of an answer")
        }
        let answer: BotAnswer
        do {
            answer = try JSONDecoder().decode(BotAnswer.self, from: Data(line.utf8))
        } catch DecodingError.dataCorrupted {
            throw process.failure(
                .malformed, line: line, detail: "the line is not JSON; expected {\"action\": ID}")
        } catch {
            throw process.failure(
                .malformed, line: line,
                detail: "expected a JSON object {\"action\": ID} with a whole-number ID")
        }
        guard (0..<count).contains(answer.action) else {
            throw process.failure(
                .illegal, line: line,
                detail:
                    "action \(answer.action) is not one of the legal actions (ids 0 to \(count - 1))"
            )
        }
        return answer.action
    }
}
