/// The benchmark a heading names, when a table under it divides one benchmark into parts:
/// `### C-Eval`, `### T-Eval-ZH`, `### 3.2.1. Chat model subjective evaluation of MTBench`,
/// `### 3.1.3. LLM evaluation results of OpenCompass testsets`.
///
/// Only a name that looks like a benchmark's is taken: one to three words, one of them spelled
/// like a benchmark (two capitals, a digit or an inner hyphen: `MMLU`, `LongBench`, `C-Eval`),
/// so that `### Evaluation` or `### Multilingual` name nothing.
enum HeadingBenchmark {
    static func name(in heading: String) -> String? {
        var words = heading.split(separator: " ").map(String.init)
        // `3.2.1.` numbering.
        while let first = words.first, first.allSatisfy({ $0.isNumber || $0 == "." }) { words.removeFirst() }
        // `... evaluation of MTBench`, `... results on LongBench`: the name after the last `of`/`on`.
        if let last = words.lastIndex(where: { ["of", "on"].contains($0.lowercased()) }) {
            words = Array(words[(last + 1)...])
        }
        while let last = words.last, trailingWords.contains(last.lowercased()) { words.removeLast() }
        guard (1...3).contains(words.count), words.contains(where: looksLikeABenchmark) else { return nil }
        return words.joined(separator: " ")
    }

    private static let trailingWords: Set<String> = [
        "benchmark", "benchmarks", "results", "result", "evaluation", "evaluations", "testset", "testsets",
        "test", "tests", "set", "sets", "scores", "performance",
    ]

    private static func looksLikeABenchmark(_ word: String) -> Bool {
        let letters = Array(word)
        let capitals = letters.count { $0.isUppercase }
        let innerHyphen = letters.dropFirst().dropLast().contains("-")
        return capitals >= 2 || letters.contains(where: \.isNumber) || (innerHyphen && capitals >= 1)
    }
}
