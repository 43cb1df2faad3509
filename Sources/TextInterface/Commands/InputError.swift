/// A line the session could not turn into a command: a stable id and the message key.
struct InputError: Error, Hashable {
    /// The stable id shown in brackets, such as `unknown-command`.
    var id: String
    /// The message key (`input.<id>` unless given).
    var key: String
    /// The arguments of the message.
    var arguments: [String]

    /// Creates an error whose message key is `input.<id>`.
    init(_ id: String, _ arguments: [String] = [], key: String? = nil) {
        self.id = id
        self.key = key ?? "input.\(id)"
        self.arguments = arguments
    }
}
