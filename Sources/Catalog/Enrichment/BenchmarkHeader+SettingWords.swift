/// The words of a setting: shot counts (`5-shot`, `five-shot`) and metrics (`EM`, `pass@1`).
extension BenchmarkHeader {
    /// `5-shot`, `0-shot`, `25-shot`.
    static func isShots<S: StringProtocol>(_ word: S) -> Bool { shots(word) != nil }

    /// The shot count a word gives, as written: `5-shot`; `3-shot@1` (one sample per question,
    /// as Yi's cards write it) is `3-shot`, the setting other tables give the same runs; `5shot`,
    /// `5-shots` and `five-shot` are `5-shot`; a range `3-5-shot` stays as written.
    static func shots<S: StringProtocol>(_ word: S) -> String? {
        var word = Substring(word)
        if word.utf8.last == UInt8(ascii: "s") || word.utf8.last == UInt8(ascii: "S"),
            word.lowercased().hasSuffix("shots")
        {
            word = word.dropLast()
        }
        if let at = word.firstIndex(of: "@"), word[word.index(after: at)...].allSatisfy(\.isNumber),
            word.index(after: at) < word.endIndex
        {
            word = word[..<at]
        }
        let lower = word.lowercased()
        // `few-shot` (Gemma's cards): some examples, how many not said.
        if lower == "few-shot" || lower == "fewshot" { return "few-shot" }
        // `zero-shot`, `one-shot`, `zeroshot`: counted in words; `5shot`: without its hyphen.
        if lower.hasSuffix("-shot"), let count = shotWords[String(lower.dropLast(5))] { return "\(count)-shot" }
        if lower.hasSuffix("shot"), let count = shotWords[String(lower.dropLast(4))] { return "\(count)-shot" }
        if lower.hasSuffix("shot"), !lower.hasSuffix("-shot"), lower.count > 4, lower.dropLast(4).allSatisfy(\.isNumber)
        {
            return String(lower.dropLast(4)) + "-shot"
        }
        guard lower.hasSuffix("-shot"), lower.count > 5 else { return nil }
        let count = lower.dropLast(5)
        if count.allSatisfy(\.isNumber) { return String(word) }
        // `3-5-shot`: a range of counts.
        let ends = count.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2, ends.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
        return count + "-shot"
    }

    static let shotWords = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "eight": 8, "ten": 10,
    ]

    /// The configured spelling of a metric word, or nil.
    static func metric(_ word: String, in metrics: [String]) -> String? {
        guard !word.isEmpty else { return nil }
        let key = NameKey(word)
        if let known = metrics.first(where: { NameKey($0) == key }) { return known }
        // `win rate %`: the unit after a metric's name.
        if word.hasSuffix("%"), case let bare = word.dropLast().trimmed, !bare.isEmpty {
            if let known = metric(bare, in: metrics) { return known }
            // `win rate adjusted %`: a metric narrowed by the words after it, as written.
            let words = bare.split(separator: " ")
            let narrowed = (1..<max(words.count, 1)).contains { count in
                metric(words[..<count].joined(separator: " "), in: metrics) != nil
            }
            return narrowed ? bare : nil
        }
        // `NDCG @ 10` (Arctic-embed's card) is `ndcg@10`.
        if word.contains(" @") || word.contains("@ ") {
            let parts = word.split(separator: "@", omittingEmptySubsequences: false).map { $0.trimmed }
            if parts.count == 2 { return metric(parts.joined(separator: "@"), in: metrics) }
        }
        if isHarnessMetric(word, in: metrics) { return word }
        return isSampledMetric(word) ? word.lowercased() : nil  // `Pass@1` and `pass@1` are one metric
    }

    /// `macro_avg/acc`, `acc_norm`, `exact_match`: lm-evaluation-harness's metric names, which
    /// cards copy into headers (`MMLU (5-shot, macro_avg/acc)`) as into a `Metric` column. An
    /// average's name before a slash and a known metric after it; a harness metric with a suffix.
    static func isHarnessMetric(_ word: String, in metrics: [String]) -> Bool {
        let lower = word.lowercased()
        if harnessMetrics.contains(lower) { return true }
        if let slash = lower.lastIndex(of: "/") {
            let rest = String(lower[lower.index(after: slash)...])
            return averageNames.contains(String(lower[..<slash]))
                && (metric(rest, in: metrics) != nil || isHarnessMetric(rest, in: metrics))
        }
        guard let underscore = lower.firstIndex(of: "_") else { return false }
        let suffix = lower[lower.index(after: underscore)...]
        return harnessMetrics.contains(String(lower[..<underscore])) && !suffix.isEmpty
            && suffix.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_@".contains($0)) }
    }

    private static let harnessMetrics: Set = ["acc", "em", "f1", "exact_match", "acc_norm"]
    private static let averageNames: Set = [
        "macro_avg", "micro_avg", "weighted_avg", "average", "avg", "macro", "micro",
    ]

    /// `pass@1`, `Pass@64`, `cons@64`, `maj@8-COT`: a score over k samples, whatever its name.
    static func isSampledMetric(_ word: String) -> Bool {
        let parts = word.split(separator: "@", maxSplits: 1)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy(\.isLetter) else { return false }
        let count = parts[1].prefix { $0.isNumber }
        let rest = parts[1].dropFirst(count.count)
        return !count.isEmpty && (rest.isEmpty || (rest.first == "-" && rest.dropFirst().allSatisfy(\.isLetter)))
    }
}
