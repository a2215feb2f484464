import Markdown

extension ResultsTableReader {
    /// Which way a label runs: a column's header or a row's label.
    enum LabelAxis {
        case column, row
        /// As a note names it (`left out column 'English'`).
        var word: String { self == .row ? "row" : "column" }
    }

    /// The benchmark a column's header or a row's label names, with what the table's caption and
    /// header say of it noted: a language (`English`, `zh`) is the caption's benchmark (or the one
    /// named above) in that language when `mayBeLanguage` (nil, with a note, when nothing names
    /// one); the caption's metric
    /// and arrow go where the header states none; a stated range is the metric's scale. A label
    /// that is only a metric (`map@10`) is the benchmark named above measured so.
    mutating func labelBenchmark(
        _ header: BenchmarkHeader, named name: String, setting: inout Setting, mayBeLanguage: Bool,
        category: String?, reading: Reading, source: Provenance, axis: LabelAxis
    ) -> BenchmarkID? {
        var name = name
        if mayBeLanguage, Languages.isLanguage(header.name) || Languages.isCommonCode(header.name) {
            guard let caption = reading.captionBenchmark ?? benchmarkNamedAbove(reading, oneWord: false) else {
                noteLanguageLabel(header.name, at: source.location, axis: axis.word)
                return nil
            }
            name = caption
            qualify(&setting, by: header.name)
        } else if axis == .row, let metric = metricLabel(header),
            let named = reading.captionBenchmark ?? benchmarkNamedAbove(reading, oneWord: false)
        {
            // uniem's `map@10`, `ndcg@10` rows under "the [T2Ranking](…) dataset": measures of
            // the benchmark named above, no benchmarks of their own. (Columns headed by metrics
            // have a reading of their own, `metricColumns`.)
            name = named
            setting.metric = metric
        }
        let id = benchmarks.resolve(name, category: category, source: source)
        let captionDirection = reading.captionDirection(for: &setting)
        let marked = direction(
            header.direction ?? captionDirection, of: header, metric: setting.metric, at: source.location)
        benchmarks.noteDirection(marked, of: setting.metric, for: id)
        benchmarks.noteScale(header.statedScale ?? reading.headingScale, of: setting.metric, for: id)
        return id
    }

    /// The metric a label is, and nothing else (`isMetricLabel`).
    private mutating func metricLabel(_ header: BenchmarkHeader) -> String? {
        guard header.setting.metric.isEmpty, header.setting.qualifier.isEmpty else { return nil }
        return metricOfLabel(header.name)
    }
}
