import Testing

/// One expected diagnostic: the input, the id, where it is and its exact message.
struct DiagnosticCase: CustomTestStringConvertible, Sendable {
    let source: String
    let id: String
    let line: Int
    let column: Int
    let message: String

    init(_ source: String, _ id: String, _ line: Int, _ column: Int, _ message: String) {
        self.source = source
        self.id = id
        self.line = line
        self.column = column
        self.message = message
    }

    var testDescription: String { "\(id): \(source.prefix(30).debugDescription)" }
}
