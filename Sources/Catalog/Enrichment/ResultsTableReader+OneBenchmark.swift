import Foundation
import Markdown

/// Tables that divide one benchmark rather than list several (parts an average sums up, context
/// lengths, an `Overall` beside its parts), and the header words both orientations share.
extension ResultsTableReader {
    /// `### MMLU Category Results` over `| Model | Average | STEM | Humanities |`: columns that an
    /// average sums up, most of them no benchmark already read or well known, under a heading
    /// that starts with the name of a known benchmark or is one (`### C-Eval`, `### 3.2.1. Chat
    /// model evaluation of MTBench`), are parts of that benchmark (its name is returned). Most,
    /// not all: AlignBench's `Math.` beside `Logi.`, `Basic.`, `Chi.` is its part, whether or not
    /// another card read first has a `MATH` (which one is first must not matter).
    /// A line above the table that titles it is taken as a heading (`RULER: a retrieval-based
    /// benchmark`, `MMLU category results:`); else the one benchmark the text right above says the
    /// results are on (`we also tested the model on the LongBench evaluation set`).
    /// With `besideTotal`, a total (`Score`) stands beside the columns, so one column is a part
    /// too: `| Model | Score | Chat |` under `## RewardBench` is RewardBench and its part Chat.
    func partsOfOneBenchmark(_ reading: Reading, columns: [Int], besideTotal: Bool = false) -> String? {
        let fewestParts = besideTotal ? 1 : 2
        let benchmarkColumns = columns.count { column in
            let label = reading.table.header[column].labelText
            return benchmarks.knows(label) || BenchmarkRegistry.isWellKnown(label)
        }
        guard benchmarkColumns * 2 < columns.count || benchmarkColumns == 0 else { return nil }
        // `### Open LLM Leaderboard` over `ARC | HellaS | MMLU | TQA | WinoG | GSM8K | 平均`: two
        // columns or more that are common benchmarks by name make a suite of benchmarks, not
        // one's parts (built-in names only, so that no card read before changes the reading).
        let commonColumns = columns.count { BenchmarkRegistry.isCommon(reading.table.header[$0].labelText) }
        guard commonColumns < 2 else { return nil }
        // `#### (3) Instruction-Tuned Models` says whose the scores are, not of what.
        let headings = [reading.heading, reading.leadInTexts.last.flatMap(Self.titleLine)].compactMap { $0 }
        // What parentheses hold is no part of the name: `Easy (45)` counts its problems.
        let spelledLikeBenchmarks = columns.count { column in
            let label = TableRoles.withoutQualifiers(reading.table.header[column].labelText)
            return !Self.isContextLength(label)
                && label.split(separator: " ").contains(where: HeadingBenchmark.looksLikeABenchmark)
        }
        for heading in headings where !HeadingBenchmark.isGeneric(heading) {
            // `Performance on VQA Benchmarks` over `TextVQA | DocVQA | ChartQA | Avg`: a field's
            // benchmarks, each column one (`OpenCompass testsets` over `Examination | Language`
            // names a suite of those categories).
            if HeadingBenchmark.namesAGroup(heading), spelledLikeBenchmarks * 2 >= columns.count { continue }
            let words = heading.split(separator: " ")
            let known = (1...max(words.count, 1)).reversed().lazy.map { words.prefix($0).joined(separator: " ") }
                .first { benchmarks.knows($0) || BenchmarkRegistry.isWellKnown($0) }
            if let named = known ?? (columns.count >= fewestParts ? HeadingBenchmark.name(in: heading) : nil) {
                return named
            }
        }
        if columns.count >= fewestParts, let named = benchmarkOfDocument(reading) { return named }
        // `#### Geneval` over `Overall | Single Obj. | Two Obj. | Counting`: a heading of one word
        // over parts none of which is spelled like a benchmark. Not a field (`#### Math` over
        // `Algebra | Geometry` names no benchmark, and would be taken for MATH), a language or a model.
        if columns.count >= fewestParts, spelledLikeBenchmarks == 0, let heading = reading.heading,
            let named = HeadingBenchmark.oneWordName(heading), !Self.fieldWords.contains(named.lowercased()),
            !Languages.isCapability(named), !Languages.isLanguage(named), !knowsBenchmark(named), !models.knows(named)
        {
            return named
        }
        // The weakest sign, so only the paragraph right above, and only over columns most of which
        // are not spelled like benchmarks (Beyonder's `AGIEval | GPT4All | TruthfulQA | Average`
        // under a text that mentions the Open LLM Leaderboard are benchmarks).
        guard columns.count >= 2, spelledLikeBenchmarks * 2 <= columns.count, let paragraph = reading.leadInTexts.last
        else { return nil }
        return HeadingBenchmark.named(inProse: paragraph) { models.knows($0) }
    }

    /// `#### LongBench v2` over `| Model | easy | hard |`, `#### MTOB` over `| | no context | half
    /// book |`: columns labelled in lowercase words, none spelled like a benchmark (subsets,
    /// conditions), are parts of the benchmark the heading names, with no average beside them too.
    func lowercasePartsOfOneBenchmark(_ reading: Reading, columns: [Int]) -> String? {
        guard columns.count >= 2,
            columns.allSatisfy({ column in
                let label = reading.table.header[column].labelText.trimmed
                return label.first?.isLowercase == true
                    && !label.split(separator: " ").contains(where: HeadingBenchmark.looksLikeABenchmark)
            })
        else { return nil }
        return partsOfOneBenchmark(reading, columns: columns)
    }

    /// The benchmark a table of one benchmark's values or metrics (`| Model | Score |`, `| 模型 |
    /// 总分 |`, `| Model | Accuracy |`) is of: the heading's name (`### MMLU`); else the one bold
    /// phrase or link right above that is no model (`**Alignbench**`); else the document's title,
    /// when it names no model (`benchmarkOfDocument`: `# DeepSeek-V2` over `DeepSeek-V2-Lite`
    /// rows names the card's model). A lone capitalized word names one in a phrase set apart, and
    /// in a heading when `oneWord`.
    func benchmarkNamedAbove(_ reading: Reading, oneWord: Bool) -> String? {
        func named(_ text: String, oneWord: Bool) -> String? {
            HeadingBenchmark.name(in: text) ?? (oneWord ? HeadingBenchmark.oneWordName(text) : nil)
        }
        if let heading = reading.heading, heading != reading.documentTitle, let name = named(heading, oneWord: oneWord)
        {
            return name
        }
        let phrases = Set(reading.leadIn.filter { !$0.isEmpty && !models.knows($0) && !ModelName.hasSize($0) })
        // `evaluated using [Massive Multitask Language Understanding](…)`: a known benchmark's
        // long name is its name too.
        if phrases.count == 1, let phrase = phrases.first.map(Self.withoutTableNumber) {
            if let name = named(BenchmarkHeader.shortForm(phrase), oneWord: true) { return name }
            if knowsBenchmark(phrase) { return phrase }
        }
        if let line = reading.leadInTexts.last, let name = Self.benchmarkTitleLine(line), !models.knows(name),
            !ModelName.hasSize(name)
        {
            return name
        }
        return benchmarkOfDocument(reading)
    }

    /// The one dataset the prose of the nearest section over the table that names any names, as
    /// Qwen-VL's card says `TouchStone is a benchmark based on scoring with GPT4 …` under `### Chat
    /// evaluation`, over `#### English evaluation` and its `| Model | Score |`; nil for none or several.
    func onlyProseDataset(_ reading: Reading) -> String? {
        let datasets = reading.proseDatasets.filter { !models.knows($0) }
        return Set(datasets.map { NameKey($0) }).count == 1 ? datasets.first : nil
    }

    /// Fields of benchmarks a heading may name (`#### Math`, `### Coding`): none is a benchmark.
    private static let fieldWords: Set<String> = [
        "math", "mathematics", "code", "coding", "reasoning", "knowledge", "language", "general", "science",
        "safety", "agent", "agents", "vision", "multimodal", "audio", "speech", "video", "chat", "instruction",
        "comprehension", "understanding", "generation", "retrieval", "alignment", "examination", "exams",
    ]

    /// `### RULER Benchmark - Effective context length` over `| Models | 4K | 8K | 128K |`,
    /// `## Flores-101` over `| | 中-英 | zh-fr |`: columns headed only by context lengths, or only
    /// by translation directions, are one benchmark at each length or direction, named by the
    /// heading (its words before a dash, colon or parenthesis, less a trailing `Benchmark`).
    func settingsOfOneBenchmark(_ reading: Reading, _ columns: [Int]) -> String? {
        settingsOfOneBenchmark(reading, labels: columns.map { reading.table.header[$0].labelText })
    }

    /// The same for labels (columns' headers, or rows' labels when models are columns).
    func settingsOfOneBenchmark(_ reading: Reading, labels: [String]) -> String? {
        // One programming language (`| Model | Python |` under `## HumanEval`) is one too.
        // So is one split (`| Model | Test (0/few-shot) |` under `### CMMLU`).
        guard
            labels.count >= 2
                || labels.count == 1 && (Languages.isProgrammingLanguage(labels[0]) || Self.isSplit(labels[0]))
        else { return nil }
        if labels.allSatisfy({ Self.isContextLength($0.trimmed) }) { return benchmarkNamedByHeading(reading) }
        // Languages alone (Orion's `| Model | Train Lang | Japanese | Korean | Chinese |`,
        // CodeGeeX4's `| Model | PYTHON EM | JAVA EM |`) are settings of a benchmark as directions are.
        // So are a benchmark's splits (`| Models | Valid (0-shot) | Test (5-shot) |` under `#### C-Eval`).
        guard
            labels.allSatisfy(Languages.isDirection) || labels.allSatisfy(Languages.isLanguageLabel)
                || labels.allSatisfy(Self.isSplit)
        else { return nil }
        // The nearest heading under the document's title that names a benchmark: not what the
        // directions or languages test (`## Multilingual`, `## 多语言`), nor whose results they
        // are (`### 7B模型结果`, `## Results`, a model's name).
        let headings = reading.headingPath.dropFirst(reading.documentTitle == nil ? 0 : 1)
        let named =
            headings.reversed().lazy.compactMap { heading -> String? in
                guard !HeadingBenchmark.isGeneric(heading), !Self.containsSize(heading),
                    // `客观效果评测：CMMLU` ("objective evaluation: CMMLU"): the Latin name in a Chinese heading.
                    let name = HeadingBenchmark.latinName(inChinese: heading)
                        ?? Self.benchmarkNamed(byHeading: heading),
                    !Languages.isCapability(name), !models.knows(name),
                    spelledLikeABenchmark(name)
                else { return nil }
                return name
            }.first ?? reading.captionBenchmark  // the `<summary>` the table is folded in
        // Else the one dataset the prose over it names (`We used the Flores-101 dataset`), for
        // translation directions, whose columns can never name it.
        guard named == nil, labels.allSatisfy(Languages.isDirection) else { return named }
        if let dataset = onlyProseDataset(reading) { return dataset }
        // Else, when the prose names none, the one name the paragraph right above tests on
        // (`8-shot tests on seven sub-tasks within Flores-101`).
        guard reading.proseDatasets.allSatisfy(models.knows), let paragraph = reading.leadInTexts.last else {
            return nil
        }
        let tested = Set(HeadingBenchmark.namesTestedOn(in: paragraph).filter { !models.knows($0) })
        return tested.count == 1 ? tested.first : nil
    }

    /// A benchmark read or well known, or a name spelled as benchmarks are (`Flores-101`, `WMT22`,
    /// `C-Eval`), its section numbering aside: not `1. Base Model` (Orion's `## 1. Base Model
    /// Benchmarks`) over a table of languages.
    private func spelledLikeABenchmark(_ name: String) -> Bool {
        let words = name.split(separator: " ").drop { $0.allSatisfy { $0.isNumber || $0 == "." } }
        return knowsBenchmark(name) || words.contains(where: HeadingBenchmark.looksLikeABenchmark)
    }

    /// Whether a size (`7B`, `1.8B`) is written in `text` as a word of its own among ASCII
    /// letters and digits (`7B模型结果`, `13B results`): a heading of one model's results.
    static func containsSize(_ text: String) -> Bool {
        text.split { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == ".")) }
            .contains { ValueParsers.parameters(String($0)) != nil }
    }

    /// Why a table whose scored labels (`axis`: columns or rows) are translation directions,
    /// languages or levels of difficulty, and that nothing above names the benchmark of, is left
    /// out: a direction (`中-英`), a language (`Japanese`, a summary of a card's other tables) or a
    /// level (`Easy (45)`, `Hard`, `Overall`) alone is no benchmark. Nil when any label is none.
    static func unnamedPartsRefusal(_ labels: [String], axis: String) -> String? {
        // So is one split (`| Model | Test (0/few-shot) |` under `### CMMLU`).
        guard
            labels.count >= 2
                || labels.count == 1 && (Languages.isProgrammingLanguage(labels[0]) || Self.isSplit(labels[0]))
        else { return nil }
        let kind: String
        if labels.allSatisfy(Languages.isDirection) {
            kind = "translation directions"
        } else if labels.allSatisfy(Languages.isLanguageLabel) {
            kind = "languages"
        } else if labels.allSatisfy(isDifficultyLevel), labels.contains(where: { !isOverall($0) }) {
            kind = "levels of difficulty"
        } else if labels.allSatisfy(isSplit) {
            kind = "splits of a benchmark"
        } else {
            return nil
        }
        let sample = labels.prefix(3).map { "'\($0.trimmed)'" }.joined(separator: ", ")
        return "its \(axis) are \(kind) (\(sample)), and no heading above it names their benchmark"
    }

    /// `Valid (0-shot)`, `Test`, `testmini`: a split of a benchmark, whatever the parentheses
    /// say; and a split of one part of its data, as speech sets name theirs (`test_android`,
    /// `dev_ios`, `test-clean`, `test_net`).
    static func isSplit(_ label: String) -> Bool {
        let name = TableRoles.withoutQualifiers(label).trimmed.lowercased()
        if ["val", "valid", "validation", "dev", "test", "testmini", "test-mini", "minival", "test-dev"].contains(name)
        {
            return true
        }
        guard let cut = name.firstIndex(where: { $0 == "_" || $0 == "-" }) else { return false }
        let part = name[name.index(after: cut)...]
        return ["dev", "test", "val", "eval"].contains(name[..<cut]) && (1...12).contains(part.count)
            && part.allSatisfy { $0.isLetter || $0.isNumber }
    }

    /// `Easy`, `Medium (91)`, `Hard`, and the `Overall` beside them.
    static func isDifficultyLevel(_ label: String) -> Bool {
        let name = TableRoles.withoutQualifiers(label).trimmed.lowercased()
        return ["easy", "medium", "hard", "very hard", "extra hard", "expert", "simple", "moderate", "challenging"]
            .contains(name) || isOverall(label)
    }

    private static func isOverall(_ label: String) -> Bool {
        ["overall", "all", "total"].contains(TableRoles.withoutQualifiers(label).trimmed.lowercased())
    }

    /// `Tested on [Berkeley Function Calling Leaderboard](…)` over `| Model | Overall Acc. | AST
    /// Summary |`: an `Overall` column is the headline score of one benchmark whose parts are the
    /// other columns, named by the one link or bold phrase above the table that is no model, else
    /// as the parts an average sums up are named (`#### LongBench v2` over `| Model | overall |
    /// easy | hard |`).
    mutating func summedUpBenchmark(_ reading: Reading, columns: [Int]) -> String? {
        guard columns.count >= 2,
            columns.contains(where: { isTotal(reading.table.header[$0]) })
        else { return nil }
        let names = Set(reading.leadIn.filter { !$0.isEmpty && !models.knows($0) })
        // A link to `Berkeley Function Calling Leaderboard (BFCL)` names BFCL.
        guard names.count <= 1 else { return partsOfOneBenchmark(reading, columns: columns) }
        if let name = names.first { return BenchmarkHeader.shortForm(name) }
        // So does the name written so in plain words (`Tested on the Berkeley Function Calling
        // Leaderboard (BFCL).`), when no heading names the benchmark and it is one Atlas knows.
        return partsOfOneBenchmark(reading, columns: columns)
            ?? reading.leadInTexts.last.flatMap { abbreviatedBenchmark(in: $0) }
    }

    /// The one known benchmark a paragraph names by its words and their abbreviation (`the
    /// Berkeley Function Calling Leaderboard (BFCL)`): BFCL. Nil when it names none, or two.
    func abbreviatedBenchmark(in paragraph: String) -> String? {
        var found: Set<String> = []
        var rest = paragraph[...]
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let short = String(rest[rest.index(after: open)..<close]).trimmed
            let words = rest[..<open].split(separator: " ").suffix(short.count).joined(separator: " ")
            if short.count <= 12, BenchmarkHeader.isAcronym(short, of: words), knowsBenchmark(short),
                !models.knows(short)
            {
                found.insert(short)
            }
            rest = rest[rest.index(after: close)...]
        }
        return found.count == 1 ? found.first : nil
    }

    /// Whether a header names only the whole of something (`Overall`, `总分`, `Total (EM)`).
    mutating func isTotal(_ header: TableCell) -> Bool {
        Self.summaryNames.contains(benchmarkHeader(header.labelText).name.lowercased())
    }

    /// Benchmark names that only say "all of it": the headline score of a benchmark named elsewhere.
    static let summaryNames: Set<String> = [
        "overall", "total", "all", "overall score", "total score", "总分", "总体", "综合", "整体", "综合得分", "总得分",
        "总成绩",
    ]

    /// Metric words that say only "the score" (`Absolute Score`, `绝对分数`).
    static let scoreWords: Set<String> = ["score", "分数", "得分"]

    /// Headers of a first column whose rows are a training's or a deployment's settings
    /// (`| Hyperparameter | Context | Batch size |` over a `Value` row), or things other than
    /// models (`| Tokenizer | Vocab Size |`, `| Number of GPUs | 8 | 16 |`), not models.
    static let settingHeaders: Set<String> = [
        "hyperparameter", "hyperparameters", "hyper-parameter", "hyper-parameters", "hparam", "hparams",
        "config", "configuration", "argument", "arguments", "parameter name", "tokenizer", "tokenizers",
        "hardware", "gpu", "gpus", "number of gpus", "# gpus", "#gpus", "device", "devices",
        // tables about benchmarks, not models: `| Feature | MMLU | MMLU-Pro |`, `| Task Type | #Tasks |`
        "feature", "features", "property", "properties", "aspect", "aspects", "attribute", "attributes",
        "characteristic", "characteristics", "statistic", "statistics", "task type", "task types",
    ]

    /// Headers of a label column whose rows are languages, not benchmarks.
    static let languageHeaders: Set<String> = ["language", "languages", "lang", "lang."]

    /// `4K`, `128k`, `1M`, `32K tokens`: a context length, not a benchmark.
    static func isContextLength(_ text: String) -> Bool {
        var text = Substring(text)
        if text.lowercased().hasSuffix(" tokens") { text = text.dropLast(7) }
        guard let unit = text.last, "KkMm".contains(unit) else { return false }
        let number = text.dropLast()
        return !number.isEmpty && number.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
            && number.first?.isNumber == true
    }
}
