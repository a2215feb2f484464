import Foundation

// Sizes in names and headers, and names rebuilt around them.
extension ModelName {
    /// The active parameters a mixture of experts' name gives: `3B` in `Qwen3-30B-A3B`, `13B` in
    /// `Hunyuan-A13B`, `2.7B` in `Qwen1.5-MoE-A2.7B` (a word of its own: `A`, then a size).
    static func activeSize(in name: String) -> ParameterCount? {
        for word in name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" })
        where word.count >= 3 && word.first == "A" && word.dropFirst().first?.isNumber == true {
            if let count = ValueParsers.parameters(String(word.dropFirst())) { return count }
        }
        return nil
    }

    /// The first size-like word of a name: `6.7B` in `DeepSeek-Coder-6.7B-base`, `1.3B` in `VL1.3B`.
    static func size(in name: String) -> ParameterCount? {
        // `Qwen-1_8B-Chat`: a word of digits, `_`, digits and a unit is a decimal size (1.8B), as
        // repository names write the point; elsewhere `_` separates words (`llama_7b`).
        for word in name.split(whereSeparator: { $0 == " " || $0 == "-" })
        where word.utf8.contains(UInt8(ascii: "_")) {
            let parts = word.split(separator: "_", omittingEmptySubsequences: false)
            if parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy(\.isNumber), parts[1].first?.isNumber == true,
                let count = ValueParsers.parameters(parts[0] + "." + parts[1])
            {
                return count
            }
        }
        for word in name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }) where mayEndInUnit(word) {
            if let count = ValueParsers.parameters(String(word)) { return count }
            // A size glued to letters: `VL1.3B`, `A4B` is an active count and is skipped.
            let digits = word.drop(while: { $0.isLetter })
            if digits.count < word.count, !word.hasPrefix("A"), let count = ValueParsers.parameters(String(digits)),
                digits.first?.isNumber == true, word.first != "x"
            {
                return count
            }
        }
        return nil
    }

    /// Whether a word has a letter that ends a size (`B`, `M`, `T`): the sizes above all end in
    /// one, and most words of a name (`DeepSeek`, `Coder`, `V2`) have none, so they are passed
    /// over without parsing.
    private static func mayEndInUnit(_ word: Substring) -> Bool {
        word.utf8.contains { byte in
            switch byte {
            case UInt8(ascii: "B"), UInt8(ascii: "b"), UInt8(ascii: "M"), UInt8(ascii: "m"), UInt8(ascii: "T"),
                UInt8(ascii: "t"):
                return true
            default: return false
            }
        }
    }

    /// Whether a name gives a size: `72B`, `VL1.3B`, or an expert layout such as `8x22B`.
    static func hasSize(_ name: String) -> Bool {
        size(in: name) != nil || name.split(whereSeparator: { $0 == " " || $0 == "-" }).contains(where: isExpertLayout)
    }

    /// `8x22B`, `8x7b`: a count of experts times each one's size.
    /// `17Bx16E`, `17B x 128E`: the active size of a mixture of experts and its count of experts.
    static func isActiveTimesExperts(_ text: some StringProtocol) -> Bool {
        let parts = text.lowercased().split(separator: "x").map { $0.trimmed }
        guard parts.count == 2, ValueParsers.parameters(parts[0]) != nil, parts[1].hasSuffix("e") else { return false }
        let experts = parts[1].dropLast()
        return !experts.isEmpty && experts.allSatisfy(\.isNumber)
    }

    static func isExpertLayout(_ word: some StringProtocol) -> Bool {
        let parts = word.lowercased().split(separator: "x")
        return parts.count == 2 && !parts[0].isEmpty && parts[0].allSatisfy(\.isNumber)
            && ValueParsers.parameters(String(parts[1])) != nil
    }

    /// Whether a word is a size such as `7B` or `1.3b`.
    static func isSizeWord(_ word: String) -> Bool { ValueParsers.parameters(word) != nil }

    /// `7B`, `2B Params`, `70B parameters`, `8B model`, `3B Dense`: a header that gives a size and nothing
    /// else; the size as written (`2B`), or nil.
    static func sizeOfHeader(_ text: String) -> String? {
        // Every label of every table is asked: a size starts with a digit, and most labels do not.
        guard let first = text.utf8.first(where: { $0 != UInt8(ascii: " ") }), first >= UInt8(ascii: "0"),
            first <= UInt8(ascii: "9")
        else { return nil }
        var words = text.split(separator: " ")
        while words.count > 1, let last = words.last, sizeHeaderWords.contains(last.lowercased()) { words.removeLast() }
        guard words.count == 1, let size = words.first, isSizeWord(String(size)) else { return nil }
        return String(size)
    }

    /// (Granite's `3B Dense`, `8B MoE`: the size and the architecture of one of a card's models.)
    private static let sizeHeaderWords: Set<String> = [
        "params", "param", "parameters", "parameter", "model", "dense", "moe",
    ]

    /// `DeepSeek-Coder-Base` + `33B` → `DeepSeek-Coder-33B-Base`: the size goes before the variant words.
    static func inserting(size: String, into name: String, variantWords: Set<String>) -> String {
        var words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        var index = words.count
        while index > 0, variantWords.contains(words[index - 1].lowercased().trimming { $0 == "." }) {
            index -= 1
        }
        words.insert(size, at: index)
        return words.joined(separator: "-")
    }

    /// A trailing date-like word: `0628` (MMDD), `202404` (YYYYMM), `20240513`; nil when absent.
    static func snapshotSuffix(of name: String) -> (stem: String, date: String)? {
        guard let cut = name.lastIndex(where: { $0 == "-" || $0 == " " }) else { return nil }
        let last = name[name.index(after: cut)...]
        guard [4, 6, 8].contains(last.count), last.allSatisfy(\.isNumber) else { return nil }
        return (String(name[..<cut]).trimmed, String(last))
    }
}
