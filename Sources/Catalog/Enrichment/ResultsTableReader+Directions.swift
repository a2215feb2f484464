import Markdown

extension ResultsTableReader {
    /// Which way a header's arrow says is better, unless the arrow contradicts what its metric is
    /// known for: `对战胜率（无平局） ↓` (a win rate, the board sorted descending) and
    /// `Accuracy ↓` mark the table's order, not that less is better. The metric's own direction
    /// then holds (nil here: the catalog gives known metrics theirs), and a warning says so.
    mutating func direction(
        _ marked: Direction?, of header: BenchmarkHeader, metric: String, at location: SourceLocation
    ) -> Direction? {
        guard let marked else { return nil }
        let vocabulary = config.vocabulary
        let knownNames = [metric, header.name].lazy.compactMap { name in
            Self.knownDirection(of: name, vocabulary: vocabulary).map { ($0, name) }
        }
        guard let (known, name) = knownNames.first, known != marked else { return marked }
        let knownText = known == .higherIsBetter ? "higher" : "lower"
        let markedText = marked == .higherIsBetter ? "higher" : "lower"
        report(
            Diagnostic(
                .warning, at: location,
                "the header says \(markedText) is better, but \(name) is better \(knownText): its arrow is read "
                    + "as the order the table is sorted in"))
        return nil
    }

    /// The direction a metric's name is known for: lower for perplexity, error rates and the
    /// like (`lowerIsBetterMetrics`), higher for the other metrics and ratings the vocabulary names.
    static func knownDirection(of name: String, vocabulary: CatalogConfig.Vocabulary) -> Direction? {
        guard !name.isEmpty else { return nil }
        let key = NameKey(name)
        func names(_ list: [String]) -> Bool { list.contains { NameKey($0) == key } }
        if names(vocabulary.lowerIsBetterMetrics) || EnrichmentRun.isErrorRate(name) { return .lowerIsBetter }
        return names(vocabulary.metrics) || names(vocabulary.ratingMetrics) ? .higherIsBetter : nil
    }
}
