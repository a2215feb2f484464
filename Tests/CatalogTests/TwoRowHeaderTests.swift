import Markdown
import Testing

@testable import Catalog

/// Pipe tables whose header is two rows (`TwoRowHeader`): names spanning columns in the header
/// row, and sizes, variants or settings in the first body row.
@Suite struct TwoRowHeaderTests {
    /// Gemma 3's report (Table 6), as transcribed into markdown.
    @Test func familiesOverSizesAndVariantsAreOneModelPerColumn() throws {
        let catalog = try enrich(
            """
            # Results

            |          | Gemini 1.5 |      | Gemma 3 |      |
            |----------|------------|------|---------|------|
            |          | Flash      | Pro  | 4B      | 27B  |
            | MMLU-Pro | 67.3       | 75.8 | 43.6    | 67.5 |
            | MATH     | 77.9       | 86.5 | 75.6    | 89.0 |
            """
        ).catalog
        #expect(
            catalog.models.map(\.name).sorted() == ["Gemini 1.5 Flash", "Gemini 1.5 Pro", "Gemma 3 27B", "Gemma 3 4B"])
        let math = try #require(catalog.scores.first { $0.model.rawValue == "gemma-3-27b" && $0.raw == "89.0" })
        #expect(math.benchmark.rawValue == "math")
        // Traced to its cell: line 7, the third written row (the second header row is row 0).
        #expect(math.source.line == 7 && math.source.row == 2)
        #expect(catalog.scores.count == 8)
    }

    /// Benchmarks over their shots: each column is its benchmark in its setting.
    @Test func benchmarksOverShotsAreSettings() throws {
        let catalog = try enrich(
            """
            | Model    | MMLU   |        | GSM8K  |        |
            |----------|--------|--------|--------|--------|
            |          | 0-shot | 5-shot | 4-shot | 8-shot |
            | Alpha-7B | 40.1   | 45.2   | 30.3   | 33.4   |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["GSM8K", "MMLU"])
        #expect(
            Set(catalog.scores.map { "\($0.benchmark.rawValue) \($0.setting.shots)" })
                == ["mmlu 0-shot", "mmlu 5-shot", "gsm8k 4-shot", "gsm8k 8-shot"])
    }

    /// A first row of scores, or a header that spans nothing, is read as written.
    @Test(arguments: [
        """
        |          | Gemma 3 |      |
        |----------|---------|------|
        |          | 43.6    | 67.5 |
        | MMLU-Pro | 43.6    | 67.5 |
        """,
        """
        |          | Gemma 3 4B | Gemma 3 27B |
        |----------|------------|-------------|
        |          | 4B         | 27B         |
        | MMLU-Pro | 43.6       | 67.5        |
        """,
    ])
    func otherFirstRowsStayAsWritten(_ table: String) throws {
        let parsed = try MarkdownParser.parse(table, path: "t.md")
        guard case .table(let written) = parsed.blocks.first?.kind else {
            Issue.record("no table")
            return
        }
        #expect(written.joiningSecondHeaderRow() == nil)
    }

    /// Nemotron's card: a first row of remarks on the header (`Details | (95% CI) | 2 LC (SE) |
    /// (GPT-4-Turbo)`) goes on with it, less what the cells' second numbers are; it made a model
    /// named `Details`. A row of a model whose cells are words stays a row.
    @Test func aRowOfRemarksGoesOnWithTheHeader() throws {
        let catalog = try enrich(
            """
            | Model | Arena Hard | AlpacaEval | MT-Bench |
            |:--|:--|:--|:--|
            |Details | (95% CI) | 2 LC (SE) | (GPT-4-Turbo) |
            | Llama-3.1-70B-Instruct | 55.7 (-2.9, 2.7) | 38.1 (0.90) | 8.22 |
            """
        ).catalog
        #expect(catalog.models.map(\.name) == ["Llama-3.1-70B-Instruct"])
        #expect(catalog.benchmarks.map(\.name).sorted() == ["AlpacaEval 2 LC", "Arena Hard", "MT-Bench"])
        let mtBench = try #require(catalog.scores.first { $0.benchmark.rawValue == "mt-bench" })
        #expect(mtBench.setting.qualifier == "GPT-4-Turbo" && mtBench.source.row == 1)
        let words = try enrich(
            """
            | Model | MMLU | GSM8K |
            |---|---|---|
            | Orchard | N/A | - |
            | Grove-7B | 60.1 | 40.2 |
            """
        ).catalog
        #expect(words.models.map(\.name).sorted() == ["Grove-7B", "Orchard"])
        // Kimi K2's facts under a blank header: no remarks on it.
        let facts = try enrich(
            """
            | | |
            |:---:|:---:|
            | **Architecture** | Mixture-of-Experts (MoE) |
            | **Total Parameters** | 1T |
            | **Attention Hidden Dimension** | 7168 |
            | **Selected Experts per Token** | 8 |
            """
        ).catalog
        #expect(facts.benchmarks.isEmpty)
    }
    /// OpenChat's card: a second header row of what each win rate was counted against
    /// (`v.s. ChatGPT`), under a blank corner, qualifies the scores (it was dropped unsaid).
    @Test func aRowOfBaselinesQualifiesTheWinRates() throws {
        let catalog = try enrich(
            """
            | Model | AlpacaEval (win rate %) | MT-bench (win rate adjusted %) |
            |---|---|---|
            | | v.s. text-davinci-003 | v.s. ChatGPT |
            | GPT-4 | 95.3 | 82.5 |
            | Orchard-7B | 80.1 | 60.2 |
            """
        ).catalog
        #expect(catalog.models.map(\.name).sorted() == ["GPT-4", "Orchard-7B"])
        let alpaca = catalog.scores(of: "GPT-4", on: "AlpacaEval")
        #expect(alpaca.map(\.setting.qualifier) == ["v.s. text-davinci-003"] && alpaca.map(\.value) == [95.3])
        #expect(catalog.scores(of: "Orchard-7B", on: "MT-bench").map(\.setting.qualifier) == ["v.s. ChatGPT"])
    }

    /// EAGLE's card: groups over the columns they span in the header, the real header the first
    /// body row (`| LLM | Model | Avg | SQA(I) |`), each model on two backbones, a blank under
    /// `LLM` repeating the one above. The model column is `Model`; the backbone qualifies the
    /// scores of a model it recurs with; a group's `Avg` is its average, no score.
    @Test func aHeaderOfGroupsOverAFirstRowOfNames() throws {
        let catalog = try enrich(
            """
            ## Models & Performance

            |            |             | Knowledge |      |      | Document |      |
            |------------|-------------|:---------:|:----:|:----:|:--------:|:----:|
            |     LLM    |     Model   | Avg | SQA(I) | MMMU(Val) | Avg | ChartQA |
            | Llama 3-8B | Alpha-VL-HD | 55.7 | 75.1 | 37.3 | 62.9 | 59.1 |
            |            | Beta-VL     | 55.6 | 72.8 | 41.7 | 63.9 | 69.5 |
            | Vicuna-13B | Alpha-VL-HD | 54.1 | 71.9 | 37.3 | 60.8 | 56.6 |
            |            | Beta-VL     | 53.7 | 73.5 | 36.2 | 62.9 | 62.2 |
            """
        ).catalog
        #expect(catalog.models.map(\.name).sorted() == ["Alpha-VL-HD", "Beta-VL"])
        #expect(catalog.benchmarks.map(\.name).sorted() == ["ChartQA", "MMMU", "SQA"])
        let beta = catalog.scores(of: "Beta-VL", on: "ChartQA").map { "\($0.setting.qualifier) \($0.raw)" }
        #expect(beta.sorted() == ["Llama 3-8B 69.5", "Vicuna-13B 62.2"])
        #expect(catalog.scores.count == 12)
    }

    /// A backbone column beside models that each appear once says what they are built on: no
    /// setting of their scores.
    @Test func aBackboneOfModelsNamedOnceQualifiesNothing() throws {
        let catalog = try enrich(
            """
            | Model | LLM | GQA |
            |---|---|---|
            | Alpha-VL-7B | Vicuna-7B | 64.9 |
            | Alpha-VL-13B | Vicuna-13B | 66.3 |
            """
        ).catalog
        #expect(catalog.models.map(\.name).sorted() == ["Alpha-VL-13B", "Alpha-VL-7B"])
        #expect(catalog.scores.map(\.setting.qualifier) == ["", ""])
    }
}
