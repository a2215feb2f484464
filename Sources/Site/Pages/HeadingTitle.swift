import Markdown

extension Array where Element == Inline {
    /// The visible text of a heading without citation links such as `[[7]](url)`.
    ///
    /// The seed writes sources right after a heading's words (`DeepSeek MoE[[10]](url)`); they are
    /// references, not part of the name, so titles and slugs leave them out.
    public var titleText: String {
        var kept: [Inline] = []
        for inline in self {
            if case .link(_, _, let label) = inline.kind, Self.isCitationLabel(label.plainText) { continue }
            kept.append(inline)
        }
        return kept.plainText.trimmingWhitespace()
    }

    /// `[n]`: the text of a numbered citation link.
    static func isCitationLabel(_ text: String) -> Bool {
        let scalars = [Unicode.Scalar](text.unicodeScalars)
        guard scalars.count >= 3, scalars.first == "[", scalars.last == "]" else { return false }
        return scalars.dropFirst().dropLast().allSatisfy { ("0"..."9").contains($0) }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
