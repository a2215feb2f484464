import Markdown

/// Tables of one model's values (`| Task | Version | Metric | Value | | Stderr |`, as
/// lm-evaluation-harness prints them; `| Benchmark | Score |`): whose values they are, and what
/// a `Metric` column says of each row.
extension ResultsTableReader {
    /// The model a table of one model's values is about: the one known model named above it
    /// (`leadInModels`), else in the nearest heading over it that names any (`# Orpomis-Prime-7B
    /// results`, once a table has named that model); nil when none or several are.
    func subjectModel(_ reading: Reading) -> ModelID? {
        let named = leadInModels(reading)
        if !named.isEmpty { return named.count == 1 ? named.first : nil }
        for heading in reading.headingPath.reversed() {
            let named = models.knownNames(in: heading)
            if !named.isEmpty { return named.count == 1 ? named.first : nil }
        }
        return nil
    }

    /// The one model the tables above in this document scored, when they scored one only: an
    /// AutoEval card's summary row (`| nous | [tiny-model](…) | 22.29 |`) over the harness's
    /// tables of that model's values, under headings that name none.
    func onlyModelScoredAbove() -> ModelID? {
        guard let first = scores.first?.model, scores.allSatisfy({ $0.model == first }) else { return nil }
        return first
    }

    /// The known models the text right above a table names: in bold or a link, else in its
    /// words (Skywork: `We provide detailed results of the Skywork-13B-Base model on C-EVAL`).
    func leadInModels(_ reading: Reading) -> Set<ModelID> {
        let named = Set(reading.leadIn.compactMap { models.known($0) })
        return named.isEmpty ? models.knownNames(in: reading.leadInTexts.joined(separator: " ")) : named
    }

    /// On a card about one model that no table names (`# speechless-code-mistral-7b-v1.0`,
    /// `# Model Card for Zephyr 7B β`), the model the document's `#` heading is: a name with a
    /// size, in at most four words once `Model Card for` and trailing words such as `results`
    /// are left out, before a `/` the maker's account. Placed at `source`. A Hugging Face card's
    /// front matter (`model-index: - name: …`) names it too: first when a table named that model
    /// (TinyLlama's full checkpoint name under `# TinyLlama-1.1B`), else when the heading names none.
    mutating func modelNamedByTitle(_ reading: Reading, source: Provenance) -> ModelID? {
        if let name = reading.frontMatterModel, let known = models.known(name) { return known }
        if let titled = modelTitled(reading, source: source) { return titled }
        guard let name = reading.frontMatterModel else { return nil }
        let parsed = ModelName(parsing: name, makers: makers, architectures: config.vocabulary.architectures)
        return models.resolve(name, parsed: parsed, context: reading.context, rowSize: nil, source: source)
    }

    /// The model the document's `#` heading is, as `modelNamedByTitle` says: a name with a size
    /// (`Mistral Nemo 12B`), or capitalized words with letters and digits that name no benchmark
    /// (`Mistral-Nemo-Instruct-2407`, `Mistral Nemo Instruct 2407`, `Phi-4`; not `GSM8K`).
    private mutating func modelTitled(_ reading: Reading, source: Provenance) -> ModelID? {
        guard let name = Self.titledName(reading.documentTitle),
            ModelName.hasSize(name) || isModelLikeTitle(name)
        else { return nil }
        let parsed = ModelName(parsing: name, makers: makers, architectures: config.vocabulary.architectures)
        return models.resolve(name, parsed: parsed, context: reading.context, rowSize: nil, source: source)
    }

    /// Capitalized words, letters and digits among them, none a benchmark's name.
    private func isModelLikeTitle(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return name.contains(where: \.isLetter) && name.contains(where: \.isNumber)
            && words.allSatisfy { $0.first?.isUppercase == true || $0.first?.isNumber == true }
            && !words.contains(where: { BenchmarkRegistry.isCommon(String($0)) || benchmarks.knows(String($0)) })
            && !benchmarks.knows(name) && !BenchmarkRegistry.isCommon(name) && !evidence.isNotAModel(name)
    }

    /// The name a title reads as, when it may be one model's: at most four words once `Model Card
    /// for` and trailing words such as `results` are left out, before a `/` the maker's account,
    /// and no word of a sentence about models (`Evaluation of 7B models`).
    static func titledName(_ title: String?) -> String? {
        guard var title = title?.trimmed else { return nil }
        for prefix in ["model card for ", "model card of ", "model card: "] where title.lowercased().hasPrefix(prefix) {
            title = String(title.dropFirst(prefix.count))
        }
        if let slash = title.lastIndex(of: "/") { title = String(title[title.index(after: slash)...]) }
        // `Hermes 2 Pro - Mistral 7B`: a fine-tune's name and its base's, a dash between.
        var words = title.split(separator: " ").map(String.init).filter { !["-", "–", "—"].contains($0) }
        while let last = words.last, Self.titleTrailingWords.contains(last.lowercased()) { words.removeLast() }
        // A fine-tune's name runs longer (`Nous Hermes 2 Mixtral 8x7B DPO`) when a size near its end
        // says it is one model's.
        let sized = words.suffix(3).contains { ModelName.isSizeWord($0) || ModelName.isExpertLayout($0) }
        guard (1...(sized ? 8 : 4)).contains(words.count),
            !words.contains(where: { Self.titleProseWords.contains($0.lowercased()) })
        else { return nil }
        return words.joined(separator: " ")
    }

    /// Words that make a title a sentence about models (`Evaluation of 7B models`, `Orchard-7B
    /// vs Grove-13B`) rather than one model's name.
    private static let titleProseWords: Set<String> = [
        "vs", "vs.", "and", "&", "of", "for", "on", "in", "with", "to", "the", "a", "an", "models", "comparison",
        "evaluation", "benchmarks", "performance",
    ]

    private static let titleTrailingWords: Set<String> = [
        "results", "result", "evaluation", "evaluations", "model", "card", "readme", "benchmarks", "scores",
    ]

    /// Whether a row's qualifier cells name a metric (`pass@1`, anything in a `Metric` column):
    /// a row measured so is a benchmark whatever its label's words (`agieval_lsat_lr` is no
    /// learning rate).
    func namesAMetric(_ row: [TableCell], _ qualifierColumns: [Int], _ metricColumns: Set<Int>) -> Bool {
        qualifierColumns.contains { column in
            let text = row[column].text.trimmed
            return metricColumns.contains(column)
                ? !text.isEmpty : BenchmarkHeader.metric(text, in: config.vocabulary.metrics) != nil
        }
    }

    /// Sets a row's setting from a `Metric` column's cell, part by part (split at commas): a
    /// shot count (`5-shot`, as Gemma's cards write it there) is the row's shots, the first other
    /// part its metric (`acc_norm`), the rest qualifiers (lm-evaluation-harness's filter after the
    /// comma, `exact_match,strict-match`; `none` is none). True when the cell names a standard
    /// error (`acc_stderr,none`): the row holds no score.
    /// `CoT` in a Metric column (`5-shot,CoT`) is a way of prompting (`qualifiers`), no metric.
    mutating func measure(_ setting: inout Setting, by text: String) -> Bool {
        guard !isNotReported(text) else { return false }
        for part in text.split(separator: ",").map({ String($0).trimmed }) where !part.isEmpty {
            if let shots = BenchmarkHeader.shots(part), setting.shots.isEmpty {
                setting.shots = shots
            } else if part.lowercased().contains("stderr") {
                return true
            } else if setting.metric.isEmpty, part.lowercased() != "none", !isQualifierWord(part) {
                setting.metric = BenchmarkHeader.metric(part, in: config.vocabulary.metrics) ?? part
            } else {
                qualify(&setting, by: part)
            }
        }
        return false
    }

    /// A word of the vocabulary's `qualifiers` (`CoT`, `Python`, `val`).
    func isQualifierWord(_ text: String) -> Bool {
        let key = NameKey(text)
        return config.vocabulary.qualifiers.contains { NameKey($0) == key }
    }
}
