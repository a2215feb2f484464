import Foundation
import Markdown

/// Reading a results table whose rows are models.
extension ResultsTableReader {
    /// `| Model | #TP | MMLU | ... |`: the model column is the one headed Model (or the first
    /// empty one); attribute columns describe the model; every other column is a benchmark.
    mutating func readModelsAsRows(_ reading: inout Reading, headerRoles: [TableRole]) {
        let table = reading.table
        let modelColumn = headerRoles.firstIndex(of: .model) ?? headerRoles.firstIndex(of: .empty) ?? 0
        var benchmarkColumns: [Int] = []
        // Columns of numbers headed by a property of the models (`Speed (tokens/s)`), left out.
        var propertyColumns: [Int] = []
        for column in headerRoles.indices
        where column != modelColumn && [.other, .benchmarkLabel].contains(headerRoles[column]) {
            let cells = table.rows.map { $0[column] }
            if isProperty(table.header[column].text, over: cells, split: table.header[column].labelText) {
                if hasScore(cells) { propertyColumns.append(column) }
            } else if hasScore(cells) {
                benchmarkColumns.append(column)
            } else {
                warnUnreadScores(label: table.header[column].labelText, cells: cells)
            }
        }
        if let refusal = precisionColumnsRefusal(
            table, benchmarkColumns, headerRoles: headerRoles, modelColumn: modelColumn)
        {
            reading.refusal = refusal
            return
        }
        // `| Model | Score |` under `### MMLU`: the values are the benchmark the heading names
        // (without one, a `Score` column names nothing and is no benchmark). So is a lone
        // average (`| Model | Average |` under `### Gaokao`).
        func scored(_ role: TableRole) -> [Int] {
            headerRoles.indices.filter { column in
                headerRoles[column] == role && hasScore(table.rows.map { $0[column] })
            }
        }
        // `| Datasets | Model | Performance |`: one score per row (or one per part the label
        // names), its benchmark beside the model.
        let valueColumns = scored(.value)
        var longScored = benchmarkColumns + valueColumns
        if longScored.isEmpty {
            longScored = headerRoles.indices.filter { column in
                column != modelColumn && [.other, .value].contains(headerRoles[column])
                    && Self.hasSplitScores(table.rows.map { $0[column] })
            }
        }
        if let format = longFormat(table, headerRoles: headerRoles, modelColumn: modelColumn, scored: longScored) {
            readLongFormat(&reading, format, modelColumn: modelColumn)
            return
        }
        let averages = benchmarkColumns.isEmpty ? scored(.average) : []
        let valueColumn = valueColumns.first ?? (averages.count == 1 ? averages.first : nil)
        let valueBenchmark =
            valueColumn != nil && benchmarkColumns.isEmpty
            ? benchmarkNamedAbove(reading, oneWord: true) ?? onlyProseDataset(reading) : nil
        if let valueColumn, valueBenchmark != nil { benchmarkColumns = [valueColumn] }
        // `| 模型 | 分数 | 计算 | 代码 |`, `| Model | Score | Coding | Math |`: a value column beside
        // benchmark columns is their total, as an average is.
        var headerRoles = headerRoles
        let totalBeside = valueColumn != nil && valueBenchmark == nil && !benchmarkColumns.isEmpty
        if let valueColumn, totalBeside { headerRoles[valueColumn] = .average }
        // `| Model | Accuracy |` under `## C-Eval Hard Leaderboard`, `| Model | Accuracy | Accuracy
        // (Chinese) |` under `### GSM8K`: columns headed by metrics are the heading's benchmark.
        let metricColumns = valueBenchmark == nil ? metricColumns(reading, benchmarkColumns) : nil
        // Qwen2-VL's `| Model Size | Quantization |` over `Qwen2-VL-7B-Instruct`: names under a
        // size's header are the models.
        if headerRoles[modelColumn] == .totalParameters, Self.namesModels(table.rows.map { $0[modelColumn] }) {
            headerRoles[modelColumn] = .model
        }
        if let refusal = nameColumnRefusal(table, headerRoles: headerRoles, modelColumn: modelColumn) {
            reading.refusal = refusal
            return
        }
        // `| Quantization | MMLU |` over `BF16`, `INT4`: rows of one model at several precisions.
        let precisionSubject = precisionRowsSubject(&reading, modelColumn: modelColumn)
        if reading.refusal != nil { return }
        let attributeColumns = headerRoles.indices.filter { headerRoles[$0].isModelAttribute }
        let units = table.header.map { Self.sizeUnit($0.labelText) }
        let hasFacts = table.rows.contains { row in
            attributeColumns.contains { isFact(headerRoles[$0], Self.withUnit(row[$0].text, units[$0])) }
        }
        // Decided before any name is resolved: a table of neither scores nor facts adds no model.
        if benchmarkColumns.isEmpty && !hasFacts {
            let averages = headerRoles.indices.filter { column in
                headerRoles[column] == .average && hasScore(table.rows.map { $0[column] })
            }
            // Orion's `55.9 &nbsp;&nbsp; 58.3` under `HellaSwag<br>n=0 n=5`: the reason is the cells.
            let pairCell = table.rows.lazy.flatMap { row in
                row.indices.lazy.filter { $0 != modelColumn }.map { row[$0].scoreText.trimmed }
            }.first(where: ScoreText.twoNumbers)?.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            reading.refusal =
                if !propertyColumns.isEmpty, valueColumns.isEmpty {
                    "its columns of numbers ("
                        + propertyColumns.prefix(3).map { "'\(table.header[$0].labelText.trimmed)'" }
                        .joined(separator: ", ")
                        + ") name properties of what it lists, not benchmarks (`propertyWords` in atlas.yml)"
                } else if let value = valueColumns.first {
                    "its only column of scores is '\(table.header[value].labelText.trimmed)', and nothing above it "
                        + "names their benchmark (a heading, or a link or bold name right above)"
                } else if let pairCell, averages.isEmpty {
                    "its cells hold two numbers each, as '\(pairCell)' does, and a score is one number: "
                        + "give each number its own column (`HellaSwag 0-shot | HellaSwag 5-shot`)"
                } else if averages.isEmpty {
                    "no column of it holds a score or a model's size, so it adds no models or benchmarks"
                } else {
                    "its only columns of scores are averages ("
                        + averages.prefix(3).map { "'\(table.header[$0].labelText)'" }.joined(separator: ", ")
                        + "), and an average of benchmarks the table does not show is no benchmark"
                }
            return
        }
        notePropertyColumns(propertyColumns, of: table)
        var columnBenchmarks: [Int: (BenchmarkID, Setting)] = [:]
        let corner = cornerBenchmark(table.header[modelColumn], role: headerRoles[modelColumn])
        let whole =
            valueBenchmark ?? metricColumns?.benchmark
            ?? (headerRoles.contains(.average)
                ? partsOfOneBenchmark(reading, columns: benchmarkColumns, besideTotal: totalBeside)
                : settingsOfOneBenchmark(reading, benchmarkColumns)
                    ?? summedUpBenchmark(reading, columns: benchmarkColumns)
                    ?? lowercasePartsOfOneBenchmark(reading, columns: benchmarkColumns))
            ?? (Self.isSettingsOnly(benchmarkColumns.map { table.header[$0].labelText }) ? corner?.name : nil)
        if whole == nil,
            let refusal = Self.unnamedPartsRefusal(
                benchmarkColumns.map { table.header[$0].labelText }, axis: "columns")
        {
            reading.refusal = refusal
            return
        }
        // `| 模型 | 总分 |`, `| Model | Accuracy |` with nothing above naming whose total or
        // metric it is: no benchmark.
        if whole == nil, metricColumns == nil, let first = benchmarkColumns.first {
            let kind =
                benchmarkColumns.allSatisfy({ isTotal(table.header[$0]) })
                ? "totals" : benchmarkColumns.allSatisfy({ isMetric(table.header[$0]) }) ? "metrics" : nil
            if let kind {
                reading.refusal =
                    "its only columns of scores are \(kind) ('\(table.header[first].labelText.trimmed)'), "
                    + "and nothing above it names their benchmark"
                return
            }
        }
        // `### HumanEval-X (Pass@1)`: a metric or shots in parentheses after the whole's name are
        // its setting (not `Documentation Perplexity`, a benchmark's name).
        let wholeHeader = whole.flatMap { whole -> BenchmarkHeader? in
            guard let open = whole.firstIndex(of: "(") else { return nil }
            let header = benchmarkHeader(whole)
            let saysSetting = !header.setting.metric.isEmpty || !header.setting.shots.isEmpty
            return saysSetting && header.name == whole[..<open].trimmed ? header : nil
        }
        // The average of one benchmark's parts is that benchmark's headline score; a later average
        // that says what it averages (`Avg (Hard)`, C-Eval's hard subjects) is its score there.
        let averageColumns = whole == nil ? [] : headerRoles.indices.filter { headerRoles[$0] == .average }
        let headline =
            averageColumns.prefix(1)
            + averageColumns.dropFirst().filter { !benchmarkHeader(table.header[$0].labelText).setting.isEmpty }
        let averagedParts =
            whole == nil
            ? averagedParts(table.header.map(\.labelText), roles: headerRoles, candidates: benchmarkColumns) : [:]
        let scoredColumns = Set(headline + benchmarkColumns + averagedParts.keys).sorted()
        // `| Model 5-shot | C-Eval | MMLU |`: the name column's header sets what no column does;
        // so does a corner naming the whole (`| M3Exam / 3-shot (Acc) | En | Zh |`).
        let cornerSetting = corner.flatMap { corner in
            whole.flatMap { NameKey($0) == NameKey(corner.name) ? corner.setting : nil }
        }
        let shared =
            headerRoles[modelColumn] == .model
            ? benchmarkHeader(table.header[modelColumn].labelText).setting
            : cornerSetting ?? (corner == nil ? self.cornerSetting(table.header[modelColumn]) : nil) ?? Setting()
        let languages = Languages.prefixes(in: table.header.map(\.labelText))
        let columnMarks = Self.distinguishingMarks(table.header.map(\.scoreText))
        for column in scoredColumns {
            var header = benchmarkHeader(
                averagedParts[column]?.benchmark ?? languages[column]?.rest ?? table.header[column].labelText)
            if let language = languages[column]?.language { qualify(&header.setting, by: language) }
            if let part = averagedParts[column]?.part { addPart(part, to: &header.setting) }
            splitPairWord(&header, scoring: table.rows.map { $0[column] })
            let source = provenance(table.header[column], reading, row: nil, column: column)
            var setting = header.setting
            if let mark = columnMarks[column] { qualify(&setting, by: mark) }
            if setting.shots.isEmpty { setting.shots = wholeHeader?.setting.shots ?? shared.shots }
            if setting.metric.isEmpty { setting.metric = wholeHeader?.setting.metric ?? shared.metric }
            // `| 3-shot (EM / F1) | XQuAD |` over `14.19 / 23.35`: the corner names both scores.
            if Self.alternatives(in: shared.qualifier) != nil { Self.completing(&setting, from: shared) }
            // `Absolute Score` beside its parts is the benchmark's own score, as a bare `Score` is.
            if whole != nil, [.average, .value].contains(headerRoles[column]),
                Self.scoreWords.contains(setting.metric.lowercased())
            {
                setting.metric = ""
            }
            if let metric = metricColumns?.metrics[column] {
                setting.metric = metric
            } else if whole != nil, !Self.summaryNames.contains(header.name.lowercased()),
                ![.average, .value].contains(headerRoles[column])
            {
                qualify(&setting, by: header.name)
            }
            guard
                let id = labelBenchmark(
                    header, named: wholeHeader?.name ?? whole ?? header.name, setting: &setting,
                    mayBeLanguage: whole == nil, category: nil, reading: reading, source: source, axis: .column)
            else { continue }
            columnBenchmarks[column] = (id, setting)
            reading.note(id)
        }
        let names = table.rows.map { $0[modelColumn].text.trimmed }
        let repeatedUnderGroups = Self.labelsRepeatedUnderGroups(names) { index in
            table.rows[index].indices.allSatisfy { $0 == modelColumn || table.rows[index][$0].text.trimmed.isEmpty }
        }
        // The model of the last row that named one: a row with no name but a precision or a
        // budget of its own (`| | GPTQ-Int8 | 53.00 |`, `| | 100 | 9.24 |` under `Training Data
        // (h)`) is that model's, as a cell spanning both rows would say.
        var lastModel: ModelID?
        reading.remarkWords = remarkWords(of: table.rows.map { $0[modelColumn] })
        for (rowIndex, row) in table.rows.enumerated() {
            let name = names[rowIndex]
            let others = row.indices.filter { $0 != modelColumn }
            let continued =
                name.isEmpty && lastModel != nil
                && others.contains {
                    [.precision, .budget].contains(headerRoles[$0]) && !row[$0].text.trimmed.isEmpty
                }
            if name.isEmpty, !continued {
                // A sub-header row of shot counts: `| | 0-shot | 5-shot |`.
                for column in scoredColumns {
                    if let shots = BenchmarkHeader.shots(row[column].text.trimmed) {
                        columnBenchmarks[column]?.1.shots = shots
                    }
                }
                continue
            }
            if !continued, others.allSatisfy({ row[$0].text.trimmed.isEmpty }) {
                reading.group = name  // `Closed-Source Models`
                continue
            }
            if evidence.isNotAModel(name) { continue }  // a `random` baseline row
            // A footnote mark alone names no model.
            if !continued, row[modelColumn].nameText.isEmpty { continue }
            let totalColumn = headerRoles.firstIndex(of: .totalParameters)
            let rowSize =
                totalColumn.flatMap { ValueParsers.parameters(row[$0].text) } ?? sizeInParentheses(row[modelColumn])
            let source = provenance(row[modelColumn], reading, row: rowIndex, column: modelColumn)
            let (model, remark) =
                if let lastModel, continued {
                    (lastModel, nil as String?)
                } else if ModelName.isPrecision(name) {
                    (precisionSubject!, name as String?)
                } else {
                    resolveModel(row[modelColumn], reading: reading, rowSize: rowSize, source: source)
                }
            lastModel = model
            reading.note(model)
            applyGroup(reading.group, to: model, source: source)
            for column in others where headerRoles[column].isModelAttribute {
                reading.facts += isFact(headerRoles[column], Self.withUnit(row[column].text, units[column])) ? 1 : 0
                applyAttribute(
                    headerRoles[column], row[column], to: model,
                    source: provenance(row[column], reading, row: rowIndex, column: column),
                    unit: units[column])
            }
            // What qualifies this row's every score: a remark after the name (`(reported)`), its
            // precision, and the group when the name recurs under another one.
            let precisions = others.filter { headerRoles[$0] == .precision }.map { row[$0].nameText.trimmed }
            let budgets = others.filter { headerRoles[$0] == .budget }.map { column in
                Self.budget(row[column].text.trimmed, header: table.header[column].labelText)
            }
            let qualifiers: [String?] =
                precisions.map { $0.isEmpty || isNotReported($0) ? nil : $0 } + budgets
                + [repeatedUnderGroups.contains(name.lowercased()) ? reading.group : nil]
            let rowQualifiers = qualifiers.compactMap { $0 }
            for column in scoredColumns {
                guard let (benchmark, columnSetting) = columnBenchmarks[column] else { continue }
                var setting = columnSetting
                if let remark { qualify(&setting, byRemark: remark) }
                for qualifier in rowQualifiers { qualify(&setting, by: qualifier) }
                score(
                    row[column], model: model, benchmark: benchmark, setting: setting, reading: reading, row: rowIndex,
                    column: column)
            }
        }
    }

    /// A budget cell as its scores' setting: `pass@32` under `Compute (Pass)`, `Budget 512` under
    /// `Budget`; nil for an empty cell.
    static func budget(_ cell: String, header: String) -> String? {
        let count = cell.replacingAll(",", with: "")
        guard !count.isEmpty, count.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return cell.isEmpty ? nil : header + " " + cell
        }
        if header.lowercased().contains("pass") { return "pass@" + count }
        // `Training Data(h)` over `100`: `Training Data 100 h`.
        if let open = header.lastIndex(of: "("), header.hasSuffix(")") {
            let unit = header[header.index(after: open)..<header.index(before: header.endIndex)].trimmed
            let name = header[..<open].trimmed
            if !name.isEmpty, (1...3).contains(unit.count), unit.allSatisfy(\.isLetter) {
                return name + " " + count + " " + unit
            }
        }
        return header + " " + count
    }
}
