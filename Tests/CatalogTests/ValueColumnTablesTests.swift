import Markdown
import Testing

@testable import Catalog

/// Tables of one model's values: lm-evaluation-harness output pasted into a card (`| Task |
/// Version | Metric | Value | | Stderr |`, one row per metric, a blank task continuing the row
/// above) and `| Benchmark | Score |` tables. Their value and bookkeeping columns are no models;
/// the values are the scores of the model the table is about.
@Suite struct ValueColumnTablesTests {
    /// A card as AutoEval-style reports lay it out: a summary naming the model, then the harness's
    /// tables under headings that do not.
    static let harnessCard = """
        # acme/Widget-7B results

        ## Summary

        | Model | AGIEval | GSM8K |
        |---|---:|---:|
        | [Widget-7B](https://example.com/widget) | 36.4 | 52.1 |

        ## Details

        ### agieval
        |      Task      |Version| Metric |Value|   |Stderr|
        |----------------|------:|--------|----:|---|-----:|
        |agieval_aqua_rat|      0|acc     |23.62|±  |  2.67|
        |                |       |acc_norm|22.83|±  |  2.64|
        |agieval_lsat_lr |      0|acc     |39.22|±  |  2.16|
        |                |       |acc_norm|41.18|±  |  2.18|

        ### gsm8k
        |Tasks|Version|     Filter     |n-shot|        Metric         |Value|   |Stderr|
        |-----|------:|----------------|-----:|-----------------------|----:|---|-----:|
        |gsm8k|      3|strict-match    |     5|exact_match,none       | 0.52|±  |0.0138|
        |     |       |                |      |exact_match_stderr,none| 0.01|   |      |
        |     |       |flexible-extract|     5|exact_match,none       | 0.55|±  |0.0137|
        """

    /// DeepSeek-V2's card names AlignBench in bold over a table of one total column; its title
    /// names the card's model, not the benchmark. A benchmark's own README (`# MMLU`) names it.
    @Test(arguments: [
        ("# DeepSeek-V2\n\n**Alignbench** (https://arxiv.org/abs/2311.18743)\n\n", "| **模型** | **总分** |", "Alignbench"),
        ("# DeepSeek-V2\n\n", "| **模型** | **总分** |", nil),
        ("# MMLU\n\n", "| Model | Score |", "MMLU"),
    ])
    func aColumnOfValuesIsTheBenchmarkNamedAboveButNotTheCardsModel(
        lead: String, header: String, benchmark: String?
    ) throws {
        let catalog = try enrich(lead + header + "\n| :---: | :---: |\n| DeepSeek-V2-Lite 16B Chat | 6.01 |\n").catalog
        #expect(catalog.benchmarks.map(\.name) == (benchmark.map { [$0] } ?? []))
    }

    @Test func harnessTablesAreTheScoresOfTheModelTheCardIsAbout() throws {
        let enrichment = try enrich(Self.harnessCard)
        let catalog = enrichment.catalog
        #expect(catalog.models.map(\.name) == ["Widget-7B"])
        let scores = catalog.scores.map { score in
            "\(score.benchmark.rawValue) \(score.setting.description) = \(score.value.map { "\($0)" } ?? "-")"
        }
        #expect(
            Set(scores) == [
                "agieval  = 36.4", "gsm8k  = 52.1",
                "agieval-aqua-rat Acc. = 23.62", "agieval-aqua-rat acc_norm = 22.83",
                // Its label holds `lr`, a property word: measured by `acc`, it is a benchmark, and
                // its blank continuation row is its own, not the row's above.
                "agieval-lsat-lr Acc. = 39.22", "agieval-lsat-lr acc_norm = 41.18",
                // The standard error row is no score; `none` filters nothing.
                "gsm8k exact_match, 5-shot, strict-match = 0.52", "gsm8k exact_match, 5-shot, flexible-extract = 0.55",
            ], "\(scores.sorted())")
        #expect(!catalog.benchmarks.contains { ["Version", "Stderr", "Value"].contains($0.name) })
    }

    /// A column headed only by a metric (`CER(%)`, `WER (↓)`) holds one model's values in it:
    /// never a model named `CER`. The card's model takes them, in that metric.
    @Test(arguments: ["CER(%)", "CER (%)", "WER (↓)"])
    func aMetricHeadedColumnIsTheCardModelsValues(header: String) throws {
        let catalog = try enrich(
            """
            # Zeta-ASR-220M

            ## WenetSpeech

            | testset | \(header) |
            |:---:|:---:|
            | dev | 3.57 |
            | test_net | 6.74 |
            """
        ).catalog
        #expect(catalog.models.map(\.name) == ["Zeta-ASR-220M"])
        let metric = header.hasPrefix("CER") ? "CER" : "WER"
        #expect(
            catalog.scores.map { "\($0.benchmark.rawValue) \($0.setting.description)" }
                == ["wenetspeech \(metric), dev", "wenetspeech \(metric), test_net"])
    }

    /// Without a model named above the table or in its headings, the values belong to no one:
    /// the table is not read, and the note says why.
    @Test func withoutANamedModelTheTableIsNotRead() throws {
        let enrichment = try enrich(
            """
            # Evaluation

            ## Results

            | Benchmark | Setting | Score |
            |---|---|---|
            | GSM8K | 5-shot | **92.87% ±0.71%** |
            | MMLU | 5-shot | 87.27 |
            """)
        #expect(enrichment.catalog.models.isEmpty)
        #expect(enrichment.catalog.scores.isEmpty)
        let note = try #require(enrichment.diagnostics.first { $0.message.contains("table not read") })
        #expect(note.message.contains("'Score' column holds one model's scores"))
        #expect(note.location.line == 5)
    }

    /// A card that gives its title in HTML names its model as a `#` title would.
    @Test func anHTMLTitleNamesTheModelAsAHashTitleWould() throws {
        let enrichment = try enrich(
            """
            <div align="center">
              <h1 align="center">Orchard-7B</h1>
            </div>

            ## Evaluation

            | Benchmark | Score |
            |---|---|
            | MMLU | 66.1 |
            """)
        #expect(enrichment.catalog.scores.map(\.model.rawValue) == ["orchard-7b"])
    }

    /// Named in bold right above the table, the model takes the scores; so it does when a heading
    /// names it once another table made it known, and a heading naming two names none.
    @Test(arguments: [
        ("**Widget-7B** results:\n\n", "## Scores", true),
        ("", "## Widget-7B on standard benchmarks", true),
        ("", "## Widget-7B against Gadget-13B", false),
    ])
    func theModelIsNamedAboveOrInAHeading(leadIn: String, heading: String, read: Bool) throws {
        let enrichment = try enrich(
            """
            ## Models

            | Model | HellaSwag |
            |---|---|
            | Widget-7B | 80.1 |
            | Gadget-13B | 82.3 |

            \(heading)

            \(leadIn)| Benchmark | Setting | Score |
            |---|---|---|
            | GSM8K | 5-shot | **92.87% ±0.71%** |
            """)
        let gsm8k = enrichment.catalog.scores.filter { $0.benchmark.rawValue == "gsm8k" }
        #expect(gsm8k.map(\.model.rawValue) == (read ? ["widget-7b"] : []))
        #expect(gsm8k.map(\.value) == (read ? [92.87] : []))
        #expect(!enrichment.catalog.models.contains { $0.name == "Score" })
    }

    /// With models as rows, a `Score` column holds the values of the benchmark the heading names.
    @Test func aScoreColumnUnderABenchmarkHeadingIsThatBenchmark() throws {
        let enrichment = try enrich(
            """
            ## MMLU

            | Model | Score |
            |---|---|
            | Widget-7B | 61.5 |
            | Gadget-13B | 66.0 |
            """)
        #expect(enrichment.catalog.benchmarks.map(\.name) == ["MMLU"])
        #expect(Set(enrichment.catalog.scores.compactMap(\.value)) == [61.5, 66.0])
    }

    /// Gemma's cards write shots and the metric in a `Metric` column: `5-shot`, `1-shot, top-1`.
    @Test func aMetricColumnGivesShotsAndMetric() throws {
        let enrichment = try enrich(
            """
            ## Results

            | Benchmark | Metric | Widget-7B | Gadget-13B |
            |---|---|---|---|
            | TriviaQA | 5-shot | 53.2 | 63.4 |
            | NQ | 1-shot, top-1 | 12.5 | 23.0 |
            """)
        let settings = Set(enrichment.catalog.scores.map { "\($0.benchmark.rawValue): \($0.setting)" })
        #expect(settings == ["triviaqa: 5-shot", "nq: top-1, 1-shot"], "\(settings)")
    }

    /// A row that is no benchmark (an average) ends the row a blank label below would continue.
    @Test func aBlankLabelAfterAnAverageRowContinuesNoBenchmark() throws {
        let enrichment = try enrich(
            """
            ## Results

            | Benchmark | Widget-7B | Gadget-13B |
            |---|---|---|
            | MMLU | 60.0 | 70.0 |
            | Average | 50.0 | 60.0 |
            |  | 51.0 | 61.0 |
            """)
        #expect(Set(enrichment.catalog.scores.compactMap(\.value)) == [60.0, 70.0])
    }

    /// A card about one model that no table names: its `#` heading names it, when that reads
    /// as one model's name (a size, a few words), as the Open LLM Leaderboard's tables at the end
    /// of Hugging Face cards need. A title comparing models names none.
    @Test(arguments: [
        ("# Model Card for Orchard 7B β", "Orchard 7B β"),
        ("# acme/orchard-code-mistral-7b-v1.0", "orchard-code-mistral-7b-v1.0"),
        ("# Orchard-7B vs Grove-13B", nil), ("# Orchard 7B and its Grove 13B judge", nil),
        ("# Evaluation of 7B models", nil), ("# Hermes 2 Pro - Mistral 7B", "Hermes 2 Pro Mistral 7B"),
        ("# Nous Hermes 2 Mixtral 8x7B DPO", "Nous Hermes 2 Mixtral 8x7B DPO"),
        ("# Orchard Grove Apple Pear Plum", nil),
    ])
    func aCardAboutOneModelIsNamedByItsTitle(title: String, model: String?) throws {
        let enrichment = try enrich(
            """
            \(title)

            ## Open LLM Leaderboard Evaluation Results

            | Metric | Value |
            |---|---|
            | Avg. | 52.15 |
            | ARC (25-shot) | 62.03 |
            | MMLU (5-shot) | 61.07 |
            """)
        #expect(enrichment.catalog.models.map(\.name) == (model.map { [$0] } ?? []))
        #expect(enrichment.catalog.scores.count == (model == nil ? 0 : 2))
    }

    /// A decoration after a name (`🪁`) is no part of it.
    @Test func aPictographAfterANameIsNoPartOfIt() throws {
        let catalog = try enrich(
            """
            ## Results

            | Model | MT-Bench |
            |---|---|
            | Orchard-7B 🪁 | 7.34 |
            """
        ).catalog
        #expect(catalog.models.map(\.name) == ["Orchard-7B"])
    }

    /// Minitron's card names each table's benchmark only in a link right above it, under a
    /// heading that names none (`### Overview`), over one column headed by an average or by a
    /// metric and shots (`p@1, 0-Shot`): the linked benchmark, not `Overview` or `p@1,`.
    @Test func aLinkAboveNamesTheBenchmarkOfOneColumn() throws {
        let catalog = try enrich(
            """
            ### Overview

            *5-shot performance.* Language Understanding evaluated using [Massive Multitask Language Understanding](https://arxiv.org/abs/2009.03300):

            | Model | Average |
            | :---- | :---- |
            | Minitron-8B-Base | 63.8 |
            | Minitron-4B-Base | 58.6 |

            *Code generation performance*. Evaluated using [HumanEval](https://github.com/openai/human-eval):

            | Model | p@1, 0-Shot |
            | :---- | :------------- |
            | Minitron-8B-Base | 31.6 |
            | Minitron-4B-Base | 23.3 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["HumanEval", "Massive Multitask Language Understanding"])
        let humanEval = catalog.scores.filter { $0.benchmark.rawValue == "humaneval" }
        #expect(humanEval.map(\.setting.metric) == ["p@1", "p@1"])
        #expect(humanEval.map(\.setting.shots) == ["0-Shot", "0-Shot"])
        #expect(catalog.scores.count == 4)
    }

    /// LLM AutoEval's cards name the model only in the summary table's row, with no title: the
    /// harness's tables below are that model's, the one model the document scored so far.
    /// With two models above, no table says whose the values are: left out with a note.
    @Test(arguments: [1, 2])
    func harnessTablesAreTheModelTheSummaryAboveScored(models: Int) throws {
        let second = models == 2 ? "\n|nous|[other-model](https://example.com/other)|30.10|31.00|" : ""
        let enrichment = try enrich(
            """
            |Benchmark|Model|agieval|gpt4all|
            |---------|-----|------:|------:|
            |nous|[tiny-model](https://example.com/tiny)|22.29|34.67|\(second)

            ### agieval
            |     Task       |Version| Metric |Value|   |Stderr|
            |----------------|------:|--------|----:|---|-----:|
            |agieval_aqua_rat|      0|acc     |18.90|±  |  2.46|
            |agieval_lsat_ar |      0|acc     |20.87|±  |  2.69|
            """)
        let harness = enrichment.catalog.scores.filter { $0.benchmark.rawValue.hasPrefix("agieval-") }
        if models == 1 {
            #expect(harness.map(\.model.rawValue) == ["tiny-model", "tiny-model"])
        } else {
            #expect(harness.isEmpty)
            #expect(enrichment.diagnostics.contains { $0.message.contains("holds one model's scores") })
        }
    }
    /// A `Score` beside one other column under a heading naming the benchmark: the other column
    /// is a property (AlpacaEval's `Length`, left out with a note) or the benchmark's one part.
    @Test func aScoreBesideOneOtherColumnIsTheBenchmarkTheHeadingNames() throws {
        let enrichment = try enrich(
            """
            # Foo

            ## Evaluation on AlpacaEval 2.0

            | Model | Score | Length |
            |---|---|---|
            | Foo-7B | 40.1 | 1800 |
            | Bar-7B | 35.3 | 1500 |

            ## RewardBench

            | Model | Score | Chat |
            |---|---|---|
            | Foo-RM-8B | 89.0 | 96.9 |
            """)
        let scores = enrichment.catalog.scores.map { score in
            "\(score.model.rawValue) \(score.benchmark.rawValue) \(score.setting.description) = \(score.raw)"
        }
        #expect(
            scores.sorted() == [
                "bar-7b alpacaeval-2.0  = 35.3", "foo-7b alpacaeval-2.0  = 40.1", "foo-rm-8b rewardbench  = 89.0",
                "foo-rm-8b rewardbench Chat = 96.9",
            ])
        #expect(enrichment.diagnostics.contains { $0.message.contains("left out column 'Length'") })
    }
}
