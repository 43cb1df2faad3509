/// The form of a typed join code the host compares: `k7qx-m2pd rt` becomes `K7QXM2PDRT`.
enum JoinCode {
    /// Uppercased, without spaces, tabs, dashes or a CR; nil when nothing is left or the
    /// text is too long to be a code (so the host never compares junk).
    static func normalized(_ text: String) -> String? {
        let kept = text.unicodeScalars.filter { !" \t\r-".unicodeScalars.contains($0) }
        guard !kept.isEmpty, kept.count <= 64 else { return nil }
        return String(String.UnicodeScalarView(kept)).uppercased()
    }
}
