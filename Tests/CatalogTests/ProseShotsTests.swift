import Markdown
import Testing

@testable import Catalog

/// Shots that a card's prose states for its benchmarks, given to the scores of tables below it
/// whose headers state none.
@Suite struct ProseShotsTests {
    @Test func namesWithShotsAfterThemAreRead() {
        #expect(
            ProseShots.statement(
                in:
                    "English Tasks: MMLU (5-shot), GPQA (5shot), C-Eval(5-shot), Multi-Exam (M3Exam 5-shot, IndoMMLU 3-shot)"
            )
                == ["MMLU": "5-shot", "GPQA": "5-shot", "C-Eval": "5-shot", "M3Exam": "5-shot", "IndoMMLU": "3-shot"])
    }

    /// Moxin's card: the first name of the list comes after `on`, the last after `and`.
    @Test func theFirstAndLastNamesOfAListWithShotsAfterThemAreRead() {
        #expect(
            ProseShots.statement(in: "We test on ARC-C (25-shot), MMLU (5-shot) and HellaSwag (10-shot).")
                == ["ARC-C": "25-shot", "MMLU": "5-shot", "HellaSwag": "10-shot"])
        #expect(
            ProseShots.statement(in: "Results with PIQA (0-shot), and Winogrande (0-shot) or BoolQ (1-shot).")
                == ["PIQA": "0-shot", "Winogrande": "0-shot", "BoolQ": "1-shot"])
    }

    @Test func shotsBeforeAListOfNamesAreRead() {
        #expect(
            ProseShots.statement(
                in:
                    "We report the eight-shot performance on GSM8K, ASDiv, and MAWPS, five-shot for C-Eval and SAT-Math, "
                    + "three-shot for MBPP.")
                == [
                    "GSM8K": "8-shot", "ASDiv": "8-shot", "MAWPS": "8-shot", "C-Eval": "5-shot", "SAT-Math": "5-shot",
                    "MBPP": "3-shot",
                ])
    }

    /// Each count goes with the names after it, and a part of a suite with the suite it names.
    @Test func eachShotCountGoesWithTheNamesAfterIt() {
        #expect(
            ProseShots.statement(in: "We report 5-shot results on MMLU and 3-shot on BBH.")
                == ["MMLU": "5-shot", "BBH": "3-shot"])
        #expect(
            ProseShots.statement(in: "We performed 8-shot tests on seven sub-tasks within Flores-101: zh-en, zh-fr.")
                == ["Flores-101": "8-shot"])
    }

    /// A heading's last parentheses give shots when they say only that; they do not make the
    /// heading generic (it still names the benchmark).
    @Test func aHeadingsParenthesesGiveShots() throws {
        #expect(HeadingBenchmark.shotsStated(in: "Flores-101 (8-shot)") == "8-shot")
        #expect(HeadingBenchmark.shotsStated(in: "Five-shot") == "5-shot")
        #expect(HeadingBenchmark.shotsStated(in: "LLaMA (7B)") == nil)
        #expect(HeadingBenchmark.shotsStated(in: "Results (5-shot, CoT)") == nil)
        #expect(!HeadingBenchmark.isGeneric("Flores-101 (8-shot)"))
        let catalog = try enrich(
            """
            # Foo

            All evaluations are zero-shot unless stated otherwise.

            ## Flores-101 (8-shot)

            |  | zh-en | zh-fr |
            |---|---|---|
            | Foo-1.7B | 29.9 | 29.5 |
            """
        ).catalog
        #expect(catalog.scores.map(\.benchmark.rawValue) == ["flores-101", "flores-101"])
        #expect(catalog.scores.allSatisfy { $0.setting.shots == "8-shot" })
    }

    /// The paragraph right above a table gives all of it the one shot count it names for no
    /// benchmark by name, and the metric it says it reports.
    @Test func theParagraphAboveGivesTheTableItsShotsAndMetric() throws {
        #expect(
            ProseShots.tableShots(in: "The following tables show the Zero-shot evaluation results (%).") == "0-shot")
        #expect(ProseShots.tableShots(in: "We report 5-shot results on MMLU.") == nil)
        #expect(ProseShots.tableShots(in: "Base models are 5-shot, chat models 0-shot.") == nil)
        let metrics = CatalogConfig().vocabulary.metrics
        #expect(
            ProseShots.tableMetric(in: "We report Pass@1 accuracy averaged over 16 samples.", metrics: metrics)
                == "pass@1")
        #expect(ProseShots.tableMetric(in: "We report results on the Pass@1 board.", metrics: metrics) == nil)
        let catalog = try enrich(
            """
            # Foo

            ## Key Results

            We report Pass@1 accuracy averaged over 16 samples for each problem, under the Zero-shot scenario.

            | Model | AIME 2024 | MATH 500 (4-shot) |
            |---|---|---|
            | Foo-Math-7B | 13.3 | 79.8 |
            """
        ).catalog
        let settings = catalog.scores.map { "\($0.benchmark.rawValue) \($0.setting.metric) \($0.setting.shots)" }
        #expect(settings.sorted() == ["aime-2024 pass@1 0-shot", "math-500 pass@1 4-shot"])
    }

    /// A metric after `report` or `metric`, in English or Chinese, words such as `is` between;
    /// none when two are named.
    @Test(arguments: [
        ("结果评测指标：spearman系数", "Spearman"), ("报告 Accuracy", "Accuracy"),
        ("Evaluation metric: Spearman correlation.", "Spearman"), ("The metric is the F1 score.", "F1"),
        ("We report the Pass@1 rate.", "pass@1"), ("Metrics: EM and F1.", nil), ("metrics: EM, F1", nil),
        ("We report EM/F1.", nil), ("评测指标为准确率和F1", nil), ("We report results on the Pass@1 board.", nil),
        ("The metric used varies by task.", nil),
    ])
    func aMetricNamedInProse(paragraph: String, metric: String?) {
        #expect(ProseShots.tableMetric(in: paragraph, metrics: CatalogConfig().vocabulary.metrics) == metric)
    }

    /// A note right under a table names its metric as the paragraph above one does (text2vec's
    /// `说明：` list, a `Note:` paragraph); a paragraph that is no note speaks of what follows.
    @Test func aNoteUnderATableGivesItsMetric() throws {
        let catalog = try enrich(
            """
            # Foo

            ## 中文匹配

            | Model | ATEC | BQ |
            |:--|:--:|:--:|
            | foo-embed-base | 46.36 | 70.36 |

            说明：
            - 结果评测指标：spearman系数
            - 结果均只用该数据集的train训练

            ## Math

            | Model | AIME 2024 |
            |---|---|
            | Foo-Math-7B | 13.3 |

            **Note:** we report Pass@1, averaged over 16 samples.

            ## Reading

            | Model | RACE |
            |---|---|
            | Foo-7B | 80.1 |

            We report accuracy on the tables below.

            | Model | BoolQ |
            |---|---|
            | Foo-7B | 77.2 |
            """
        ).catalog
        let metrics = catalog.scores.map { "\($0.benchmark.rawValue) \($0.setting.metric)" }
        #expect(metrics.sorted() == ["aime-2024 pass@1", "atec Spearman", "boolq Acc.", "bq Spearman", "race "])
    }

    /// Names in a sentence's leading `For` clause, the shots after them.
    @Test func aLeadingForClauseNamesTheShotsBenchmarks() {
        #expect(
            ProseShots.statement(in: "For HumanEval and ARC-Challenge, we report the zero-shot performance.")
                == ["HumanEval": "0-shot", "ARC-Challenge": "0-shot"])
        #expect(ProseShots.statement(in: "For more details, see the zero-shot results.").isEmpty)
    }

    /// A note speaks of the table above it; a name given two counts is given none.
    @Test func notesAndNamesGivenTwiceStateNothing() {
        #expect(ProseShots.statement(in: "Note: We evaluate chat models with 0-shot for MMLU, GSM8K.").isEmpty)
        #expect(
            ProseShots.statement(in: "Base models are run 5-shot on MMLU; chat models 0-shot on MMLU and BBH.")
                == ["BBH": "0-shot"])
        #expect(ProseShots.statement(in: "We release the weights of all models.").isEmpty)
    }

    @Test(arguments: [
        ("*5-shot performance.* Language Understanding evaluated using MMLU:", "5-shot"),
        ("Zero-shot results: on the tasks below", "0-shot"), ("We report 5-shot scores on MMLU.", nil),
    ])
    func aFirstSentenceOfShotsIsATitle(paragraph: String, shots: String?) {
        #expect(ProseShots.titleShots(paragraph) == shots)
    }

    /// Qwen2's card states the shots in its `## Performance` section, over a table under a
    /// heading of its own; a section beside it states other shots, which its tables alone take.
    @Test func theSectionsProseGivesItsTablesShots() throws {
        let catalog = try enrich(
            """
            ## Performance

            **English Tasks**: MMLU (5-shot), BBH (3-shot)

            **Math Tasks**: GSM8K (4-shot)

            #### Base models

            | Datasets | Mixtral-8x7B | Qwen2-57B-A14B |
            | :--- | :---: | :---: |
            | MMLU | 71.8 | 76.5 |
            | BBH (0-shot) | 50.3 | 67.0 |
            | GSM8K | 62.5 | 80.7 |

            ## Chat models

            | Datasets | Qwen2-57B-A14B-Instruct |
            | :--- | :---: |
            | MMLU | 75.4 |
            """
        ).catalog
        let shots = Set(catalog.scores.map { "\($0.model.rawValue) \($0.benchmark.rawValue) \($0.setting.shots)" })
        #expect(shots.contains("qwen2-57b-a14b mmlu 5-shot"))
        #expect(shots.contains("mixtral-8x7b gsm8k 4-shot"))
        // The header's own shots come first.
        #expect(shots.contains("qwen2-57b-a14b bbh 0-shot"))
        #expect(shots.contains("qwen2-57b-a14b-instruct mmlu "))
    }

    /// SmolLM2's `All evaluations are zero-shot unless stated otherwise.`: every score whose
    /// table and prose give no shots has these, in the sections after the statement's own too; a
    /// header's or a name's own shots come first.
    @Test func aStatementAboutAllScoresGivesTheRestTheirShots() throws {
        #expect(ProseShots.defaultShots(in: "All evaluations are zero-shot unless stated otherwise.") == "0-shot")
        #expect(ProseShots.defaultShots(in: "Results are 5-shot unless otherwise noted.") == "5-shot")
        #expect(
            ProseShots.defaultShots(in: "All results use 0-shot for chat models and 5-shot for base models.") == nil)
        #expect(ProseShots.defaultShots(in: "We report the zero-shot performance on MMLU.") == nil)
        let catalog = try enrich(
            """
            ## Evaluation

            All evaluations are zero-shot unless stated otherwise. Math: GSM8K (5-shot).

            ## Base Pre-Trained Model

            | Model | HellaSwag | GSM8K | MMLU (3-shot) |
            |---|---|---|---|
            | Foo-1.7B | 68.7 | 31.0 | 50.1 |
            """
        )
        .catalog
        let shots = Dictionary(
            uniqueKeysWithValues: catalog.scores.map { (catalog.benchmark($0.benchmark)!.name, $0.setting.shots) })
        #expect(shots == ["HellaSwag": "0-shot", "GSM8K": "5-shot", "MMLU": "3-shot"])
    }
}
