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

    /// Qwen2-Audio's AIR-Bench row: nine models in one cell, `<br>` apart, over nine lines of
    /// four numbers, one per part the dataset's cell names (`**Chat Benchmark**<br>Speech | Sound
    /// |<br> Music | Mixed-Audio`, one label broken over lines, not a stack; `AIR-Bench <br>`,
    /// one line): a row per model, a score per part. The HTML table reads as the pipe table does.
    @Test func modelsStackedInOneCellOverTheirLinesOfNumbersAreARowEach() throws {
        let html = """
            <table><thead><tr><th>Task</th><th>Dataset</th><th>Model</th><th>Metrics</th><th>Results</th></tr></thead>
            <tbody><tr><td>SER</td><td><b>Meld</b></td><td>Qwen-Audio</td><td>ACC </td><td>0.557</td></tr>
            <tr><td>AIR-Bench <br></td><td><b>Chat Benchmark</b><br>Speech | Sound |<br> Music | Mixed-Audio</td>
            <td>SALMONN<br>BLSP<br>Qwen2-Audio</td><td>GPT-4 </td>
            <td>6.16 | 6.28 | 5.95 | 6.08<br>6.17 | - | 5.08 | 5.33<br><b>7.18 | 6.99 | 6.79 | 6.77</b></td></tr>
            </tbody></table>
            """
        let pipe = #"""
            | Task | Dataset | Model | Metrics | Results |
            |---|---|---|---|---|
            | SER | **Meld** | Qwen-Audio | ACC | 0.557 |
            | AIR-Bench <br> | **Chat Benchmark**<br>Speech \| Sound \|<br> Music \| Mixed-Audio | SALMONN<br>BLSP<br>Qwen2-Audio | GPT-4 | 6.16 \| 6.28 \| 5.95 \| 6.08<br>6.17 \| - \| 5.08 \| 5.33<br>**7.18 \| 6.99 \| 6.79 \| 6.77** |
            """#
        var read: [[String]] = []
        for markdown in [html, pipe] {
            let document = HTMLTables.reading(try MarkdownParser.parse(markdown, path: "card.md"))
            let enrichment = Enricher(config: ModelCardShapesTests.makers).enrich([document])
            #expect(enrichment.catalog.models.map(\.name).sorted() == ["BLSP", "Qwen-Audio", "Qwen2-Audio", "SALMONN"])
            #expect(!enrichment.diagnostics.contains { $0.message.hasPrefix("cannot read") })
            read.append(scores(enrichment.catalog).filter { $0.contains("chat-benchmark") })
        }
        #expect(read[0].count == 12 && read[0] == read[1])
        #expect(read[0].contains("qwen2-audio chat-benchmark (GPT-4, Speech) 7.18"))
        #expect(read[0].contains("blsp chat-benchmark (GPT-4, Sound) -"))
        #expect(read[0].contains("salmonn chat-benchmark (GPT-4, Mixed-Audio) 6.08"))
    }

    /// Qwen2.5-Omni's speech generation table: rows naming only a group (`Content Consistency`,
    /// a cell across the table) over `SEED`'s error rates, then `Speaker Similarity` over its
    /// similarities. The group tells the two apart (no disagreement); a group over a benchmark
    /// it alone holds (`Music`) only groups.
    @Test func aGroupOverABenchmarkWrittenUnderTwoGroupsQualifiesItsScores() throws {
        let document = HTMLTables.reading(
            try MarkdownParser.parse(
                """
                <table><thead><tr><th>Datasets</th><th>Model</th><th>Performance</th></tr></thead>
                <tbody><tr><td colspan="3">Content Consistency</td></tr>
                <tr><td rowspan="2">SEED<br>test-zh | test-en</td><td>Seed-TTS</td><td>1.11 | 2.24</td></tr>
                <tr><td>Qwen2.5-Omni-7B</td><td>1.42 | 2.32</td></tr>
                <tr><td colspan="3">Speaker Similarity</td></tr>
                <tr><td rowspan="2">SEED<br>test-zh | test-en</td><td>Seed-TTS</td><td>0.796 | 0.762</td></tr>
                <tr><td>Qwen2.5-Omni-7B</td><td>0.754 | 0.641</td></tr>
                <tr><td colspan="3">Music</td></tr>
                <tr><td>GiantSteps Tempo</td><td>Qwen2.5-Omni-7B</td><td>0.88</td></tr>
                </tbody></table>
                """, path: "card.md"))
        let enrichment = Enricher(config: ModelCardShapesTests.makers).enrich([document])
        #expect(!enrichment.diagnostics.contains { $0.message.contains("different values") })
        #expect(
            scores(enrichment.catalog).filter { $0.hasPrefix("seed-tts") } == [
                "seed-tts seed (test-en, Content Consistency) 2.24",
                "seed-tts seed (test-en, Speaker Similarity) 0.762",
                "seed-tts seed (test-zh, Content Consistency) 1.11",
                "seed-tts seed (test-zh, Speaker Similarity) 0.796",
            ])
        #expect(scores(enrichment.catalog).contains("qwen2.5-omni-7b giantsteps-tempo 0.88"))
        #expect(enrichment.catalog.models.map(\.name).sorted() == ["Qwen2.5-Omni-7B", "Seed-TTS"])
    }

    /// Without parts to give them, numbers `|` apart are no score: a stacked row of such lines
    /// adds no model of its names, and each line is a warning at its cell.
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
