extension StringProtocol {
    /// The text without leading and trailing whitespace (spaces, tabs, no-break spaces, line ends).
    /// Pure Swift: Foundation's `trimmingCharacters(in:)` goes through NSString on Linux, and
    /// enrichment trims every cell.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[first...last])
        return String(result)
    }
}
