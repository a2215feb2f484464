import Markdown

/// Tables of one model run at several precisions (`BF16`, `INT4`), as rows or as columns.
extension ResultsTableReader {
    /// llama.cpp's `|  | F16 | Q8_0 | Q4_0 |` over `Size (GB)`, `BPW`, `PPL`: columns of the
    /// precisions one model was run at, over rows of its measurements that read as no model
    /// (read as models, they made models named `PPL` scored on benchmarks named `Q8_0`).
    func precisionColumnsRefusal(
        _ table: Table, _ columns: [Int], headerRoles: [TableRole], modelColumn: Int
    ) -> String? {
        guard !columns.isEmpty, headerRoles[modelColumn] != .model,
            columns.allSatisfy({ ModelName.isPrecision(table.header[$0].labelText.trimmed) })
        else { return nil }
        let labels = table.rows.map { $0[modelColumn].labelText.trimmed }.filter { !$0.isEmpty }
        guard evidence.modelLikeCount(labels, models: models, benchmarks: benchmarks) == 0 else { return nil }
        let quoted = { (texts: [String]) in texts.prefix(3).map { "'\($0)'" }.joined(separator: ", ") }
        let precisions = quoted(columns.map { table.header[$0].labelText.trimmed })
        return "its columns are precisions one model was run at (\(precisions)), "
            + "and its rows (\(quoted(labels))) are measurements of it, not models or benchmarks"
    }

    /// The model whose precisions rows labelled `BF16` or `INT4` are: the one named above the
    /// table or by the document's title. With rows of precisions and no such model, the table is
    /// refused (it would make models named `BF16`).
    mutating func precisionRowsSubject(_ reading: inout Reading, modelColumn: Int) -> ModelID? {
        let table = reading.table
        guard
            let first = table.rows.indices.first(where: {
                ModelName.isPrecision(table.rows[$0][modelColumn].text.trimmed)
            })
        else { return nil }
        return precisionSubject(&reading, of: table.rows[first][modelColumn], row: first, column: modelColumn)
    }

    /// The model a table's precisions (`cell`, the first, in rows or columns) are of: the one named
    /// above the table or by the document's title; with none, the table is refused.
    mutating func precisionSubject(_ reading: inout Reading, of cell: TableCell, row: Int?, column: Int) -> ModelID? {
        let source = provenance(cell, reading, row: row, column: column)
        if let subject = subjectModel(reading) ?? modelNamedByTitle(reading, source: source) { return subject }
        reading.refusal =
            "its \(row == nil ? "columns" : "rows") are precisions ('\(cell.text.trimmed)'), and no model is named "
            + "above it or in the document's title"
        return nil
    }
}
