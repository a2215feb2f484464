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
                "alpha-asr-1b cv-en Acc. 97.1", "alpha-asr-1b fleurs-en Acc. 98.7",
                "alpha-asr-1b fleurs-en WER 3.35",
                "beta-asr-2b cv-en Acc. 96.0", "beta-asr-2b fleurs-en Acc. 97.1",
                "beta-asr-2b fleurs-en WER 4.39",
            ])
        let fleurs = try #require(catalog.benchmarks.first { $0.name == "Fleurs-en" })
        #expect(fleurs.metrics["WER"]?.direction == .lowerIsBetter)
        #expect(fleurs.metrics["Acc."]?.direction == .higherIsBetter)
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
    /// A language is what a benchmark was run in, never a benchmark: rows of languages are the
    /// `<summary>`'s benchmark in each language, and without one they are left out with a note.
    @Test func languagesAreNeverBenchmarks() throws {
        let folded = """
            <details>
            <summary>Forced Alignment Benchmarks (AAS ms ↓)</summary>

            <table>
              <thead><tr><th></th><th>Alpha-Aligner</th><th>Beta-Aligner-0.6B</th></tr></thead>
              <tbody>
                <tr><td>Chinese</td><td>161.1</td><td>33.1</td></tr>
                <tr><td>English</td><td>107.5</td><td>37.5</td></tr>
              </tbody>
            </table>

            </details>
            """
        let document = HTMLTables.reading(try MarkdownParser.parse("# Alpha\n\n" + folded, path: "a.md"))
        let catalog = Enricher(config: CatalogConfig()).enrich([document]).catalog
        #expect(catalog.benchmarks.map(\.name) == ["Forced Alignment"])
        #expect(Set(catalog.scores.map(\.setting.qualifier)) == ["Chinese", "English"])
        #expect(catalog.benchmarks.first?.metrics.values.first?.direction == .lowerIsBetter)

        // A language beside a benchmark, under a heading that names none.
        let unnamed = try enrich(
            "# Alpha\n\n## Results\n\n| Model | English | MMLU |\n|---|---|---|\n| Alpha-7B | 61.2 | 70.3 |\n")
        #expect(unnamed.catalog.benchmarks.map(\.name) == ["MMLU"])
        #expect(unnamed.diagnostics.contains { $0.message.contains("left out column 'English': a language is not") })
        let rows = try enrich(
            "# Alpha\n\n| | Alpha-7B | Beta-7B |\n|---|---|---|\n| Chinese | 61.2 | 60.1 |\n| MMLU | 70.3 | 69.0 |\n")
        #expect(rows.catalog.benchmarks.map(\.name) == ["MMLU"])
        #expect(rows.diagnostics.contains { $0.message.contains("left out row 'Chinese': a language is not") })
    }

    /// IndexTTS's card: a bold caption with its number (`Table 1: Zero-shot TTS on CV3-Eval`) over
    /// an HTML table of language codes over measures (with an average of them, or without). The
    /// codes are the named benchmark's languages, each measure its metric; `Table 1` names nothing.
    @Test func languageCodesOverMeasuresAreTheCaptionsBenchmark() throws {
        let card = """
            ## Evaluation

            **Table 1: Zero-shot TTS on CV3-Eval** (Arabic uses an in-house test set).

            <table><thead>
            <tr><th rowspan="2">Model</th><th rowspan="2">Params</th><th colspan="2">zh</th><th colspan="2">en</th>
            <th colspan="2">Avg</th></tr>
            <tr><th>WER↓</th><th>SS↑</th><th>WER↓</th><th>SS↑</th><th>WER↓</th><th>SS↑</th></tr>
            </thead><tbody>
            <tr><td>Alpha-TTS</td><td>2B</td><td>3.88</td><td>74.99</td><td>5.13</td><td>71.57</td><td>4.50</td><td>73.28</td></tr>
            <tr><td>Beta-TTS</td><td>0.8B</td><td>3.41</td><td>72.99</td><td>3.62</td><td>70.13</td><td>3.52</td><td>71.56</td></tr>
            </tbody></table>

            **Table 2: Cross-lingual TTS on CV3-Eval**

            <table><thead>
            <tr><th rowspan="2">Model</th><th colspan="2">ja</th><th colspan="2">ko</th></tr>
            <tr><th>WER↓</th><th>SS↑</th><th>WER↓</th><th>SS↑</th></tr>
            </thead><tbody>
            <tr><td>Alpha-TTS</td><td>6.69</td><td>72.90</td><td>7.01</td><td>70.20</td></tr>
            </tbody></table>
            """
        let document = HTMLTables.reading(try MarkdownParser.parse(card, path: "tts.md"))
        let catalog = Enricher(config: CatalogConfig()).enrich([document]).catalog
        #expect(catalog.benchmarks.map(\.name) == ["CV3-Eval"])
        let alpha = catalog.scores(of: "Alpha-TTS", on: "CV3-Eval").map {
            "\($0.setting.metric) \($0.setting.qualifier) \($0.raw)"
        }
        #expect(alpha.contains("WER zh 3.88") && alpha.contains("SS en 71.57") && alpha.contains("WER ja 6.69"))
        let cv3 = try #require(catalog.benchmarks.first)
        #expect(cv3.metrics["WER"]?.direction == .lowerIsBetter && cv3.metrics["SS"]?.direction == .higherIsBetter)
        #expect(
            ResultsTableReader.titleLine("Table 1: Zero-shot TTS on CV3-Eval (Arabic uses it).")
                == "Zero-shot TTS on CV3-Eval")
    }
}
