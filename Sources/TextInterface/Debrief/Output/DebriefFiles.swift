/// The files of a debrief, by name: the HTML page, the Markdown report and the CSV tables.
public enum DebriefFiles {
    /// The name of the HTML page.
    public static let html = "debrief.html"
    /// The name of the Markdown report.
    public static let markdown = "debrief.md"

    /// Every file name, in the order written.
    public static var names: [String] { [html, markdown] + DebriefCSV.fileNames }

    /// Every file's name and contents.
    public static func render(_ report: DebriefReport) -> [(name: String, contents: String)] {
        [(html, DebriefHTML.render(report)), (markdown, DebriefMarkdown.render(report))]
            + DebriefCSV.render(report).map { ($0.name, $0.table.text) }
    }

    /// The directory a debrief of the save file at `path` goes to by default:
    /// `debrief-NAME` beside it, NAME being the file's name without its extension.
    public static func defaultDirectory(besideSave path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        var name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            name = String(name[..<dot])
        }
        return directory + "debrief-" + name
    }
}
