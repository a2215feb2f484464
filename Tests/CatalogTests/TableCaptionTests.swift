import Markdown
import Testing

@testable import Catalog

/// A metric and arrow stated above a table, in the heading or the `<summary>` of the `<details>` it
/// is folded in, hold for every score whose header states none.
@Suite struct TableCaptionTests {
    static let asrCard = """
        # Alpha-ASR

        ## ASR Benchmarks (WER ↓)

        | | Alpha-ASR-1B | Beta-ASR-2B |
        |---|---|---|
        | Fleurs-en | 3.35 | 4.39 |
        | CV-en (Accuracy) | 97.1 | 96.0 |

        ## Language identification

        <details>
        <summary>Language Identification <b>Accuracy</b> (%) ↑</summary>

        <table>
          <thead><tr><th></th><th>Alpha-ASR-1B</th><th>Beta-ASR-2B</th></tr></thead>
          <tbody><tr><td>Fleurs-en</td><td>98.7</td><td>97.1</td></tr></tbody>
        </table>

        </details>
        """

    @Test func theHeadingsAndTheSummarysMetricAndArrowHoldForTheTable() throws {
        // HTML tables are read as the content loader reads them.
        let document = HTMLTables.reading(try MarkdownParser.parse(Self.asrCard, path: "asr.md"))
        let enrichment = Enricher(config: CatalogConfig()).enrich([document])
        let catalog = enrichment.catalog
        let scores = catalog.scores.map {
            "\($0.model.rawValue) \($0.benchmark.rawValue) \($0.setting.metric) \($0.raw)"
        }
        #expect(
            scores.sorted() == [
                "alpha-asr-1b cv-en Accuracy 97.1", "alpha-asr-1b fleurs-en Accuracy 98.7",
                "alpha-asr-1b fleurs-en WER 3.35",
                "beta-asr-2b cv-en Accuracy 96.0", "beta-asr-2b fleurs-en Accuracy 97.1",
                "beta-asr-2b fleurs-en WER 4.39",
            ])
        let fleurs = try #require(catalog.benchmarks.first { $0.name == "Fleurs-en" })
        #expect(fleurs.metrics["WER"]?.direction == .lowerIsBetter)
        #expect(fleurs.metrics["Accuracy"]?.direction == .higherIsBetter)
        // WER and accuracy on one test set are two measures, not two values of one.
        #expect(!enrichment.diagnostics.contains { $0.message.contains("different values") })
        // The heading's arrow is WER's: the row that names accuracy is not made lower-is-better.
        #expect(!enrichment.diagnostics.contains { $0.message.contains("the header says") })
    }

    @Test func aSummaryIsReadWithoutItsTags() {
        #expect(
            DocumentOutline.summaryText("<details>\n<summary>ASR <b>Benchmarks</b>\n(WER ↓)</summary>")
                == "ASR Benchmarks (WER ↓)")
        #expect(DocumentOutline.summaryText("<details><p>no summary</p>") == nil)
    }
}
