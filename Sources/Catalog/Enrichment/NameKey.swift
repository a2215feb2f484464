/// The normal form under which spellings of one name compare equal.
///
/// Case, spaces, hyphens, underscores and trailing dots do not matter (`DeepSeek LLM 7B  Base` =
/// `DeepSeek-LLM-7B-Base`, `DeepSeekMoE` = `DeepSeek-MoE`, `Inst.` = `Inst`), except between two
/// digits, where a separator keeps numbers apart (`LLaMA-2 7B` ≠ `LLaMA-27B`, `V2.5-1210` ≠ `V2.51210`).
struct NameKey: Hashable, Comparable, CustomStringConvertible {
    let value: String

    init(_ name: String, synonyms: [String: String] = [:]) {
        // One pass over the scalars: this runs for every name and header the tables hold.
        var out = String.UnicodeScalarView()
        var token = String.UnicodeScalarView()
        func flush() {
            while token.count > 1, token.last == "." { token.removeLast() }
            guard !token.isEmpty else { return }
            var word = token
            if !synonyms.isEmpty, let synonym = synonyms[String(token)] { word = synonym.unicodeScalars }
            if let last = out.last, let first = word.first, Self.isDigit(last), Self.isDigit(first) { out.append(" ") }
            out.append(contentsOf: word)
            token = String.UnicodeScalarView()
        }
        for scalar in name.lowercased().unicodeScalars {
            if Self.isSeparator(scalar) { flush() } else { token.append(scalar) }
        }
        flush()
        value = String(out)
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "-" || scalar == "_" || scalar == "/" || scalar == "\t" || scalar == "\u{A0}"
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.numericType != nil }

    /// Lowercased words of a name, split on spaces, hyphens, underscores and slashes, trailing dots removed.
    static func tokens(_ name: String) -> [String] {
        var tokens: [String] = []
        var token = String.UnicodeScalarView()
        func flush() {
            while token.count > 1, token.last == "." { token.removeLast() }
            if !token.isEmpty { tokens.append(String(token)) }
            token = String.UnicodeScalarView()
        }
        for scalar in name.lowercased().unicodeScalars {
            if isSeparator(scalar) { flush() } else { token.append(scalar) }
        }
        flush()
        return tokens
    }

    static func < (lhs: NameKey, rhs: NameKey) -> Bool { lhs.value < rhs.value }
    var description: String { value }
}
