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

    /// Estimated rendered width in pixels. Without font metrics (no fonts are shipped), an
    /// average glyph of 0.6 em is a slight overestimate for sans-serif, which errs on the side
    /// of leaving room rather than overlapping.
    static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.6
    }
}
