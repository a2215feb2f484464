/// Shortening labels to a character budget, and a rough width estimate for layout.
enum TextTruncation {
    /// The text cut to at most `budget` characters (the last one being `…`), or unchanged.
    static func truncate(_ text: String, budget: Int) -> String {
        guard budget > 0 else { return "" }
        guard text.count > budget else { return text }
        let kept = text.prefix(budget - 1)
        // A cut just after a space would leave "Qwen …"; trim so the ellipsis hugs the word.
        return String(kept.reversed().drop(while: { $0 == " " }).reversed()) + "…"
    }

    /// The text cut from the middle to at most `budget` characters, keeping `head` characters of
    /// the start and the rest of the budget from the end: "DeepSeek-R1…Qwen-32B". Model names
    /// differ most at their ends (size, snapshot), so the middle is what goes.
    static func shortenMiddle(_ text: String, budget: Int, head: Int? = nil) -> String {
        guard budget > 0 else { return "" }
        guard text.count > budget else { return text }
        guard budget > 2 else { return truncate(text, budget: budget) }
        let kept = budget - 1
        let headCount = min(max(head ?? (kept + 1) / 2, 1), kept - 1)
        let start = text.prefix(headCount).reversed().drop(while: { $0 == " " }).reversed()
        let end = text.suffix(kept - headCount).drop(while: { $0 == " " })
        return String(start) + "…" + String(end)
    }

    /// Every label shortened to `budget` so that labels that differ stay different: each is cut
    /// from the middle, and a label that would read like another's keeps more of its end (then
    /// more of its start) until it does not. Identical inputs stay identical.
    static func distinct(_ labels: [String], budget: Int) -> [String] {
        var heads = labels.map { _ in budget / 2 }
        var out = labels.map { shortenMiddle($0, budget: budget) }
        // Each pass moves every clashing label's cut; a label has at most `budget` cuts to try.
        for _ in 0..<(2 * max(budget, 1)) {
            let clashing = clashes(out, originals: labels)
            if clashing.isEmpty { break }
            for index in clashing {
                heads[index] = nextHead(heads[index], budget: budget)
                out[index] = shortenMiddle(labels[index], budget: budget, head: heads[index])
            }
        }
        return out
    }

    /// Indices whose shortened text equals another's although the originals differ.
    private static func clashes(_ shortened: [String], originals: [String]) -> [Int] {
        var originalsByText: [String: Set<String>] = [:]
        for (text, original) in zip(shortened, originals) { originalsByText[text, default: []].insert(original) }
        return shortened.indices.filter { (originalsByText[shortened[$0]]?.count ?? 0) > 1 }
    }

    /// Cuts to try in turn: shorter heads (more of the end) down to 1, then longer ones.
    private static func nextHead(_ head: Int, budget: Int) -> Int {
        let middle = budget / 2
        if head <= middle && head > 1 { return head - 1 }
        if head == 1 { return middle + 1 }
        return min(head + 1, budget - 2)
    }

    /// Estimated rendered width in pixels. Without font metrics (no fonts are shipped), an
    /// average glyph of 0.6 em is a slight overestimate for sans-serif, which errs on the side
    /// of leaving room rather than overlapping.
    static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.6
    }
}
