import Foundation

/// The benchmark a heading names, when a table under it divides one benchmark into parts:
/// `### C-Eval`, `### T-Eval-ZH`, `### 3.2.1. Chat model subjective evaluation of MTBench`,
/// `### 3.1.3. LLM evaluation results of OpenCompass testsets`.
///
/// Only a name that looks like a benchmark's is taken: one to three words, one of them spelled
/// like a benchmark (two capitals, a digit or an inner hyphen: `MMLU`, `LongBench`, `C-Eval`),
/// so that `### Evaluation` or `### Multilingual` name nothing.
enum HeadingBenchmark {
    static func name(in heading: String) -> String? {
        // `RULER: What's the Real Context Size of Your Long-Context Language Models?`: the name
        // before a subtitle.
        if let (head, _) = subtitled(heading), let named = name(in: head) { return named }
        if let latin = latinName(inChinese: heading) { return latin }
        // `基座模型使用5-shot来测试`, `Qwen-7B模型结果`: Latin letters glued into a Chinese phrase
        // that `latinName` takes for no benchmark's name (shots, a model) name none.
        if heading.split(separator: " ").contains(where: isGluedIntoChinese) { return nil }
        var words = withoutLeaderboardWord(edition(of: heading)?.rest ?? heading).split(separator: " ").map(String.init)
        // `📏 RULER`, `The AlpacaEval leaderboard`: an emoji or an article before the name.
        while let first = words.first, words.count > 1,
            first.lowercased() == "the" || !first.contains(where: { $0.isLetter || $0.isNumber })
        {
            words.removeFirst()
        }
        // `3.2.1.` numbering.
        while let first = words.first, first.allSatisfy({ $0.isNumber || $0 == "." }) { words.removeFirst() }
        // `... evaluation of MTBench`, `... results on LongBench`: the name after the last `of`/`on`.
        if let last = words.lastIndex(where: { ["of", "on"].contains($0.lowercased()) }) {
            words = Array(words[(last + 1)...])
        }
        // `on SEED Test Sets.`: the heading's full stop does not keep `Sets` in the name.
        while let last = words.last,
            trailingWords.contains(last.lowercased().trimmingCharacters(in: .punctuationCharacters))
        {
            words.removeLast()
        }
        // `#### Five-shot`: how the tables below were run, not a benchmark.
        if shots(of: heading) != nil { return nil }
        // `Documentation Perplexity`: a measure of its own, better lower.
        guard (1...3).contains(words.count),
            words.contains(where: { looksLikeABenchmark($0) || measureWords.contains($0.lowercased()) })
        else { return nil }
        // `### 3. olmOCR-bench.`: the heading's full stop is no part of the name.
        return words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ".:"))
    }

    /// `### 模型基准测试C-EVAL` ("model benchmark test C-EVAL"), `## C-Eval评测结果`: in a heading
    /// written in Chinese, the one run of Latin letters spelled like a benchmark, no model's name
    /// with a size (`Qwen-7B模型结果`) and no shots (`使用5-shot来测试`).
    static func latinName(inChinese heading: String) -> String? {
        guard heading.unicodeScalars.contains(where: isChinese) else { return nil }
        let runs = heading.split { !($0.isASCII && ($0.isLetter || $0.isNumber || "-_.+".contains($0))) }
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "-_.+")) }
            .filter {
                $0.contains(where: \.isLetter) && looksLikeABenchmark($0) && !ModelName.hasSize($0)
                    && BenchmarkHeader.shots($0) == nil  // `基座模型使用5-shot来测试`: how, not what
            }
        return runs.count == 1 ? runs[0] : nil
    }

    private static func isGluedIntoChinese(_ word: Substring) -> Bool {
        word.unicodeScalars.contains(where: isChinese)
            && word.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
    }

    /// A CJK unified ideograph, as Chinese headings write them.
    private static func isChinese(_ scalar: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(scalar.value) }

    /// What a heading says of every score under it: an edition (`（2023年8月）`, `(2025)`), a
    /// language (`#### English`, `#### 中文`) when `languages` (the document has headings of two
    /// languages at that level: one alone, `## Chinese`, may be a category) or a mode the models
    /// were run in (`#### Extended Thinking`, `### Non-thinking mode`); nil for any other heading.
    static func qualifier(of heading: String, languages: Bool) -> String? {
        if let edition = edition(of: heading)?.edition { return edition }
        var words = heading.trimmed.split(separator: " ")
        while let first = words.first, first.allSatisfy({ $0.isNumber || $0 == "." }) { words.removeFirst() }
        let text = words.joined(separator: " ")
        if let language = language(of: heading) { return languages ? language : nil }
        var saysMode = false
        while let last = words.last, ["mode", "results", "evaluation", "benchmarks"].contains(last.lowercased()) {
            saysMode = saysMode || last.lowercased() == "mode"
            words.removeLast()
        }
        let phrase = words.joined(separator: " ").lowercased()
        // `### Reasoning` names a kind of benchmark; `### Reasoning mode`, a mode.
        return modePhrases.contains(phrase) || saysMode && phrase == "reasoning" ? text : nil
    }

    /// The language a heading names alone, or before words that say results follow (`#### English`,
    /// `#### Chinese evaluation`, `### 中文`); nil for any other heading.
    static func language(of heading: String) -> String? {
        var words = heading.trimmed.split(separator: " ")
        while let first = words.first, first.allSatisfy({ $0.isNumber || $0 == "." }) { words.removeFirst() }
        while words.count > 1, let last = words.last,
            ["results", "evaluation", "benchmarks"].contains(last.lowercased())
        {
            words.removeLast()
        }
        let text = words.joined(separator: " ")
        return Languages.isLanguage(text) ? text : nil
    }

    private static let modePhrases: Set<String> = [
        "thinking", "non-thinking", "non thinking", "no thinking", "without thinking", "with thinking",
        "extended thinking", "no extended thinking", "without extended thinking", "non-reasoning",
        "think", "no think", "nothink", "no_think",
    ]

    /// `RULER: The Real Context Size`, `AlpacaEval – An Automatic Evaluator`: a title and its
    /// subtitle, split at the first colon or spaced dash.
    static func subtitled(_ heading: String) -> (head: String, subtitle: String)? {
        for separator in [": ", "：", " - ", " – ", " — "] {
            guard let range = heading.range(of: separator) else { continue }
            let head = heading[..<range.lowerBound].trimmed
            let subtitle = heading[range.upperBound...].trimmed
            if !head.isEmpty, !subtitle.isEmpty { return (head, subtitle) }
        }
        return nil
    }

    /// `SuperCLUE总排行榜（2023年8月）`, `Leaderboard (Dec 2023)`: a dated heading, split into the
    /// heading and the edition (a year in parentheses at its end), which qualifies its scores.
    static func edition(of heading: String) -> (rest: String, edition: String)? {
        let trimmed = heading.trimmed
        guard let close = trimmed.last, close == ")" || close == "）",
            let start = trimmed.lastIndex(of: close == ")" ? "(" : "（"), start > trimmed.startIndex
        else { return nil }
        let inner = trimmed[trimmed.index(after: start)..<trimmed.index(before: trimmed.endIndex)].trimmed
        let runs = inner.split { !$0.isASCII || !$0.isNumber }
        guard runs.contains(where: { $0.count == 4 && ($0.hasPrefix("19") || $0.hasPrefix("20")) }) else { return nil }
        return (trimmed[..<start].trimmed, inner)
    }

    /// `SuperCLUE总排行榜` is SuperCLUE: the Chinese word for a (overall) leaderboard, written
    /// without a space after the name.
    private static func withoutLeaderboardWord(_ heading: String) -> String {
        for word in ["总排行榜", "排行榜", "总榜单", "榜单", "总榜"] where heading.hasSuffix(word) {
            let rest = heading.dropLast(word.count).trimmed
            if !rest.isEmpty { return rest }
        }
        return heading
    }

    /// `### Gaokao` over one column of values: a heading of one capitalised word that says nothing
    /// generic names the benchmark, although not spelled like one (used only where a table's
    /// one column of scores needs a name).
    static func oneWordName(_ heading: String) -> String? {
        let word = heading.trimmed
        guard !word.isEmpty, !word.contains(" "), word.first?.isUppercase == true, !isGeneric(word),
            !["average", "overall", "total", "summary", "scores", "leaderboard"].contains(word.lowercased())
        else { return nil }
        return word
    }

    /// `#### Five-shot`, `### 0-shot results`: a heading that says only how the tables under it
    /// were run gives their shots.
    static func shots(of heading: String) -> String? {
        var words = heading.split(separator: " ").map(String.init)
        while let first = words.first, first.allSatisfy({ $0.isNumber || $0 == "." }) { words.removeFirst() }
        while let last = words.last, trailingWords.contains(last.lowercased()) { words.removeLast() }
        guard words.count == 1 else { return nil }
        return BenchmarkHeader.shots(words[0])
    }

    /// The shots a heading gives the tables under it: all it says (`#### Five-shot`), or its last
    /// parentheses when they say only that (`## Flores-101 (8-shot)`).
    static func shotsStated(in heading: String) -> String? {
        if let shots = shots(of: heading) { return shots }
        let trimmed = heading.trimmed
        guard trimmed.last == ")" || trimmed.last == "）",
            let open = trimmed.lastIndex(where: { $0 == "(" || $0 == "（" }), open > trimmed.startIndex
        else { return nil }
        let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].trimmed
        guard !inner.contains(" ") else { return nil }
        return BenchmarkHeader.shots(inner)
    }

    /// A heading that says nothing of what is measured (`## Leaderboard`, `## 排行榜`, `## Main
    /// Results`, `#### Five-shot`): the tables under it measure what the document is about.
    /// So does a heading of the models a table compares (`#### Instruction-Tuned Models`,
    /// `#### (1) Multilingual Base Models`, `### 对话模型`): it says whose scores, not of what.
    static func isGeneric(_ heading: String) -> Bool {
        let heading = edition(of: heading)?.rest ?? heading
        let words = heading.lowercased().split(separator: " ").filter { !$0.allSatisfy { $0.isNumber || $0 == "." } }
        return shots(of: heading) != nil
            || !words.isEmpty
                && words.allSatisfy { trailingWords.contains(String($0)) || genericWords.contains(String($0)) }
            || words.count > 1 && ["models", "model"].contains(words.last!)
            || heading.hasSuffix("模型") && heading.count > 2
    }

    /// A heading written as a sentence about the table that names nothing (dots.ocr's `#### The
    /// end-to-end evaluation results of different tasks.` under `### 1. OmniDocBench`): five
    /// words or more, most of them after the first in lower case or a full stop at the end, and
    /// no capital after the first word but a short abbreviation's (`PDF`). Orion's `LLM evaluation
    /// results of OpenCompass testsets` names OpenCompass.
    static func isSentence(_ heading: String) -> Bool {
        let words = heading.split(separator: " ")
        guard words.count >= 5 else { return false }
        let later = words.dropFirst()
        let lower = later.count { $0.first?.isLowercase == true }
        let namesSomething = later.contains { word in
            word.first?.isUppercase == true && !(word.count <= 3 && word.allSatisfy { $0.isUppercase || $0 == "." })
        }
        return !namesSomething && (heading.hasSuffix(".") || 2 * lower > words.count)
    }

    private static let genericWords: Set<String> = [
        "main", "overall", "排行榜", "榜单", "结果", "评测结果", "测试结果", "leaderboards", "current", "latest", "full",
        "official", "models",
        // what a part of a card is, not what it measures (`### Overview` over MMLU's one column)
        "overview", "summary", "highlights", "introduction", "comparison",
        // `### 得分表格` ("score table") under `## SuperCLUE`
        "得分表格", "得分", "成绩", "表格", "结果表格", "评测得分",
    ]

    /// The one benchmark a paragraph says results are on: `… tested the model on the LongBench
    /// evaluation set, and …`, `Results on C-Eval:`. The words after each `on` of a clause, less
    /// an article and the words above, up to a word such as `and` or `with`; nil when no clause
    /// or more than one name names one (`on 7B models` names none: a size is not a benchmark,
    /// and `tests on ChatGLM3-6B-32K` none: a name with a size, or one `isModel` knows, is a model's).
    static func named(inProse text: String, isModel: (String) -> Bool) -> String? {
        guard text.utf8.count <= 2_000 else { return nil }
        var found: Set<String> = []
        // Clauses end at punctuation, and sentences at a word that ends with a full stop.
        var clauses: [[String]] = []
        for part in text.split(whereSeparator: { ",;:()!?\n".contains($0) }) {
            var clause: [String] = []
            for word in part.split(separator: " ") {
                let bare = String(word.trimming { $0 == "." })
                if !bare.isEmpty { clause.append(bare) }
                if word.hasSuffix(".") {
                    clauses.append(clause)
                    clause = []
                }
            }
            clauses.append(clause)
        }
        for clause in clauses {
            for on in clause.indices where clause[on].lowercased() == "on" {
                if let name = name(after: clause[(on + 1)...], isModel: isModel) { found.insert(name) }
            }
        }
        found.formUnion(namesBeforeChineseSetWords(in: text).filter { !isModel($0) })
        return found.count == 1 ? found.first : nil
    }

    /// `在 LongBench 评测集上进行了测试` ("tested on the LongBench evaluation set"): a name spelled
    /// like a benchmark right before a Chinese word for a test set or benchmark.
    static func namesBeforeChineseSetWords(in text: String) -> [String] {
        guard text.unicodeScalars.contains(where: isChinese) else { return [] }
        var names: [String] = []
        var rest = text[...]
        while let start = rest.firstIndex(where: { $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            let run = rest[start...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.+".contains($0)) }
            let after = rest[run.endIndex...].drop { $0 == " " }
            if chineseSetWords.contains(where: { after.hasPrefix($0) }), looksLikeABenchmark(run),
                !ModelName.hasSize(String(run))
            {
                names.append(String(run))
            }
            rest = rest[run.endIndex...]
        }
        return names
    }

    private static let chineseSetWords = ["评测集", "评测数据集", "数据集", "测试集", "基准", "评测基准", "榜单"]

    /// `the LongBench evaluation set, …` → LongBench.
    private static func name(after phrase: ArraySlice<String>, isModel: (String) -> Bool) -> String? {
        var words = Array(phrase)
        if let first = words.first, ["the", "a", "an", "our"].contains(first.lowercased()) { words.removeFirst() }
        if let end = words.firstIndex(where: { clauseEnds.contains($0.lowercased()) }) { words = Array(words[..<end]) }
        while let last = words.last, trailingWords.contains(last.lowercased()) { words.removeLast() }
        guard (1...3).contains(words.count), words.contains(where: looksLikeABenchmark),
            !words.contains(where: { ModelName.isSizeWord($0) || proseWords.contains($0.lowercased()) })
        else { return nil }
        let name = words.joined(separator: " ")
        return isModel(name) || ModelName.hasSize(name) ? nil : name
    }

    /// Measures that name a benchmark of their own in a heading (`Documentation Perplexity`).
    private static let measureWords: Set<String> = ["perplexity", "ppl", "bpb"]

    /// Words after which a clause goes on about something else.
    private static let clauseEnds: Set<String> = [
        "and", "with", "using", "for", "to", "in", "at", "by", "from", "as", "which", "where", "that", "is", "are",
        "was", "were", "shows", "show",
    ]

    /// Words that make a phrase prose about models, not a benchmark's name.
    private static let proseWords: Set<String> = ["model", "models", "tasks", "task", "average", "gpus", "gpu"]

    /// `Performance on VQA Benchmarks`, `Public Mandarin ASR Datasets`: a heading that names a
    /// field's benchmarks, or a suite's.
    static func namesAGroup(_ heading: String) -> Bool {
        guard let last = heading.split(separator: " ").last?.lowercased() else { return false }
        return ["benchmarks", "datasets", "testsets"].contains(last)
    }

    static let trailingWords: Set<String> = [
        "benchmark", "benchmarks", "results", "result", "evaluation", "evaluations", "testset", "testsets",
        "test", "tests", "set", "sets", "scores", "performance", "dataset", "datasets", "suite", "leaderboard",
        "category", "categories", "subject", "subjects", "subset", "subsets", "domain", "domains", "breakdown",
        "details",
    ]

    /// Spelled like a benchmark's name: two capitals, a digit, or an inner hyphen after a capital
    /// (`MMLU`, `HellaSwag`, `GSM8K`, `C-Eval`), unlike a category's words (`Reasoning`, `Math`).
    /// `We used the Flores-101 dataset`, `on the WMT22 test set`, `the C-Eval benchmark`: names
    /// spelled as benchmarks are (`looksLikeABenchmark`) right before `dataset`, `benchmark`,
    /// `test set` or `evaluation set`, in the order written.
    static func datasetsNamed(in paragraph: String) -> [String] {
        // Every paragraph is asked: most hold no `set` or `enchmark` (found without lowercasing it).
        guard
            ASCIISearch.contains(paragraph, "set") || ASCIISearch.contains(paragraph, "enchmark")
                || ASCIISearch.contains(paragraph, "SET")
        else {
            return []
        }
        guard
            ASCIISearch.contains(paragraph, "dataset", ignoringCase: true)
                || ASCIISearch.contains(paragraph, "benchmark", ignoringCase: true)
                || ASCIISearch.contains(paragraph, "test set", ignoringCase: true)
                || ASCIISearch.contains(paragraph, "evaluation set", ignoringCase: true)
        else { return [] }
        let words = HeadingBenchmark.trimmedWords(in: paragraph)
        var names: [String] = []
        // `TouchStone is a benchmark based on …`, `X is an open benchmark for …`: the paragraph
        // says what its first word is.
        if words.count >= 4, ["is", "was"].contains(words[1].lowercased()),
            ["a", "an"].contains(words[2].lowercased()),
            let noun = words[3...].prefix(4).firstIndex(where: { $0.lowercased().hasPrefix("benchmark") }),
            noun > 2, words[0].contains(where: \.isLetter), looksLikeABenchmark(words[0])
        {
            names.append(words[0])
        }
        for (index, word) in words.enumerated().dropFirst() {
            let next = word.lowercased()
            let following = index + 1 < words.count ? words[index + 1].lowercased() : ""
            let isDataset =
                next.hasPrefix("dataset") || next.hasPrefix("benchmark")
                || (["test", "evaluation"].contains(next) && following.hasPrefix("set"))
            let name = words[index - 1]
            if isDataset, name.contains(where: \.isLetter), looksLikeABenchmark(name) { names.append(name) }
        }
        return names
    }

    /// Names spelled like benchmarks right after `on`, `within`, `using` or `from` in a paragraph
    /// (`tests on seven sub-tasks within Flores-101`): shot counts, sizes and directions aside.
    static func namesTestedOn(in paragraph: String) -> [String] {
        let words = HeadingBenchmark.trimmedWords(in: paragraph)
        let prepositions: Set<String> = ["on", "within", "using", "from"]
        return zip(words, words.dropFirst()).compactMap { before, word in
            guard prepositions.contains(before.lowercased()), word.contains(where: \.isLetter),
                looksLikeABenchmark(word), BenchmarkHeader.shots(word) == nil, !ModelName.hasSize(word),
                !Languages.isDirection(word)
            else { return nil }
            return word
        }
    }

    /// A paragraph's words without the marks and punctuation around them (`**MMLU**,` is MMLU).
    static func trimmedWords(in paragraph: String) -> [String] {
        paragraph.split(whereSeparator: \.isWhitespace).map { word in
            word.trimming { "*_`\"'“”()[],.;:".unicodeScalars.contains($0) }
        }
    }

    static func looksLikeABenchmark(_ word: some StringProtocol) -> Bool {
        let letters = Array(word)
        let capitals = letters.count { $0.isUppercase }
        let innerHyphen = letters.dropFirst().dropLast().contains("-")
        return capitals >= 2 || letters.contains(where: \.isNumber) || (innerHyphen && capitals >= 1)
            || Self.endsLikeABenchmark(word)
    }

    /// `dots.ocr-bench`, `olmocr-bench`, `alpaca_eval`: a name in lower case that says it is a
    /// benchmark by its last part (`bench` or `eval` after a hyphen, dot or underscore), not a
    /// word (`Workbench`) or a way of testing (`self-eval`).
    private static func endsLikeABenchmark(_ word: some StringProtocol) -> Bool {
        let lower = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".:"))
        guard let separator = lower.lastIndex(where: { "-_.".contains($0) }) else { return false }
        let head = lower[..<separator]
        let last = lower[lower.index(after: separator)...]
        return (last == "bench" || last == "eval") && head.count >= 2
            && !["self", "auto", "peer", "cross"].contains(String(head))
            && lower.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) }
    }
}
