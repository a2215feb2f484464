/// The marks with which tables say which way a column or row is better: arrows (`Error↓`,
/// `MMLU ↑`, `Tool Selection (Acc.↑)`) and words in parentheses (`(lower is better)`). They are
/// no part of a benchmark's name or metric.
enum DirectionMarks {
    static let up: Set<Character> = ["↑", "⬆", "▲", "⇑"]
    static let down: Set<Character> = ["↓", "⬇", "▼", "⇓"]

    /// `text` without its direction marks, and the direction they give (nil: none, or both).
    static func taken(from text: String) -> (text: String, direction: Direction?) {
        // Every mark is `(` or a 3-byte sequence starting 0xE2: most headers have neither.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == 0xE2 }) else { return (text, nil) }
        var (hasUp, hasDown) = (false, false)
        var kept = String(
            text.filter { character in
                if up.contains(character) { hasUp = true } else if down.contains(character) { hasDown = true }
                return !up.contains(character) && !down.contains(character)
            })
        // The phrases all say `better`: most headers in parentheses (`(EM)`, `(5-shot)`) do not.
        if mentionsBetter(kept) {
            for (phrase, lower) in phrases {
                guard let range = kept.range(of: phrase, options: .caseInsensitive) else { continue }
                kept.removeSubrange(range)
                if lower { hasDown = true } else { hasUp = true }
            }
        }
        // `MMLU (↑)` leaves `MMLU ()`.
        kept = kept.replacingOccurrences(of: "()", with: "").replacingOccurrences(of: "( )", with: "")
        let direction: Direction? =
            hasUp == hasDown ? nil : hasDown ? .lowerIsBetter : .higherIsBetter
        return (kept.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " "), direction)
    }

    /// Whether `text` holds `better` in any case, looked for byte by byte.
    private static func mentionsBetter(_ text: String) -> Bool {
        let word = Array("better".utf8)
        let bytes = Array(text.utf8)
        guard bytes.count >= word.count else { return false }
        return (0...(bytes.count - word.count)).contains { start in
            word.indices.allSatisfy { offset in
                let byte = bytes[start + offset]
                return (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte) == word[offset]
            }
        }
    }

    /// Words in parentheses that say which way is better: true for lower.
    private static let phrases: [(String, Bool)] = [
        ("(lower is better)", true), ("(the lower the better)", true), ("(lower better)", true),
        ("(higher is better)", false), ("(the higher the better)", false), ("(higher better)", false),
    ]
}
