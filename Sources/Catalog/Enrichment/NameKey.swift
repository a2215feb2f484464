/// The normal form under which spellings of one name compare equal.
///
/// Case, accents on Latin letters, spaces, hyphens, underscores and trailing dots do not matter
/// (`DeepSeek LLM 7B  Base` = `DeepSeek-LLM-7B-Base`, `DeepSeekMoE` = `DeepSeek-MoE`, `Inst.` =
/// `Inst`, `Tülu` = `Tulu`), except between two
/// digits, where a separator keeps numbers apart (`LLaMA-2 7B` ≠ `LLaMA-27B`, `V2.5-1210` ≠ `V2.51210`).
struct NameKey: Hashable, Comparable, CustomStringConvertible {
    let value: String

    /// A normal form made from another (`BenchmarkRegistry.filingKey`), taken as it is.
    init(normalForm value: String) { self.value = value }

    init(_ name: String, synonyms: [String: String] = [:]) {
        if let ascii = Self.asciiValue(name, synonyms: synonyms) {
            value = ascii
            return
        }
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
        for scalar in LatinFolding.folded(name).lowercased().unicodeScalars {
            if Self.isSeparator(scalar) { flush() } else { token.append(scalar) }
        }
        flush()
        value = String(out)
    }

    /// The same normal form computed on bytes, for names (and synonyms) in ASCII: most of them,
    /// and the Unicode path's case mapping and digit properties are the enrichment's hot spot.
    /// Each word is written straight into the output and finished there (no buffer per word).
    private static func asciiValue(_ name: String, synonyms: [String: String]) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count + 4)
        var wordStart = 0
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        func finishWord() -> Bool {
            while out.count - wordStart > 1, out.last == UInt8(ascii: ".") { out.removeLast() }
            if !synonyms.isEmpty, out.count > wordStart,
                let synonym = synonyms[String(decoding: out[wordStart...], as: UTF8.self)]
            {
                guard synonym.utf8.allSatisfy({ $0 < 0x80 }) else { return false }
                out.replaceSubrange(wordStart..., with: synonym.utf8)
            }
            if wordStart > 0, out.count > wordStart, isDigit(out[wordStart - 1]), isDigit(out[wordStart]) {
                out.insert(UInt8(ascii: " "), at: wordStart)
            }
            wordStart = out.count
            return true
        }
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            if lower == UInt8(ascii: " ") || lower == UInt8(ascii: "-") || lower == UInt8(ascii: "_")
                || lower == UInt8(ascii: "/") || lower == UInt8(ascii: "\t")
            {
                guard finishWord() else { return nil }
            } else {
                out.append(lower)
            }
        }
        guard finishWord() else { return nil }
        return String(decoding: out, as: UTF8.self)
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
        for scalar in LatinFolding.folded(name).lowercased().unicodeScalars {
            if isSeparator(scalar) { flush() } else { token.append(scalar) }
        }
        flush()
        return tokens
    }

    static func < (lhs: NameKey, rhs: NameKey) -> Bool { lhs.value < rhs.value }
    var description: String { value }
}
