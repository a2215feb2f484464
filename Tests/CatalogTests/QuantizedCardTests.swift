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
}
