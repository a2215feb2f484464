import Testing

@testable import Catalog

/// The shapes of quantized, fine-tuned and judged models' cards (RedHat/neuralmagic, Granite,
/// EXAONE, Mistral): a recovery column beside the models, models named by their Hugging Face
/// repository, judge scores out of 10 under names other than MT-Bench.
@Suite struct QuantizedCardTests {
    /// `Recovery` is the quantized model's score over the original's: no model, and its values
    /// above 100 must not turn the benchmarks into ratings.
    @Test(arguments: ["Recovery", "Recovery (%)", "Δ"])
    func aRecoveryColumnIsNoModel(_ header: String) throws {
        let catalog = try enrich(
            """
            | Benchmark | granite-3.1-8b-instruct | granite-3.1-8b-instruct-FP8-dynamic | \(header) |
            |---|---|---|---|
            | GSM8K (5-shot) | 64.52 | 73.29 | 113.66 |
            | MMLU (5-shot) | 65.5 | 65.3 | 99.7 |
            """
        ).catalog
        #expect(catalog.models.map(\.name) == ["granite-3.1-8b-instruct", "granite-3.1-8b-instruct-FP8-dynamic"])
        #expect(catalog.scores.count == 4)
        let scales = catalog.benchmarks.flatMap { $0.metrics.values.map(\.scale) }
        #expect(scales == [.percent, .percent])
    }

    /// One model whether a table names its repository or the model, under its maker.
    @Test func aRepositoryNameJoinsThePlainName() throws {
        let catalog = try enrich(
            """
            | Benchmark | granite-3.1-8b-instruct | Qwen2.5-7B-Instruct |
            |---|---|---|
            | MMLU (5-shot) | 65.5 | 74.2 |

            | Benchmark | ibm-granite/granite-3.1-8b-instruct | Qwen/Qwen2.5-7B-Instruct |
            |---|---|---|
            | GSM8K (5-shot) | 64.52 | 85.4 |
            """
        ).catalog
        #expect(catalog.models.map(\.name) == ["granite-3.1-8b-instruct", "Qwen2.5-7B-Instruct"])
        #expect(catalog.models.map { $0.organization?.rawValue } == ["ibm", "alibaba"])
        #expect(catalog.models[0].aliases.contains("ibm-granite/granite-3.1-8b-instruct"))
        #expect(catalog.scores.count == 4)
    }

    /// Korean and dev-split MT-Bench and LogicKor are judged out of 10 like MT-Bench.
    @Test func judgeScoresOutOfTenUnderOtherNames() throws {
        let catalog = try enrich(
            """
            | Models | MT-Bench | KoMT-Bench | LogicKor | mtbench_dev | MMLU |
            |---|---|---|---|---|---|
            | EXAONE 3.5 2.4B | 7.81 | 7.24 | 8.51 | 8.35 | 9.5 |
            | Qwen 2.5 3B | 7.21 | 5.68 | 5.21 | 7.96 | 8.0 |
            """
        ).catalog
        let scales = Dictionary(
            uniqueKeysWithValues: catalog.benchmarks.map { ($0.name, $0.metrics.values.map(\.scale)) })
        #expect(scales["KoMT-Bench"] == [.outOfTen])
        #expect(scales["LogicKor"] == [.outOfTen])
        #expect(scales["MT-Bench"] == [.outOfTen])
        #expect(scales["MMLU"] == [.percent])
        // `mtbench_dev` is MT-Bench on its dev split.
        let dev = catalog.scores.filter { $0.setting.qualifier == "dev" }
        #expect(dev.map(\.benchmark.rawValue) == ["mt-bench", "mt-bench"])
    }

    /// GGUF, llamafile and container cards list files, speeds and registry tags: none of their
    /// tables is results, and none makes a model or a warning.
    @Test(arguments: [
        """
        | Name | Quant method | Bits | Size | Max RAM required | Use case |
        | ---- | ---- | ---- | ---- | ---- | ----- |
        | [codellama-13b-instruct.Q2_K.gguf](https://huggingface.co/x/blob/main/a.gguf) | Q2_K | 2 | 5.66 GB| 8.16 GB | smallest |
        | [codellama-13b-instruct.Q8_0.gguf](https://huggingface.co/x/blob/main/b.gguf) | Q8_0 | 8 | 13.83 GB| 16.33 GB | large |
        """,
        """
        | cpu\\_info | model\\_filename | size | test | t/s |
        | :--- | :--- | ---: | ---: | ---: |
        | AMD Ryzen Threadripper PRO 7995WX (znver4) | Llama-3.2-3B-Instruct.BF16 | 6.72 GiB | pp512 | 1230.02 |
        | Apple M2 Ultra (+fp16+dotprod) | Llama-3.2-3B-Instruct.Q6\\_K | 2.76 GiB | tg16 | 60.76 |
        """,
        """
        | Model variant | Parameters | Quantization | Context window | VRAM¹ | Size |
        |---------------|------------|--------------|----------------|------|-------|
        | `ai/phi4:14B-Q4_0` | 15B | Q4_0 | 16K tokens | 9.16 GiB | 7.80 GB |
        | `ai/phi4:14B-F16` | 15B | F16 | 16K tokens | 27.97 GiB | 27.31 GB |
        """,
    ])
    func aPackagingTableIsNoResults(_ table: String) throws {
        let enrichment = try enrich("# Card\n\n## Files\n\n" + table + "\n")
        #expect(enrichment.catalog.models.isEmpty)
        #expect(enrichment.catalog.benchmarks.isEmpty)
        #expect(enrichment.diagnostics.filter { $0.severity == .warning }.isEmpty)
    }

    /// A `Size` in bytes beside a quantized model's scores is its file's size: no parameter
    /// count, and no warning that it cannot be read as one.
    @Test func aSizeInBytesIsNoParameterCount() throws {
        let enrichment = try enrich(
            "| Model | Size | MMLU |\n|---|---|---|\n| Qwen2.5-3B-w4a16 | 1.9 GB | 64.1 |\n| Qwen2.5-3B | 6.2GiB | 65.7 |\n"
        )
        #expect(enrichment.catalog.models.allSatisfy { $0.shape.totalParameters?.value.text == "3B" })
        #expect(enrichment.diagnostics.filter { $0.severity == .warning }.isEmpty)
        #expect(enrichment.catalog.scores.count == 2)
    }

    /// pandas prints a missing value as `NaN`.
    @Test func nanIsNotReported() throws {
        let enrichment = try enrich("| Model | MMLU | GSM8K |\n|---|---|---|\n| Qwen-7B | NaN | 50.1 |\n")
        #expect(enrichment.catalog.scores.compactMap(\.value) == [50.1])
        #expect(enrichment.diagnostics.filter { $0.severity == .warning }.isEmpty)
    }
}
