import Markdown

/// Reading a results table in long format: one score per row, the benchmark in a column of its
/// own beside the model (Kimi-Audio's `| Datasets | Model | Performance |`, a dataset's name
/// written once over the rows of its models, as a merged cell is).
extension ResultsTableReader {
    /// The columns of a long-format table: the benchmark's (headed `Dataset`, `Benchmark`, …),
    /// the one that holds the scores (every other column holds none), and a `Metric` column's.
    struct LongFormat {
        var benchmarkColumn: Int
        var scoreColumn: Int
        var metricColumn: Int?
    }

    /// The long format of a table whose rows are models, when it is one: a named model column,
    /// a column of benchmark labels before the scores, and one column of scores.
    func longFormat(_ table: Table, headerRoles: [TableRole], modelColumn: Int, scored: [Int]) -> LongFormat? {
        guard headerRoles[modelColumn] == .model, scored.count == 1, let scoreColumn = scored.first else { return nil }
        let labels = headerRoles.indices.filter { column in
            column != scoreColumn && headerRoles[column] == .benchmarkLabel && !isMetricHeader(table, column)
        }
        // The label column nearest the models (`| Task | Dataset | Model |`: the dataset).
        guard let benchmarkColumn = labels.last(where: { $0 < scoreColumn }),
            table.rows.contains(where: { !$0[benchmarkColumn].text.trimmed.isEmpty })
        else { return nil }
        let metricColumn = headerRoles.indices.first { $0 != scoreColumn && isMetricHeader(table, $0) }
        return LongFormat(benchmarkColumn: benchmarkColumn, scoreColumn: scoreColumn, metricColumn: metricColumn)
    }

    /// `57.19 | 69.67 | 42.77`: cells of a score for each part a label names.
    static func hasSplitScores(_ cells: [TableCell]) -> Bool {
        cells.contains { cell in
            let parts = cell.scoreText.split(separator: "|")
            return parts.count >= 2 && parts.allSatisfy { ScoreText.value(String($0).trimmed) != nil }
        }
    }

    mutating func readLongFormat(_ reading: inout Reading, _ format: LongFormat, modelColumn: Int) {
        let table = reading.table
        // The score column's header gives what every score shares: `Performance (WER↓)`.
        let shared = benchmarkHeader(table.header[format.scoreColumn].labelText)
        // The benchmark of the rows below a label, until the next label, and the parts written
        // after its name in bold (`**LibriSpeech**<br>test-clean | test-other`).
        var label = ""
        var parts: [String] = []
        var labelRow = 0
        let groups = Self.groups(table, format, modelColumn: modelColumn)
        var group = ""
        for (rowIndex, row) in table.rows.enumerated() {
            if let name = groups.rows[rowIndex] {
                group = name
                continue
            }
            let labelCell = row[format.benchmarkColumn]
            if let (name, rest) = labelCell.boldHead {
                (label, labelRow) = (name, rowIndex)
                parts = rest.split(separator: "|").map { String($0).trimmed }.filter { !$0.isEmpty }
            } else if !labelCell.labelText.isEmpty {
                (label, parts, labelRow) = (labelCell.labelText, [], rowIndex)
            }
            let name = row[modelColumn].text.trimmed
            guard !label.isEmpty, !name.isEmpty, !row[modelColumn].nameText.isEmpty, !evidence.isNotAModel(name) else {
                continue
            }
            // A cell that holds no score (several models' numbers, `<br>` apart) adds no model.
            guard let cells = scoreCells(row[format.scoreColumn], parts: parts) else { continue }
            var header = benchmarkHeader(label)
            if groups.recurring.contains(label) { qualify(&header.setting, by: group) }
            if parts.count == 1 { qualify(&header.setting, by: parts[0]) }
            if header.setting.metric.isEmpty { header.setting.metric = shared.setting.metric }
            if header.setting.shots.isEmpty { header.setting.shots = shared.setting.shots }
            if let metricColumn = format.metricColumn { qualify(&header.setting, by: row[metricColumn].text.trimmed) }
            let benchmarkSource = provenance(
                table.rows[labelRow][format.benchmarkColumn], reading, row: labelRow, column: format.benchmarkColumn)
            let benchmark = benchmarks.resolve(header.name, category: nil, source: benchmarkSource)
            let captionDirection = reading.captionDirection(for: &header.setting)
            let marked = direction(
                header.direction ?? shared.direction ?? captionDirection, of: header,
                metric: header.setting.metric, at: benchmarkSource.location)
            benchmarks.noteDirection(marked, of: header.setting.metric, for: benchmark)
            benchmarks.noteScale(
                header.statedScale ?? shared.statedScale ?? reading.headingScale, of: header.setting.metric,
                for: benchmark)
            reading.note(benchmark)
            let source = provenance(row[modelColumn], reading, row: rowIndex, column: modelColumn)
            let (model, remark) = resolveModel(row[modelColumn], reading: reading, rowSize: nil, source: source)
            reading.note(model)
            for (cell, part) in cells {
                var setting = header.setting
                if let remark { qualify(&setting, by: remark) }
                if let part, role(of: part) != .average { qualify(&setting, by: part) }
                score(
                    cell, model: model, benchmark: benchmark, setting: setting, reading: reading, row: rowIndex,
                    column: format.scoreColumn)
            }
        }
    }

    /// The rows that name only a group of the rows below them (`Content Consistency` in a cell
    /// across the table: its model and score cells empty, the row below labelled again), and the
    /// labels written under two or more groups. Qwen2.5-Omni's card gives `SEED`'s error rates
    /// under `Content Consistency` and its similarities under `Speaker Similarity`: only the
    /// group tells those scores apart, so it qualifies them. A label under one group is not
    /// qualified (`Music` over `MusicCaps` only groups).
    private static func groups(_ table: Table, _ format: LongFormat, modelColumn: Int)
        -> (rows: [Int: String], recurring: Set<String>)
    {
        var rows: [Int: String] = [:]
        for (index, row) in table.rows.enumerated() {
            let name = row[format.benchmarkColumn].labelText
            guard !name.isEmpty, row[modelColumn].text.trimmed.isEmpty, row[format.scoreColumn].text.trimmed.isEmpty,
                index + 1 < table.rows.count, !table.rows[index + 1][format.benchmarkColumn].labelText.isEmpty
            else { continue }
            rows[index] = name
        }
        guard !rows.isEmpty else { return ([:], []) }
        var groupsOfLabel: [String: Set<String>] = [:]
        var group = ""
        for (index, row) in table.rows.enumerated() {
            if let name = rows[index] {
                group = name
                continue
            }
            let cell = row[format.benchmarkColumn]
            let label = cell.boldHead?.name ?? cell.labelText
            if !label.isEmpty { groupsOfLabel[label, default: []].insert(group) }
        }
        return (rows, Set(groupsOfLabel.filter { $0.value.count >= 2 }.keys))
    }

    /// The scores a cell holds, each with the part it is of: the cell itself, or `1.74 | 4.04`
    /// under `test-clean | test-other` a number for each part, in order. Nil, with a warning,
    /// when the cell holds no score.
    private mutating func scoreCells(_ cell: TableCell, parts: [String]) -> [(TableCell, String?)]? {
        let values = cell.scoreText.split(separator: "|").map { String($0).trimmed }
        if parts.count >= 2, values.count == parts.count {
            return zip(parts, values).map { part, value in
                let range = SourceRange(start: cell.location, end: cell.location)
                return (
                    TableCell(source: value, inlines: [Inline(.text(value), range: range)], location: cell.location),
                    part
                )
            }
        }
        guard holdsScore(cell) else {
            report(Self.unreadScore(cell.scoreText.trimmed, at: cell.location))
            return nil
        }
        return [(cell, nil)]
    }
}
