import Testing

@testable import Catalog

/// Chinese leaderboards and READMEs (SuperCLUE, MiniCPM, Qwen): their averages, metrics, maker
/// columns and product names.
@Suite struct ChineseLeaderboardTests {
    /// `英文均分` (the English average) is an average, `MMLU 准确率` is MMLU in accuracy.
    @Test func chineseAveragesAndMetricsAreRead() throws {
        let catalog = try enrich(
            """
            |模型|平均分|英文均分|中文均分|C-Eval|MMLU 准确率|
            |-|-|-|-|-|-|
            |Qwen-7B|49.46|47.19|59.655|58.96|57.65|
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["C-Eval", "MMLU"])
        #expect(catalog.scores.first { $0.benchmark.rawValue == "mmlu" }?.setting.metric == "Acc.")
    }

    /// SuperCLUE's `机构` column names each model's maker: no score (`360` would be one, on a
    /// rating scale), and the product names are their makers'.
    @Test func aMakerColumnIsNoScoreAndProductNamesHaveTheirMakers() throws {
        let catalog = try enrich(
            """
            | 排名 | 模型 | 机构 | OPEN | OPT |
            |:-:|:-:|:-:|:-:|:-:|
            | 1 | 文心一言4.0 | 百度 | 75.00 | 88.38 |
            | 2 | 360GPT_Pro | 360 | 61.36 | 84.56 |
            | 3 | 通义千问2.0 | 阿里巴巴 | 70.01 | 86.76 |
            | 4 | 讯飞星火V3.0 | 科大讯飞 | 66.2 | 80.1 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["OPEN", "OPT"])
        #expect(catalog.scores.count == 8)
        let makers = Dictionary(uniqueKeysWithValues: catalog.models.map { ($0.name, $0.organization?.rawValue) })
        #expect(makers["文心一言4.0"] == "baidu")
        #expect(makers["通义千问2.0"] == "alibaba")
        #expect(makers["讯飞星火V3.0"] == "iflytek")
        #expect(makers["360GPT_Pro"] == "360")
    }

    /// A `Score` or `分数` column beside capability columns is their total: the heading's
    /// benchmark, with the capabilities as its parts, not three benchmarks.
    @Test(arguments: ["Score", "分数", "总分"])
    func aScoreColumnBesideCapabilitiesIsTheTotal(total: String) throws {
        let catalog = try enrich(
            """
            ### SuperCLUE

            | 排名 | 模型 | \(total) | 计算 | 代码 |
            | :-: | :-: | :-: | :-: | :-: |
            | - | GPT-4 | 82.98 | 75.39 | 83.93 |
            | 1 | Qwen-7B-Chat | 50.36 | 42.31 | 39.95 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["SuperCLUE"])
        #expect(
            catalog.scores.filter { $0.model.rawValue == "gpt-4" }.map(\.setting.qualifier).sorted() == [
                "", "代码", "计算",
            ])
    }

    /// Monthly editions of one leaderboard: `SuperCLUE总排行榜（2023年8月）` is SuperCLUE, and
    /// the edition qualifies its scores, so two editions' numbers do not conflict.
    @Test func aDatedLeaderboardHeadingIsOneBenchmarkInEditions() throws {
        let enrichment = try enrich(
            """
            ### SuperCLUE总排行榜（2023年8月）

            | 排名 | 模型 | 总分 | OPEN | OPT |
            | :-: | :-: | :-: | :-: | :-: |
            | - | GPT-4 | 81.03 | 86.04 | 76.02 |

            ### SuperCLUE总排行榜（2023年12月）

            | 排名 | 模型 | 总分 | OPEN | OPT |
            | :-: | :-: | :-: | :-: | :-: |
            | - | GPT-4 | 83.92 | 80.76 | 91.28 |
            """)
        #expect(enrichment.catalog.benchmarks.map(\.name) == ["SuperCLUE"])
        let headline = enrichment.catalog.scores.filter { !$0.setting.qualifier.contains("O") }
        #expect(headline.map(\.setting.qualifier) == ["2023年8月", "2023年12月"])
        #expect(enrichment.diagnostics.filter { $0.severity == .warning }.isEmpty)
    }

    /// OpenCompass's results (`| dataset | version | metric | mode | A | B |`, also with `Model`
    /// in the corner): rows of benchmarks with each row's metric, models as columns, unknown or not.
    @Test(arguments: ["dataset", "Model"])
    func openCompassTablesHaveModelsAsColumns(corner: String) throws {
        let catalog = try enrich(
            """
            | \(corner) | version | metric | mode | GPT-4-1106 | Claude-3-Opus |
            | --------- | ------- | -------- | ---- | ---------- | ------------- |
            | MMLU      | -       | naive_average | gen  | 83.6  | 84.6 |
            | HellaSwag | e42710  | accuracy | gen  | 92.7       | 94.6          |
            """
        ).catalog
        #expect(catalog.models.map(\.name) == ["Claude-3-Opus", "GPT-4-1106"])
        #expect(catalog.benchmarks.map(\.name) == ["HellaSwag", "MMLU"])
        #expect(Set(catalog.scores.map(\.setting.metric)) == ["naive_average", "Acc."])
    }

    /// ChatGLM2's `### GSM8K` over `| Model | Accuracy | Accuracy (Chinese)* |`: columns headed by
    /// metrics are the heading's benchmark, the second in Chinese.
    @Test func metricColumnsUnderABenchmarkHeadingAreThatBenchmark() throws {
        let catalog = try enrich(
            """
            ### GSM8K

            | Model | Accuracy | Accuracy (Chinese)* |
            | ----- | ----- | ----- |
            | ChatGLM-6B | 4.82 | 5.85 |
            | ChatGLM2-6B | 28.05 | 20.45 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["GSM8K"])
        #expect(catalog.scores.map(\.setting.qualifier) == ["", "Chinese", "", "Chinese"])
        #expect(Set(catalog.scores.map(\.setting.metric)) == ["Acc."])
    }

    /// Baichuan-7B's layout: `### C-Eval` (a line of prose), then `### 结果` (results) over the
    /// table. The table is C-Eval's, in parts; a lone `Average` under `### Gaokao` is Gaokao's.
    @Test(arguments: [true, false])
    func aResultsHeadingAfterABenchmarksHeadingIsThatBenchmarks(generic: Bool) throws {
        let results = generic ? "### 结果\n\n" : ""
        let catalog = try enrich(
            """
            # Baichuan-7B

            ### C-Eval
            C-Eval 5-shot.

            \(results)| Model | Average | STEM | Humanities |
            |---|---|---|---|
            | GPT-4 | 68.7 | 67.1 | 64.5 |
            | baichuan-7B | 42.8 | 38.2 | 46.2 |

            ### Gaokao
            Gaokao 5-shot.

            \(results)| Model | Average |
            |---|---|
            | GPT-4 | 50.1 |
            | baichuan-7B | 36.24 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["C-Eval", "Gaokao"])
        #expect(
            Set(catalog.scores.filter { $0.model.rawValue == "gpt-4" }.compactMap(\.value)) == [68.7, 67.1, 64.5, 50.1])
    }
}
