/// One line after the header of a version-2 save: a role's action, a facilitator's
/// intervention (`{"facilitator":{...}}`), an undo (`{"undo":2}`) or a seat handed to a
/// bot or back to a person (`{"seat":{"role":"beheer","player":"cooperative"}}`).
enum SaveLine: Codable, Hashable {
    /// A role's action.
    case action(ActionRecord)
    /// A facilitator's intervention.
    case facilitator(InterventionRecord)
    /// The last `count` actions were taken back.
    case undo(Int)
    /// From here on a seat is played by someone else.
    case seat(SeatRecord)

    private enum Key: String, CodingKey {
        case facilitator, undo, seat
    }

    /// Reads a line; any key but `facilitator` and `undo` is a role's action.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        if container.contains(.undo) {
            self = .undo(try container.decode(Int.self, forKey: .undo))
        } else if container.contains(.seat) {
            self = .seat(try container.decode(SeatRecord.self, forKey: .seat))
        } else if container.contains(.facilitator) {
            self = .facilitator(try container.decode(InterventionRecord.self, forKey: .facilitator))
        } else {
            self = .action(try ActionRecord(from: decoder))
        }
    }

    /// Writes the line.
    func encode(to encoder: any Encoder) throws {
        switch self {
        case .action(let record): try record.encode(to: encoder)
        case .facilitator(let record):
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(record, forKey: .facilitator)
        case .undo(let count):
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(count, forKey: .undo)
        case .seat(let record):
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(record, forKey: .seat)
        }
    }
}
