/// The one place where text and attribute values become SVG (XML) markup.
///
/// Every string that reaches the output, whether element text or attribute value, passes through
/// `escape(_:)` inside `SVGWriter`; no other code builds markup from caller data.
public enum SVGEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and drops characters XML 1.0 cannot carry at all.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // A control character (other than tab, newline, return) makes the whole
                // document ill-formed, so it is dropped rather than escaped.
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" { continue }
                if scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The href to write, or `nil` when the link must be dropped.
    ///
    /// Charts link to pages of the site, so relative URLs and `http(s)` are allowed; any other
    /// scheme (`javascript:`, `data:`, `vbscript:`, `file:`...) is refused. Browsers ignore
    /// leading spaces and embedded tabs/newlines in a scheme, so the check does too.
    public static func safeHref(_ href: String?) -> String? {
        guard let href else { return nil }
        let trimmed = href.drop(while: { $0.isWhitespace || ($0.asciiValue ?? 0x20) < 0x20 })
        guard !trimmed.isEmpty else { return nil }
        let squashed = trimmed.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        guard let colon = squashed.firstIndex(of: ":") else { return String(trimmed) }
        let beforeColon = squashed[..<colon]
        // A colon after the first `/`, `?` or `#` belongs to the path or query, not a scheme.
        if beforeColon.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return String(trimmed) }
        switch beforeColon.lowercased() {
        case "http", "https": return String(trimmed)
        default: return nil
        }
    }
}
