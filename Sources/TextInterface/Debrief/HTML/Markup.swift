/// A piece of XHTML-compatible markup: an element with attributes and children, or text.
///
/// Everything that becomes text is escaped when written, so game texts can never add
/// elements; the output is well-formed XML and valid HTML at once.
indirect enum Markup: Sendable {
    /// An element with its attributes, in order, and its children.
    case element(String, [(String, String)], [Markup])
    /// Text, escaped when written.
    case text(String)

    /// An element with `name`, `attributes` and `children`.
    static func node(
        _ name: String, _ attributes: [(String, String)] = [], _ children: [Markup] = []
    ) -> Markup {
        .element(name, attributes, children)
    }

    /// An element with `name` and `attributes` holding only `text`.
    static func node(_ name: String, _ attributes: [(String, String)] = [], text: String)
        -> Markup
    {
        .element(name, attributes, [.text(text)])
    }

    /// Elements written as `<x/>` when empty: HTML's void elements and SVG's shapes.
    static let selfClosing: Set<String> = [
        "meta", "br", "hr", "line", "rect", "circle", "path", "polyline", "polygon", "ellipse",
    ]

    /// The markup as text.
    var rendered: String {
        var output = ""
        write(to: &output)
        return output
    }

    /// Appends the markup as text to `output`.
    func write(to output: inout String) {
        switch self {
        case .text(let text):
            output += Escape.text(text)
        case .element(let name, let attributes, let children):
            output += "<" + name
            for (key, value) in attributes {
                output += " " + key + "=\"" + Escape.attribute(value) + "\""
            }
            if children.isEmpty && Markup.selfClosing.contains(name) {
                output += "/>"
                return
            }
            output += ">"
            for child in children { child.write(to: &output) }
            output += "</" + name + ">"
        }
    }
}
