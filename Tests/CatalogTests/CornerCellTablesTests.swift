import Testing

@testable import Catalog

/// What the corner cell of a table with models as columns says: a value word (`Score`) that the
/// cells are scores, a metric (`WER`, `Accuracy`) or shot count the setting of every row, and
/// neither which way the table is read (sweep 22: Moonshine's, and probes of its shape).
@Suite struct CornerCellTablesTests {
    /// `| Score | GPT-4o | Claude 3.5 Sonnet |`: both columns are models (the first was taken as
    /// the labels, its numbers as benchmarks named `88.7`).
    @Test func aValueWordInTheCornerLeavesEveryColumnAModel() throws {
        let catalog = try enrich(
            """
            ## Results

            | Score | GPT-4o | Claude 3.5 Sonnet |
            | --- | --- | --- |
            | MMLU | 88.7 | 88.3 |
            | GSM8K | 90.5 | 96.4 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["GSM8K", "MMLU"])
        #expect(catalog.scores(of: "GPT-4o", on: "MMLU").map(\.value) == [88.7])
        #expect(catalog.scores(of: "Claude 3.5 Sonnet", on: "GSM8K").map(\.value) == [96.4])
    }

    /// `| Accuracy | A | B |`, `| 3-shot (EM) | A | B |`: the corner's metric and shots are every
    /// row's that says none of its own.
    @Test func aMetricOrShotsInTheCornerIsEveryRowsSetting() throws {
        let catalog = try enrich(
            """
            ## Results

            | Accuracy | Llama-2-7B | Qwen-7B |
            | --- | --- | --- |
            | MMLU | 45.3 | 58.2 |
            | GSM8K (EM) | 14.6 | 51.6 |

            ## Reading

            | 3-shot (EM) | Llama-2-7B | Qwen-7B |
            | --- | --- | --- |
            | XQuAD | 14.2 | 23.4 |
            | TyDiQA | 11.0 | 20.5 |
            """
        ).catalog
        #expect(catalog.scores(of: "Qwen-7B", on: "MMLU").map(\.setting) == [Setting(metric: "Acc.")])
        #expect(catalog.scores(of: "Qwen-7B", on: "GSM8K").map(\.setting) == [Setting(metric: "EM")])
        #expect(
            catalog.scores(of: "Llama-2-7B", on: "XQuAD").map(\.setting) == [Setting(metric: "EM", shots: "3-shot")])
    }

    /// `| WER | Moonshine | Whisper |` over `Average`, `AMI`, `MMLU`: no side reads as models
    /// Atlas knows, and the rows name benchmarks (and their average), so the columns are the
    /// models; the corner's error rate makes each benchmark lower-is-better.
    @Test func rowsNamingBenchmarksMakeUnknownColumnsTheModels() throws {
        let catalog = try enrich(
            """
            ## Results

            | WER | Moonshine | Whisper |
            | --- | --- | --- |
            | Average | 12.66 | 12.81 |
            | AMI | 22.77 | 24.24 |
            | MMLU | 4.52 | 5.66 |
            """
        ).catalog
        #expect(catalog.models.map(\.name).sorted() == ["Moonshine", "Whisper"])
        #expect(catalog.benchmarks.map(\.name).sorted() == ["AMI", "MMLU"])
        let ami = try #require(catalog.benchmark(named: "AMI"))
        #expect(ami.metrics["WER"]?.direction == .lowerIsBetter)
        #expect(catalog.scores(of: "Whisper", on: "AMI").map(\.value) == [24.24])
    }

    /// The same rows under `| Model | … |` headers read as before: rows of models.
    @Test func headersNamingBenchmarksKeepRowsTheModels() throws {
        let catalog = try enrich(
            """
            ## Results

            | Name | AMI | MMLU | Average |
            | --- | --- | --- | --- |
            | Moonshine | 22.77 | 4.52 | 12.66 |
            | Whisper | 24.24 | 5.66 | 12.81 |
            """
        ).catalog
        #expect(catalog.models.map(\.name).sorted() == ["Moonshine", "Whisper"])
        #expect(catalog.benchmarks.map(\.name).sorted() == ["AMI", "MMLU"])
    }

    /// Sailor's `| 3-shot (EM / F1) | XQuAD (th) |` over `14.19 / 23.35`: the corner over the
    /// names says what the two numbers of each cell are (the table was left out: 72 scores).
    @Test func aCornerNamingBothScoresOfEachCellReadsThem() throws {
        let catalog = try enrich(
            """
            ## Question answering

            | 3-shot (EM / F1) | XQuAD (th) | TyDiQA (id) |
            |---|---|---|
            | Qwen1.5-7B | 14.19 / 23.35 | 20.71 / 32.64 |
            | Llama-2-7B | 30.64 / 43.80 | 56.64 / 72.14 |
            """
        ).catalog
        let xquad = catalog.scores(of: "Qwen1.5-7B", on: "XQuAD").sorted { $0.setting < $1.setting }
        #expect(xquad.map(\.value) == [14.19, 23.35])
        #expect(
            xquad.map(\.setting) == [
                Setting(metric: "EM", shots: "3-shot", qualifier: "th"),
                Setting(metric: "F1", shots: "3-shot", qualifier: "th"),
            ])
    }

    /// `| Model | Valid | Test |` over `58.2 / 60.1`, what each is said only in the prose: left
    /// out with a note that says so (it said no cell holds a score), and no model is made from it.
    @Test func pairsNoHeaderExplainsAreNotedAndAddNoModel() throws {
        let enrichment = try enrich(
            """
            ## C-Eval

            Results are shown as zero-shot / 5-shot.

            | Model | Valid | Test |
            | --- | --- | --- |
            | Qwen-7B | 58.2 / 60.1 | 59.1 / 61.0 |
            """)
        #expect(enrichment.catalog.models.isEmpty)
        let note = try #require(enrichment.findings(containing: "table not read as results").first)
        #expect(note.message.contains("two numbers each ('58.2 / 60.1')"), "\(note.message)")
    }
}
