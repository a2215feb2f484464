import Foundation
import Markdown

/// Reads one results table into scores, whatever its shape: models as rows or as columns,
/// group rows, a sub-header row of shot counts, attribute rows and columns (sizes, architecture,
/// openness) that describe models rather than score them.
struct ResultsTableReader {
    let roles: TableRoles
    let evidence: ModelEvidence
    let config: CatalogConfig
    let makers: [String]
    var models: ModelRegistry
    var benchmarks: BenchmarkRegistry
    private(set) var scores: [Score] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var roleMemo = TextMemo<TableRole>()
    private var propertyMemo = TextMemo<Bool>()
    private var notReportedMemo = TextMemo<Bool>()
    private var opennessMemo = TextMemo<String?>()
    private var nameMemo = TextMemo<ModelName>()
    private var valueMemo = TextMemo<Double?>()
    private var headerMemo = TextMemo<BenchmarkHeader>()
    private var metricLabelMemo = TextMemo<String?>()

    init(config: CatalogConfig, makers: [String], models: ModelRegistry, benchmarks: BenchmarkRegistry) {
        self.roles = TableRoles(vocabulary: config.vocabulary)
        self.evidence = ModelEvidence(config: config)
        self.config = config
        self.makers = makers
        self.models = models
        self.benchmarks = benchmarks
    }

    /// Takes the rest of another reading of the same tables, which went on from a state equal to
    /// this one: its notes from that index on, and the registries it ended with. (Its scores are
    /// kept per document by `ReadingResult`.)
    mutating func adoptRest(of final: ResultsTableReader, diagnosticsFrom: Int) {
        diagnostics += final.diagnostics[diagnosticsFrom...]
        models = final.models
        benchmarks = final.benchmarks
    }

    /// Takes another reader's remembered answers, each a pure function of a text under one
    /// configuration: a reading resumed from an early state (an edit to the first document, in
    /// `atlas serve`) then finds the names, headers and values it meets worked out already.
    mutating func adoptMemos(of other: ResultsTableReader) {
        guard config == other.config, makers == other.makers else { return }
        (roleMemo, propertyMemo, notReportedMemo) = (other.roleMemo, other.propertyMemo, other.notReportedMemo)
        (opennessMemo, nameMemo) = (other.opennessMemo, other.nameMemo)
        (valueMemo, headerMemo) = (other.valueMemo, other.headerMemo)
        models.adoptMemos(of: other.models)
    }

    /// Takes another reading's first notes, read from the same start: what a state kept without
    /// them (`dropOutputs`) had read by then.
    mutating func takeDiagnostics(of final: ResultsTableReader, upTo count: Int) {
        diagnostics = Array(final.diagnostics[..<count])
    }

    /// The scores read since the last call, handed over (one document's, in `ReadingResult`).
    mutating func takeScores() -> [Score] {
        defer { scores = [] }
        return scores
    }

    /// Forgets the scores and notes read so far (a state kept only to be compared).
    mutating func dropOutputs() {
        scores = []
        diagnostics = []
    }

    /// The table read as results, or nil if it has no scores (a table of something else); a
    /// table that is not read, or read only for its models' facts, gets a note saying why.
    mutating func read(_ placed: DocumentOutline.PlacedTable, id: TableID, series: SeriesID?) -> ResultsTable? {
        var placed = placed
        let sideBySide = placed.table.stackingSideBySide()
        if let sideBySide { placed.table = sideBySide.table }
        let joined =
            placed.table.joiningSecondHeaderRow() ?? placed.table.joiningContinuationRow()
            ?? placed.table.joiningHeaderBodyRow { self.roles.role(of: $0) }
        if let joined { placed.table = joined.table }
        let ruled = placed.table.droppingRuleRows()
        if let ruled { placed.table = ruled.table }
        let unstacked = placed.table.unstackingRows()
        if let unstacked { placed.table = unstacked.table }
        let named = placed.table.namingSizeColumns(family: family(titled: placed.documentTitle))
        if let named { placed.table = named.table }
        let paired = splittingPairColumns(placed.table)
        if let paired { placed.table = paired.table }
        let pairedRows = splittingPairRows(placed.table)
        if let pairedRows { placed.table = pairedRows.table }
        // Each row's written row: back through split rows, the unstacking, the rule rows and a
        // second header row.
        let steps = [pairedRows?.origins, unstacked?.origins, ruled?.origins, joined?.origins].compactMap { $0 }
        let rowOrigins = steps.isEmpty ? nil : placed.table.rows.indices.map { row in steps.reduce(row) { $1[$0] } }
        var headerRoles = TableRole.sizingUnheadedColumns(
            placed.table.header.map { role(of: $0.text) }, of: placed.table)
        headerRoles = scoringNotesColumns(headerRoles, of: placed.table)
        if let backbone = placed.table.backboneColumn(headerRoles) {
            // Qualifies its row's scores, as a precision does, when a model recurs on another
            // backbone; otherwise it only says what each model is built on.
            headerRoles[backbone] =
                placed.table.namesAModelTwice(besides: backbone, headerRoles) ? .precision : .ignored
            placed.table = placed.table.fillingDown(backbone)
        }
        let context = roles.contextVariant(
            placed.headingPath, variants: models.variantWords,
            names: { placed.table.header.map(\.labelText) + placed.table.rows.compactMap { $0.first?.labelText } })
        let before = (scores: scores.count, diagnostics: diagnostics.count, models: models.models.count)
        // Undone if the table turns out to hold no results: its headers are not benchmarks. Only
        // the benchmarks: a table that has no score column is refused before any model is
        // resolved, so the models need no copy (one per table would make reading quadratic).
        let benchmarksBefore = benchmarks
        var reading = Reading(
            table: placed.table, id: id, context: context, leadIn: placed.leadIn,
            heading: placed.headingStandsFor ?? Self.nearestTelling(placed.headingPath, title: placed.documentTitle),
            leadInTexts: placed.leadInTexts,
            headingPath: (placed.documentTitle.map { [$0] } ?? []) + placed.headingPath,
            documentTitle: placed.documentTitle, frontMatterModel: placed.frontMatterModel,
            headingShots: placed.headingPath.reversed().lazy.compactMap(HeadingBenchmark.shotsStated(in:)).first
                ?? placed.leadInTexts.last.flatMap(ProseShots.titleShots),
            headingQualifier: placed.headingQualifier, rowOrigins: rowOrigins, columnOrigins: paired?.origins,
            sideBySide: sideBySide?.origin,
            writtenHeaders: paired == nil ? named?.written ?? [:] : [:])
        reading.proseShots = placed.proseShots.filter { $0.key != ProseShots.everyBenchmark }
            .sorted { $0.key < $1.key }.map { (NameKey($0.key), $0.value) }
        reading.defaultShots = placed.proseShots[ProseShots.everyBenchmark]
        let titles = [placed.caption, placed.headingPath.last].compactMap { $0 }
        reading.headingScale = titles.lazy.compactMap(StatedScale.scale(inHeading:)).first
        let stated = titles.map { benchmarkHeader($0) }
        let leadIn = placed.leadInTexts.last
        let metrics = config.vocabulary.metrics
        reading.headingMetric =
            stated.lazy.map(\.setting.metric).first { !$0.isEmpty }
            ?? leadIn.flatMap { ProseShots.tableMetric(in: $0, metrics: metrics) }
            ?? placed.notesBelow.lazy.compactMap { ProseShots.tableMetric(in: $0, metrics: metrics) }.first
        reading.leadInShots = leadIn.flatMap(ProseShots.tableShots(in:))
        reading.captionBenchmark = placed.caption.flatMap(Self.benchmarkNamed(byHeading:)).flatMap { name in
            HeadingBenchmark.isGeneric(name) || Languages.isLanguage(name) ? nil : name
        }
        reading.headingDirection = stated.lazy.compactMap(\.direction).first
        reading.proseDatasets = placed.proseDatasets
        let orientation: ResultsTable.Orientation
        if let refusal = undeclaredPairsRefusal(placed.table) ?? measuredPropertyRefusal(placed) {
            (orientation, reading.refusal) = (.modelsAsRows, refusal)
        } else if modelsAreColumns(placed.table, headerRoles: headerRoles) {
            orientation = .modelsAsColumns
            readModelsAsColumns(&reading, headerRoles: headerRoles)
        } else {
            orientation = .modelsAsRows
            readModelsAsRows(&reading, headerRoles: headerRoles)
        }
        let hasScores = scores[before.scores...].contains { $0.value != nil }
        if reading.refusal != nil || !hasScores {
            let factsOnly = reading.refusal == nil && reading.facts > 0
            benchmarks = benchmarksBefore
            if factsOnly { models.markFactsOnly(models.models[before.models...].map(\.id)) }
            scores.removeSubrange(before.scores...)
            diagnostics.removeSubrange(before.diagnostics...)
            let why =
                reading.refusal
                ?? (factsOnly
                    ? "read for its models' facts only: no cell reads as a score"
                    : "no cell reads as a score, so it adds no benchmarks")
            diagnostics.append(Diagnostic(.note, at: placed.location, "table not read as results: \(why)"))
            return nil
        }
        models.markScored(reading.models)
        noteSecondNumbers(since: before.scores, in: placed)
        return ResultsTable(
            id: id, headingPath: placed.headingPath, series: series, orientation: orientation,
            models: reading.models, benchmarks: reading.benchmarks, table: placed.table,
            source: Provenance(placed.location, table: id))
    }

    // MARK: - Remembered answers

    /// `TableRoles.role(of:)`, remembered: the copies of a table repeat its headers and labels.
    mutating func role(of text: String) -> TableRole {
        let roles = self.roles
        return roleMemo(text) { roles.role(of: $0) }
    }

    /// `ModelEvidence.isProperty`, remembered.
    mutating func isProperty(_ label: String) -> Bool {
        let evidence = self.evidence
        return propertyMemo(label) { evidence.isProperty($0) }
    }

    /// Whether a row or column of `cells` is of a property of the models: `Test` over scores
    /// (`| Model | Valid | Test |` under `### C-Eval`, `| CER(%) | A | B |` over `dev`, `test`) is
    /// a split, over `pp512` (a speed table's) the run measured. `split`: the label to tell a
    /// split by, when not `text`.
    mutating func isProperty(_ text: String, over cells: [TableCell], split: String? = nil) -> Bool {
        isProperty(text) && !(Self.isSplit(split ?? text) && hasScore(cells))
    }

    /// A header or row label read as a benchmark and its setting, remembered: benchmark names
    /// repeat across tables (`MMLU`, `GSM8K (8-shot)`).
    mutating func benchmarkHeader(_ label: String) -> BenchmarkHeader {
        let vocabulary = config.vocabulary
        return headerMemo(label) {
            BenchmarkHeader(parsing: $0, metrics: vocabulary.metrics, qualifiers: vocabulary.qualifiers)
        }
    }

    /// The metric a label is and nothing else (`map@10`), remembered: asked of every row label,
    /// it compares the label with each metric of the vocabulary.
    mutating func metricOfLabel(_ label: String) -> String? {
        let metrics = config.vocabulary.metrics
        return metricLabelMemo(label) { Self.metric(ofLabel: $0, in: metrics) }
    }

    /// `TableRoles.isNotReported`, remembered: most cells that are not scores are `-`.
    mutating func isNotReported(_ text: String) -> Bool {
        let roles = self.roles
        return notReportedMemo(text) { roles.isNotReported($0) }
    }

    /// `TableRoles.openness`, remembered: it is asked of every row under a group row.
    mutating func openness(_ text: String) -> String? {
        let roles = self.roles
        return opennessMemo(text) { roles.openness($0) }
    }

    /// Whether an attribute cell states a fact this role can hold (a size, an architecture word,
    /// open or closed): only such cells make a table worth reading for its models' facts.
    mutating func isFact(_ role: TableRole, _ text: String) -> Bool {
        switch role {
        case .totalParameters, .activeParameters:
            return ValueParsers.parameters(text) != nil
                || ValueParsers.sizeAndShape(text, architectures: config.vocabulary.architectures) != nil
        case .architecture:
            return config.vocabulary.architectures.contains { text.lowercased().contains($0.lowercased()) }
        case .openness: return openness(text) != nil
        default: return false
        }
    }

    /// Whether any of `cells` reads as a score: only such columns (or rows) are benchmarks.
    mutating func hasScore(_ cells: [TableCell]) -> Bool {
        // (A bound starts with its sign: other text cells are not read again for one.)
        cells.contains { cell in
            value(of: cell) != nil || Self.holdsPair(cell)
                || (cell.source.first.map { "<>≤≥".contains($0) } == true && ScoreText.isBound(cell.scoreText))
                || (cell.source.utf8.contains(UInt8(ascii: "/")) && halfReported(cell.scoreText.trimmed) != nil)
        }
    }

    /// `ScoreText.value` of a cell, remembered: a score cell is read when its column is judged
    /// and again when it is recorded, and copies of a table repeat their numbers.
    mutating func value(of cell: TableCell) -> Double? {
        valueMemo(cell.scoreText) { ScoreText.value($0) }
    }

    // MARK: - Shared steps

    /// A score read, kept with the reading's others (for the other files' steps: `score`), its
    /// metric spelled as every score's is (`Accuracy` is `Acc.`: `Vocabulary.metricSpellings`).
    mutating func record(_ score: Score) {
        var score = score
        let metric = CatalogConfig.Vocabulary.settingMetric(score.setting.metric)
        if metric != score.setting.metric { score.setting.metric = metric }
        scores.append(score)
    }

    /// A finding about a cell, kept with the reading's others (for the other files' steps).
    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// `Llama3.1 (70B)`: the size in parentheses after a name without one, which tells the models
    /// of a family apart as a size column would.
    mutating func sizeInParentheses(_ cell: TableCell) -> ParameterCount? {
        let text = cell.nameText
        guard text.utf8.last == UInt8(ascii: ")") else { return nil }
        let name = parsedName(text)
        return ModelName.hasSize(name.core) ? nil : name.parameters
    }

    /// `ModelName(parsing:)` of a cell's name, remembered: the copies of a table repeat it.
    /// The words of the remarks model names in `cells` carry, by the name they follow, less
    /// the words that only negate (`(No Anchor)`: `anchor`).
    mutating func remarkWords(of cells: [TableCell]) -> [String: Set<String>] {
        var words: [String: Set<String>] = [:]
        for cell in cells {
            let name = parsedName(cell.nameText)
            guard let remark = name.remark else { continue }
            let found = remark.lowercased().split { !$0.isLetter }.filter {
                $0.count >= 4 && !Self.negations.contains(String($0))
            }
            words[name.core, default: []].formUnion(found.map(String.init))
        }
        return words
    }

    private static let negations: Set<String> = ["without", "none", "non"]

    /// Whether one word in parentheses (`Anchored`) is of a word a sibling's remark has
    /// (`anchor`): the same switch, turned the other way.
    static func isSiblingRemark(_ qualifier: String, of words: Set<String>) -> Bool {
        let lower = qualifier.lowercased()
        guard lower.allSatisfy(\.isLetter) else { return false }
        return words.contains { lower.hasPrefix($0) || $0.hasPrefix(lower) && lower.count >= 4 }
    }

    private mutating func parsedName(_ text: String) -> ModelName {
        let (makers, architectures) = (self.makers, config.vocabulary.architectures)
        return nameMemo(text) { ModelName(parsing: $0, makers: makers, architectures: architectures) }
    }

    /// The model a cell names, and the remark on how its numbers were obtained (`(reported)`),
    /// which qualifies the setting of the scores read with it.
    mutating func resolveModel(
        _ cell: TableCell, reading: Reading, rowSize: ParameterCount?, source: Provenance, writtenAs: String? = nil
    ) -> (id: ModelID, remark: String?) {
        let text = cell.nameText
        var name = parsedName(text)
        // `Alpha-OCR (Anchored)` beside `Alpha-OCR (No Anchor)`: one model run two ways, so the
        // one word is a remark too, as its sibling's words are.
        if name.qualifiers.count == 1, let words = reading.remarkWords[name.core],
            Self.isSiblingRemark(name.qualifiers[0], of: words)
        {
            name.remark = [name.qualifiers[0], name.remark].compactMap { $0 }.joined(separator: ", ")
            name.qualifiers = []
        }
        let id = models.resolve(
            text, parsed: name, context: reading.context, rowSize: rowSize, source: source, writtenAs: writtenAs)
        return (id, name.remark)
    }
}
