/// A change to the base game that breaks it in one way.
enum Patch: Sendable, CustomStringConvertible {
    /// Adds lines at the end of the file.
    case append(String)
    /// Adds top-level keys after the first line.
    case top(String)
    /// Replaces the first occurrence of a text.
    case replace(String, String)
    /// Applies one patch, then another.
    indirect case then(Patch, Patch)

    /// The base game with this patch applied.
    var applied: String { apply(to: BaseGame.text) }

    /// `text` with this patch applied.
    func apply(to text: String) -> String {
        switch self {
        case .append(let lines):
            return text + lines + "\n"
        case .top(let lines):
            return text.replacingFirst(
                "first_year = 2026\n", with: "first_year = 2026\n" + lines + "\n")
        case .replace(let old, let new):
            return text.replacingFirst(old, with: new)
        case .then(let first, let second):
            return second.apply(to: first.apply(to: text))
        }
    }

    var description: String {
        switch self {
        case .append(let lines): "append \(lines)"
        case .top(let lines): "top \(lines)"
        case .replace(let old, let new): "replace \(old) -> \(new)"
        case .then(let first, let second): "\(first), then \(second)"
        }
    }
}

extension String {
    /// The text with the first occurrence of `old` replaced; unchanged (and so failing) if absent.
    func replacingFirst(_ old: String, with new: String) -> String {
        guard !old.isEmpty, let range = firstRange(of: old) else { return self }
        return replacingCharacters(in: range, with: new)
    }

    private func firstRange(of needle: String) -> Range<String.Index>? {
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(needle) {
                return index..<(self.index(index, offsetBy: needle.count))
            }
            index = self.index(after: index)
        }
        return nil
    }
}
