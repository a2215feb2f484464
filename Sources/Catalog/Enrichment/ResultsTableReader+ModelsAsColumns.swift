import Foundation
import Markdown

/// Reading a results table whose columns are models (its rows benchmarks).
extension ResultsTableReader {
    /// `| Category | Benchmark (Metric) | # Shots | Model A | Model B |`: rows are benchmarks,
    /// except attribute rows (`Architecture`, `# Total Params`) and group rows (no scores).
    mutating func readModelsAsColumns(_ reading: inout Reading, headerRoles: [TableRole]) {
        let table = reading.table
        // `|  | OLMo 7B | Llama 2 7B |`, `| Category | Model A |`, `| Model | Model A |` over rows
        // of benchmarks: with no benchmark header, the labels are the first column. A `Metric`
        // column after a `Model` corner (OpenCompass: `| Model | version | metric | mode | A |`)
        // is the rows' metric, not their labels (after `Category`, it may be their labels).
        var labelColumn =
            headerRoles.indices.first { column in
                headerRoles[column] == .benchmarkLabel
                    && (headerRoles.first != .model || !isMetricHeader(table, column))
            }
            // (`| Score | GPT-4o | Claude |`: a value word in the corner says the cells are
            // scores, not that the first column is one model's.)
            ?? ([.empty, .category, .model, .value].contains(headerRoles.first)
                ? 0 : headerRoles.firstIndex(of: .other) ?? 0)
        // Before the labels, a category column, or one of languages (`| Language | Benchmark |`):
        // a language there qualifies the rows below it.
        var categoryColumn =
            headerRoles.firstIndex(of: .category)
            ?? headerRoles.indices.first { column in
                column < labelColumn
                    && (headerRoles[column] == .empty
                        || Self.languageHeaders.contains(table.header[column].text.trimmed.lowercased()))
            }
        // InternLM3's `| Benchmark | | A |`: `General` over blank cells in the first column, the
        // names in the unheaded second: the first column is the category.
        let next = labelColumn + 1
        if next < headerRoles.count, headerRoles[next] == .empty,
            table.rows.contains(where: { $0[labelColumn].text.trimmed.isEmpty }),
            table.rows.allSatisfy({ !$0[next].text.trimmed.isEmpty })
        {
            (categoryColumn, labelColumn) = (labelColumn, next)
        }
        let shotsColumn = headerRoles.firstIndex(of: .shots)
        let cornerSetting = labelColumn == 0 && categoryColumn == nil ? cornerSetting(table.header[0]) : nil
        // A transposed table of sizes (CogVLM2's `| Model name | cogvlm2-llama3-chat-19B |` over
        // `| Model size | 19B |`): its columns hold no score, but each states its model's size.
        // Each row's label and what it stands for, read once: the passes below ask.
        let labels = table.rows.map { $0[labelColumn].labelText }
        // As shown, with marks (`Fleurs<sup>†</sup>` is `Fleurs†`; a label's text drops them).
        let labelMarks = Self.distinguishingMarks(table.rows.map { $0[labelColumn].scoreText })
        let labelRoles = labels.map { role(of: $0) }
        let sizeRows = labelRoles.indices.filter { [.totalParameters, .activeParameters].contains(labelRoles[$0]) }
        // A column of language lists or links beside the models is no model.
        var modelColumns = headerRoles.indices.filter { column in
            column > labelColumn && headerRoles[column] == .other && !evidence.isNotAModel(table.header[column].text)
                && !isProperty(table.header[column].text) && !table.header[column].nameText.isEmpty
                && valueMetric(table.header[column]) == nil
                && (hasScore(table.rows.map { $0[column] })
                    || sizeRows.contains { ValueParsers.parameters(table.rows[$0][column].text.trimmed) != nil })
        }
        if let refusal = ModelEvidence.sizesRefusal(modelColumns.map { table.header[$0].labelText }) {
            reading.refusal = "its header row \(refusal)"
            return
        }
        if let refusal = evidence.refusal(modelColumns.map { table.header[$0].text.trimmed }, benchmarks: benchmarks) {
            reading.refusal = "its header row is not models: \(refusal)"
            return
        }
        // `| Task | Version | Metric | Value | Stderr |` (lm-evaluation-harness), `| Benchmark |
        // Score |`: one column of values, the scores of the model the table is about.
        var subject: ModelID?
        // `| testset | CER(%) |`: the column of one model's values is headed by their metric.
        var subjectMetric: String?
        if modelColumns.isEmpty,
            let valueColumn = headerRoles.indices.first(where: { column in
                column > labelColumn
                    && (headerRoles[column] == .value
                        || headerRoles[column] == .other && valueMetric(table.header[column]) != nil)
                    && hasScore(table.rows.map { $0[column] })
            })
        {
            let titleSource = provenance(table.header[valueColumn], reading, row: nil, column: valueColumn)
            guard
                let model = subjectModel(reading) ?? modelNamedByTitle(reading, source: titleSource)
                    ?? onlyModelScoredAbove()
            else {
                reading.refusal =
                    "its '\(table.header[valueColumn].text.trimmed)' column holds one model's scores, and no one "
                    + "known model is named above it, in a heading over it or by the tables above it "
                    + "(name the model there, or in the document's # heading)"
                return
            }
            (modelColumns, subject) = ([valueColumn], model)
            subjectMetric = valueMetric(table.header[valueColumn])
        }
        // `| Benchmark | STEM | Humanities | Average |`: an average across the columns makes them
        // parts of each benchmark (categories, subsets), unless one of them reads as a model; they
        // are then the scores of the one known model named above the table.
        var partsOf: ModelID?
        if let average = headerRoles.indices.first(where: { $0 > labelColumn && headerRoles[$0] == .average }),
            evidence.modelLikeCount(
                modelColumns.map { table.header[$0].text.trimmed }, models: models, benchmarks: benchmarks) == 0
        {
            let named = leadInModels(reading)
            guard named.count == 1, let model = named.first else {
                reading.refusal =
                    "its columns are not models: '\(table.header[average].text.trimmed)' averages them, "
                    + "so they are parts of each benchmark, and no one model is named above it"
                return
            }
            partsOf = model
        }
        let languagePrefixes = Languages.prefixes(in: labels)
        // `| Category | Model A |` over `Reasoning`, `Math`, `Code generation`: averages over the
        // benchmarks of each category, when no label is spelled like a benchmark's name.
        if headerRoles[labelColumn] == .category,
            !labels.contains(where: { $0.split(separator: " ").contains(where: HeadingBenchmark.looksLikeABenchmark) })
        {
            reading.refusal =
                "its rows are categories of benchmarks ("
                + labels.filter { !$0.isEmpty }.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
                + "), whose scores are averages over benchmarks it does not name"
            return
        }
        // Decided before any name is resolved: a table of neither scores nor facts adds no model.
        let hasScoreRow = table.rows.indices.contains { index in
            let role = labelRoles[index]
            let cells = modelColumns.map { table.rows[index][$0] }
            return !role.isModelAttribute && role != .average && !isProperty(labels[index], over: cells)
                && hasScore(cells)
        }
        let hasFactRow = table.rows.indices.contains { index in
            let role = labelRoles[index]
            return role.isModelAttribute && modelColumns.contains { isFact(role, table.rows[index][$0].text) }
        }
        if !hasScoreRow && !hasFactRow {
            // `| Metric | FastLLM | vLLM |`: scores under references or serving engines alone.
            let references = headerRoles.indices.filter { column in
                column > labelColumn && headerRoles[column] == .other && hasScore(table.rows.map { $0[column] })
                    && evidence.isNotAModel(table.header[column].text)
            }
            let quoted = references.prefix(3).map { "'\(table.header[$0].text.trimmed)'" }.joined(separator: ", ")
            // (`# Langs`: a count of something, no model nor reference.)
            let counts =
                !references.isEmpty && references.allSatisfy { ModelEvidence.isCountLabel(table.header[$0].text) }
            reading.refusal =
                references.isEmpty
                ? "none of its rows holds a score or a model's size, so it adds no models or benchmarks"
                : counts
                    ? "its columns of numbers (\(quoted)) count things, and none names a model"
                    : "its columns of scores (\(quoted)) are no models but references or serving engines "
                        + "(`notModels` in atlas.yml)"
            return
        }
        // `| Benchmark | BF16 | GPTQ-Int8 | AWQ |`: columns of precisions are one model's, run at
        // each; the precision qualifies its scores.
        let precisionColumns = Set(
            subject == nil && partsOf == nil
                ? modelColumns.filter { ModelName.isPrecision(table.header[$0].labelText.trimmed) } : [])
        let precisionModel = precisionColumns.min().flatMap { column in
            precisionSubject(&reading, of: table.header[column], row: nil, column: column)
        }
        if !precisionColumns.isEmpty, precisionModel == nil { return }
        var columnModels: [Int: ModelID] = [:]
        var columnRemarks: [Int: String] = [:]
        reading.remarkWords = remarkWords(of: modelColumns.map { table.header[$0] })
        for column in modelColumns {
            let source = provenance(table.header[column], reading, row: nil, column: column)
            let model: ModelID
            if let known = subject ?? partsOf {
                model = known
            } else if let precisionModel, precisionColumns.contains(column) {
                model = precisionModel
                columnRemarks[column] = table.header[column].labelText.trimmed
            } else {
                // `2B Params` read as `Gemma 2B`: the model was written so in the sources.
                let resolved = resolveModel(
                    table.header[column], reading: reading, rowSize: nil, source: source,
                    writtenAs: reading.writtenHeaders[column])
                model = resolved.id
                columnRemarks[column] = resolved.remark
            }
            columnModels[column] = model
            reading.note(model)
        }
        // Text columns between the labels and the models (`Language`, a second label column such
        // as `Metric`) qualify each row's setting: `MMLU` in `Spanish`.
        // A column of numbers (a `Random` baseline) is none: only words qualify.
        // So does a column of precisions (Hunyuan's `Quantization` over `B16<br>FP8<br>Int4AWQ`).
        let qualifierColumns = headerRoles.indices.filter { column in
            column > labelColumn && column < (modelColumns.first ?? headerRoles.count) && column != shotsColumn
                && column != categoryColumn
                && (headerRoles[column] == .precision
                    || [.other, .benchmarkLabel].contains(headerRoles[column])
                        && !evidence.isNotAModel(table.header[column].text)
                        && !isProperty(table.header[column].text))
                && !hasScore(table.rows.map { $0[column] })
        }
        // `| Task | Metric | Value |`: a column headed `Metric` names each row's metric.
        let metricColumns = Set(qualifierColumns.filter { isMetricHeader(table, $0) })
        // `| Length | Model A |` over rows of `4K`, `32K`: one benchmark, named by the heading.
        let scoredLabels = table.rows.indices.filter { index in
            !labels[index].isEmpty && hasScore(modelColumns.map { table.rows[index][$0] })
        }
        // `| Language | Model A |` over rows of `French`, `Arabic` under `### Multilingual MMLU`: the
        // languages of one benchmark, named by the heading.
        let languageRows =
            labelColumn == 0 && !headerRoles.contains(.benchmarkLabel)
            && Self.languageHeaders.contains(table.header[labelColumn].text.trimmed.lowercased())
        let scoredTexts = scoredLabels.map { labels[$0] }
        let sameBenchmark =
            languageRows ? benchmarkNamedByHeading(reading) : settingsOfOneBenchmark(reading, labels: scoredTexts)
        if sameBenchmark == nil, let refusal = Self.unnamedPartsRefusal(scoredTexts, axis: "rows") {
            reading.refusal = refusal
            return
        }
        let repeatedUnderGroups = Self.labelsRepeatedUnderGroups(labels) { index in
            !labelRoles[index].isModelAttribute
                && modelColumns.allSatisfy { table.rows[index][$0].text.trimmed.isEmpty }
        }
        var category: String?
        let languages = rowLanguages(table, categoryColumn: categoryColumn, labels: labels)
        // The last benchmark row: a row that leaves its label empty continues it (a merged cell).
        var continued: (label: String, role: TableRole, row: Int)?
        for (rowIndex, row) in table.rows.enumerated() {
            if let categoryColumn {
                let text = row[categoryColumn].text.trimmed
                if !text.isEmpty { category = isNotReported(text) ? nil : text }
            }
            var (label, labelRole, labelRow) = (labels[rowIndex], labelRoles[rowIndex], rowIndex)
            if label.isEmpty, let continued, hasScore(modelColumns.map { row[$0] }) {
                // `| **Average** | | 56.0 |`: an average in another column (the category's) is the
                // row's label, and it continues no benchmark.
                if let average = (0..<(modelColumns.first ?? 0)).first(where: {
                    role(of: row[$0].labelText) == .average
                }) {
                    (label, labelRole, labelRow) = (row[average].labelText, .average, rowIndex)
                } else {
                    (label, labelRole, labelRow) = continued
                }
            }
            if labelRole.isModelAttribute {
                for column in modelColumns {
                    guard let model = columnModels[column] else { continue }
                    reading.facts += isFact(labelRole, row[column].text) ? 1 : 0
                    applyAttribute(
                        labelRole, row[column], to: model,
                        source: provenance(row[column], reading, row: rowIndex, column: column))
                }
                continue
            }
            if label.isEmpty { continue }
            if modelColumns.allSatisfy({ row[$0].text.trimmed.isEmpty }) {
                reading.group = label  // `Reasoning Mode w/o Tool Use`, `**Agentic Tool Use**`
                continue
            }
            // A row of links, dates or context lengths, an average of the others, or no score
            // (`CoT Gain`, `In-house Benchmark`): no benchmark, and no row for a blank label below
            // it to continue.
            let noBenchmark =
                labelRole == .average || labelRole == .ignored
                || isProperty(label, over: modelColumns.map { row[$0] })
                    && !namesAMetric(row, qualifierColumns, metricColumns)
            if noBenchmark || !hasScore(modelColumns.map { row[$0] }) {
                if !noBenchmark { warnUnreadScores(label: label, cells: modelColumns.map { row[$0] }) }
                if !labels[rowIndex].isEmpty { continued = nil }
                continue
            }
            let prefixed = label == labels[rowIndex] ? languagePrefixes[rowIndex] : nil
            var header = benchmarkHeader(prefixed?.rest ?? label)
            if label == labels[rowIndex], let mark = labelMarks[rowIndex] { qualify(&header.setting, by: mark) }
            if let language = prefixed?.language { qualify(&header.setting, by: language) }
            splitPairWord(&header, scoring: modelColumns.map { row[$0] })
            if let cornerSetting { Self.completing(&header.setting, from: cornerSetting) }
            if let shotsColumn {
                let shots = row[shotsColumn].text.trimmed
                // A bare count in a shots column (`5`, Llama's cards) is that many shots.
                if !isNotReported(shots) {
                    header.setting.shots =
                        !shots.isEmpty && shots.allSatisfy { $0.isASCII && $0.isNumber } ? shots + "-shot" : shots
                }
            }
            var isUncertainty = false
            for column in qualifierColumns {
                let text = row[column].text.trimmed
                if metricColumns.contains(column) {
                    isUncertainty = isUncertainty || measure(&header.setting, by: text)
                } else {
                    qualify(&header.setting, by: text)
                }
            }
            // `acc_stderr,none`: the standard error of the row above, no score.
            if isUncertainty { continue }
            if let group = reading.group, repeatedUnderGroups.contains(label.lowercased()) {
                qualify(&header.setting, by: group)
            }
            // `BOLD sentiment score (avg ± std)` over `gender`, `race`: parts of the benchmark the
            // group row names, in the metric it names.
            let groupPart = reading.group.flatMap { Self.benchmarkOfParts($0, part: label) }
            if let groupPart {
                header = benchmarkHeader(groupPart.benchmark)
                if header.setting.metric.isEmpty { header.setting.metric = groupPart.metric }
                qualify(&header.setting, by: label)
            }
            let language = languages[labelRow]
            if let language { qualify(&header.setting, by: language) }
            if sameBenchmark != nil { qualify(&header.setting, by: header.name) }
            let labelSource = provenance(table.rows[labelRow][labelColumn], reading, row: labelRow, column: labelColumn)
            let parsed = header
            guard
                let benchmark = labelBenchmark(
                    parsed, named: sameBenchmark ?? header.name, setting: &header.setting,
                    mayBeLanguage: sameBenchmark == nil && groupPart == nil,
                    category: language == nil && groupPart == nil ? category ?? reading.group : nil, reading: reading,
                    source: labelSource, axis: .row)
            else { continue }
            reading.note(benchmark)
            continued = (label, labelRole, labelRow)
            for column in modelColumns {
                guard let model = columnModels[column] else { continue }
                var setting = header.setting
                if let subjectMetric, setting.metric.isEmpty { setting.metric = subjectMetric }
                if partsOf != nil { qualify(&setting, by: table.header[column].text.trimmed) }
                if let remark = columnRemarks[column] { qualify(&setting, byRemark: remark) }
                score(
                    row[column], model: model, benchmark: benchmark, setting: setting, reading: reading,
                    row: rowIndex, column: column)
            }
        }
    }

    /// The metric a column's header is and nothing else (`CER(%)`, `Accuracy`): it heads the
    /// values of one model, never a model.
    private mutating func valueMetric(_ header: TableCell) -> String? {
        // A unit or an arrow in parentheses says no more (`CER (%)`, `WER (↓)`).
        let (name, inside) = TableRoles.parts(of: header.labelText.trimmed)
        guard inside.allSatisfy({ "%↓↑ ".contains($0) }) else { return nil }
        let label = name.trimmed
        return isMetricLabel(label) ? Self.metric(ofLabel: label, in: config.vocabulary.metrics) : nil
    }
}
