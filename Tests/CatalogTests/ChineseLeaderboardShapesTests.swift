import Markdown
import Testing

@testable import Catalog

/// Leaderboards and Chinese cards' shapes from sweep 18: ranks before names, a generic sub-heading
/// under the benchmark's, averages with a score word, tables of a dataset's make-up, splits.
@Suite struct ChineseLeaderboardShapesTests {
    /// C-Eval's leaderboard in a README: a rank column first, the models in `模型名`.
    @Test func aRankBeforeTheNamesIsLeftOut() throws {
        let catalog = try enrich(
            """
            ## C-Eval

            | 排名 | 模型名 | 机构名 | 测试时间 | 平均分 |
            | ---- | ---------- | ------------ | --------- | ------- |
            | 0    | GPT-4      | OpenAI       | 2023/5/15 | 68.7    |
            | 1    | ChatGPT    | OpenAI       | 2023/5/15 | 54.4    |
            """
        ).catalog
        #expect(catalog.models.map(\.name).sorted() == ["ChatGPT", "GPT-4"])
        #expect(catalog.benchmarks.map(\.name) == ["C-Eval"])
        #expect(catalog.scores.count == 2)
    }

    /// `## SuperCLUE` › `### 得分表格` ("score table"): the sub-heading names nothing, so the
    /// columns are SuperCLUE's parts, as under `## SuperCLUE` itself; `平均得分` is an average.
    @Test(arguments: ["总分", "平均得分"])
    func aGenericSubHeadingLeavesTheBenchmarkToTheOneAbove(total: String) throws {
        let catalog = try enrich(
            """
            ## SuperCLUE

            ### 得分表格

            | 模型 | 机构 | \(total) | 基础能力 | 中文特性 |
            | --- | --- | --- | --- | --- |
            | GPT-4 | OpenAI | 76.67 | 90.00 | 68.00 |
            | Claude | Anthropic | 65.13 | 87.00 | 55.00 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["SuperCLUE"])
        #expect(Set(catalog.scores.map(\.setting.qualifier)) == ["", "基础能力", "中文特性"])
    }

    /// GAOKAO-Bench's make-up: counts and shares of its questions are no scores.
    @Test func aDatasetsMakeUpIsNoResults() throws {
        let enrichment = try enrich(
            """
            | 题目类型 | 题目数量 | 数量占比 |
            | --- | --- | --- |
            | 客观题 | 1781 | 63.36% |
            | 主观题 | 1030 | 36.64% |
            """)
        #expect(enrichment.catalog.models.isEmpty)
        #expect(
            enrichment.diagnostics.map(\.message).contains(
                "table not read as results: its columns of numbers ('题目数量', '数量占比') name properties of what it "
                    + "lists, not benchmarks (`propertyWords` in atlas.yml)"))
    }

    /// InternVL2's card writes some names with a hyphen that does not break (U+2011): one model.
    @Test func aNonBreakingHyphenIsAHyphen() throws {
        let catalog = try enrich(
            """
            | Benchmark | InternVL2-2B | InternVL2\u{2011}4B |
            | --- | --- | --- |
            | MMMU | 36.3 | 47.9 |

            | Model | RefCOCO |
            | --- | --- |
            | InternVL2\u{2011}2B | 82.3 |
            """
        ).catalog
        #expect(catalog.models.map(\.id.rawValue).sorted() == ["internvl2-2b", "internvl2-4b"])
        #expect(catalog.models.map(\.name).sorted() == ["InternVL2-2B", "InternVL2-4B"])
    }

    /// Chinese-LLaMA-Alpaca-3's C-Eval and CMMLU tables, each under its heading, with split
    /// columns (`Valid (0-shot)`, `Test (5-shot)`): splits of the heading's benchmark.
    @Test func splitColumnsAreSettingsOfTheHeadingsBenchmark() throws {
        let catalog = try enrich(
            """
            #### C-Eval

            | Models | Valid (0-shot) | Test (5-shot) |
            | --- | :-: | :-: |
            | Demo-7B | 55.2 | 52.4 |

            #### CMMLU

            | Models | Test (0-shot) | Test (5-shot) |
            | --- | :-: | :-: |
            | Demo-7B | 54.4 | 54.8 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["C-Eval", "CMMLU"])
        #expect(
            Set(catalog.scores.map { "\($0.benchmark.rawValue) \($0.setting.qualifier) \($0.setting.shots)" }) == [
                "c-eval Valid 0-shot", "c-eval Test 5-shot", "cmmlu Test 0-shot", "cmmlu Test 5-shot",
            ])
    }
}
