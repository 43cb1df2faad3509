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

extension DebriefFiles {
    /// Writes the debrief of the game `setup` (its actions played to the end) beside its
    /// save at `savePath`, in the setup's language; the lines that say where, or why not
    /// and how to write it by hand.
    public static func writeBesideSave(_ setup: SessionSetup, savePath: String) -> [String] {
        let text = Messages(setup.language)
        let directory = defaultDirectory(besideSave: savePath)
        let report = DebriefReport(setup: setup, language: setup.language)
        switch DebriefWriter.write(render(report), to: directory) {
        case .failure(let problem):
            return [
                problem.message(in: setup.language),
                text("debrief.hint", savePath, directory + "-2"),
            ]
        case .success(let paths):
            let names = paths.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
            return [text("debrief.written", directory, names.joined(separator: ", "))]
        }
    }
}
