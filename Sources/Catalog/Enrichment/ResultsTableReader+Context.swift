import Markdown

/// What the text around a table says of it (the heading that tells what it measures, a heading
/// that names speed), and where a read cell was written.
extension ResultsTableReader {
    /// VILA's `### Inference speed ( Token/sec )` over `| | Precision | A100 | 4090 | Orin |`: a
    /// table under a heading that names speed or memory measures it on hardware or settings, none
    /// of them a benchmark Atlas knows; nil for any other table.
    func measuredPropertyRefusal(_ placed: DocumentOutline.PlacedTable) -> String? {
        guard let heading = placed.headingPath.last, Self.namesSpeed(heading),
            !(placed.table.header + placed.table.rows.compactMap(\.first)).contains(where: {
                knowsBenchmark($0.labelText.trimmed)
            })
        else { return nil }
        return "its heading ('\(heading)') names what it measures, a property of the models, not a benchmark"
    }

    /// Whether a heading says a table measures speed or memory (`Inference speed`, `Throughput
    /// (tokens/s)`, `GPU memory`, `推理速度`).
    static func namesSpeed(_ heading: String) -> Bool {
        let lower = heading.lowercased()
        let words = lower.split { !$0.isLetter }
        return words.contains { ["speed", "throughput", "latency"].contains($0) }
            || [
                "tok/s", "tokens/s", "token/s", "token/sec", "tokens/sec", "gpu memory", "memory usage", "推理速度", "速度",
                "延迟", "吞吐量", "显存",
            ].contains { lower.contains($0) }
    }

    /// The heading right above a table, or, when it says nothing of what is measured (`### 得分表格`,
    /// "score table", under `## SuperCLUE`), the one above it, unless that is the document's title.
    static func nearestTelling(_ headingPath: [String], title: String?) -> String? {
        guard let last = headingPath.last, headingPath.count >= 2,
            HeadingBenchmark.isGeneric(last) || HeadingBenchmark.isSentence(last),
            headingPath[headingPath.count - 2] != title
        else { return headingPath.last }
        return headingPath[headingPath.count - 2]
    }

    func provenance(_ cell: TableCell, _ reading: Reading, row: Int?, column: Int) -> Provenance {
        let (row, column) = (row.map { reading.rowOrigins?[$0] ?? $0 }, reading.columnOrigins?[column] ?? column)
        let written = reading.sideBySide?.written(row: row, column: column) ?? (row: row, column: column)
        return Provenance(cell.location, table: reading.id, row: written.row, column: written.column)
    }

    /// The warning on a cell that holds no score.
    static func unreadScore(_ raw: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .warning, at: location, "cannot read '\(raw)' as a score; write a number, or '-' when it was not reported")
    }
}
