/// The normal form under which spellings of one name compare equal.
///
/// Case, spaces, hyphens, underscores and trailing dots do not matter (`DeepSeek LLM 7B  Base` =
/// `DeepSeek-LLM-7B-Base`, `DeepSeekMoE` = `DeepSeek-MoE`, `Inst.` = `Inst`), except between two
/// digits, where a separator keeps numbers apart (`LLaMA-2 7B` ≠ `LLaMA-27B`, `V2.5-1210` ≠ `V2.51210`).
struct NameKey: Hashable, Comparable, CustomStringConvertible {
    let value: String

    init(_ name: String, synonyms: [String: String] = [:]) {
        var out = ""
        for token in NameKey.tokens(name) {
            let word = synonyms[token] ?? token
            if let last = out.last, let first = word.first, last.isNumber, first.isNumber { out += " " }
            out += word
        }
        value = out
    }

    /// Lowercased words of a name, split on spaces, hyphens, underscores and slashes, trailing dots removed.
    static func tokens(_ name: String) -> [String] {
        name.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "/" || $0 == "\t" || $0 == "\u{A0}" })
            .map { word in
                var word = Substring(word)
                while word.count > 1, word.last == "." { word = word.dropLast() }
                return String(word)
            }
            .filter { !$0.isEmpty }
    }

    static func < (lhs: NameKey, rhs: NameKey) -> Bool { lhs.value < rhs.value }
    var description: String { value }
}
