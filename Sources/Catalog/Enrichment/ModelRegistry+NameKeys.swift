import Foundation

/// The normal form two spellings of one model share: `NameKey` of the name with the size's point
/// and a full date written as cards also write them, and variant synonyms (`Inst.` = `Instruct`).
extension ModelRegistry {
    func key(_ name: String) -> NameKey {
        let spelled = Self.withShortDate(Self.withDecimalPoints(name))
        return NameKey(Self.withSizeBeforeVariant(spelled, variantWords: variantWords), synonyms: synonyms)
    }

    /// `Gemma 3 IT 4B` (Gemma's cards) = `gemma-3-4b-it` (its repository): variant words written
    /// before the size, moved after it, where most names have them.
    static func withSizeBeforeVariant(_ name: String, variantWords: [String: Variant]) -> String {
        // This runs for every name looked up: most have no variant word right before a word that
        // starts with a digit, told from the bytes with no copy of the name.
        let bytes = name.utf8
        var wordStart = bytes.startIndex
        var previousWord: Range<String.UTF8View.Index>?
        var variantBeforeDigit = false
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") else { continue }
            if wordStart < index { previousWord = wordStart..<index }
            wordStart = bytes.index(after: index)
            if let previousWord, wordStart < bytes.endIndex,
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[wordStart]),
                variantWords[String(name[previousWord]).lowercased()] != nil
            {
                variantBeforeDigit = true
                break
            }
        }
        guard variantBeforeDigit else { return name }
        var words = name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" })
        guard let size = words.firstIndex(where: { ModelName.isSizeWord(String($0)) }), size > 0 else { return name }
        var first = size
        while first > 0, variantWords[words[first - 1].lowercased()] != nil { first -= 1 }
        guard first < size else { return name }
        words.insert(words.remove(at: size), at: first)
        return words.joined(separator: "-")
    }

    /// `Qwen-1_8B-Chat` = `Qwen-1.8B-Chat`: a size written with `_` for its point, as repository
    /// names write it (a word of digits, `_`, digits and a unit; `ModelName.size(in:)` reads it so).
    static func withDecimalPoints(_ name: String) -> String {
        guard name.utf8.contains(UInt8(ascii: "_")) else { return name }
        let words = name.split(separator: "-", omittingEmptySubsequences: false).map { word -> Substring in
            let parts = word.split(separator: "_", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy(\.isNumber),
                parts[1].first?.isNumber == true, ValueParsers.parameters(parts[0] + "." + parts[1]) != nil
            else { return word }
            return Substring(parts[0] + "." + parts[1])
        }
        return words.joined(separator: "-")
    }

    /// A version dated in full at the end of a name as its month and day, the way cards also
    /// write it: `gpt-4o-2024-05-13` = `GPT-4o 0513`, `GPT-4-Turbo-20240409` = `GPT-4-Turbo-0409`.
    static func withShortDate(_ name: String) -> String {
        if name.utf8.last == UInt8(ascii: ")") { return withMonthAndDayInParentheses(name) }
        // Most names end in a letter: they are done before any copy.
        guard name.utf8.count > 9, let last = name.utf8.last, last >= UInt8(ascii: "0"), last <= UInt8(ascii: "9")
        else { return name }
        let bytes = Array(name.utf8.suffix(11))
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        let separators: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: " "), UInt8(ascii: "_")]
        // `…-2024-05-13` (11 bytes with the separator before it) or `…-20241022` (9).
        for (length, hyphens) in [(11, [5, 8]), (9, [Int]())] where bytes.count >= length {
            let start = bytes.count - length
            guard separators.contains(bytes[start]), start > 0 || name.utf8.count > length,
                hyphens.allSatisfy({ bytes[start + $0] == UInt8(ascii: "-") }),
                let year = digits(start + 1..<start + 5), (1990...2099).contains(year)
            else { continue }
            let monthAt = start + 5 + (hyphens.isEmpty ? 0 : 1)
            let dayAt = monthAt + 2 + (hyphens.isEmpty ? 0 : 1)
            guard let month = digits(monthAt..<monthAt + 2), (1...12).contains(month),
                let day = digits(dayAt..<dayAt + 2), (1...31).contains(day)
            else { continue }
            let kept = name.utf8.dropLast(length - 1)  // up to and with the separator
            return String(decoding: kept, as: UTF8.self) + String(format: "%02d%02d", month, day)
        }
        return name
    }

    /// `Claude-3.5-Sonnet (10-22)`, `GPT-4o (05-13)` (MiniMax's cards) = `Claude-3.5-Sonnet-1022`,
    /// `GPT-4o 0513`: a month and day in parentheses at the end, as the short date.
    private static func withMonthAndDayInParentheses(_ name: String) -> String {
        let bytes = Array(name.utf8)
        guard bytes.count > 8 else { return name }
        let tail = bytes.suffix(7)  // `(MM-DD)`
        let digits = [1, 2, 4, 5].map { tail[tail.startIndex + $0] }
        guard tail.first == UInt8(ascii: "("), tail[tail.startIndex + 3] == UInt8(ascii: "-"),
            digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            let month = Int(String(decoding: digits[0...1], as: UTF8.self)), (1...12).contains(month),
            let day = Int(String(decoding: digits[2...3], as: UTF8.self)), (1...31).contains(day)
        else { return name }
        let stem = String(decoding: bytes.dropLast(7), as: UTF8.self).trimmed
        return stem + " " + String(decoding: digits, as: UTF8.self)
    }
}
