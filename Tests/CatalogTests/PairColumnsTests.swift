import Markdown
import Testing

@testable import Catalog

/// Two models or two benchmarks in one column. Step 3.5 Flash's card compares against two models
/// in one column, `Kimi K2 Thinking / K2.5`, each cell `94.5 / 96.1`: two models, each with its
/// half. EvalPlus's tables give two benchmarks, `HumanEval (+)` over `60.4 (55.5)`.
@Suite struct PairColumnsTests {
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

    /// A header naming two benchmarks over cells of two scores, with a slash (`HumanEval/HumanEval+`,
    /// `GSM8K / MATH`) or as EvalPlus writes it (`HumanEval (+)` over `60.4 (55.5)`): two
    /// columns, one per benchmark, each score placed at the cell as written. Settings with a
    /// slash (`pass@1 / pass@10`) stay one benchmark's two settings.
    @Test func aColumnNamingTwoBenchmarksIsTwoColumns() throws {
        let enrichment = try enrich(
            """
            ## Results

            | Model | HumanEval/HumanEval+ | GSM8K / MATH | MBPP (+) | LiveCodeBench (pass@1 / pass@5) |
            |---|---|---|---|---|
            | Foo-7B | 64.2/52.6 | 70.1 / 30.2 | 64.2 (52.6) | 30.1 / 40.2 |
            | Bar-7B | 61.2/- | 65.3 / 25.0 | 68.4 (56.6) | 28.0 / 39.0 |
            """)
        let catalog = enrichment.catalog
        #expect(
            catalog.benchmarks.map(\.name).sorted() == [
                "GSM8K", "HumanEval", "HumanEval+", "LiveCodeBench", "MATH", "MBPP", "MBPP+",
            ])
        #expect(catalog.scores(of: "Foo-7B", on: "HumanEval+").map(\.value) == [52.6])
        #expect(catalog.scores(of: "Bar-7B", on: "HumanEval+").map(\.isReported) == [false])
        #expect(catalog.scores(of: "Bar-7B", on: "MATH").map(\.value) == [25])
        #expect(catalog.scores(of: "Bar-7B", on: "MBPP").map(\.value) == [68.4])
        #expect(catalog.scores(of: "Bar-7B", on: "MBPP+").map(\.raw) == ["56.6"])
        #expect(catalog.scores(of: "Foo-7B", on: "LiveCodeBench").map(\.setting.metric) == ["pass@1", "pass@5"])
        let plus = try #require(catalog.scores(of: "Foo-7B", on: "MBPP+").first)
        #expect(plus.source.tableColumn == 3 && plus.source.line == 5)
        #expect(enrichment.findings(containing: "holds two scores").isEmpty)
        #expect(enrichment.findings(containing: "second number in parentheses").isEmpty)
    }

    /// With benchmarks as rows, a row naming two benchmarks is two rows, each score placed at
    /// the cell as written.
    @Test func aRowNamingTwoBenchmarksIsTwoRows() throws {
        let enrichment = try enrich(
            """
            ## Results

            | Benchmark | Foo-7B | Bar-7B |
            |---|---|---|
            | MMLU | 60.1 | 55.0 |
            | HumanEval (+) | 60.4 (55.5) | 70.7 (66.5) |
            | GSM8K / MATH | 70.1 / 30.2 | 65.3 / 25.0 |
            """)
        let catalog = enrichment.catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["GSM8K", "HumanEval", "HumanEval+", "MATH", "MMLU"])
        #expect(catalog.scores(of: "Bar-7B", on: "HumanEval+").map(\.value) == [66.5])
        #expect(catalog.scores(of: "Foo-7B", on: "MATH").map(\.value) == [30.2])
        let plus = try #require(catalog.scores(of: "Bar-7B", on: "HumanEval+").first)
        #expect(plus.source.line == 6 && plus.source.row == 1 && plus.source.tableColumn == 2)
        #expect(enrichment.findings(containing: "second number in parentheses").isEmpty)
    }

    /// Qwen3-ASR's card: a row naming a benchmark's parts after it (`Librispeech<br>clean | other`)
    /// over a number for each (`1.63 | 3.38`) is a row per part, the part a qualifier; a blank
    /// (`-`) stands for every part, a `-` part is not reported. With a space for the break, the parts are as many words as
    /// the last. Sizes after a name (`Qwen2<br>7B | 72B`) are no parts of a benchmark.
    @Test func aRowNamingABenchmarksPartsIsARowPerPart() throws {
        let enrichment = try enrich(
            """
            ## ASR results (WER)

            | | Alpha-ASR-1B | Beta-ASR-2B |
            |---|---|---|
            | Librispeech<br>clean \\| other | 1.63 \\| 3.38 | - |
            | WenetSpeech-Yue short \\| long | 5.82 \\| 8.85 | 7.54 \\| - |
            | GigaSpeech | 8.45 | 8.88 |
            | Qwen2<br>7B \\| 72B | 1.0 \\| 2.0 | 3.0 \\| 4.0 |
            """)
        let catalog = enrichment.catalog
        let scores = catalog.scores.map {
            "\($0.model.rawValue) \($0.benchmark.rawValue) \($0.setting.qualifier) \($0.raw)"
        }
        #expect(
            scores.filter { !$0.contains("qwen2") }.sorted() == [
                "alpha-asr-1b gigaspeech  8.45", "alpha-asr-1b librispeech clean 1.63",
                "alpha-asr-1b librispeech other 3.38", "alpha-asr-1b wenetspeech-yue long 8.85",
                "alpha-asr-1b wenetspeech-yue short 5.82", "beta-asr-2b gigaspeech  8.88",
                "beta-asr-2b librispeech clean -", "beta-asr-2b librispeech other -",
                "beta-asr-2b wenetspeech-yue long -", "beta-asr-2b wenetspeech-yue short 7.54",
            ])
        #expect(!catalog.benchmarks.contains { $0.name.contains("7B") || $0.name.contains("72B") })
        let other = try #require(catalog.scores(of: "Alpha-ASR-1B", on: "Librispeech").first { $0.raw == "3.38" })
        #expect(
            [other.source.line, other.source.row, other.source.tableColumn] == [5, 0, 1], "\(other.source)")
    }

    /// Cells as cards write them: bold on the best, a footnote's mark, a half not reported.
    @Test func pairCellsKeepTheirMarks() throws {
        let catalog = try enrich(
            """
            ## Results

            | Model | **HumanEval (+)** | MBPP/MBPP+ |
            |---|---|---|
            | Foo-7B | **76.8** (**70.7**) | 75.7†/64.4 |
            | Bar-7B | 60.4* (55.5) | -/52.6 |
            """
        ).catalog
        #expect(catalog.scores(of: "Foo-7B", on: "HumanEval").map(\.value) == [76.8])
        #expect(catalog.scores(of: "Foo-7B", on: "HumanEval+").map(\.value) == [70.7])
        #expect(catalog.scores(of: "Bar-7B", on: "HumanEval").map(\.raw) == ["60.4*"])
        #expect(catalog.scores(of: "Foo-7B", on: "MBPP").map(\.raw) == ["75.7†"])
        #expect(catalog.scores(of: "Bar-7B", on: "MBPP").map(\.isReported) == [false])
        #expect(catalog.scores(of: "Bar-7B", on: "MBPP+").map(\.value) == [52.6])
    }

    @Test(arguments: [
        ("HumanEval (+)", "HumanEval", "HumanEval+"), ("MBPP (MBPP+)", "MBPP", "MBPP+"),
        ("HumanEval (HumanEval Plus)", "HumanEval", "HumanEval Plus"),
    ])
    func aPlusVariantInParentheses(_ label: String, _ first: String, _ second: String) throws {
        let pair = try #require(ResultsTableReader.plusVariant(label))
        #expect(pair.0 == first && pair.1 == second)
    }

    @Test(arguments: ["MMLU (5-shot)", "HumanEval (Python)", "(+)", "Video-MME (wo/w subs)"])
    func otherParenthesesNameNoPlusVariant(_ label: String) {
        #expect(ResultsTableReader.plusVariant(label) == nil)
    }
}
