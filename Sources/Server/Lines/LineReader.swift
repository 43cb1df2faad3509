/// Splits a byte stream into lines without ever holding more than one line's limit.
///
/// Lines end at LF; a CR before it is dropped, so CRLF and LF both work. Telnet commands
/// (IAC sequences, including subnegotiation) are removed, other control bytes are dropped
/// and a tab becomes a space. A line longer than `limit` bytes makes `feed` report
/// `tooLong`; the reader keeps nothing of it.
struct LineReader {
    /// What one chunk of input gave.
    enum Event: Equatable {
        /// A complete line, without its line end.
        case line([UInt8])
        /// The current line passed the limit.
        case tooLong
    }

    private enum Telnet {
        case data
        case command
        case option
        case subnegotiation
        case subnegotiationCommand
    }

    /// The most bytes one line may have.
    let limit: Int
    /// The bytes of the unfinished line.
    private(set) var pending: [UInt8] = []
    private var telnet = Telnet.data

    /// A reader with nothing pending.
    init(limit: Int) {
        self.limit = limit
        pending.reserveCapacity(min(limit, 256))
    }

    /// Reads `bytes`: the complete lines in them, then `tooLong` if the limit was passed (after
    /// which the caller should stop reading this connection).
    mutating func feed(_ bytes: some Sequence<UInt8>) -> [Event] {
        var events: [Event] = []
        for byte in bytes {
            switch telnet {
            case .command:
                switch byte {
                case 0xFF: telnet = .data
                case 0xFA: telnet = .subnegotiation
                case 0xFB...0xFE: telnet = .option
                default: telnet = .data
                }
                if byte != 0xFF { continue }
            case .option:
                telnet = .data
                continue
            case .subnegotiation:
                if byte == 0xFF { telnet = .subnegotiationCommand }
                continue
            case .subnegotiationCommand:
                telnet = byte == 0xF0 ? .data : .subnegotiation
                continue
            case .data:
                if byte == 0xFF {
                    telnet = .command
                    continue
                }
            }
            switch byte {
            case 0x0A:
                events.append(.line(pending))
                pending.removeAll(keepingCapacity: true)
            case 0x09:
                guard append(0x20) else { return events + [.tooLong] }
            case 0x00..<0x20, 0x7F:
                continue
            default:
                guard append(byte) else { return events + [.tooLong] }
            }
        }
        return events
    }

    private mutating func append(_ byte: UInt8) -> Bool {
        guard pending.count < limit else {
            pending = []
            return false
        }
        pending.append(byte)
        return true
    }
}
