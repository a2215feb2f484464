import Markdown
import Testing

@testable import Catalog

/// What tells a model's name from what a table writes beside its models.
@Suite struct ModelEvidenceTests {
    /// CodeGeeX2's DS-1000 table counts each column's problems in a row over the models' scores.
    @Test func aRowCountingABenchmarksProblemsIsNoModel() throws {
        let enrichment = try enrich(
            """
            ### DS1000

            | Model | Numpy | Pandas | Overall |
            |---|---|---|---|
            | \\# Samples | 220 | 291 | 1000 |
            | StarCoder-15B | 29.7 | 11.4 | 26.0 |
            | Codex-002 | 43.1 | 26.5 | 39.2 |
            """)
        let catalog = enrichment.catalog
        #expect(catalog.models.map(\.name).sorted() == ["Codex-002", "StarCoder-15B"])
        #expect(catalog.scores.count == 6)
        // The counts no longer make DS-1000 a benchmark of ratings.
        #expect(catalog.benchmarks.flatMap { $0.metrics.values.map(\.scale) } == [.percent])
        #expect(!enrichment.diagnostics.contains { $0.message.contains("outside") })
    }

    /// A column of numbers whose header names a property of the models is left out, and a note
    /// says so (Kimi-Audio's `Speed Control` is a benchmark: the note tells how to keep it).
    @Test func aColumnLeftOutAsAPropertyIsNamedInANote() throws {
        let enrichment = try enrich(
            """
            | Model | Speed Control | Empathy | Throughput (tokens/s) |
            |---|---|---|---|
            | GPT-4o | 4.21 | 3.87 | 85.0 |
            """)
        #expect(enrichment.catalog.benchmarks.map(\.name) == ["Empathy"])
        let notes = enrichment.diagnostics.filter { $0.severity == .note }
        #expect(
            notes.map(\.message) == [
                "left out columns 'Speed Control', 'Throughput (tokens/s)': their headers name a property of the "
                    + "models, not a benchmark; if one is a benchmark, take its word out of `propertyWords` in atlas.yml"
            ])
        #expect(notes.first?.location.column == 11)
    }

    /// Words in parentheses qualify a benchmark (LongCat's `GraphWalks-128k (precision)`,
    /// `RULER (128K tokens)`): its rows were dropped without a note, as if they named properties;
    /// a unit in parentheses (`Peak (GB)`) still makes a property.
    @Test(arguments: [
        ("GraphWalks-128k (precision)", false), ("RULER (128K tokens)", false), ("LoCoMo (long-term memory)", false),
        ("SciCode (sub-steps)", false), ("AlpacaEval (win rate %) (v.s. ChatGPT)", false),
        ("Precision", true), ("Context window (tokens)", true), ("Peak (GB)", true), ("Latency [ms]", true),
        ("Throughput (tokens/s)", true), ("Inference Speed(tokens/s)", true),
    ])
    func wordsInParenthesesQualifyABenchmark(_ label: String, _ isProperty: Bool) {
        #expect(ModelEvidence(config: CatalogConfig()).isProperty(label) == isProperty)
    }

    /// Orion's `Size(GB)`: a file's size in bytes, no parameter count (each cell was warned as
    /// an unreadable one); `Params (B)` still gives the models' sizes.
    @Test func aSizeInBytesIsNoParameterCount() throws {
        let enrichment = try enrich(
            """
            | Model | Params (B) | Size(GB) | C-Eval |
            |---|---|---|---|
            | Orchard-14B | 14 | 26.0 | 72.9 |
            | Orchard-14B-Int4 | 14 | 8.3 | 71.0 |
            """)
        #expect(enrichment.catalog.model(named: "Orchard-14B")?.shape.totalParameters?.value.billions == 14)
        #expect(enrichment.findings(containing: "parameter count").isEmpty)
        #expect(enrichment.catalog.benchmarks.map(\.name) == ["C-Eval"])
    }

    /// Abel's leaderboard: `Param.` (cut short with a dot) is a size column, so `Llama-2` over
    /// `70B` and over `13B` are two models, and a closed model's `unknown` size is not warned.
    @Test func aSizeHeaderCutShortWithADotGivesTheRowsSizes() throws {
        let enrichment = try enrich(
            """
            | Model | Param. | GSM8K |
            | --- | --- | --- |
            | Llama-2 | 70B | 56.8 |
            | Llama-2 | 13B | 28.7 |
            | GPT-4 | unknown | 92.0 |
            """)
        let catalog = enrichment.catalog
        #expect(catalog.models.map(\.name).sorted() == ["GPT-4", "Llama-2-13B", "Llama-2-70B"])
        #expect(catalog.scores(of: "Llama-2-13B", on: "GSM8K").map(\.value) == [28.7])
        #expect(enrichment.findings(containing: "parameter count").isEmpty)
        #expect(enrichment.findings(containing: "different values").isEmpty)
    }

    /// Distil-Whisper's `Params / M`: a size column with its unit after a slash (it was a
    /// benchmark named `params-m`), and a word error rate is a percentage, not a ratio.
    @Test func aSizeUnitAfterASlashGivesTheRowsSizes() throws {
        let catalog = try enrich(
            """
            | Model | Params / M | Short-Form WER ↓ |
            |-------|------------|------------------|
            | large-v3 | 1550 | 8.4 |
            | distil-large-v3 | 756 | 9.7 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["Short-Form"])
        #expect(catalog.model(named: "distil-large-v3")?.shape.totalParameters?.value.billions == 0.756)
        let wer = try #require(catalog.benchmarks.first?.metrics["WER"])
        #expect((wer.scale, wer.direction) == (.percent, .lowerIsBetter))
    }

    @Test(arguments: ["# Samples", "#Problems", " # tasks", "No. of tasks", "Number of samples", "num. of items"])
    func countsAreNoModels(_ label: String) {
        #expect(ModelEvidence.isCountLabel(label))
    }

    @Test(arguments: ["Nous-Hermes-2-Yi-34B", "NVLM-D-72B", "Number7-13B", "No-Robots-7B", "C#-Coder"])
    func modelsAreNoCounts(_ name: String) {
        #expect(!ModelEvidence.isCountLabel(name))
    }

    /// Qwen2-VL's card scores a `Previous SoTA` column, with a remark under it, beside its models:
    /// each of its cells is another model's, so it is no model.
    @Test(arguments: [
        "Previous SoTA<br><sup>(Open-source LVLM)</sup>", "Previous SoTA<br><sup>(Open-source LVLM)<sup>",
        "Previous SOTA (open)", "Best open-source (2024)", "Previous best", "Prior art", "Human Performance", "人类",
        "Other Best Open-source LVLM",
    ])
    func aReferenceWithARemarkIsNoModel(_ header: String) throws {
        let catalog = try enrich(
            """
            ### Image Benchmarks

            | Benchmark | \(header) | GPT-4o | Qwen2-VL-72B |
            | :--- | :---: | :---: | :---: |
            | MMMU | 58.3 | 69.1 | 64.5 |
            | DocVQA | 94.1 | 92.8 | 96.5 |
            """
        ).catalog
        #expect(catalog.models.map(\.name).sorted() == ["GPT-4o", "Qwen2-VL-72B"])
        #expect(catalog.scores.count == 4)
    }

    /// Qwen2's card gives its throughput in rows under the models (`QPS`, `TPS`): measurements of
    /// serving, not benchmarks.
    @Test func throughputRowsAreNoBenchmarks() throws {
        let enrichment = try enrich(
            """
            ### Efficient MoE Models

            |    | Qwen2-57B-A14B | Qwen1.5-32B |
            | :--- | :---: | :---: |
            | QPS | 9.40 | 5.18 |
            | TPS | 10345.17 | 5698.37 |
            """)
        #expect(enrichment.catalog.benchmarks.isEmpty)
        #expect(!enrichment.diagnostics.contains { $0.message.contains("outside") })
    }

    /// Qwen-VL's `Previous SOTA` row is one cell short: its label falls in the model-type column
    /// and its `-` in the model column. A blank's mark names no model (it had become model `-`).
    @Test func aBlanksMarkInTheModelColumnIsNoModel() throws {
        let catalog = try enrich(
            """
            ## VQA results

            | Model type | Model | NoCaps | Flickr30K |
            |---|---|---|---|
            | Generalist | Orchard-7B | 121.4 | 85.8 |
            | Previous SOTA | - | 127.0 (PALI-17B) | 84.5 (InstructBLIP) |
            | | — | 120.0 | 80.1 |
            """
        ).catalog
        #expect(catalog.models.map(\.name) == ["Orchard-7B"])
        #expect(catalog.scores.count == 2)
        #expect(["-", "—", " / ", "*"].allSatisfy(ModelEvidence(config: CatalogConfig()).isNotAModel))
    }

    @Test(arguments: ["Best-7B", "Prior-13B", "BestChat 7B", "Previous", "Other 7B", "OtherBest-7B"])
    func namesThatBeginLikeAReferenceAreModels(_ name: String) {
        #expect(!ModelEvidence(config: CatalogConfig()).isNotAModel(name))
    }

    /// fastllm's run log: `max_token` is how the run generated, not a benchmark, and the table's
    /// one column of scores (`result`) names no benchmark: a note says so.
    @Test func aGenerationSettingIsNoBenchmark() throws {
        let enrichment = try enrich(
            """
            | name | device | max_token | batch | time | result |
            |---: |---|---|---|---|---|
            | results/dsv3-0324-awq | cuda + cpu | 256 | 4 | 625m | 82.05 |
            """)
        #expect(enrichment.catalog.benchmarks.isEmpty)
        #expect(
            enrichment.diagnostics.map(\.message).contains(
                "table not read as results: its only column of scores is 'result', and nothing above it names their "
                    + "benchmark (a heading, or a link or bold name right above)"))
    }

    /// fastllm's comparison of two serving engines running one model: the engines are no models,
    /// and the note says why the table is left out.
    @Test func servingEnginesAreNoModels() throws {
        let enrichment = try enrich(
            """
            | Metric | FastLLM | vLLM | Delta |
            | --- | ---: | ---: | ---: |
            | Accuracy | 91.67% | 91.67% | same |
            | Items/s | 5.38 | 6.11 | vLLM +13.67% |
            """)
        #expect(enrichment.catalog.models.isEmpty)
        #expect(
            enrichment.diagnostics.map(\.message).contains(
                "table not read as results: its columns of scores ('FastLLM', 'vLLM') are no models but references "
                    + "or serving engines (`notModels` in atlas.yml)"))
    }
}
