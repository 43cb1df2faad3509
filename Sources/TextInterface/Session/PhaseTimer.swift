/// A facilitator's timer for the current phase: not a game action, never saved.
struct PhaseTimer: Hashable, Sendable {
    /// The clock reading (seconds) at which time is up.
    var end: Double
    /// The round and phase it was set in; it lapses when the phase ends.
    var round: Int
    /// The phase it was set in.
    var phase: Int
    /// Whether the table has been told that time is up.
    var warned = false

    /// The seconds in a duration such as `5m`, `90s`, `2m30s` or `5` (minutes); nil when the
    /// word is not one, or is zero or more than a day.
    static func seconds(_ word: String) -> Int? {
        let lower = word.lowercased()
        if let minutes = Int(lower) { return valid(minutes * 60) }
        var total = 0
        var digits = ""
        var units: Set<Character> = []
        for character in lower {
            if character.isASCII, character.isNumber {
                digits.append(character)
                guard digits.count <= 6 else { return nil }
                continue
            }
            guard let amount = Int(digits), !units.contains(character) else { return nil }
            switch character {
            case "h", "u": total += amount * 3600
            case "m": total += amount * 60
            case "s": total += amount
            default: return nil
            }
            units.insert(character)
            digits = ""
        }
        return digits.isEmpty ? valid(total) : nil
    }

    private static func valid(_ seconds: Int) -> Int? {
        seconds > 0 && seconds <= 24 * 3600 ? seconds : nil
    }

    /// `m:ss` (or `h:mm:ss`) for a number of seconds, rounded up.
    static func clock(_ seconds: Double) -> String {
        let whole = Int(max(0, seconds).rounded(.up))
        let (hours, rest) = whole.quotientAndRemainder(dividingBy: 3600)
        let (minutes, secs) = rest.quotientAndRemainder(dividingBy: 60)
        let ss = secs < 10 ? "0\(secs)" : "\(secs)"
        if hours > 0 {
            return "\(hours):" + (minutes < 10 ? "0\(minutes)" : "\(minutes)") + ":" + ss
        }
        return "\(minutes):" + ss
    }
}
