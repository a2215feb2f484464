/// The answers of one pure function of a text, kept for texts met again.
///
/// A corpus repeats its header words, row labels and model names across tables and files, and
/// working them out again (case mapping, splitting into words, vocabulary lookups) was most of
/// enrichment's time. A plain value owned by one enrichment run: runs share nothing.
struct TextMemo<Answer: Sendable>: Sendable {
    private var answers: [String: Answer] = [:]

    /// The answer for `text`, computed by `compute` the first time only.
    mutating func callAsFunction(_ text: String, _ compute: (String) -> Answer) -> Answer {
        if let known = answers[text] { return known }
        let answer = compute(text)
        answers[text] = answer
        return answer
    }
}
