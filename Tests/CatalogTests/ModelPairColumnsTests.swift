import Markdown
import Testing

@testable import Catalog

/// Step 3.5 Flash's card compares against two models in one column, `Kimi K2 Thinking / K2.5`,
/// each cell `94.5 / 96.1`: two models, each with its half.
@Suite struct ModelPairColumnsTests {
    @Test func aColumnNamingTwoModelsIsTwoColumns() throws {
        let enrichment = try enrich(
            """
            ## Results

            | Benchmark | GLM-4.7 | Kimi K2 / K2.5 |
            |---|---|---|
            | # Total Params | 355B | 1T |
            | AIME 2025 | 95.7 | 94.5 / **96.1** |
            | SWE-bench Verified | 73.8 | 71.3* / — |
            | HMMT 2025 | 97.1 | 89.4 / 95.4 |
            """)
        let catalog = enrichment.catalog
        #expect(catalog.models.map(\.name).sorted() == ["GLM-4.7", "Kimi K2", "Kimi K2.5"])
        #expect(catalog.scores(of: "Kimi K2", on: "AIME 2025").map(\.value) == [94.5])
        #expect(catalog.scores(of: "Kimi K2.5", on: "AIME 2025").map(\.value) == [96.1])
        #expect(catalog.scores(of: "Kimi K2", on: "SWE-bench Verified").map(\.value) == [71.3])
        #expect(catalog.scores(of: "Kimi K2.5", on: "SWE-bench Verified").map(\.isReported) == [false])
        // A size given once stands for both; each score's place is the cell as written.
        #expect(catalog.model(named: "Kimi K2.5")?.shape.totalParameters?.value.billions == 1000)
        let half = try #require(catalog.scores(of: "Kimi K2.5", on: "HMMT 2025").first)
        #expect(half.source.tableColumn == 2 && half.source.line == 8)
        #expect(enrichment.findings(containing: "holds two scores").isEmpty)
    }

    /// A column with a single score among its pairs is not split: whose would it be?
    @Test func aSingleScoreKeepsTheColumnWhole() throws {
        let enrichment = try enrich(
            """
            ## Results

            | Benchmark | GLM-4.7 | Kimi K2 / K2.5 |
            |---|---|---|
            | AIME 2025 | 95.7 | 94.5 / 96.1 |
            | HMMT 2025 | 97.1 | 89.4 / 95.4 |
            | GPQA | 80.1 | 84.0 |
            """)
        #expect(enrichment.catalog.model(named: "Kimi K2.5") == nil)
    }

    @Test(arguments: [
        ("Kimi K2 Thinking / K2.5", "Kimi K2 Thinking", "Kimi K2.5"),
        ("Claude Opus 4.5 / 4.6", "Claude Opus 4.5", "Claude Opus 4.6"),
        ("GPT-5 / GPT-5.1", "GPT-5", "GPT-5.1"),
        ("DeepSeek V3 / R1", "DeepSeek V3", "DeepSeek R1"),
        ("Qwen3-235B / Llama 4 Maverick", "Qwen3-235B", "Llama 4 Maverick"),
    ])
    func theSecondNameIsCompletedFromTheFirst(_ label: String, _ first: String, _ second: String) throws {
        let pair = try #require(ResultsTableReader.modelPair(label))
        #expect(pair.0 == first && pair.1 == second)
    }

    @Test(arguments: ["Video-MME (wo / w subs)", "MMLU/CMMLU", "EM / F1 / Acc", " / 7B"])
    func otherSlashesNameNoPair(_ label: String) {
        #expect(ResultsTableReader.modelPair(label) == nil)
    }
}
