import Foundation

/// The shots a card's prose gives its benchmarks, for tables whose headers give none: Qwen2's
/// `**English Tasks**: MMLU (5-shot), BBH (3-shot)`, Multi-Exam's `(M3Exam 5-shot, IndoMMLU
/// 3-shot)`, Llama-3-SynE's `We report the eight-shot performance on GSM8K, ASDiv, and MAWPS,
/// five-shot for C-Eval, CMMLU`, `For HumanEval and ARC, we report the zero-shot performance`.
/// A name is only ever matched against a benchmark a table names,
/// so words taken for a name that is none (`the results of`) match nothing.
enum ProseShots {
    /// The shots a paragraph states, by name: none when it is a note (`**Note:** We evaluate
    /// chat models with 0-shot for MMLU`), which speaks of the table above it, and none for a
    /// name it gives two shot counts (`base models 5-shot on MMLU, chat models 0-shot on MMLU`).
    static func statement(in paragraph: String) -> [String: String] {
        let text = paragraph.trimmed
        guard !text.lowercased().hasPrefix("note"), !text.hasPrefix("注") else { return [:] }
        var shots: [String: String] = [:]
        var twice: Set<String> = []
        if let stated = defaultShots(in: text) { shots[everyBenchmark] = stated }
        for (name, stated) in pairs(in: text) {
            if let earlier = shots[name], earlier != stated { twice.insert(name) }
            shots[name] = stated
        }
        for name in twice { shots[name] = nil }
        return shots
    }

    /// The shots the paragraph right above a table gives all of it (`The following tables show
    /// the Zero-shot evaluation results`): one shot count, which it gives no benchmark by name.
    static func tableShots(in paragraph: String) -> String? {
        guard ASCIISearch.contains(paragraph, "shot", ignoringCase: true), pairs(in: paragraph).isEmpty else {
            return nil
        }
        let words = HeadingBenchmark.trimmedWords(in: paragraph)
        let counts = Set(words.compactMap { BenchmarkHeader.shots($0) })
        return counts.count == 1 ? counts.first : nil
    }

    /// The metric a paragraph right above a table, or a note right under it, says the table
    /// reports: a metric of `metrics` right after `report` (`We report Pass@1 accuracy averaged
    /// over 16 samples`, `报告 Accuracy`) or after `metric` (`Evaluation metric: Spearman`,
    /// `结果评测指标：spearman系数`), the words `is`, `the` and such between. Nil when it names two
    /// (`metrics: EM and F1`) or none right there (`We report results on the Pass@1 board`).
    static func tableMetric(in paragraph: String, metrics: [String]) -> String? {
        guard
            ASCIISearch.contains(paragraph, "report", ignoringCase: true)
                || ASCIISearch.contains(paragraph, "metric", ignoringCase: true)
                || paragraph.contains("报告") || paragraph.contains("指标")
        else { return nil }
        let words = metricWords(in: paragraph)
        var named: Set<String> = []
        for (index, word) in words.enumerated() where introducesMetric(word) {
            var next = index + 1
            while next < words.count, metricFillers.contains(words[next].lowercased()) { next += 1 }
            guard next < words.count, let metric = BenchmarkHeader.metric(words[next], in: metrics) else { continue }
            named.insert(metric)
            // `EM and F1`, `EM/F1`, `EM, F1`: two metrics, so neither is the table's.
            if next + 2 < words.count, ["and", "or", "和", "与", "及", "/", ","].contains(words[next + 1].lowercased()),
                let other = BenchmarkHeader.metric(words[next + 2], in: metrics)
            {
                named.insert(other)
            }
        }
        return named.count == 1 ? named.first : nil
    }

    private static func introducesMetric(_ word: String) -> Bool {
        ["report", "reports", "reported", "metric", "metrics"].contains(word.lowercased())
            || word.hasSuffix("报告") || word.hasSuffix("指标")
    }

    /// Words between `report` or `metric` and the metric's name.
    private static let metricFillers: Set<String> = ["is", "are", "was", "were", "the", "as", "=", "being", "为", "是"]

    /// The words of a paragraph for finding a metric: split at spaces and punctuation (the
    /// full-width kind too) and where Chinese meets Latin (`指标：spearman系数`), each trimmed of
    /// marks; `Pass@1`, `avg@16` and `v1.5` stay whole, and `/` and commas are words of their own.
    static func metricWords(in paragraph: String) -> [String] {
        var words: [String] = []
        var word = ""
        var wordIsIdeographic = false
        func flush() {
            let trimmed = word.trimming { "*_`\"'“”[].".unicodeScalars.contains($0) }
            if !trimmed.isEmpty { words.append(trimmed) }
            word = ""
        }
        for character in paragraph {
            if "/,，、".contains(character) {
                flush()
                words.append(character == "/" ? "/" : ",")
                continue
            }
            if character.isWhitespace || ";:()（）：；。！？!?".contains(character) {
                flush()
                continue
            }
            let ideographic = character.unicodeScalars.first?.properties.isIdeographic == true
            if !word.isEmpty, ideographic != wordIsIdeographic { flush() }
            wordIsIdeographic = ideographic
            word.append(character)
        }
        flush()
        return words
    }

    /// The key of a statement about every benchmark (`defaultShots`): no benchmark's name.
    static let everyBenchmark = "*"

    /// SmolLM2's `All evaluations are zero-shot unless stated otherwise.`: the shots of every
    /// score whose table and prose give none. A sentence that says so of all results, or that
    /// makes the exception (`unless stated otherwise`), with one shot count and no name before it.
    static func defaultShots(in text: String) -> String? {
        // Every paragraph is asked: most say nothing of all scores.
        guard
            ASCIISearch.contains(text, "unless") || ASCIISearch.contains(text, "All ")
                || ASCIISearch.contains(text, "all "),
            ASCIISearch.contains(text, "shot", ignoringCase: true)
        else { return nil }
        for sentence in sentences(text) {
            let lower = sentence.lowercased()
            let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
            let saysAll =
                words.first == "all"
                && words.dropFirst().first.map(["evaluations", "results", "scores", "benchmarks", "models"].contains)
                    == true
            let exceptions = ["stated", "noted", "specified", "indicated", "mentioned"]
            let saysUnless = words.contains("unless") && words.contains(where: exceptions.contains)
            guard saysAll || saysUnless, let (_, shots) = shotsWord(in: sentence.split(separator: " ").map(String.init))
            else { continue }
            // One count only: `0-shot for chat models and 5-shot for base models` is no default.
            let counts = Set(sentence.split(separator: " ").compactMap { shotsWord(in: [String($0)])?.1 })
            if counts.count <= 1 { return shots }
        }
        return nil
    }

    /// Minitron's `*5-shot performance.* Language Understanding evaluated using …` right above a
    /// table: a first sentence that says only how it was run, as a heading `#### Five-shot` does.
    static func titleShots(_ paragraph: String) -> String? {
        guard paragraph.utf8.count < 400, ASCIISearch.contains(paragraph, "shot", ignoringCase: true),
            let first = paragraph.split(whereSeparator: { ".:".contains($0) }).first
        else { return nil }
        return HeadingBenchmark.shots(of: first.trimmingCharacters(in: CharacterSet(charactersIn: " *_")))
    }

    /// The (name, shots) pairs a paragraph states, in the order written.
    static func pairs(in text: String) -> [(name: String, shots: String)] {
        // Most paragraphs say nothing of shots: passed over without splitting.
        guard ASCIISearch.contains(text, "shot", ignoringCase: true) else { return [] }
        var pairs: [(name: String, shots: String)] = []
        for sentence in sentences(text) {
            let items = sentence.split(whereSeparator: { ",()[]:;，（）：".contains($0) }).flatMap { item in
                splitAtLaterShots(item.split(separator: " ").map(String.init))
            }
            var index = 0
            while index < items.count {
                let words = items[index]
                guard let (at, shots) = shotsWord(in: words) else {
                    index += 1
                    continue
                }
                if at == words.count - 1 {
                    // `MMLU (5-shot)`, `M3Exam 5-shot`: the name is written before the shots.
                    let before = Array(words[..<at])
                    let name = afterLastJoin(before.isEmpty && index > 0 ? items[index - 1] : before)
                    if let name = benchmarkLike(name) { pairs.append((name, shots)) }
                    index += 1
                    continue
                }
                // `the eight-shot performance on GSM8K, ASDiv, and MAWPS`: names after `on` or `for`.
                guard let on = words[(at + 1)...].firstIndex(where: { ["on", "for"].contains($0.lowercased()) }) else {
                    // `For HumanEval and ARC, we report the zero-shot performance`: the names in a
                    // sentence's leading `For` clause.
                    if index > 0, let lead = items.first, ["for", "on"].contains(lead.first?.lowercased() ?? "") {
                        for name in names(in: Array(lead.dropFirst())) { pairs.append((name, shots)) }
                    }
                    index += 1
                    continue
                }
                var listed = [Array(words[(on + 1)...])]
                index += 1
                while index < items.count, shotsWord(in: items[index]) == nil {
                    listed.append(items[index])
                    index += 1
                }
                for item in listed {
                    for name in names(in: item) { pairs.append((name, shots)) }
                }
            }
        }
        return pairs
    }

    /// The words after the last that joins a list or leads into it: `We test on ARC-C` and `and
    /// HellaSwag` before `(25-shot)` and `(10-shot)` name ARC-C and HellaSwag.
    private static func afterLastJoin(_ words: [String]) -> [String] {
        guard let last = words.lastIndex(where: { joinWords.contains($0.lowercased()) }) else { return words }
        return Array(words[(last + 1)...])
    }

    private static let joinWords: Set<String> = ["on", "and", "or", "for", "with", "including", "&", "及", "和"]

    /// `5-shot results on MMLU and 3-shot on BBH`: a part of its own from each shot count after
    /// the first, so that each count goes with the names after it.
    private static func splitAtLaterShots(_ words: [String]) -> [[String]] {
        var parts: [[String]] = []
        var current: [String] = []
        for word in words {
            if shotsWord(in: [word]) != nil, current.contains(where: { shotsWord(in: [$0]) != nil }) {
                while let last = current.last, ["and", "or", "while", "with"].contains(last.lowercased()) {
                    current.removeLast()
                }
                parts.append(current)
                current = []
            }
            current.append(word)
        }
        return parts + [current]
    }

    /// A sentence's parts: split at a full stop before a space, a semicolon, or a line's end.
    private static func sentences(_ text: String) -> [String] {
        text.replacingOccurrences(of: ". ", with: "\n").replacingOccurrences(of: "。", with: "\n")
            .split(whereSeparator: \.isNewline).map(String.init)
    }

    /// The first word that gives shots (`5-shot`, `5shot`, `five-shot`, `5 shot`) and its index.
    private static func shotsWord(in words: [String]) -> (Int, String)? {
        for (index, word) in words.enumerated() {
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ".*_"))
            if let shots = BenchmarkHeader.shots(bare) { return (index, shots) }
            guard index + 1 < words.count, !bare.isEmpty, bare.allSatisfy(\.isNumber) else { continue }
            let next = words[index + 1].trimmingCharacters(in: .punctuationCharacters)
            if let shots = BenchmarkHeader.shots(bare + "-" + next) { return (index + 1, shots) }  // `5 shot`
        }
        return nil
    }

    /// `GSM8K`, `and MAWPS`, `SAT-Math`: the names of a list's item, without `and`.
    private static func names(in words: [String]) -> [String] {
        var parts: [[String]] = [[]]
        for word in words {
            if ["and", "or", "&"].contains(word.lowercased()) {
                parts.append([])
            } else {
                parts[parts.count - 1].append(word)
            }
        }
        return parts.compactMap(benchmarkLike)
    }

    /// Words that may be a benchmark's name: one to four, the first not a lowercase word. In
    /// `seven sub-tasks within Flores-101`, the words after `within` or `of`.
    private static func benchmarkLike(_ words: [String]) -> String? {
        var words = words.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "*_`.")) }.filter { !$0.isEmpty }
        if let within = words.lastIndex(where: { ["within", "of", "from"].contains($0) }), within + 1 < words.count {
            words = Array(words[(within + 1)...])
        }
        guard (1...4).contains(words.count), let first = words.first?.first, first.isUppercase || first.isNumber
        else { return nil }
        return words.joined(separator: " ")
    }
}
