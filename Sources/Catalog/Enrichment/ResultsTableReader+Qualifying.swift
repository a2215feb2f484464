import Markdown

/// Adding what a cell, a remark or a metric column says to a score's setting.
extension ResultsTableReader {
    /// Adds a qualifier column's cell to a row's setting: a metric when none is set and the cell
    /// names one (`em`, `pass@1`), else a qualifier (`Spanish`).
    mutating func qualify(_ setting: inout Setting, by text: String) {
        // `none`: lm-evaluation-harness's filter column when nothing was filtered.
        guard !text.isEmpty, !isNotReported(text), !(text.utf8.count == 4 && text.lowercased() == "none") else {
            return
        }
        let metric = BenchmarkHeader.metric(text, in: config.vocabulary.metrics)
        if let metric, setting.metric.isEmpty {
            setting.metric = metric
        } else if let metric, NameKey(metric) == NameKey(setting.metric) {
            return  // `DROP (F1)` with `f1` in the metric column
        } else {
            setting.qualifier = setting.qualifier.isEmpty ? text : setting.qualifier + ", " + text
        }
    }

    /// A remark after a model's name: shots (`GPT4 (0-shot)`) are the scores' shots, anything
    /// else qualifies them.
    mutating func qualify(_ setting: inout Setting, byRemark remark: String) {
        if let shots = BenchmarkHeader.shots(remark), setting.shots.isEmpty || setting.shots == shots {
            setting.shots = shots
        } else {
            qualify(&setting, by: remark)
        }
    }

    /// A column headed `Metric`: each row's metric.
    func isMetricHeader(_ table: Table, _ column: Int) -> Bool {
        ["metric", "metrics"].contains(table.header[column].labelText.trimmed.lowercased())
    }
}
