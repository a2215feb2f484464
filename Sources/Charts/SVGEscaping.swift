/// The one place where text and attribute values become SVG (XML) markup.
///
/// Every string that reaches the output, whether element text or attribute value, passes through
/// `escape(_:)` inside `SVGWriter`; no other code builds markup from caller data.
public enum SVGEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and drops characters XML 1.0 cannot carry at all.
    public static func escape(_ text: String) -> String {
        // Most chart text (model names, numbers) needs nothing: return it without copying.
        guard text.utf8.contains(where: needsWork) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text`, escaped as `escape(_:)` does, to `out`.
    static func append(_ text: String, to out: inout [UInt8]) {
        // The usual case, text that needs nothing, is one scan of its bytes and one copy (the
        // bytes read as HTMLEscaping reads them).
        var text = text
        let copied = text.withUTF8 { bytes in
            if bytes.contains(where: needsWork) { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if copied { return }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;".utf8
            case "<": out += "&lt;".utf8
            case ">": out += "&gt;".utf8
            case "\"": out += "&quot;".utf8
            case "'": out += "&#39;".utf8
            default:
                // A control character (other than tab, newline, return) makes the whole
                // document ill-formed, so it is dropped rather than escaped.
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" { continue }
                if scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out += UTF8.encode(scalar)!
            }
        }
    }

    /// Whether a byte may need escaping or dropping (0xEF starts U+FFFE and U+FFFF).
    private static func needsWork(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF:
            true
        case 0x09, 0x0A, 0x0D: false
        default: byte < 0x20
        }
    }

    /// The href to write, or `nil` when the link must be dropped.
    ///
    /// Charts link to pages of the site, so relative URLs and `http(s)` are allowed; any other
    /// scheme (`javascript:`, `data:`, `vbscript:`, `file:`...) is refused. Browsers ignore
    /// leading spaces and embedded tabs/newlines in a scheme, so the check does too.
    public static func safeHref(_ href: String?) -> String? {
        guard let href else { return nil }
        // The usual case, a relative link (`../models/x.html`): nothing to trim, no scheme.
        if let first = href.utf8.first, first > 0x20, first < 0x80, !href.utf8.contains(UInt8(ascii: ":")) {
            return href
        }
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
