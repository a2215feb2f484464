/// The one scheme check every URL passes before it reaches an `href` or `src`.
///
/// An allowlist, not a denylist: `http`, `https`, `mailto`, and URLs without a scheme (relative
/// paths, `?query`, `#fragment`). The scheme is read as leniently as a browser would read it:
/// character references (`&#58;`, `&colon;`) are decoded and whitespace and control characters
/// dropped first, so `java&Tab;script&#58;` counts as `javascript`.
public enum SafeURL {
    /// Schemes a link may use.
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// `url` unchanged when its scheme is allowed, else `nil`: the link must be dropped.
    public static func check(_ url: String) -> String? {
        guard let scheme = scheme(of: url) else { return url }
        return allowedSchemes.contains(scheme) ? url : nil
    }

    /// Whether `check` keeps the URL, a C string. Decided on its bytes when no character
    /// reference, blank, control or non-ASCII byte comes before its scheme ends (the usual
    /// case, without building a string); by `check` otherwise.
    static func allows(cString url: UnsafePointer<CChar>) -> Bool {
        var count = 0
        while true {
            switch UInt8(bitPattern: url[count]) {
            case 0, UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"): return true  // no scheme
            case UInt8(ascii: ":"):
                let scheme = UnsafeBufferPointer(start: url, count: count).lazy.map { UInt8(bitPattern: $0) }
                return allowedSchemes.contains(String(decoding: scheme, as: UTF8.self).lowercased())
            case UInt8(ascii: "&"), ...0x20, 0x7F...: return check(String(cString: url)) != nil
            default: count += 1
            }
        }
    }

    /// The lowercased text before the first `:` that comes before any `/`, `?` or `#`; `nil` when
    /// there is none (a relative URL or a fragment).
    public static func scheme(of url: String) -> String? {
        var scheme = ""
        for scalar in decodingReferences(url) {
            switch scalar {
            case ":": return scheme.lowercased()
            case "/", "?", "#": return nil
            default:
                if !isIgnored(scalar) { scheme.unicodeScalars.append(scalar) }
            }
        }
        return nil
    }

    /// Whitespace and control characters, which browsers skip or strip around a scheme.
    private static func isIgnored(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.isWhitespace
    }

    // MARK: - Character references

    /// Named references that can spell or hide a scheme's delimiters.
    private static let named: [String: Unicode.Scalar] = [
        "colon": ":", "sol": "/", "quest": "?", "num": "#", "tab": "\t", "newline": "\n", "nbsp": "\u{A0}",
        "amp": "&",
    ]

    /// The scalars of `url` with numeric references and the named ones above decoded.
    static func decodingReferences(_ url: String) -> [Unicode.Scalar] {
        CharacterReferences.decoding(url, named: named)
    }
}
