import Markdown
import Testing

@testable import Catalog

/// Tables in long format (`ResultsTableReader+LongFormat`): a row per score, the benchmark in a
/// column of its own beside the model, as Kimi-Audio's card writes its results.
@Suite struct LongFormatTablesTests {
    func read(_ markdown: String) throws -> Enrichment { try enrich(markdown, config: ModelCardShapesTests.makers) }

    func scores(_ catalog: Catalog) -> [String] {
        catalog.scores.map { score in
            let qualifier = score.setting.qualifier.isEmpty ? "" : " (\(score.setting.qualifier))"
            return "\(score.model.rawValue) \(score.benchmark.rawValue)\(qualifier) \(score.raw)"
        }
        .sorted()
    }

    /// A benchmark's name written once over its models' rows, or on every row.
    @Test func eachRowIsAScoreOnTheBenchmarkBesideItsModel() throws {
        let enrichment = try read(
            """
            ## Evaluation

            | Datasets | Model | Performance |
            |---|---|---|
            | AISHELL-1 | Qwen2.5-Omni | 1.13 |
            | | Kimi-Audio | 0.60 |
            | VocalSound | Qwen2.5-Omni | 93.73 |
            | | Kimi-Audio | 94.85 |

            | Dataset | Model | Score |
            |---|---|---|
            | MELD | Qwen2.5-Omni | 49.83 |
            | MELD | Kimi-Audio | 59.13 |
            """)
        let catalog = enrichment.catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["AISHELL-1", "MELD", "VocalSound"])
        #expect(
            scores(catalog) == [
                "kimi-audio aishell-1 0.60", "kimi-audio meld 59.13", "kimi-audio vocalsound 94.85",
                "qwen2.5-omni aishell-1 1.13", "qwen2.5-omni meld 49.83", "qwen2.5-omni vocalsound 93.73",
            ])
        #expect(!enrichment.diagnostics.contains { $0.severity == .warning && !$0.message.contains("organization") })
        // Each score points at its own cell; the benchmark, at the row that names it.
        let kimi = try #require(catalog.scores.first { $0.model.rawValue == "kimi-audio" && $0.raw == "0.60" })
        #expect(kimi.source.line == 6 && kimi.source.row == 1 && kimi.source.tableColumn == 2)
    }

    /// In HTML, a dataset's cell spans its models' rows, its name in bold and its parts after it;
    /// each score cell gives one number per part. The score column's header gives the metric.
    @Test func partsAfterABoldNameAreSettingsOfEachNumberInTheCell() throws {
        let document = HTMLTables.reading(
            try MarkdownParser.parse(
                """
                <table>
                  <thead><tr><th>Datasets</th><th>Model</th><th>Performance (WER&darr;)</th></tr></thead>
                  <tbody>
                    <tr><td rowspan="2"><strong>LibriSpeech</strong><br>test-clean | test-other</td>
                        <td>Qwen2.5-Omni</td><td>2.37 | 4.21</td></tr>
                    <tr><td>Kimi-Audio</td><td><strong>1.28</strong> | <strong>2.42</strong></td></tr>
                    <tr><td rowspan="2"><strong>AISHELL-2</strong> ios</td><td>Qwen2.5-Omni</td><td>2.56</td></tr>
                    <tr><td>Kimi-Audio</td><td>2.56</td></tr>
                  </tbody>
                </table>
                """, path: "card.md"))
        let catalog = Enricher(config: ModelCardShapesTests.makers).enrich([document]).catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["AISHELL-2", "LibriSpeech"])
        #expect(
            scores(catalog) == [
                "kimi-audio aishell-2 (ios) 2.56", "kimi-audio librispeech (test-clean) 1.28",
                "kimi-audio librispeech (test-other) 2.42", "qwen2.5-omni aishell-2 (ios) 2.56",
                "qwen2.5-omni librispeech (test-clean) 2.37", "qwen2.5-omni librispeech (test-other) 4.21",
            ])
        let metrics = catalog.benchmarks.flatMap { $0.metrics.values }
        #expect(metrics.allSatisfy { $0.name == "WER" && $0.direction == .lowerIsBetter })
    }

    /// Qwen2-Audio's last row puts nine models in one cell and their numbers in the next: no
    /// model of the nine names, and a warning at the cell of numbers.
    @Test func aCellOfManyModelsNumbersAddsNoModel() throws {
        let enrichment = try read(
            """
            | Dataset | Model | Results |
            |---|---|---|
            | Meld | Qwen-Audio | 0.557 |
            | AIR-Bench | SALMONN<br>BLSP | 6.16 \\| 6.28<br>6.17 \\| 5.55 |
            """)
        #expect(enrichment.catalog.models.map(\.name) == ["Qwen-Audio"])
        #expect(enrichment.diagnostics.contains { $0.location.line == 4 && $0.message.hasPrefix("cannot read") })
    }

    /// A column of benchmarks beside more than one column of scores is no long format.
    @Test func aTableOfManyScoreColumnsIsReadAsBefore() throws {
        let catalog = try read(
            """
            | Task | Model | MMLU | GSM8K |
            |---|---|---|---|
            | General | Qwen2.5-7B | 74.2 | 85.4 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["GSM8K", "MMLU"])
    }
}
