/// The stable identifiers of the diagnostics the TOML reader produces.
public enum TOMLDiagnosticID {
    /// The bytes are not valid UTF-8.
    public static let invalidUTF8 = "toml.invalid-utf8"
    /// A control character in a comment, string or elsewhere.
    public static let controlCharacter = "toml.control-character"
    /// A carriage return not followed by a line feed.
    public static let bareCarriageReturn = "toml.bare-carriage-return"
    /// A single-line string without its closing quote.
    public static let unterminatedString = "toml.unterminated-string"
    /// A multi-line string without its closing triple quote.
    public static let unterminatedMultilineString = "toml.unterminated-multiline-string"
    /// A backslash escape that TOML does not know.
    public static let invalidEscape = "toml.invalid-escape"
    /// A `\u` or `\U` escape that is not a Unicode scalar value.
    public static let invalidUnicodeEscape = "toml.invalid-unicode-escape"
    /// A key is missing where one is needed.
    public static let expectedKey = "toml.expected-key"
    /// A character that cannot be part of a key.
    public static let invalidKey = "toml.invalid-key"
    /// The `=` after a key is missing.
    public static let expectedEquals = "toml.expected-equals"
    /// The value after `=` is missing.
    public static let missingValue = "toml.missing-value"
    /// Something that is not a TOML value.
    public static let invalidValue = "toml.invalid-value"
    /// A malformed number.
    public static let invalidNumber = "toml.invalid-number"
    /// A whole number outside the 64-bit range.
    public static let integerOverflow = "toml.integer-overflow"
    /// A malformed or impossible date or time.
    public static let invalidDateTime = "toml.invalid-datetime"
    /// More text after a complete statement on the same line.
    public static let expectedEndOfLine = "toml.expected-end-of-line"
    /// A list without `,` between items or without its closing `]`.
    public static let invalidArray = "toml.invalid-array"
    /// An inline table that is malformed, spans lines, or ends with a comma.
    public static let invalidInlineTable = "toml.invalid-inline-table"
    /// A `[table]` or `[[table]]` header that is malformed.
    public static let invalidHeader = "toml.invalid-header"
    /// A key defined twice in the same table.
    public static let duplicateKey = "toml.duplicate-key"
    /// A `[table]` header used twice, or for a table made otherwise.
    public static let duplicateTable = "toml.duplicate-table"
    /// A key used as a table although it holds a value, or the reverse.
    public static let keyConflict = "toml.key-conflict"
    /// An inline table extended after it was written.
    public static let inlineTableExtended = "toml.inline-table-extended"
    /// A dotted key that adds to a table defined by a header elsewhere.
    public static let dottedKeyRedefinesTable = "toml.dotted-key-redefines-table"
    /// Nesting deeper than the reader allows.
    public static let tooDeep = "toml.too-deep"
    /// The reader stopped because there were too many problems.
    public static let tooManyErrors = "toml.too-many-errors"
}
