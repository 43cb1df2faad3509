/// The debrief as one Markdown document, for a report: the same content as the HTML page,
/// with tables where the page has charts.
public enum DebriefMarkdown {
    /// The document, ending in a newline.
    public static func render(_ report: DebriefReport) -> String {
        let writer = DebriefMarkdownWriter(report: report, text: Messages(report.language))
        return writer.document().joined(separator: "\n") + "\n"
    }
}
