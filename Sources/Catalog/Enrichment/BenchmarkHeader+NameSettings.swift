import Markdown

/// Settings a header writes into the benchmark's name without parentheses: words after it
/// (`MMLU 5-shot`, `TextVQA val`), a task id's parts (`mmlu_pro_5shot`), a metric joined or glued
/// to it (`CharadesSTA/mIoU`, `CMMLU分数`), a split joined by a hyphen (`MMBench-EN-Test`), a
/// `w/o` phrase, and a metric named before the benchmark (`Accuracy (MMLU)`).
extension BenchmarkHeader {
    /// `Accuracy (MMLU)`, `Accuracy (C-Eval dev)`: a metric named first, the benchmark in
    /// parentheses. Only when the parenthesised words start with a benchmark-like name (capitals
    /// or digits inside it): `Accuracy (Chinese)` is accuracy with the qualifier Chinese.
    static func takeMetricBeforeBenchmark(of rest: inout String, into setting: inout Setting, metrics: [String]) {
        guard setting.metric.isEmpty, !setting.qualifier.isEmpty, let metric = metric(rest, in: metrics) else { return }
        let words = setting.qualifier.split(separator: " ")
        guard (1...3).contains(words.count), !setting.qualifier.contains(","), let first = words.first, first.count > 2,
            first.dropFirst().contains(where: { $0.isUppercase || $0.isNumber })
        else { return }
        (rest, setting.metric, setting.qualifier) = (String(first), metric, words.dropFirst().joined(separator: " "))
    }

    /// `Val`, `TEST`, `Testmini`: a split as the vocabulary spells it (`val`, `test`, `testmini`),
    /// so that `C-Eval (val)` and `C-Eval(Val)` are one setting; any other part as written.
    static func splitSpelling(_ part: String) -> String {
        let lower = part.lowercased()
        return splitWords.contains(lower) ? lower : part
    }

    /// Splits of a benchmark, as setting words spell them.
    static let splitWords: Set<String> = [
        "val", "dev", "test", "validation", "testmini", "test-dev", "test-std", "minival",
    ]

    /// `MMBench-EN-Test`, `TextVQA_val`, `miniF2F-test`: a split joined to the name by a hyphen
    /// or an underscore, as `MMBench-EN (test)` writes it apart. The rest must still be a name
    /// of two letters or more (`Dev-Test` is none), and more than one plain word: `Pile-test` is
    /// the Pile's name as its makers write it, as `Perception Test` is a name (`isNamePart`).
    static func takeJoinedSplit(of rest: inout String, into setting: inout Setting) {
        guard let cut = rest.lastIndex(where: { $0 == "-" || $0 == "_" }), !rest[cut...].contains(" ") else { return }
        let (head, word) = (rest[..<cut], String(rest[rest.index(after: cut)...]))
        let isPlainWord =
            head.first?.isUppercase == true && head.dropFirst().allSatisfy(\.isLowercase) && head.count > 2
        guard splitWords.contains(word.lowercased()), head.count(where: \.isLetter) >= 2,
            !splitWords.contains(head.lowercased()), !isPlainWord
        else { return }
        prepend([word], toQualifierOf: &setting)
        rest = String(head)
    }

    /// `multiple-js`, `multiple_java`, `MultiPL-E-rs`: the evaluation harnesses' MultiPL-E task
    /// for one programming language, as `MultiPL-E (js)` writes it (CodeShell's card).
    static func takeHarnessLanguage(of rest: inout String, into setting: inout Setting) {
        let lower = rest.lowercased()
        guard !lower.contains(" "),
            let prefix = ["multiple-", "multiple_", "multipl-e-", "multipl-e_"].first(where: lower.hasPrefix),
            programmingLanguages.contains(String(lower.dropFirst(prefix.count)))
        else { return }
        prepend([String(lower.dropFirst(prefix.count))], toQualifierOf: &setting)
        rest = "MultiPL-E"
    }

    /// MultiPL-E's languages, by the file extension its task names use.
    static let programmingLanguages: Set<String> = [
        "py", "js", "ts", "java", "cpp", "cs", "go", "rs", "swift", "php", "rb", "scala", "sh", "pl", "lua", "r", "jl",
        "d", "rkt", "hs", "ml", "clj", "dart", "elixir", "ex",
    ]

    /// Moves setting words written after the name without parentheses into the setting, last
    /// first: `AIME 2024 pass@1`, `CodeForces rating`, `MMLU 5-shot`, `HumanEval python`. Stops
    /// at the first word that is none of these, so the name keeps words like `2024` or `FIM`.
    static func takeTrailingWords(
        of rest: inout String, into setting: inout Setting,
        metrics: [String], qualifiers: [String]
    ) {
        while let cut = rest.lastIndex(of: " ") {
            let word = String(rest[rest.index(after: cut)...])
            if setting.shots.isEmpty, let shots = shots(word) {
                setting.shots = shots
            } else if setting.metric.isEmpty, let metric = metric(word, in: metrics) {
                setting.metric = metric
            } else if !setting.metric.isEmpty, ["score", "scores"].contains(word.lowercased()) {
                // `MTEB Retrieval Score (NDCG @ 10)`: the metric named, `Score` says nothing more
                // (and `MTEB Retrieval (nDCG@10)` is the same benchmark).
            } else if metric(word, in: qualifiers) != nil, !isNamePart(word, after: rest[..<cut]) {
                // `MMB dev(en)`: the word before the parenthesis comes first.
                prepend([word], toQualifierOf: &setting)
            } else {
                return
            }
            rest = rest[..<cut].trimmed
        }
    }

    /// `mmlu_pro_5shot_cot_instruct`, `humaneval_instruct_pass@1`, `gsm8k_cot_zeroshot`: a task
    /// id in lm-evaluation-harness style, its setting written into the name. From the first word
    /// after the name's first that is a shot count, a metric, a qualifier or a prompt format on,
    /// the words are the setting (`mmlu_pro`, 5-shot, `cot, instruct`).
    static func takeSnakeCaseSetting(
        of rest: inout String, into setting: inout Setting, metrics: [String], qualifiers: [String]
    ) {
        guard rest.utf8.contains(UInt8(ascii: "_")), !rest.utf8.contains(UInt8(ascii: " ")) else { return }
        let words = rest.split(separator: "_").map(String.init)
        let isSettingWord = { (word: String) in
            shots(word) != nil || metric(word, in: metrics) != nil || metric(word, in: qualifiers) != nil
                || promptFormats.contains(word.lowercased())
        }
        guard words.count > 1, let first = words.indices.dropFirst().first(where: { isSettingWord(words[$0]) }) else {
            return
        }
        var kept: [String] = []
        for word in words[first...] {
            if setting.shots.isEmpty, let shots = shots(word) {
                setting.shots = shots
            } else if setting.metric.isEmpty, let metric = metric(word, in: metrics) {
                setting.metric = metric
            } else {
                kept.append(word)
            }
        }
        prepend(kept, toQualifierOf: &setting)
        rest = words[..<first].joined(separator: "_")
    }

    /// `Android Control High_EM`, `CharadesSTA/mIoU`: a metric joined to the name's last word by
    /// `_` or `/` (a name with spaces is no task id for `takeSnakeCaseSetting`). Not when the
    /// word before is a metric too: `Acc/F1` names two.
    static func takeJoinedMetric(of rest: inout String, into setting: inout Setting, metrics: [String]) {
        guard setting.metric.isEmpty, let cut = rest.lastIndex(where: { $0 == "_" || $0 == "/" }) else { return }
        let (head, suffix) = (rest[..<cut], String(rest[rest.index(after: cut)...]))
        guard !suffix.contains(" "), let before = head.split(separator: " ").last,
            metric(String(before), in: metrics) == nil, let joined = metric(suffix, in: metrics)
        else { return }
        (rest, setting.metric) = (head.trimmed, joined)
    }

    /// `CMMLU分数`, `C-Eval准确率`: a metric written in Chinese right after the name, with no space
    /// (as Chinese is written). Only metrics written in other letters than ASCII: `MMLUEM` is a name.
    static func takeGluedMetric(of rest: inout String, into setting: inout Setting, metrics: [String]) {
        guard setting.metric.isEmpty, let last = rest.unicodeScalars.last, !last.isASCII else { return }
        for metric in metrics where !metric.utf8.contains(where: { $0 < 0x80 }) && rest.hasSuffix(metric) {
            let name = String(rest.dropLast(metric.count)).trimmed
            guard !name.isEmpty else { return }
            (rest, setting.metric) = (name, metric)
            return
        }
    }

    /// `Video-MME w/o subs` and `Video-MME w subs` (InternVL2's `Video-MME<br>w/o subs`), `MMMU w/
    /// CoT`: what the run had or lacked, after the name, qualifies it.
    static func takeWithPhrase(of rest: inout String, into setting: inout Setting) {
        guard rest.utf8.contains(UInt8(ascii: "w")) else { return }
        let words = rest.split(separator: " ")
        guard
            let at = words.indices.dropFirst().dropLast().first(where: { index in
                ["w/", "w/o", "wo/", "w", "wo"].contains(words[index])
            })
        else { return }
        let phrase = words[at...].joined(separator: " ")
        setting.qualifier = setting.qualifier.isEmpty ? phrase : phrase + ", " + setting.qualifier
        rest = words[..<at].joined(separator: " ")
    }

    /// Whether a split word written capitalised after one plain word is the name's own last word:
    /// `Perception Test` is DeepMind's benchmark, where `TextVQA Val` and `MMB Dev` are splits
    /// (a benchmark's name has capitals inside or digits; a plain word and a split word are a name).
    static func isNamePart(_ word: String, after name: Substring) -> Bool {
        guard ["Test", "Val", "Dev", "Validation"].contains(word), let first = name.first, first.isUppercase,
            name.count > 2, name.dropFirst().allSatisfy({ $0.isLowercase })
        else { return false }
        return true
    }

    /// Task id words for how a benchmark was prompted or which split was used (`_instruct`, `_dev`).
    static let promptFormats: Set<String> = ["instruct", "chat", "dev", "test", "val", "generative"]
}
