import Markdown
import Testing

@testable import Catalog

/// Columns of one benchmark's parts beside their average, among other benchmarks' columns.
@Suite struct AveragedPartsTests {
    /// Llama-3-SynE's card: `SciEval PHY | SciEval CHE | SciEval BIO | SciEval Avg.` are SciEval,
    /// each part a setting and the average its headline, where they were three benchmarks and
    /// the average was left out. ARC's `Easy | Challenge` are benchmarks of their own: untouched.
    @Test func partsBesideTheirAverageAreOneBenchmark() throws {
        let catalog = try enrich(
            """
            | Models | SciEval PHY | SciEval CHE (5-shot) | SciEval BIO | SciEval Avg. | SciQ | ARC Easy | ARC Challenge | ARC Avg. |
            | :--- | :--- | :--- | :--- | :--- | :--- | :--- | :--- | :--- |
            | Llama-3-8B | 46.95 | 63.45 | 74.53 | 65.47 | 90.90 | 80.1 | 50.2 | 65.1 |
            | DCLM-7B | 56.71 | 64.39 | 72.03 | 66.25 | 92.50 | 81.0 | 52.3 | 66.6 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["ARC Challenge", "ARC Easy", "SciEval", "SciQ"])
        let scieval = catalog.scores.filter { $0.benchmark.rawValue == "scieval" && $0.model.rawValue == "llama-3-8b" }
        #expect(
            Set(scieval.map { "\($0.setting.qualifier)|\($0.setting.shots) \($0.raw)" }) == [
                "PHY| 46.95", "CHE|5-shot 63.45", "BIO| 74.53", "| 65.47",
            ])
        #expect(catalog.scores.count == 14)
    }

    @Test(arguments: [("SciEval Avg.", "SciEval"), ("GaoKao Average", "GaoKao"), ("Avg.", nil), ("SciEval", nil)])
    func anAveragesNameIsTheWordsBeforeIt(label: String, name: String?) {
        #expect(ResultsTableReader.averagedName(label, averageWords: CatalogConfig.Vocabulary().averageHeaders) == name)
    }
}
