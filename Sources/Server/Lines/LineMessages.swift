/// The server's own lines to line clients, in Dutch and English at once (a client has not
/// chosen a language when it sees them).
enum LineMessages {
    static let greeting = "Wijkspel: typ je code / type your code"
    static let unknownCode = "Onbekende code / Unknown code: check the code on the screen"
    static let tooManyCodes =
        "Te veel verkeerde codes / Too many wrong codes: connection closed"
    static let limited =
        "Te veel pogingen / Too many attempts: wait a minute and try again"
    static let tooFast = "Te snel / Too fast: wait a moment, that line was dropped"
    static let lineTooLong = "Regel te lang / Line too long: connection closed"
    static let consoleLineTooLong = "Regel te lang / Line too long: ignored"
    static let badText = "Onleesbare tekens / Unreadable characters: send UTF-8 text"
    static let idle = "Te lang stil / Idle too long: connection closed, connect again to go on"
    static let full = "Server vol / Server full: try again later"
    static let stopping = "Server stopt / Server stopping"
}
