/// Splits an expression text into tokens.
enum ExpressionLexer {
    private static let twoCharacterSymbols: Set<String> = [
        "<=", ">=", "==", "!=", "+=", "-=", "*=", "&&", "||",
    ]
    private static let oneCharacterSymbols: Set<Character> = [
        "+", "-", "*", "/", "(", ")", ",", "<", ">", "=", "!",
    ]

    /// The most characters an expression may have.
    static let lengthLimit = 4000

    /// The tokens of `text`, ending with `.end`, or the first character that fits nowhere.
    static func tokens(_ text: String) -> Result<[ExpressionToken], ExpressionError> {
        let characters = Array(text)
        guard characters.count <= lengthLimit else {
            return .failure(
                ExpressionError(
                    id: "expr.too-long",
                    message:
                        "this expression has \(characters.count) characters; at most \(lengthLimit) are allowed",
                    offset: 0,
                    suggestion:
                        "split it up: compute parts in indicators, or use several goals or events"))
        }
        var tokens: [ExpressionToken] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
            } else if character.isNumber && character.isASCII
                || character == "." && isDigit(characters, index + 1)
            {
                let start = index
                while index < characters.count, characters[index].isASCII,
                    characters[index].isNumber || characters[index] == "."
                        || characters[index] == "_"
                {
                    index += 1
                }
                let digits = String(characters[start..<index]).replacingUnderscores()
                guard let value = Double(digits) else {
                    return .failure(
                        ExpressionError(
                            id: "expr.syntax", message: "`\(digits)` is not a number", offset: start
                        ))
                }
                tokens.append(ExpressionToken(kind: .number(value), offset: start))
            } else if character.isLetter || character == "_" {
                let start = index
                while index < characters.count,
                    characters[index].isLetter || characters[index].isNumber
                        || characters[index] == "_"
                        || characters[index] == "." && index + 1 < characters.count
                            && (characters[index + 1].isLetter || characters[index + 1] == "_")
                {
                    index += 1
                }
                tokens.append(
                    ExpressionToken(kind: .name(String(characters[start..<index])), offset: start))
            } else if index + 1 < characters.count,
                twoCharacterSymbols.contains(String(characters[index...index + 1]))
            {
                tokens.append(
                    ExpressionToken(
                        kind: .symbol(String(characters[index...index + 1])), offset: index))
                index += 2
            } else if oneCharacterSymbols.contains(character) {
                tokens.append(ExpressionToken(kind: .symbol(String(character)), offset: index))
                index += 1
            } else {
                return .failure(
                    ExpressionError(
                        id: "expr.syntax",
                        message: "the character `\(character)` has no meaning here", offset: index,
                        suggestion: character == "\"" || character == "'"
                            ? "write names without quotes" : nil))
            }
        }
        tokens.append(ExpressionToken(kind: .end, offset: characters.count))
        return .success(tokens)
    }

    private static func isDigit(_ characters: [Character], _ index: Int) -> Bool {
        index < characters.count && characters[index].isASCII && characters[index].isNumber
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String { String(filter { $0 != "_" }) }
}
