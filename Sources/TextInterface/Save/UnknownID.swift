/// An id in a save that the game does not have (any more), with the closest one it has.
struct UnknownID: Error, Hashable {
    /// What the id should name: `role`, `project`, `fund`, `coupling`, `form`, `dilemma`,
    /// `option`, `event` or `variable`.
    var kind: String
    /// The id as written.
    var id: String
    /// The closest id the game has, if one is close.
    var suggestion: String?

    /// The problem at `line` of `file`, pointing at the id in `text` (the line's text).
    func problem(file: String, line: Int, text: String) -> SaveProblem {
        var arguments = ["save.kind.\(kind)", id]
        if let suggestion { arguments.append(suggestion) }
        return SaveProblem(
            file: file, line: line, column: UnknownID.column(of: id, in: text),
            key: suggestion == nil ? "save.unknown-id" : "save.unknown-id.suggest",
            arguments: arguments)
    }

    /// The column (1-based) of the first `"id"` written as a value (after a colon), or 1.
    static func column(of id: String, in text: String) -> Int {
        let quoted = Array("\"\(id)\"")
        let characters = Array(text)
        guard characters.count >= quoted.count else { return 1 }
        for start in 0...(characters.count - quoted.count)
        where Array(characters[start..<start + quoted.count]) == quoted {
            let before = characters[..<start].last { $0 != " " && $0 != "\t" }
            if before == ":" { return start + 1 }
        }
        return 1
    }
}
