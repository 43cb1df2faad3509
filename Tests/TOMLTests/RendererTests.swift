import TOML
import Testing

/// The text form of diagnostics.
@Suite struct RendererTests {
    @Test func rendersHeadlineSourceCaretSuggestionAndNote() throws {
        let source = "a = 1\n\t\"coöp\" = 2\n\t\"coöp\" = 3\n"
        let errors = try #require(TOMLTestSupport.failure(source))
        let text = DiagnosticRenderer.render(errors, source: source)
        #expect(
            text == """
                test.toml:3:2: error: the key `"coöp"` is already defined on line 2
                    \t"coöp" = 3
                    \t^
                  suggestion: remove one of the two, or give this one another name
                  note: `"coöp"` is first defined at 2:2

                """)
    }

    @Test func colourIsOptional() throws {
        let errors = try #require(TOMLTestSupport.failure("a ="))
        let plain = DiagnosticRenderer.render(errors[0], source: "a =")
        let coloured = DiagnosticRenderer.render(errors[0], source: "a =", color: true)
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[1;31merror:"))
    }

    @Test func worksWithoutSource() throws {
        let errors = try #require(TOMLTestSupport.failure("x = ?"))
        let text = DiagnosticRenderer.render(errors[0], source: nil)
        #expect(text.hasPrefix("test.toml:1:5: error: "))
        #expect(text.split(separator: "\n").count == 2)
    }
}
