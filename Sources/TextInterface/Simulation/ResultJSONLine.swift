import Strategies

/// Writes a result as one line of JSON with sorted keys, byte for byte what `JSONEncoder`
/// with `.sortedKeys` and `.withoutEscapingSlashes` writes, at a fraction of its cost.
enum ResultJSONLine {
    /// The result as one line of JSON (without the line feed); `failure` only when the
    /// game failed, so the lines of other games are as they always were.
    static func line(_ result: GameResult) -> String {
        let pairs: KeyValuePairs<String, String> = [
            "actions": String(result.actions),
            "couplingsMade": String(result.couplingsMade),
            "couplingsMissed": String(result.couplingsMissed),
            "dilemmasDecided": String(result.dilemmasDecided),
            "eventsFired": String(result.eventsFired),
            "firedEvents": strings(result.firedEvents),
            "goalsReached": String(result.goalsReached),
            "groupTrust": number(result.groupTrust),
            "index": String(result.index),
            "outcome": string(result.outcome),
            "projectsStarted": String(result.projectsStarted),
            "refusedLegalActions": String(result.refusedLegalActions),
            "roles": strings(result.roles),
            "rounds": String(result.rounds),
            "scores": "[" + result.scores.map(number).joined(separator: ",") + "]",
            "seed": String(result.seed),
            "sharedGoalsReached": String(result.sharedGoalsReached),
            "sharedScore": number(result.sharedScore),
            "startedProjects": strings(result.startedProjects),
            "strategies": strings(result.strategies),
        ]
        var fields = Array(pairs)
        if let failure = result.failure {
            fields.insert((key: "failure", value: string(failure)), at: 5)
        }
        return "{" + fields.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",") + "}"
    }

    /// A number as JSON: whole numbers without a fraction, others in their shortest form;
    /// `null` for a value JSON cannot hold.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 9.007_199_254_740_992e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }

    /// A list of strings as JSON.
    static func strings(_ values: [String]) -> String {
        "[" + values.map(string).joined(separator: ",") + "]"
    }

    /// A string as JSON, with quotes, backslashes and control characters escaped.
    static func string(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
