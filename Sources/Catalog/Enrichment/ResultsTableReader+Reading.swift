import Markdown

/// What a reading of one table keeps as it goes, and which way the table runs.
extension ResultsTableReader {
    /// What one table read has found so far.
    struct Reading {
        let table: Table
        let id: TableID
        let context: Variant?
        /// The bold phrases and link texts right above the table: they may name its one model
        /// or the benchmark its columns divide.
        let leadIn: [String]
        /// The heading right above the table, which may name the benchmark its columns divide.
        let heading: String?
        /// The text of the paragraphs right above the table, which may name that benchmark too.
        var leadInTexts: [String] = []
        /// The datasets the prose over the table names (`DocumentOutline.PlacedTable.proseDatasets`).
        var proseDatasets: [String] = []
        /// Every heading over the table, outermost first (the document's `#` heading too): one
        /// may name the model it is about.
        var headingPath: [String] = []
        /// The document's first `#` heading, which on a card about one model is its name.
        var documentTitle: String?
        /// The model the card's front matter names: surer than its `#` heading.
        var frontMatterModel: String?
        /// The shots a heading over the table gives (`#### Five-shot`) to scores that state none.
        var headingShots: String?
        /// The shots the prose over the table gives benchmarks, by their names' normal forms.
        var proseShots: [(name: NameKey, shots: String)] = []
        /// The shots the prose says every score has unless stated (`ProseShots.defaultShots`).
        var defaultShots: String?
        /// The shots the paragraph right above gives the whole table (`ProseShots.tableShots`).
        var leadInShots: String?
        /// What the heading right above says of every score (`（2023年8月）`, `English`, `Extended
        /// Thinking`): it qualifies them.
        var headingQualifier: String?
        /// The scale the heading right above states for every score (`### Speech Conversation
        /// (GPT-4o judge, 1-5)`, `StatedScale`).
        var headingScale: Scale?
        /// The metric and direction the table's caption or nearest heading states for every score
        /// (`## ASR Benchmarks (WER ↓)`): for headers that state none.
        var headingMetric: String?
        var headingDirection: Direction?
        /// What the `<summary>` a table is folded in names (`Forced Alignment Benchmarks (AAS ms
        /// ↓)` names Forced Alignment): the benchmark of rows or columns that are languages.
        var captionBenchmark: String?
        /// The words of the remarks the table's model names carry, by name (`ResultsTableReader.remarkWords`).
        var remarkWords: [String: Set<String>] = [:]

        /// Gives `setting` the caption's metric when it states none, and returns the caption's
        /// direction when it is that metric's: under `(WER ↓)`, a row `CV-en (Accuracy)` keeps
        /// its own metric and is not made lower-is-better.
        func captionDirection(for setting: inout Setting) -> Direction? {
            if setting.metric.isEmpty, let metric = headingMetric { setting.metric = metric }
            return headingMetric.map { $0 == setting.metric } ?? true ? headingDirection : nil
        }
        /// The written row of each row read, when stacked rows were unstacked (`StackedRows`) or a
        /// second header row joined (`TwoRowHeader`).
        var rowOrigins: [Int]?
        /// The written column of each column read, when a column naming two models or two
        /// benchmarks was split (`PairColumns`).
        var columnOrigins: [Int]?
        /// Where the right half of two lists side by side was written (`SideBySideTables`).
        var sideBySide: SideBySideOrigin?
        /// The header as written, where a column's name was completed (`2B Params` → `Gemma 2B`,
        /// `SizeColumns`), by column.
        var writtenHeaders: [Int: String] = [:]
        var models: [ModelID] = []
        var benchmarks: [BenchmarkID] = []
        var group: String?
        /// Why the table is not results, when that is clear before its cells are read.
        var refusal: String?
        /// Attribute cells (sizes, architecture, openness) applied to models.
        var facts = 0

        var seenModels: Set<ModelID> = []
        var seenBenchmarks: Set<BenchmarkID> = []
        mutating func note(_ model: ModelID) { if seenModels.insert(model).inserted { models.append(model) } }
        mutating func note(_ benchmark: BenchmarkID) {
            if seenBenchmarks.insert(benchmark).inserted { benchmarks.append(benchmark) }
        }
    }

    /// Whether the models are the header row (`| Benchmark | Model A | Model B |`) rather than
    /// the first column. A `Model` header or attribute columns (`#TP`) settle it; otherwise the
    /// axis whose names read more like models wins (a `Benchmark` header over rows of models
    /// happens), and a tie goes by the header words.
    func modelsAreColumns(_ table: Table, headerRoles: [TableRole]) -> Bool {
        if headerRoles.contains(where: \.isModelAttribute) { return false }
        // Rows most of which are widely reported benchmarks, under a header of none: the models
        // are the columns, whether Atlas knows them yet or not.
        // (In the first column, or the second after a category's.)
        let labelColumns = 0..<min(2, table.header.count)
        let labeled = table.rows.filter { row in labelColumns.contains { !row[$0].labelText.trimmed.isEmpty } }
        let commonRows = labeled.count { row in
            labelColumns.contains { BenchmarkRegistry.isCommon(row[$0].labelText.trimmed) }
        }
        if commonRows >= 2, commonRows * 2 >= labeled.count,
            !table.header.dropFirst().contains(where: { BenchmarkRegistry.isCommon($0.labelText) })
        {
            return true
        }
        // Rows that are each a metric (`map@10`, `ndcg@10`, `Recall`): measures of a benchmark,
        // whose models are the columns.
        let rowLabels = labeled.map { $0[0].labelText.trimmed }
        if rowLabels.count >= 2, rowLabels.allSatisfy({ isMetricLabel($0) }),
            !table.header.dropFirst().contains(where: { isMetricLabel($0.labelText.trimmed) })
        {
            return true
        }
        // Rows that are each a split (`dev`, `test`) of the benchmark the heading names, under
        // headers that are none (`| CER(%) | Zeta-ASR | Whisper-large-v3 |` under `## AISHELL-1`):
        // the models are the columns, as they are the rows when the headers are the splits.
        if !rowLabels.isEmpty, rowLabels.allSatisfy(Self.isSplit),
            !table.header.dropFirst().contains(where: { Self.isSplit($0.labelText) })
        {
            return true
        }
        let across = evidence.modelLikeCount(
            table.header.dropFirst().map { $0.text.trimmed }, models: models, benchmarks: benchmarks)
        let down = evidence.modelLikeCount(
            table.rows.map { $0[0].text.trimmed }, models: models, benchmarks: benchmarks)
        if let modelColumn = headerRoles.firstIndex(of: .model) {
            // `| Model | Llama3.1-405B | Mixtral-8x22B | Hunyuan-Large |` over rows of `MMLU`,
            // `BBH`: the header word names what the columns are, when most of them read as
            // models and no row label does.
            // Columns of what the rows are (`| Model | Version | Metric | Mode |`, OpenCompass's
            // corner) are not counted against them.
            let named = headerRoles.dropFirst().count { $0 == .other }
            if modelColumn == 0 && down == 0 && across >= 2 && across * 2 >= named { return true }
            // Baichuan's `| Model | BaiChuan-7B | LLaMA | Falcon | MPT-7B | ChatGLM |` over
            // `Compress Rate`, `Vocab Size`: names of families whose makers are known count too.
            let made = table.header.dropFirst().count { cell in
                let name = cell.text.trimmed
                return !knowsBenchmark(name) && !BenchmarkRegistry.isCommon(name) && !evidence.isNotAModel(name)
                    && (evidence.modelLikeCount([name], models: models, benchmarks: benchmarks) == 1
                        || isMadeByKnownMaker(name))
            }
            if modelColumn == 0 && down == 0 && made >= 3 && made * 2 >= named { return true }
            // OpenCompass's corner, `| Model | Version | Metric | Mode | A | B |`: a column of each
            // row's metric says the rows are benchmarks, so the columns are models, known or not
            // (unless a header is a benchmark Atlas knows).
            return modelColumn == 0 && down == 0 && table.header.indices.contains { isMetricHeader(table, $0) }
                && !table.header.dropFirst().contains { knowsBenchmark($0.text.trimmed) }
        }
        if across != down { return across > down }
        if headerRoles.contains(.benchmarkLabel) || headerRoles.contains(.category) { return true }
        // Names that are no models' either way, and a corner that does not say: the side that
        // names benchmarks (or an average of them: `| WER | Moonshine | Whisper |` over
        // `Average`, `AMI`, `MMLU`) is not the models'.
        let rowBenchmarks = table.rows.count { namesABenchmark($0[0].labelText.trimmed) }
        return rowBenchmarks > table.header.dropFirst().count { namesABenchmark($0.labelText.trimmed) }
    }

    /// A label that is a metric and nothing else (`map@10`, `nDCG@10`, `Recall`); not `Score`,
    /// which tables use for a column of any scores.
    func isMetricLabel(_ label: String) -> Bool { Self.metric(ofLabel: label, in: config.vocabulary.metrics) != nil }

    /// The metric a label is and nothing else (`isMetricLabel`); `metricOfLabel` remembers it.
    static func metric(ofLabel label: String, in metrics: [String]) -> String? {
        label.lowercased() == "score" ? nil : BenchmarkHeader.metric(label, in: metrics)
    }

    /// A benchmark read before or well known (a built-in spelling).
    func knowsBenchmark(_ name: String) -> Bool { benchmarks.knows(name) || BenchmarkRegistry.isWellKnown(name) }

    /// A benchmark read before or widely reported, or an average of benchmarks.
    private func namesABenchmark(_ label: String) -> Bool {
        !label.isEmpty
            && (knowsBenchmark(label) || BenchmarkRegistry.isCommon(label) || roles.role(of: label) == .average)
    }
}
