import Testing

@testable import Catalog

/// Tables of technical reports and comparisons that hold numbers about something other than a
/// model's results: tokenizers, training on more GPUs, prices. None makes a model or a benchmark.
@Suite struct NotResultsTablesTests {
    @Test(arguments: [
        // Baichuan 2's report: tokenizers compared.
        """
        | Tokenizer | Vocab Size | Compression Rate ↓ |
        | --- | --- | --- |
        | LLaMA 2 | 32,000 | 1.037 |
        | Baichuan 2 | 125,696 | 0.498 |
        """,
        // Baichuan-7B's README: tokenizers compared, the models across under a `Model` corner.
        """
        | Model         | BaiChuan-7B | LLaMA | Falcon | MPT-7B | ChatGLM | moss-moon-003 |
        |---------------|-------------|-------|--------|--------|---------|---------------|
        | Compress Rate | 0.737       | 1.312 | 1.049  | 1.206  | 0.631   | 0.659         |
        | Vocab Size    | 64000       | 32000 | 65024  | 50254  | 130344  | 106029        |
        """,
        // InternLM's README: throughput as GPUs are added.
        """
        | Number of GPUs | 8    | 16   | 1024 |
        | -------------- | ---- | ---- | ---- |
        | TGS            | 4078 | 3939 | 3625 |
        | TFLOPS         | 192  | 192  | 182  |
        """,
        // A blog's price comparison: a saving is no score.
        """
        | Model | Total Cost (50/50 I/O) | Savings vs GPT-4o |
        |---|---|---|
        | DeepSeek-V3.2 | $685 | 89% |
        | Qwen3-Flash | $60 | 99% |
        """,
        // AlpacaEval's judges: how each agrees with people, no results.
        """
        |                               |   Human agreement |   Price [$/1000 examples] |   Spearman corr. |   Bias |
        |:------------------------------|------------------:|--------------------------:|-----------------:|-------:|
        | alpaca_eval_gpt4              |              69.2 |                      13.6 |             0.97 |   28.4 |
        | gpt4                          |              66.9 |                      12.5 |             0.88 |   31.5 |
        """,
        // MMLU-Pro's page: the benchmarks compared, not models.
        """
        | Feature | MMLU | MMLU-Pro | Improvement |
        | --- | --- | --- | --- |
        | Answer Choices | 4 options | 10 options | 150% increase |
        | Total Questions | 15,908 | 12,000+ | Quality over quantity |
        """,
        // LongBench's and InfiniteBench's task counts.
        """
        | Task Type | \\#English Task | \\#Chinese Task | \\#Code Task |
        | :-------: | :--------------------: | :--------------------: | :------------------: |
        | Multi-document QA | 3 | 1 | - |
        | Summarization | 2 | 1 | - |
        """,
        """
        | Task Name            | Context       | # Examples | Avg Input Tokens |
        | -------------------- | ------------- | ---------- | ---------------- |
        | En.Sum               | Fake Book     | 103        | 171.5k           |
        | Retrieve.PassKey     | Synthetic     | 590        | 122.4k           |
        """,
        // TeleChat2's README: its sizes' architectures and a throughput comparison, each row
        // named by a size alone (the family is named only in the prose above).
        """
        |      | layer_num | hidden_size | head_num | GQA  |
        | ---- | --------- | ----------- | -------- | ---- |
        | 3B   | 24        | 3072        | 24       | 否   |
        | 7B   | 30        | 4096        | 32       | 否   |
        """,
        """
        | NAME | performance(samples/p/s) | Epochs | AMP_Type |
        |:-----| :----- | :----- | :----- |
        | 115B | 0.0192 | 1 | O1 |
        | 115B | 0.0174 | 1 | O2 |
        """,
        // The same with the sizes as columns: whose sizes, only the prose says.
        """
        | | 7B | 13B | 70B |
        | --- | --- | --- | --- |
        | MMLU | 45.3 | 54.8 | 68.9 |
        | GSM8K | 14.6 | 28.7 | 56.8 |
        """,
    ])
    func aTableOfOtherThingsIsNoResults(_ table: String) throws {
        let enrichment = try enrich("# Report\n\n## Numbers\n\n" + table + "\n")
        #expect(enrichment.catalog.benchmarks.isEmpty)
        #expect(enrichment.catalog.scores.isEmpty)
        #expect(enrichment.catalog.models.isEmpty)
    }

    /// A maker's own test named only as such (`In-house Benchmark`, `Internal eval`) is no
    /// benchmark: every maker's would share the name. MiniMax-VL-01's card.
    @Test(arguments: ["In-house Benchmark", "Internal eval", "Our internal benchmark"])
    func aPrivateTestIsNoBenchmark(_ label: String) throws {
        let catalog = try enrich(
            """
            | Tasks | GPT-4o | MiniMax-VL-01 |
            | ---- | ---- | ---- |
            | MMMU | 63.5 | 68.5 |
            | \(label) | 62.3 | 56.6 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["MMMU"])
        #expect(catalog.scores.count == 2)
    }

    /// A size alone names no model: the note says so, naming the sizes.
    @Test func rowsNamedBySizesAloneAreRefusedWithTheSizes() throws {
        let enrichment = try enrich(
            """
            # TeleChat2

            | | layer_num | head_num |
            | --- | --- | --- |
            | 3B | 24 | 24 |
            | 7B | 30 | 32 |
            | 7B | 30 | 32 |
            """)
        #expect(enrichment.catalog.models.isEmpty)
        #expect(
            enrichment.diagnostics.map(\.message) == [
                "table not read as results: its first column holds sizes ('3B', '7B'), not the names of models"
            ])
    }

    /// Orion-14B's Korean table writes a 0-shot and a 5-shot score in each cell: the note names
    /// that as the reason (it said no column held a score).
    @Test func cellsOfTwoNumbersAreTheReasonGiven() throws {
        let enrichment = try enrich(
            """
            ### Comparison on Korean testsets
            |Model      | HellaSwag<br>n=0&nbsp;&nbsp;n=5 | COPA<br> n=0&nbsp;&nbsp;n=5 |
            |------------------|------------------------------|------------------------------|
            | KoGPT            |  55.9   &nbsp;&nbsp;   58.3  |  73.5   &nbsp;&nbsp;   72.9  |
            |**Orion-14B-Chat**|  47.0   &nbsp;&nbsp;   49.6  |**77.7** &nbsp;&nbsp; **79.4**|
            """)
        #expect(enrichment.catalog.models.isEmpty)
        #expect(
            enrichment.diagnostics.map(\.message) == [
                "table not read as results: its cells hold two numbers each, as '55.9 58.3' does, and a score is "
                    + "one number: give each number its own column (`HellaSwag 0-shot | HellaSwag 5-shot`)"
            ])
    }

    /// A table of facts only: `671B MoE (37B act)` gives the total, the active count and the
    /// architecture, and stops no other fact.
    @Test func aSizeCellGivesTheShapeBesideTheTotal() throws {
        let catalog = try enrich(
            """
            | Model | Size | Context | License |
            |-------|------|---------|---------|
            | DeepSeek-R1 | 671B MoE (37B act) | 64K | MIT |
            | Kimi K2 | 1T (32B active) | 128K | MIT |
            """
        ).catalog
        let r1 = try #require(catalog.model(named: "DeepSeek-R1"))
        #expect(r1.shape.totalParameters?.value.billions == 671)
        #expect(r1.shape.activeParameters?.value.billions == 37)
        #expect(r1.shape.architecture?.value == "MoE")
        #expect(catalog.model(named: "Kimi K2")?.shape.activeParameters?.value.billions == 32)
    }

    /// Granite's `| Benchmarks | # Langs | Languages |`: its numbers count languages, and the note
    /// says so (it called them references or serving engines).
    @Test func aTableOfCountsIsNotedAsOne() throws {
        let enrichment = try enrich(
            """
            | Benchmarks | # Langs | Languages |
            |---|---|---|
            | MMMLU | 11 | ar, de, en |
            | MGSM | 5 | en, es, fr |
            """)
        #expect(enrichment.catalog.scores.isEmpty)
        let note = try #require(enrichment.findings(containing: "table not read as results").first)
        #expect(note.message.contains("its columns of numbers ('# Langs') count things"), "\(note.message)")
    }

    /// VILA's `### Inference speed ( Token/sec )` over GPUs: speed on hardware, no benchmarks; a
    /// table of known benchmarks under such a heading is still read. (`Prec.` is a precision.)
    @Test func aTableUnderASpeedHeadingIsNoResults() throws {
        let enrichment = try enrich(
            """
            ### Image QA Benchmarks

            | Model | Prec. | VQAv2 |
            | ----- | ----- | ----- |
            | Zeta-VL-3B | fp16 | 80.4 |

            ### Inference speed ( Token/sec )

            | | Precision | A100 | 4090 |
            | - | --------- | ---- | ---- |
            | Zeta-VL-3B | fp16 | 104.6 | 137.6 |

            ### Speed and quality

            | Model | MMLU | Tokens/s |
            |---|---|---|
            | Zeta-VL-3B | 60.1 | 120 |
            """)
        #expect(enrichment.catalog.benchmarks.map(\.name).sorted() == ["MMLU", "VQAv2"])
        #expect(enrichment.catalog.scores.first { $0.benchmark.rawValue == "vqav2" }?.setting.qualifier == "fp16")
        let note = try #require(enrichment.findings(containing: "table not read as results").first)
        #expect(note.message.contains("'Inference speed ( Token/sec )'"), "\(note.message)")
        #expect(ResultsTableReader.namesSpeed("推理速度") && !ResultsTableReader.namesSpeed("Long Context (128K tokens)"))
    }
}
