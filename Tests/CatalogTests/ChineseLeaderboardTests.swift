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
        #expect(catalog.scores.first { $0.benchmark.rawValue == "mmlu" }?.setting.metric == "准确率")
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
}
