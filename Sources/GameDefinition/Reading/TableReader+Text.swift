import GameRules
import TOML

extension TableReader {
    /// An optional text players read, such as a name or a title, re-flowed (`TextReflow`):
    /// plain text, or a table by language (`{ nl = "...", en = "..." }`), of which the
    /// language being read is kept (see `TextLanguages`).
    func playerText(_ key: String) -> String? {
        guard let node = node(key) else { return nil }
        return localized(node, key: key).map(TextReflow.reflow)
    }

    /// The player texts under `key`: a list of texts (each plain or by language), or one
    /// text standing for a list of one; each re-flowed and located.
    func playerTexts(_ key: String) -> [Located<String>]? {
        guard let node = node(key) else { return nil }
        guard case .array(let items) = node.value else {
            return localized(node, key: key).map { [Located(TextReflow.reflow($0), node.location)] }
        }
        return items.enumerated().compactMap { index, item in
            localized(item, key: key, item: index + 1).map {
                Located(TextReflow.reflow($0), item.location)
            }
        }
    }

    /// The text of `node` in the language being read; reports a wrong kind of value, a
    /// language the game does not declare (`def.unknown-language`) and a declared language
    /// the text misses (`def.missing-translation`).
    private func localized(_ node: TOMLNode, key: String, item: Int? = nil) -> String? {
        let name = item.map { "item \($0) of `\(key)`" } ?? "`\(key)`"
        switch node.value {
        case .string(let text):
            let missing = languages.declared.filter { $0 != languages.main }
            if !missing.isEmpty {
                reportMissing(
                    missing, in: name, at: node.location, example: plainExample(key, text))
            }
            return text
        case .table(let byLanguage):
            return texts(byLanguage, name: name, key: key, at: node.location)
        default:
            sink.error(
                DiagnosticID.wrongType,
                "\(name) must be text, or texts by language (`{ nl = \"...\", en = \"...\" }`), "
                    + "but here it is \(ValueDescription.of(node.value))",
                at: node.location)
            return nil
        }
    }

    private func texts(_ table: TOMLTable, name: String, key: String, at location: SourceLocation)
        -> String?
    {
        var texts: [String: String] = [:]
        for entry in table.entries {
            guard case .string(let text) = entry.node.value else {
                sink.error(
                    DiagnosticID.wrongType,
                    "the `\(entry.key)` text of \(name) must be text, but here it is "
                        + ValueDescription.of(entry.node.value),
                    at: entry.node.location)
                continue
            }
            guard languages.declared.contains(entry.key) else {
                reportUndeclared(entry.key, in: name, at: entry.keyLocation)
                continue
            }
            texts[entry.key] = text
        }
        let missing = languages.declared.filter { texts[$0] == nil }
        if !missing.isEmpty, !texts.isEmpty {
            reportMissing(
                missing, in: name, at: location, example: "\(key).\(missing[0]) = \"...\"")
        }
        return languages.pick(texts) ?? ""
    }

    private func reportUndeclared(_ code: String, in name: String, at location: SourceLocation) {
        let declared = languages.declared.map { "`\($0)`" }.joined(separator: ", ")
        let suggestion: String
        if TextLanguages.known.contains(code) {
            suggestion =
                "add it to the game's languages: `languages = [\(quoted(languages.declared + [code]))]`"
        } else if let close = Suggestions.closest(to: code, among: languages.declared) {
            suggestion = "did you mean `\(close)`?"
        } else {
            suggestion = "write the text in one of \(declared)"
        }
        sink.error(
            DiagnosticID.unknownLanguage,
            "\(name) has a text in `\(code)`, but the game's languages are \(declared)",
            at: location, suggestion: suggestion)
    }

    private func reportMissing(
        _ missing: [String], in name: String, at location: SourceLocation, example: String
    ) {
        let codes = missing.map { "`\($0)`" }.joined(separator: ", ")
        sink.warning(
            DiagnosticID.missingTranslation,
            "\(name) has no text in \(codes), one of the game's `languages`",
            at: location, suggestion: "add `\(example)`")
    }

    private func plainExample(_ key: String, _ text: String) -> String {
        let entries = languages.declared.map { code in
            code == languages.main
                ? "\(code) = \"\(text.count > 24 ? "..." : text)\"" : "\(code) = \"...\""
        }
        return "\(key) = { \(entries.joined(separator: ", ")) }"
    }

    private func quoted(_ codes: [String]) -> String {
        codes.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
