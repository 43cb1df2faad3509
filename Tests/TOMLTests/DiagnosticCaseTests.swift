import TOML
import Testing

/// Table-driven checks of the first diagnostic for small broken inputs.
@Suite struct DiagnosticCaseTests {
    static let deepSource =
        "a = " + String(repeating: "[", count: 200) + String(repeating: "]", count: 200)

    static let cases: [DiagnosticCase] = [
        DiagnosticCase(
            "name = \"Wijk\n", "toml.unterminated-string", 1, 8,
            "a string must end on the same line; use three quotes for text over several lines"),
        DiagnosticCase(
            "name = 'Wijk", "toml.unterminated-string", 1, 8,
            "this text has no closing quote (')"),
        DiagnosticCase(
            "a = \"\"\"\nabc", "toml.unterminated-multiline-string", 1, 5,
            "this multi-line text is never closed"),
        DiagnosticCase(
            "a = \"\\q\"", "toml.invalid-escape", 1, 6,
            "`\\q` is not a valid escape in text"),
        DiagnosticCase(
            "a = \"\\uD800\"", "toml.invalid-unicode-escape", 1, 6,
            "`\\uD800` is not a valid Unicode character"),
        DiagnosticCase(
            "a = \"\\u12\"", "toml.invalid-unicode-escape", 1, 6,
            "`\\u` must be followed by 4 hexadecimal digits"),
        DiagnosticCase(
            "a = 1\na = 2", "toml.duplicate-key", 2, 1,
            "the key `a` is already defined on line 1"),
        DiagnosticCase(
            "[a]\nx = 1\n\n[a]", "toml.duplicate-table", 4, 1,
            "the table [a] is already defined on line 1"),
        DiagnosticCase(
            "a = 1\na.b = 2", "toml.key-conflict", 2, 1,
            "`a` already holds a whole number on line 1, so it can't also be a table"),
        DiagnosticCase(
            "a = {x = 1}\na.y = 2", "toml.inline-table-extended", 2, 1,
            "the table `a` was written inline with { } on line 1 and can't be extended later"),
        DiagnosticCase(
            "a = {x = 1}\n[a]", "toml.inline-table-extended", 2, 2,
            "the table `a` was written inline with { } on line 1 and can't be extended later"),
        DiagnosticCase(
            "[a.b]\nx = 1\n[a]\nb.y = 2", "toml.dotted-key-redefines-table", 4, 1,
            "the table `a.b` was already defined by a header on line 1; a dotted key can't add to it from here"
        ),
        DiagnosticCase(
            "[[a]]\n[a]", "toml.key-conflict", 2, 1,
            "`a` is a list of tables ([[a]]) from line 1, so [a] can't define it as a single table"),
        DiagnosticCase(
            "[a]\n[[a]]", "toml.key-conflict", 2, 1,
            "`a` is already a single table (line 1), so [[a]] can't make it a list of tables"),
        DiagnosticCase(
            "a = [1]\n[[a]]", "toml.key-conflict", 2, 1,
            "`a` is already a list written with [ ] on line 1; [[a]] can't add to it"),
        DiagnosticCase(
            "a.b = 1\n[a]", "toml.duplicate-table", 2, 1,
            "the table `a` is already defined by dotted keys on line 1"),
        DiagnosticCase(
            "= 1", "toml.expected-key", 1, 1,
            "a key name is missing before `=`"),
        DiagnosticCase(
            "a. = 1", "toml.expected-key", 1, 4,
            "expected a key name after `a.`, but found `=`"),
        DiagnosticCase(
            "$a = 1", "toml.invalid-key", 1, 1,
            "`$` can't be used in a key name"),
        DiagnosticCase(
            "coördinatie = 1", "toml.invalid-key", 1, 3,
            "the key name `coördinatie` contains `ö`, which is only allowed in a key in quotes"),
        DiagnosticCase(
            "a 1", "toml.expected-equals", 1, 3,
            "expected `=` after the key `a`, but found `1`"),
        DiagnosticCase(
            "naam", "toml.expected-equals", 1, 5,
            "the key `naam` needs `=` and a value"),
        DiagnosticCase(
            "a =", "toml.missing-value", 1, 4,
            "the key `a` has no value after `=`"),
        DiagnosticCase(
            "a = yes", "toml.invalid-value", 1, 5,
            "`yes` is not a valid value; text must be in quotes"),
        DiagnosticCase(
            "a = True", "toml.invalid-value", 1, 5,
            "`True` must be written in lower case"),
        DiagnosticCase(
            "a = 012", "toml.invalid-number", 1, 5,
            "`012`: a number can't start with 0 unless it is 0 itself"),
        DiagnosticCase(
            "a = 1__0", "toml.invalid-number", 1, 5,
            "`1__0`: in a number, `_` must stand between two digits"),
        DiagnosticCase(
            "a = 1.", "toml.invalid-number", 1, 5,
            "`1.`: a decimal point must have digits on both sides"),
        DiagnosticCase(
            "a = 0xZZ", "toml.invalid-number", 1, 5,
            "`0xZZ` is not a valid hexadecimal number"),
        DiagnosticCase(
            "a = 9223372036854775808", "toml.integer-overflow", 1, 5,
            "`9223372036854775808` is too large for a whole number; the limit is 9223372036854775807"
        ),
        DiagnosticCase(
            "a = -9223372036854775809", "toml.integer-overflow", 1, 5,
            "`-9223372036854775809` is too large for a whole number; the limit is 9223372036854775807"
        ),
        DiagnosticCase(
            "a = 2023-02-29", "toml.invalid-datetime", 1, 5,
            "`2023-02-29` is not a valid date or time: month 2 of 2023 has 28 days"),
        DiagnosticCase(
            "a = 25:00:00", "toml.invalid-datetime", 1, 5,
            "`25:00:00` is not a valid date or time: hours go up to 23, minutes and seconds up to 59"
        ),
        DiagnosticCase(
            "a = 2023-01-01T10:00", "toml.invalid-datetime", 1, 5,
            "`2023-01-01T10:00` is not a valid date or time: the seconds are missing; write for example 07:30:00"
        ),
        DiagnosticCase(
            "a = 1 b = 2", "toml.expected-end-of-line", 1, 7,
            "expected the end of the line, but found `b`"),
        DiagnosticCase(
            "a = [1 2]", "toml.invalid-array", 1, 8,
            "expected `,` or `]` after a list item, but found `2`"),
        DiagnosticCase(
            "a = [1,,2]", "toml.invalid-array", 1, 8,
            "there are two commas in a row in this list"),
        DiagnosticCase(
            "a = [1, 2\nb = 3", "toml.invalid-array", 1, 5,
            "this list is not closed: its `]` is missing before line 2"),
        DiagnosticCase(
            "a = [1,\n", "toml.invalid-array", 1, 5,
            "this list is never closed"),
        DiagnosticCase(
            "a = {x = 1,}", "toml.invalid-inline-table", 1, 12,
            "an inline table can't end with a comma"),
        DiagnosticCase(
            "a = {x = 1\n}", "toml.invalid-inline-table", 1, 11,
            "an inline table must be on one line and can't contain comments"),
        DiagnosticCase(
            "a = {x = 1 y = 2}", "toml.invalid-inline-table", 1, 12,
            "expected `,` or `}` in the inline table, but found `y`"),
        DiagnosticCase(
            "[a", "toml.invalid-header", 1, 3,
            "this table header is not closed; expected `]`"),
        DiagnosticCase(
            "[a b]", "toml.invalid-header", 1, 4,
            "expected `]` to close the table header, but found `b`"),
        DiagnosticCase(
            "a = 1 # ok \u{7}", "toml.control-character", 1, 12,
            "a comment contains the control character U+0007, which is not allowed"),
        DiagnosticCase(
            "a = \"x\ty\u{1}\"", "toml.control-character", 1, 9,
            "this text contains the control character U+0001, which is not allowed"),
        DiagnosticCase(
            "a = 1\rb = 2", "toml.bare-carriage-return", 1, 6,
            "a carriage return (CR) must be followed by a line feed (LF)"),
        DiagnosticCase(
            deepSource, "toml.too-deep", 1, 133,
            "lists and tables are nested too deeply here (more than 128 levels)"),
    ]

    @Test(arguments: cases)
    func firstDiagnostic(_ c: DiagnosticCase) throws {
        let errors = try #require(TOMLTestSupport.failure(c.source))
        let first = try #require(errors.first)
        #expect(first.id == c.id)
        #expect(first.message == c.message)
        #expect(first.location == SourceLocation(line: c.line, column: c.column))
        #expect(first.file == "test.toml")
        #expect(first.severity == .error)
    }
}
