import Markdown

/// Columns headed by metrics (`| Model | Accuracy | Accuracy (Chinese) |` under `### GSM8K`):
/// the benchmark is the one named above the table.
extension ResultsTableReader {
    /// Whether a header is a metric and nothing else (`Accuracy`, `EM`, `pass@1`).
    func isMetric(_ cell: TableCell) -> Bool {
        let label = cell.labelText.trimmed
        return BenchmarkHeader.metric(label, in: config.vocabulary.metrics) != nil && !benchmarks.knows(label)
    }

    /// The scored columns when each header is a metric (`Accuracy`, `EM`; with a qualifier,
    /// `Accuracy (Chinese)`) or the whole's score (`Overall Accuracy`, `Overall`), with the
    /// benchmark the heading over the table, or the document's title, names.
    func metricColumns(_ reading: Reading, _ columns: [Int]) -> (metrics: [Int: String], benchmark: String)? {
        guard !columns.isEmpty, columns.count <= 4 else { return nil }
        var metrics: [Int: String] = [:]
        for column in columns {
            let header = BenchmarkHeader(
                parsing: reading.table.header[column].labelText, metrics: config.vocabulary.metrics)
            if Self.summaryNames.contains(header.name.lowercased()) {
                metrics[column] = header.setting.metric
                continue
            }
            // `p@1, 0-Shot`: the comma parts the metric from the shots.
            guard header.setting.metric.isEmpty,
                let metric = BenchmarkHeader.metric(
                    header.name.trimming { $0 == " " || $0 == "," }, in: config.vocabulary.metrics)
            else { return nil }
            metrics[column] = metric
        }
        guard let benchmark = benchmarkNamedAbove(reading, oneWord: false) else { return nil }
        return (metrics, benchmark)
    }
}
