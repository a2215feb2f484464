import Markdown
import Testing

@testable import Catalog

/// The shapes real model cards (READMEs of model repositories) take, each small enough to see at
/// once: download, link and hyperparameter tables, tables outside `##` sections, sizes given in
/// parameter columns, makers' other names before a model's name.
@Suite struct ModelCardShapesTests {
    static let makers = try! config(
        """
        organizations:
          - name: DeepSeek
            modelPrefixes: [DeepSeek]
          - name: Alibaba
            modelPrefixes: [Qwen]
          - name: Baidu
            aliases: [百度, 文心一言]
            modelPrefixes: [ERNIE]
          - name: Meta
            modelPrefixes: [Llama]
        """)

    func read(_ markdown: String) throws -> Enrichment { try enrich(markdown, config: Self.makers) }

    // MARK: - A card with no atlas.yml

    /// The built-in makers claim the models a card compares, a maker's name before a model's
    /// joins the two spellings, only the makers of this card's models get pages, and MT-Bench's
    /// numbers are out of 10.
    @Test func aCardWithoutConfigurationKnowsTheCommonMakersAndScales() throws {
        let enrichment = try enrich(
            """
            ## Results

            | Model | MMLU | MT-Bench |
            |---|---|---|
            | OpenAI o1-mini | 85.2 | 8.9 |
            | GPT-4o | 87.2 | 9.1 |
            | Llama-3.1-405B-Instruct | 88.6 | 8.5 |

            ## Math

            | Benchmark | o1-mini | Qwen2.5-72B-Instruct |
            |---|---|---|
            | GSM8K | 94.8 | 95.8 |
            """)
        let catalog = enrichment.catalog
        let makers = Dictionary(uniqueKeysWithValues: catalog.models.map { ($0.name, $0.organization?.rawValue) })
        #expect(
            makers == [
                "o1-mini": "openai", "GPT-4o": "openai", "Llama-3.1-405B-Instruct": "meta",
                "Qwen2.5-72B-Instruct": "alibaba",
            ])
        #expect(catalog.organizations.map(\.name) == ["Alibaba", "Meta", "OpenAI"])
        #expect(!enrichment.diagnostics.contains { $0.message.contains("no organization is known") })
        let mtBench = try #require(catalog.benchmarks.first { $0.name == "MT-Bench" })
        #expect(mtBench.metrics.values.map(\.scale) == [.outOfTen])
    }

    /// Columns that an average column sums up are parts of each benchmark (subjects, levels),
    /// not models: the table names its one model only in the prose above it.
    /// Cards mark their own model (`(ours)`), point at footnotes after names (`*`, `†`,
    /// `<sup>1</sup>`) and say where a row's numbers come from (`(reported)`): one model each,
    /// named as the other tables name it, and a remark becomes the scores' setting.
    @Test func marksAndRemarksAfterANameAreNotModels() throws {
        let catalog = try read(
            """
            ## Results

            | Model | MMLU | GSM8K |
            |---|---|---|
            | **Orchard-7B** (ours) | 60.1 | 50.2 |
            | Llama-2-7B\\* | 45.3 | 14.6 |
            | Mistral-7B† | 60.1 | 52.1 |
            | Qwen-7B<sup>1</sup> | 58.2 | 51.7 |
            | Gemma-7B ‡ | 64.3 | 46.4 |
            | Llama-2-7B (reported) | 45.9 | 14.6 |

            ## More

            | Benchmark | Orchard-7B | Llama-2-7B | Qwen-7B¹ |
            |---|---|---|---|
            | MATH | 20.5 | 2.5 | 11.6 |
            """
        ).catalog
        #expect(
            catalog.models.map(\.name).sorted() == ["Gemma-7B", "Llama-2-7B", "Mistral-7B", "Orchard-7B", "Qwen-7B"])
        let llama = try #require(catalog.models.first { $0.name == "Llama-2-7B" })
        let mmlu = catalog.scores.filter { $0.model == llama.id && $0.benchmark.rawValue == "mmlu" }
        #expect(mmlu.map(\.setting.qualifier).sorted() == ["", "reported"])
        #expect(catalog.scores.filter { $0.benchmark.rawValue == "math" }.count == 3)
    }

    /// Kimi K2's and Qwen3's cards give one model's numbers in two modes, side by side: one
    /// model, the mode in each score's setting, and no finding that the numbers disagree.
    @Test func aModeAfterANameIsTheScoresSetting() throws {
        let enrichment = try read(
            """
            ## Results

            | Benchmark | Orchard-7B | Claude Opus 4 (w/o extended thinking) | Claude Opus 4 (extended thinking) |
            |---|---|---|---|
            | MMLU | 60.1 | 87.5 | 89.1 |
            | GPQA | 30.2 | 74.9 | 79.6 |
            """
        )
        let catalog = enrichment.catalog
        #expect(catalog.models.map(\.name).sorted() == ["Claude Opus 4", "Orchard-7B"])
        let claude = try #require(catalog.models.first { $0.name == "Claude Opus 4" })
        let mmlu = catalog.scores.filter { $0.model == claude.id && $0.benchmark.rawValue == "mmlu" }
        #expect(mmlu.map(\.setting.qualifier).sorted() == ["extended thinking", "w/o extended thinking"])
        #expect(!enrichment.diagnostics.contains { $0.message.contains("different values") })
    }

    /// A name cell that is only a footnote mark (`<sup>1</sup>`) names no model: its column or
    /// row is left out, not read as a model with an empty name.
    @Test func aFootnoteMarkAloneNamesNoModel() throws {
        let catalog = try read(
            """
            ## Results

            | Benchmark | <sup>1</sup> | GPT-4.1 |
            |---|---|---|
            | MMLU | 80.1 | 85.0 |

            ## More

            | Model | MMLU |
            |---|---|
            | <sup>2</sup> | 70.2 |
            | Orchard-7B | 60.1 |
            """
        ).catalog
        #expect(catalog.models.map(\.name) == ["GPT-4.1", "Orchard-7B"])
        #expect(catalog.scores.map(\.raw).sorted() == ["60.1", "85.0"])
    }

    /// Hunyuan-Large's card heads its first column `Model` over rows of benchmarks, with the
    /// models across: the header word names the columns when they read as models and no row
    /// label does. A `Best Baseline` column is a reference, not a model; a subscript after a
    /// benchmark's name is its setting (`ChartQA<sub>relaxed</sub>`), not part of the name.
    @Test func aModelHeaderOverRowsOfBenchmarksHasTheModelsAcross() throws {
        let catalog = try read(
            """
            ## Evaluation

            | Model | Llama3.1-405B | Mixtral-8x22B | Orchard-Large | Best Baseline |
            |---|---|---|---|---|
            | MMLU | 85.2 | 77.8 | 88.4 | 89.0 |
            | BBH | 85.9 | 78.9 | 86.3 | 87.1 |
            | ChartQA<sub>relaxed</sub> | 80.1 | 70.2 | 81.3 | 82.0 |
            """
        ).catalog
        #expect(catalog.models.map(\.name).sorted() == ["Llama3.1-405B", "Mixtral-8x22B", "Orchard-Large"])
        #expect(catalog.benchmarks.map(\.name).sorted() == ["BBH", "ChartQA", "MMLU"])
        let chartQA = try #require(catalog.scores.first { $0.benchmark.rawValue == "chartqa" })
        #expect(chartQA.setting.description == "relaxed")
        #expect(catalog.scores.count == 9)
    }

    /// A `Model` column of names that read as models stays the models, whatever the header row.
    @Test func aModelHeaderOverRowsOfModelsKeepsThemDown() throws {
        let catalog = try read(
            """
            ## Results

            | Model | 7B | 13B |
            |---|---|---|
            | Orchard-7B | 60.1 | 61.0 |
            """
        ).catalog
        #expect(catalog.models.map(\.name) == ["Orchard-7B"])
    }

    /// MiniMax-01's card lists its models twice, under `**w/ CoT**` and `**w/o CoT**` group rows:
    /// the group is then part of each score's setting, not a second value of one measurement.
    /// A group row whose models do not recur (`Open models`) stays out of the setting.
    @Test func aGroupRowOverRepeatedLabelsQualifiesTheirScores() throws {
        let enrichment = try read(
            """
            ## Long context

            | Model | overall | easy |
            |---|---|---|
            | **w/ CoT** | | |
            | GPT-4o | 51.4 | 54.2 |
            | Orchard-7B | 56.5 | 66.1 |
            | **w/o CoT** | | |
            | GPT-4o | 50.1 | 57.4 |
            | Orchard-7B | 52.9 | 60.9 |
            | **Open models** | | |
            | Llama-3-8B | 40.2 | 45.0 |

            ## Translation

            | Task | GPT-4o | Orchard-7B |
            |---|---|---|
            | **eng → kalam (ChrF)** | | |
            | MTOB | 9.9 | 6.0 |
            | **kalam → eng (BLEURT)** | | |
            | MTOB | 33.2 | 31.4 |
            """)
        let catalog = enrichment.catalog
        #expect(!enrichment.diagnostics.contains { $0.message.contains("different values") })
        let gpt = try #require(catalog.models.first { $0.name == "GPT-4o" })
        let overall = catalog.scores.filter { $0.model == gpt.id && $0.benchmark.rawValue == "overall" }
        #expect(overall.map(\.setting.qualifier).sorted() == ["w/ CoT", "w/o CoT"])
        let llama = try #require(catalog.models.first { $0.name == "Llama-3-8B" })
        #expect(catalog.scores.filter { $0.model == llama.id }.map(\.setting.qualifier) == ["", ""])
        let mtob = catalog.scores.filter { $0.model == gpt.id && $0.benchmark.rawValue == "mtob" }
        #expect(mtob.map(\.setting.qualifier).sorted() == ["eng → kalam (ChrF)", "kalam → eng (BLEURT)"])
    }

    /// DeepSeek-V2's card names AlignBench in bold over `| 模型 | 总分 | 中文推理 | 中文语言 |`:
    /// `总分` (total) is the benchmark's headline score and the other columns its parts.
    @Test func aChineseTotalColumnIsTheHeadlineOfTheBenchmarkNamedAbove() throws {
        let catalog = try read(
            """
            ## Chinese

            **Alignbench** (https://arxiv.org/abs/2311.18743)

            | 模型 | 总分 | 中文推理 | 中文语言 |
            |---|---|---|---|
            | gpt-4-1106-preview | 8.01 | 7.73 | 8.29 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["Alignbench"])
        #expect(catalog.scores.map(\.setting.qualifier) == ["", "中文推理", "中文语言"])
    }

    /// OpenChat's and Hunyuan-Large's cards: a hyperparameter table (`| Hyperparameter |
    /// Context | Batch size |` over a `Value` row), a model list with a `Context` column and a
    /// throughput table (`input_length`, `batch=1`) hold numbers but no scores. A benchmark
    /// with "context" in its name is still one.
    @Test func settingsContextLengthsAndSpeedsAreNotScores() throws {
        let catalog = try read(
            """
            ## Models

            | Model | Size | Context | Long-context QA |
            |---|---|---|---|
            | Orchard-13B | 13B | 4096 | 41.5 |

            ## Training

            | **Hyperparameter** | Context | Batch size | Learning rate | RoPE theta |
            |---|---|---|---|---|
            | **Value** | 4096 | 64 | 2e-5 | 10000 |

            ## Speed

            | Framework | Model | Number of GPUs (H20) | input_length | batch=1 |
            |---|---|---|---|---|
            | vLLM | Orchard-13B | 16 | 2048 | 20.2 |
            """
        ).catalog
        #expect(catalog.models.map(\.name) == ["Orchard-13B"])
        #expect(catalog.benchmarks.map(\.name) == ["Long-context QA"])
        #expect(catalog.scores.map(\.value) == [41.5])
    }

    /// MiMo's card: an architecture table of its MoE models (experts, intermediate and window
    /// sizes) beside their parameter rows gives facts, no benchmarks.
    @Test func anArchitectureTableOfAMixtureOfExpertsIsNoResults() throws {
        let catalog = try read(
            """
            ## Models

            | Model | MMLU |
            |---|---|
            | Orchard-Pro | 89.4 |
            | Orchard-Flash | 86.3 |

            ## Architecture

            | Component | Orchard-Pro | Orchard-Flash |
            |---|---|---|
            | **Total Parameters** | 1.02T | 310B |
            | **Routed Experts** | 384 | 256 |
            | **Experts per Token** | 8 | 8 |
            | **MoE Intermediate Size** | 2048 | 2048 |
            | **Dense Intermediate Size** | 16384 (layer 0 only) | 16384 (layer 0 only) |
            | **SWA Window Size** | 128 | 128 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["MMLU"])
        #expect(catalog.models.map { $0.shape.totalParameters?.value.text } == ["310B", "1.02T"])
    }

    /// DeepSeek LLM's card breaks long headers with `<br>`: a break at a hyphen joins without a
    /// space (`LLaMA-2<br>-7B`), one between words is a space.
    @Test func aLineBreakInAHeaderAtAHyphenJoinsTheName() throws {
        let catalog = try read(
            """
            ## Results

            | Benchmark | LLaMA-2<br>-7B | DeepSeek LLM<br>7B Base |
            |---|---|---|
            | MMLU | 45.3 | 48.2 |
            """
        ).catalog
        #expect(Set(catalog.models.map(\.name)) == ["LLaMA-2-7B", "DeepSeek LLM 7B Base"])
    }

    /// Baichuan 2's card puts the shots in the name column's header (`Model 5-shot`): every
    /// column's setting, unless the column says its own.
    @Test func theNameColumnsHeaderGivesEveryColumnsShots() throws {
        let catalog = try read(
            """
            ## Results

            | Model 5-shot | C-Eval | GSM8K (8-shot) |
            |---|---|---|
            | Orchard-7B | 54.0 | 24.5 |
            """
        ).catalog
        #expect(catalog.models.map(\.name) == ["Orchard-7B"])
        #expect(
            Set(catalog.scores.map { "\($0.benchmark.rawValue) \($0.setting.shots)" }) == [
                "c-eval 5-shot", "gsm8k 8-shot",
            ])
    }

    /// GPT-J's card: metadata columns (`Training FLOPs`, `Dataset Size (GB)`) are no benchmarks,
    /// `-----` is not reported, `LAMBADA PPL ↓` and `LAMBADA Acc ↑` are one benchmark in two
    /// metrics, and a `Random Chance` row is no model.
    @Test func aCardsComparisonWithMetadataColumnsAndLongDashes() throws {
        let enrichment = try read(
            """
            ## Results

            | Model | Training FLOPs | LAMBADA PPL ↓ | LAMBADA Acc ↑ | PIQA ↑ | Dataset Size (GB) |
            |---|---|---|---|---|---|
            | Random Chance | 0 | ~a lot | ~0% | 25% | 0 |
            | Orchard-1.3B‡ | 3.0e21 | 7.50 | 57.2% | 71.1% | 825 |
            | Grove-2.5B* | 2.4e21 | ----- | 61.7% | ----- | 174 |
            """)
        let catalog = enrichment.catalog
        #expect(catalog.models.map(\.name) == ["Grove-2.5B", "Orchard-1.3B"])
        let metrics = Dictionary(
            uniqueKeysWithValues: catalog.benchmarks.map { benchmark in
                (benchmark.name, benchmark.metrics.values.map { "\($0.name) \($0.direction.rawValue)" }.sorted())
            })
        #expect(metrics == ["LAMBADA": ["Acc. higher", "PPL lower"], "PIQA": [" higher"]])
        #expect(catalog.scores.filter { $0.value == nil }.count == 2)
        #expect(!enrichment.diagnostics.contains { $0.message.contains("cannot read") })
    }

    /// OpenChat's card: a row of the best other models' scores (`Open-source SOTA**`) is no
    /// model, and a `^` after a name is a footnote's mark.
    @Test func aStateOfTheArtRowIsNoModel() throws {
        let catalog = try read(
            """
            ## Results

            | Model | MT-Bench | MMLU |
            |---|---|---|
            | Orchard-7B | 7.81 | 64.3 |
            | Grove-β^ | 7.34 | 39.8 |
            | Open-source SOTA** | 7.71 | 63.7 |
            """
        ).catalog
        #expect(catalog.models.map(\.name) == ["Grove-β", "Orchard-7B"])
    }

    /// Zephyr's card: its training log (`| Training Loss | Epoch | Step | Validation Loss |`)
    /// has numbers where names would be: no results, and the note says why.
    @Test func aTrainingLogIsNoResults() throws {
        let enrichment = try read(
            """
            ## Training results

            | Training Loss | Epoch | Step | Validation Loss | Rewards/chosen |
            |---|---|---|---|---|
            | 0.6284 | 0.05 | 100 | 0.6098 | 0.0425 |
            | 0.4908 | 0.1 | 200 | 0.5426 | -0.0279 |
            """)
        #expect(enrichment.catalog.models.isEmpty)
        #expect(enrichment.catalog.benchmarks.isEmpty)
        #expect(enrichment.diagnostics.contains { $0.message.contains("holds numbers, not the names of models") })
    }

    /// Aquila2's chat table has only `Avg<br/>(…)` columns: not read, and the note says why.
    @Test func aTableOfAveragesAloneSaysSo() throws {
        let enrichment = try read(
            """
            ## Chat

            | Model | Avg<br/>(obj. + subj.) | Avg<br/>(obj.) |
            |---|---|---|
            | Orchard-34B-Chat | 70.2 | 70.0 |
            """)
        #expect(enrichment.catalog.scores.isEmpty)
        let note = try #require(enrichment.diagnostics.first { $0.message.contains("table not read") })
        #expect(note.message.contains("only columns of scores are averages ('Avg (obj. + subj.)', 'Avg (obj.)')"))
    }

    /// ChatGLM2's card: `### C-Eval` over `| Model | Average | STEM | Humanities |` divides one
    /// benchmark, which the heading names; the average is its headline score. Under a heading
    /// that names no benchmark, or over well-known benchmarks, the columns stay benchmarks.
    @Test func aHeadingNamesTheBenchmarkAnAveragedTableDivides() throws {
        let catalog = try read(
            """
            ## Results

            ### C-Eval

            | Model | Average | STEM | Humanities |
            |---|---|---|---|
            | Orchard-6B | 51.7 | 48.6 | 51.3 |

            ### Evaluation

            | Model | Average | MMLU | GSM8K |
            |---|---|---|---|
            | Orchard-6B | 50.0 | 47.9 | 52.1 |

            ### Multilingual

            | Model | Average | Japanese | Korean |
            |---|---|---|---|
            | Orchard-6B | 40.0 | 41.0 | 39.0 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["C-Eval", "GSM8K", "Japanese", "Korean", "MMLU"])
        let cEval = catalog.scores.filter { $0.benchmark.rawValue == "c-eval" }
        let parts = Dictionary(uniqueKeysWithValues: cEval.map { ($0.setting.qualifier, $0.value) })
        #expect(parts == ["": 51.7, "STEM": 48.6, "Humanities": 51.3])
    }

    /// Index-1.9B's and Orion's cards mark a result they did not get with `/` or `*`: not reported,
    /// no warning.
    @Test func slashAndStarMeanNotReported() throws {
        let enrichment = try read(
            """
            ## Results

            | Model | MMLU | GSM8K | HumanEval |
            |---|---|---|---|
            | Orchard-7B | 60.1 | / | * |
            | Orchard-13B | 65.3 | 40.2 | 30.5 |
            """)
        #expect(enrichment.catalog.scores.filter { $0.value == nil }.map(\.raw).sorted() == ["*", "/"])
        #expect(!enrichment.diagnostics.contains { $0.message.contains("cannot read") })
    }

    /// Llama 2's card leaves the size column without a header (`|||TruthfulQA|`): each row is
    /// the family at that size, not four rows of one model `Llama 1` (a name given one size
    /// stays one model of that size).
    @Test func anUnheadedColumnOfSizesGivesEachRowsSize() throws {
        let enrichment = try read(
            """
            ## Safety

            |||TruthfulQA|Toxigen|
            |---|---|---|---|
            |Orchard 1|7B|27.42|23.00|
            |Orchard 1|13B|41.74|23.08|
            |Orchard 2|7B|33.29|21.25|
            """)
        let catalog = enrichment.catalog
        #expect(catalog.models.map(\.name).sorted() == ["Orchard 2", "Orchard-1-13B", "Orchard-1-7B"])
        #expect(
            catalog.models.map { $0.shape.totalParameters?.value.billions }.compactMap { $0 }.sorted() == [7, 7, 13])
        #expect(catalog.benchmarks.map(\.name).sorted() == ["Toxigen", "TruthfulQA"])
        #expect(!enrichment.diagnostics.contains { $0.message.contains("different values") })
    }

    /// Chinese-LLaMA-3's card gives Mixtral's size as `8x7B`: experts, not a total, so no fact
    /// and no warning; `7B` beside it is a size, and `big` is still a typo.
    @Test func anExpertLayoutInASizeColumnIsNoTypo() throws {
        let enrichment = try read(
            """
            ## Models

            | Model | Size | MMLU |
            |---|---|---|
            | Mixtral-Instruct | 8x7B | 70.6 |
            | Orchard-Instruct | 7B | 60.1 |
            | Pear-Instruct | big | 50.2 |
            """)
        let warned = enrichment.diagnostics.filter { $0.message.contains("parameter count") }
        #expect(warned.map(\.message) == ["cannot read 'big' as a parameter count such as 21B"])
        let sizes = enrichment.catalog.models.map { "\($0.name) \($0.shape.totalParameters?.value.text ?? "-")" }
        #expect(sizes.sorted() == ["Mixtral-Instruct -", "Orchard-Instruct 7B", "Pear-Instruct -"])
    }

    @Test func columnsAveragedByAnAverageColumnAreNotModels() throws {
        let enrichment = try read(
            """
            ## Detailed results

            | Task | **Algebra** | **Geometry** | Number Theory | **Mean** |
            |:---:|:---:|:---:|:---:|:---:|
            | **MATH** | 51.5 | 45.1 | 43.9 | 46.8 |
            | GSM-Hard | 49.8 | - | 65.6 | 57.7 |
            """)
        #expect(enrichment.catalog.models.isEmpty)
        #expect(enrichment.catalog.scores.isEmpty)
        #expect(enrichment.diagnostics.contains { $0.message.contains("'Mean' averages them") })
    }

    /// The same table under a paragraph that names one known model in bold is that model's
    /// scores by part: each column qualifies the setting; the average, derived, is left out.
    @Test func partsOfBenchmarksAreTheScoresOfTheModelNamedAbove() throws {
        let enrichment = try read(
            """
            ## Results

            | Model | MATH |
            |---|---|
            | DeepSeek-Math-7B | 46.8 |
            | Qwen-7B | 12.0 |

            ## Details

            Results of **DeepSeek-Math-7B** by subject, and of *Qwen-7B* nowhere.

            | Task | **Algebra** | Number Theory | **Mean** |
            |:---:|:---:|:---:|:---:|
            | **MATH** | 51.5 | 43.9 | 46.8 |
            | GSM-Hard | 49.8 | - | 49.8 |
            """)
        let catalog = enrichment.catalog
        #expect(catalog.models.map(\.name).sorted() == ["DeepSeek-Math-7B", "Qwen-7B"])
        let parts = catalog.scores.filter { !$0.setting.qualifier.isEmpty }.map {
            "\($0.model.rawValue) \($0.benchmark.rawValue) \($0.setting.qualifier) \($0.raw)"
        }
        #expect(
            Set(parts) == [
                "deepseek-math-7b math Algebra 51.5", "deepseek-math-7b math Number Theory 43.9",
                "deepseek-math-7b gsm-hard Algebra 49.8", "deepseek-math-7b gsm-hard Number Theory -",
            ])
        #expect(catalog.tables.count == 2)
    }

    /// A sub-header row of shots under the benchmarks, `3-shot@1` among them (Yi's cards).
    @Test func aSubHeaderOfShotsWithSamplesGivesTheShots() throws {
        let enrichment = try read(
            """
            ## Results

            | Model | MMLU | BBH |
            |---|:---:|:---:|
            |  | 5-shot | 3-shot@1 |
            | Qwen-14B | 66.3 | 53.4 |
            """)
        #expect(enrichment.catalog.scores.map(\.setting.shots) == ["3-shot", "5-shot"])
    }

    /// Llama's cards head the category column `Capability`.
    @Test func aCapabilityColumnGivesTheCategories() throws {
        let enrichment = try read(
            """
            ## Instruction tuned

            | Capability | Benchmark | # Shots | Llama 3.2 1B | Llama 3.2 3B |
            | :---: | :---: | :---: | :---: | :---: |
            | General | MMLU | 5 | 49.3 | 63.4 |
            | Math | GSM8K (CoT) | 8 | 44.4 | 77.7 |
            """)
        let categories = Dictionary(
            uniqueKeysWithValues: enrichment.catalog.benchmarks.map { ($0.name, $0.category ?? "") })
        #expect(categories == ["MMLU": "General", "GSM8K": "Math"])
    }

    /// Under a heading that names a benchmark read before, columns an Average sums up are parts
    /// of it; under any other heading they stay benchmarks (a leaderboard's own average).
    @Test(arguments: ["### MMLU Category Results", "### Leaderboard"])
    func averagedColumnsUnderABenchmarksHeadingArePartsOfIt(heading: String) throws {
        let enrichment = try read(
            """
            ## Results

            | Model | MMLU |
            |---|---|
            | Qwen-7B | 58.2 |

            \(heading)

            | Model | Average | STEM | Humanities |
            |---|---|---|---|
            | Qwen-7B | 58.2 | 50.1 | 66.3 |
            """)
        let parts = enrichment.catalog.scores.map { "\($0.benchmark.rawValue) \($0.setting.qualifier) \($0.raw)" }
        if heading.contains("MMLU") {
            #expect(Set(parts) == ["mmlu  58.2", "mmlu STEM 50.1", "mmlu Humanities 66.3"])
        } else {
            #expect(Set(parts) == ["mmlu  58.2", "stem  50.1", "humanities  66.3"])
        }
    }

    /// ChatGLM3's card names the benchmark whose parts an Average sums up only in the sentence
    /// above the table. A sentence naming no benchmark, or two, leaves the columns benchmarks.
    @Test(
        arguments: [
            (
                "We tested Orchard-7B-32K on long texts, and also on the LongBench evaluation set, as shown below.",
                "longbench"
            ),
            ("Results on C-Eval:", "c-eval"),
            // Only the paragraph right above the table counts.
            ("It ranks well on the Open LLM Leaderboard.\n\nWe also tested it on the LongBench set.", "longbench"),
            ("Results on 7B models are below.", nil),
            ("We report results on LongBench and on L-Eval.", nil),
            ("We report results below.", nil),
        ] as [(String, String?)])
    func averagedColumnsArePartsOfTheBenchmarkTheTextAboveNames(lead: String, benchmark: String?) throws {
        let enrichment = try read(
            """
            ## Results

            \(lead)

            | Model | Average | Summary | Code | Few-shot |
            |---|---|---|---|---|
            | Orchard-7B-32K | 41.5 | 24.8 | 52.8 | 51.3 |
            """)
        let ids = Set(enrichment.catalog.scores.map(\.benchmark.rawValue))
        if let benchmark {
            #expect(ids == [benchmark])
            #expect(Set(enrichment.catalog.scores.map(\.setting.qualifier)) == ["", "Summary", "Code", "Few-shot"])
        } else {
            #expect(ids == ["summary", "code", "few-shot"])
        }
    }

    /// Phi-3's card titles tables with a line instead of a heading (`RULER: a retrieval-based
    /// benchmark …`): the line names the benchmark whose parts the columns are, as a heading
    /// would. A sentence that is no title (more than five words before any colon) names none,
    /// even when it starts with a benchmark's name.
    @Test(
        arguments: [
            ("RULER: a retrieval-based benchmark for long context understanding", "ruler"),
            ("MMLU category results:", "mmlu"),
            ("GSM8K and MATH are left out, and the parts below are from our own suite:", nil),
        ] as [(String, String?)])
    func aLineThatTitlesATableNamesTheBenchmarkItDivides(line: String, benchmark: String?) throws {
        let catalog = try read(
            """
            \(line)

            | Model | 4K | 128K | STEM | Average |
            | :- | :- | :- | :- | :- |
            | Orchard-7B | 86.7 | 43.3 | 52.1 | **60.7** |
            """
        ).catalog
        let ids = Set(catalog.scores.map(\.benchmark.rawValue))
        if let benchmark {
            #expect(ids == [benchmark])
            #expect(Set(catalog.scores.map(\.setting.qualifier)) == ["", "4K", "128K", "STEM"])
        } else {
            #expect(ids == ["4k", "128k", "stem"])
        }
        // Without an Average, columns of context lengths are one benchmark the line names too.
        let lengths = try read(
            """
            \(line)

            | Model | 4K | 128K |
            | :- | :- | :- |
            | Orchard-7B | 86.7 | 43.3 |
            """
        ).catalog
        if line.hasPrefix("RULER") { #expect(lengths.benchmarks.map(\.name) == ["RULER"]) }
    }

    /// Phi-3's card compares models by category (`| Category | Gemma-7B |` over `Reasoning`,
    /// `Math`): averages over benchmarks it does not name, so no benchmarks (`Math` is not
    /// MATH), with a note. The same header over benchmarks' names is read.
    @Test(arguments: [true, false])
    func rowsOfCategoriesAreNoBenchmarks(categories: Bool) throws {
        let rows =
            categories
            ? "| Reasoning | 60.3 | 62.8 |\n| Math | 35.8 | 25.4 |\n| Code generation | 41.2 | 38.0 |"
            : "| HellaSwag | 60.3 | 62.8 |\n| GSM8K | 35.8 | 25.4 |"
        let enrichment = try read(
            """
            | Category | Gemma-7B | Mistral-7B |
            |:--|:--|:--|
            \(rows)
            """)
        if categories {
            #expect(enrichment.catalog.benchmarks.isEmpty && enrichment.catalog.scores.isEmpty)
            #expect(enrichment.diagnostics.contains { $0.message.contains("categories of benchmarks ('Reasoning'") })
        } else {
            #expect(enrichment.catalog.benchmarks.map(\.name).sorted() == ["GSM8K", "HellaSwag"])
            #expect(enrichment.catalog.scores.count == 4)
        }
    }

    /// OLMo's card gives a cell's own shots after its number (`12.0 (8shot CoT)`): that score's
    /// setting. Parentheses without shots (`+2.3`) leave the setting as the headers give it.
    @Test func shotsInACellAreThatScoresSetting() throws {
        let catalog = try read(
            """
            | | Llama 2 7B | Falcon 7B |
            | --- | --- | --- |
            | GSM8k (mixed eval.) | 12.0 (8shot CoT) | 4.0 (5 shot) |
            | MMLU (5-shot) | 45.0 (+2.3) | 24.0 |
            """
        ).catalog
        let settings = Dictionary(
            uniqueKeysWithValues: catalog.scores.map { ("\($0.model.rawValue) \($0.benchmark.rawValue)", $0.setting) })
        #expect(settings["llama-2-7b gsm8k"] == Setting(metric: "", shots: "8-shot", qualifier: "mixed eval., CoT"))
        #expect(settings["falcon-7b gsm8k"] == Setting(metric: "", shots: "5-shot", qualifier: "mixed eval."))
        #expect(settings["llama-2-7b mmlu"] == Setting(metric: "", shots: "5-shot", qualifier: ""))
        #expect(catalog.scores.first { $0.raw == "45.0 (+2.3)" }?.value == 45)
    }

    /// Directions and scales a benchmark's name gives: Gemma 2's harm benchmarks are better
    /// lower in any metric, Skywork's `Documentation Perplexity` heading names one benchmark
    /// (better lower) whose parts the columns are, and `AlignBench v1.1` is judged out of 10
    /// as AlignBench is.
    @Test func aBenchmarksNameGivesItsDirectionAndScale() throws {
        let catalog = try read(
            """
            ## Safety

            | Benchmark | Metric | Gemma 2 9B |
            | :- | :- | :- |
            | RealToxicity | average | 8.25 |
            | CrowS-Pairs | top-1 | 37.47 |
            | Winogender | top-1 | 79.17 |

            ## Documentation Perplexity Evaluation

            | | Tech | Movie | Average |
            |---|---|---|---|
            | Qwen-7B | 13.39 | 25.16 | 10.83 |

            ## Chat

            | Model | AlignBench v1.1 |
            |---|---|
            | GLM-4-9B-Chat | 6.61 |
            """
        ).catalog
        func metric(_ name: String) -> Metric? { catalog.benchmarks.first { $0.name == name }?.metrics.values.first }
        #expect(metric("RealToxicity")?.direction == .lowerIsBetter)
        #expect(metric("RealToxicity")?.scale == .percent)
        #expect(metric("CrowS-Pairs")?.direction == .lowerIsBetter)
        #expect(metric("Winogender")?.direction == .higherIsBetter)
        #expect(metric("Documentation Perplexity")?.direction == .lowerIsBetter)
        #expect(catalog.scores.filter { $0.benchmark.rawValue == "documentation-perplexity" }.count == 3)
        #expect(metric("AlignBench v1.1")?.scale == .outOfTen)
    }

    /// Qwen2-VL's card writes two settings' scores in one cell (`54.0/56.9` under `Video-MME
    /// (wo/w subs)`): two scores, each with its setting and its half of the cell. A pair whose
    /// header names no two settings is not dropped in silence: a warning says what to write.
    @Test func aCellOfTwoScoresIsTwoSettings() throws {
        let enrichment = try read(
            """
            | Benchmark | InternVL2-8B | Qwen2-VL-7B |
            | :--- | :---: | :---: |
            | MVBench | 66.4 | **67.0** |
            | Video-MME<sub>wo/w subs</sub> | 54.0/56.9 | **63.3**/**69.0** |
            | MMBench | 79.1/80.2 | 81.0 |
            """)
        let videos = enrichment.catalog.scores.filter { $0.benchmark.rawValue == "video-mme" }
        #expect(
            Set(videos.map { "\($0.model.rawValue) \($0.setting.qualifier) \($0.raw)" }) == [
                "internvl2-8b wo subs 54.0", "internvl2-8b w subs 56.9", "qwen2-vl-7b wo subs 63.3",
                "qwen2-vl-7b w subs 69.0",
            ])
        #expect(enrichment.diagnostics.contains { $0.message.contains("'79.1/80.2' holds two scores") })
        // Llama 4's card names the two settings in the label's last word.
        let mtob = try read(
            """
            | Benchmark | Llama 4 Scout |
            |---|---|
            | MTOB (half book) eng->kgv/kgv->eng | 42.2/36.6 |
            """
        ).catalog
        #expect(mtob.benchmarks.map(\.name) == ["MTOB"])
        let across = try read(
            """
            | Model | MTOB (half book) eng->kgv/kgv->eng | MMLU |
            |---|---|---|
            | Llama 4 Scout | 42.2/36.6 | 79.6 |
            """
        ).catalog
        #expect(across.benchmarks.map(\.name).sorted() == ["MMLU", "MTOB"])
        #expect(across.scores.count == 3)
        #expect(
            Set(mtob.scores.map { "\($0.setting.qualifier) \($0.raw)" }) == [
                "half book, eng->kgv 42.2", "half book, kgv->eng 36.6",
            ])
        #expect(enrichment.catalog.scores.contains { $0.benchmark.rawValue == "mmbench" && $0.value == 81 })
    }

    /// Skywork's card names the model of a table of benchmarks' parts in plain words above it
    /// (`detailed results of the Skywork-13B-Base model`), not in bold: its scores. Words that
    /// name two known models name none, and the table is not read, with a note.
    @Test(arguments: [
        ("We provide detailed results of the Orchard-13B-Base model on C-EVAL and MMLU.", true),
        ("Orchard-13B-Base and Grove-7B were both tested; by subject:", false),
    ])
    func theWordsAboveATableOfPartsNameItsModel(lead: String, read: Bool) throws {
        let enrichment = try self.read(
            """
            ## Results

            | Model | C-Eval | MMLU |
            |---|---|---|
            | Orchard-13B-Base | 59.5 | 61.6 |
            | Grove-7B | 50.1 | 55.0 |

            ## Detailed results

            \(lead)

            | Benchmark | **STEM** | **Humanities** | **Average** |
            |:-:|:-:|:-:|:-:|
            | **C-Eval** | 51.5 | 65.1 | 59.5 |
            | **MMLU** | 50.6 | 57.8 | 61.6 |
            """)
        let parts = enrichment.catalog.scores.filter { !$0.setting.qualifier.isEmpty }
        if read {
            #expect(Set(parts.map(\.model.rawValue)) == ["orchard-13b-base"])
            #expect(parts.count == 4)
        } else {
            #expect(parts.isEmpty)
            #expect(enrichment.diagnostics.contains { $0.message.contains("no one model is named above it") })
        }
    }

    /// Hugging Face cards paste the Open LLM Leaderboard's table, which spells ARC-Challenge
    /// out: one benchmark with the card's own `ARC_c` column.
    @Test func theOpenLLMLeaderboardsNamesAreTheCardsBenchmarks() throws {
        let catalog = try read(
            """
            # TinyLlama-1.1B

            | Model | HellaSwag | ARC_c |
            |---|---|---|
            | TinyLlama-1.1B | 59.20 | 30.12 |

            ## Open LLM Leaderboard Evaluation Results

            |             Metric              |Value|
            |---------------------------------|----:|
            |AI2 Reasoning Challenge (25-Shot)|33.87|
            |HellaSwag (10-Shot)              |60.31|
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.id.rawValue).sorted() == ["arc-c", "hellaswag"])
        let arc = catalog.scores.filter { $0.benchmark.rawValue == "arc-c" }
        #expect(Set(arc.map(\.setting.shots)) == ["", "25-Shot"])
    }

    /// MiniMax-Text-01's card splits a benchmark named by its heading into an `overall` column
    /// and its parts: the overall score is the benchmark's, the parts its settings.
    @Test func anOverallColumnUnderABenchmarksHeadingIsItsHeadline() throws {
        let catalog = try read(
            """
            #### LongBench v2
            | Model | overall | easy | hard |
            |---|---|---|---|
            | GPT-4o | 51.4 | 54.2 | 49.7 |
            | MiniMax-Text-01 | 56.5 | 66.1 | 50.5 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["LongBench v2"])
        let gpt = catalog.scores.filter { $0.model.rawValue == "gpt-4o" }
        #expect(Set(gpt.map { "\($0.setting.qualifier) \($0.raw)" }) == [" 51.4", "easy 54.2", "hard 49.7"])
    }

    /// MiniMax's Ruler table gives fractions (`0.970`): a ratio, not percentages below one.
    @Test func scoresOfAtMostOneAreFractions() throws {
        let catalog = try read(
            """
            #### Ruler
            | Model | 4k | 8k |
            |-------|----|----|
            | GPT-4o | 0.970 | 0.921 |
            """
        ).catalog
        #expect(catalog.benchmarks.first?.metrics.values.first?.scale == .ratio)
    }

    /// Llama 3.2's card measures its quantized builds' speed and size: properties in units, not
    /// benchmarks, and its rows no models.
    @Test func speedAndSizeColumnsAreNoBenchmarks() throws {
        let enrichment = try read(
            """
            ## Inference time
            | Category | Decode (tokens/sec) | Time-to-first-token (sec) | Model size (PTE file size in MB) |
            | :---- | ----- | ----- | ----- |
            | 1B BF16 (baseline) | 19.2 | 1.0 | 2358 |
            | 1B SpinQuant | 50.2 (2.6x) | 0.3 (-76.9%) | 1083 (-54.1%) |
            """)
        #expect(enrichment.catalog.benchmarks.isEmpty && enrichment.catalog.models.isEmpty)
        #expect(enrichment.diagnostics.contains { $0.message.contains("table not read as results") })
    }

    /// Llama 4's card gives its pre-trained and its instruction-tuned models the same names
    /// (`Llama 4 Scout`, no size), each table under its heading (with a stray `##` between): the
    /// name read first under the pre-trained heading is the base model, and under the tuned
    /// heading the tuned one, so their scores do not disagree.
    @Test func oneNameUnderBaseAndTunedHeadingsIsTwoModels() throws {
        let enrichment = try read(
            """
            ## Benchmarks
            ### Pre-trained models
            ##

            | Benchmark | Llama 4 Scout | Llama 4 Maverick |
            |---|---|---|
            | ChartQA | 83.4 | 85.3 |

            ### Instruction tuned models
            ##

            | Benchmark | Llama 4 Scout | Llama 4 Maverick |
            |---|---|---|
            | ChartQA | 88.8 | 90.0 |
            """)
        let catalog = enrichment.catalog
        #expect(
            catalog.models.map(\.name).sorted() == [
                "Llama 4 Maverick", "Llama 4 Maverick-Instruct", "Llama 4 Scout", "Llama 4 Scout-Instruct",
            ])
        #expect(catalog.models.first { $0.name == "Llama 4 Scout" }?.variant == .base)
        // The empty `##` opens no section: the tables are named for the headings they are under.
        #expect(
            catalog.tables.map(\.id.rawValue).sorted() == [
                "benchmarks-instruction-tuned-models", "benchmarks-pre-trained-models",
            ])
        #expect(!enrichment.diagnostics.contains { $0.message.contains("different values") })
    }

    /// Phi-3's card ends a table of benchmarks under categories with `| **Average** | | 66.4 |`:
    /// the average in the category column is the row's label, so the row continues no benchmark.
    @Test func anAverageInTheCategoryColumnContinuesNoBenchmark() throws {
        let enrichment = try read(
            """
            | Category | Benchmark | Gemma-7B | Mistral-7B |
            | :- | :- | :- | :- |
            | Code Generation | HumanEval <br>0-shot | 34.1 | 28.0 |
            | | MBPP <br>3-shot | 51.5 | 50.8 |
            | **Average** | | **56.0** | **56.4** |
            """)
        let scores = enrichment.catalog.scores.map { "\($0.benchmark.rawValue) \($0.raw)" }
        #expect(Set(scores) == ["humaneval 34.1", "humaneval 28.0", "mbpp 51.5", "mbpp 50.8"])
        #expect(!enrichment.diagnostics.contains { $0.message.contains("different values") })
    }

    /// XVERSE's card marks numbers with footnote superscripts: a score's raw text keeps the mark
    /// as a mark, not as more digits that read as another number.
    @Test func aFootnoteSuperscriptIsAMarkInTheRawText() throws {
        let catalog = try read(
            """
            | Models | MMLU | C-Eval |
            | :-: | :-: | :-: |
            | Baichuan-13B | 51.6<sup>2</sup> | 53.6 |
            """
        ).catalog
        #expect(Set(catalog.scores.map(\.raw)) == ["51.6²", "53.6"])
        #expect(Set(catalog.scores.compactMap(\.value)) == [51.6, 53.6])
    }

    /// Beyonder's card averages benchmarks (`AGIEval | GPT4All | TruthfulQA | Bigbench |
    /// Average`) under text that mentions results on the Open LLM Leaderboard: those are
    /// benchmarks, not its parts, whether the text is right above the table or further up.
    @Test(arguments: [true, false])
    func benchmarksAnAverageSumsUpAreNoPartsOfWhatTheTextMentions(rightAbove: Bool) throws {
        let mention = "It ranks well on the Open LLM Leaderboard."
        let enrichment = try read(
            """
            ## Evaluation

            \(rightAbove ? "Some words." : mention)

            \(rightAbove ? mention : "It also does well, as below.")

            | Model | AGIEval | GPT4All | TruthfulQA | Bigbench | Average |
            |---|---|---|---|---|---|
            | Orchard-7B | 45.1 | 75.2 | 65.3 | 47.0 | 58.2 |
            """)
        #expect(
            enrichment.catalog.benchmarks.map(\.name).sorted() == ["AGIEval", "Bigbench", "GPT4All", "TruthfulQA"])
    }

    /// Columns headed by context lengths are one benchmark, named by the heading, at each length.
    @Test func contextLengthColumnsAreOneBenchmarkNamedByTheHeading() throws {
        let enrichment = try read(
            """
            ### RULER Benchmark - Effective context length

            |Models|Claimed Length|4K|32K|128K|
            |:---:|:---:|:---:|:---:|:---:|
            Qwen-7B-Chat|32K|96.7|95.4|-|
            Llama-3-8B|128K|96.5|94.8|66.6|
            """)
        let catalog = enrichment.catalog
        #expect(catalog.benchmarks.map(\.name) == ["RULER"])
        #expect(Set(catalog.scores.map(\.setting.qualifier)) == ["4K", "32K", "128K"])
        #expect(catalog.scores.filter(\.isReported).count == 5)
        #expect(ResultsTableReader.isContextLength("1M") && ResultsTableReader.isContextLength("32k tokens"))
        #expect(!ResultsTableReader.isContextLength("K") && !ResultsTableReader.isContextLength("MMLU"))
    }

    /// An `Overall` column is the headline score of the benchmark the link above the table names;
    /// the other columns are its parts. Without such a name the columns stay as they are.
    @Test(arguments: [true, false])
    func anOverallColumnIsTheBenchmarkTheLinkAboveNames(linked: Bool) throws {
        let lead = linked ? "Tested on [Function Calling Board](https://example.org/board)." : "Tested as follows."
        let enrichment = try read(
            """
            ### Function Call

            \(lead)

            | Model | Overall Acc. | AST Summary | Relevance |
            |:---|:---:|:---:|:---:|
            | Llama-3-8B-Instruct | 58.88 | 59.25 | 45.83 |
            """)
        let scores = enrichment.catalog.scores.map {
            "\($0.benchmark.rawValue) \($0.setting.metric) \($0.setting.qualifier) \($0.raw)"
        }
        if linked {
            #expect(
                Set(scores) == [
                    "function-calling-board Acc.  58.88", "function-calling-board  AST Summary 59.25",
                    "function-calling-board  Relevance 45.83",
                ])
        } else {
            #expect(Set(scores) == ["overall Acc.  58.88", "ast-summary   59.25", "relevance   45.83"])
        }
    }

    /// A label column headed `Language` holds the languages of the benchmark the heading names.
    @Test func languageRowsAreOneBenchmarkNamedByTheHeading() throws {
        let enrichment = try read(
            """
            ### Multilingual MMLU

            | Language    | Qwen-7B-Chat | Llama-3-8B |
            |:---:|:---:|:---|
            | **French**  | 75.8 | 65.9 |
            | **Arabic**  | 67.1 | 57.3 |
            """)
        let catalog = enrichment.catalog
        #expect(catalog.benchmarks.map(\.name) == ["Multilingual MMLU"])
        #expect(Set(catalog.scores.map(\.setting.qualifier)) == ["French", "Arabic"])
    }

    /// The same with the lengths as rows and the models as columns.
    @Test func contextLengthRowsAreOneBenchmarkNamedByTheHeading() throws {
        let enrichment = try read(
            """
            ### Needle in a Haystack (accuracy)

            | Length | Qwen-7B-Chat | Llama-3-8B |
            |---|---|---|
            | 4K | 100 | 98.1 |
            | 128K | - | 71.5 |
            """)
        let catalog = enrichment.catalog
        #expect(catalog.benchmarks.map(\.name) == ["Needle in a Haystack"])
        #expect(Set(catalog.scores.map(\.setting.qualifier)) == ["4K", "128K"])
        #expect(catalog.models.count == 2)
    }

    // MARK: - One model, one id

    @Test(arguments: [true, false])
    func aSizeInAParameterColumnDoesNotSplitAModel(downloadsFirst: Bool) throws {
        let downloads = """
            ## Downloads

            | Model | # Total Params |
            |---|---|
            | DeepSeek-V3 | 671B |
            """
        let results = """
            ## Results

            | Model | MMLU |
            |---|---|
            | DeepSeek-V3 | 88.5 |
            """
        let enrichment = try read(downloadsFirst ? downloads + "\n\n" + results : results + "\n\n" + downloads)
        let models = enrichment.catalog.models
        #expect(models.map(\.name) == ["DeepSeek-V3"])
        #expect(models.first?.shape.totalParameters?.value.billions == 671)
        #expect(enrichment.catalog.scores.map(\.value) == [88.5])
    }

    @Test func aFamilyNameWithSeveralSizesStillNamesEachSize() throws {
        let enrichment = try read(
            """
            ## Code

            | Model | #TP | HumanEval |
            |---|---|---|
            | Coder-Base | 7B | 36.2 |
            | Coder-Base | 33B | 39.1 |
            """)
        #expect(enrichment.catalog.models.map(\.name).sorted() == ["Coder-33B-Base", "Coder-7B-Base"])
    }

    @Test func aSizeInTheNameThatDisagreesWithTheColumnIsReported() throws {
        let enrichment = try read(
            """
            ## Sizes

            | Model | # Total Params | MMLU |
            |---|---|---|
            | Qwen-7B | 14B | 60.1 |
            """)
        #expect(!enrichment.findings(containing: "total parameters of Qwen-7B").isEmpty)
    }

    // MARK: - Every table accounted for

    @Test func tablesOutsideSecondLevelSectionsAreRead() throws {
        let enrichment = try read(
            """
            # Doc

            | Model | MMLU |
            |---|---|
            | Qwen-7B | 50.1 |

            ## Results

            | Model | MMLU |
            |---|---|
            | Qwen-14B | 60.2 |

            # Appendix

            | Model | MMLU |
            |---|---|
            | Qwen-72B | 70.3 |
            """)
        let scored = Set(enrichment.catalog.scores.map(\.model.rawValue))
        #expect(scored == ["qwen-7b", "qwen-14b", "qwen-72b"])
    }

    @Test func aLinkTableCreatesNoModelAndNoBenchmarkAndSaysWhy() throws {
        let enrichment = try read(
            """
            ## Links

            | Resource | URL |
            |---|---|
            | Blog | https://example.com/blog |
            | Hugging Face | https://huggingface.co/x |
            """)
        #expect(enrichment.catalog.models.isEmpty)
        #expect(enrichment.catalog.benchmarks.isEmpty)
        let notes = enrichment.diagnostics.filter { $0.severity == .note }
        #expect(notes.map(\.location.line) == [3])
        #expect(notes.first?.message.contains("not read") == true)
        #expect(enrichment.diagnostics.allSatisfy { $0.severity == .note })
    }

    @Test func aDeploymentTableOfYesAndNoCreatesNothing() throws {
        let enrichment = try read(
            """
            ## Deployment

            | Framework | BF16 | FP8 |
            |---|---|---|
            | vLLM | Yes | Yes |
            | transformers | Yes | No |
            | llama.cpp/ollama | No | Yes |
            """)
        #expect(enrichment.catalog.models.isEmpty)
        #expect(enrichment.catalog.benchmarks.isEmpty)
    }

    @Test func aDownloadTableGivesModelsTheirFactsButMakesNoBenchmark() throws {
        let enrichment = try read(
            """
            ## Downloads

            | Model | # Total Params | # Activated Params | Context Length | Download |
            |---|---|---|---|---|
            | DeepSeek-V3-Base | 671B | 37B | 128K | [🤗 Hugging Face](https://huggingface.co/x) |
            | DeepSeek-V3 | 671B | 37B | 128K | [🤗 Hugging Face](https://huggingface.co/y) |
            """)
        #expect(enrichment.catalog.models.map(\.name).sorted() == ["DeepSeek-V3", "DeepSeek-V3-Base"])
        #expect(enrichment.catalog.benchmarks.isEmpty)
        #expect(enrichment.catalog.models.allSatisfy { $0.shape.activeParameters?.value.billions == 37 })
    }

    @Test func aHyperparameterTableDoesNotTurnBenchmarksIntoModels() throws {
        let enrichment = try read(
            """
            ## Results

            | Model | AFQMC | TNEWS |
            |---|---|---|
            | ERNIE 3.0-Base | 76.53 | 58.73 |

            ## Fine-tuning hyperparameters

            | Task | AFQMC | TNEWS |
            |---|---|---|
            | epoch | 3 | 3 |
            | max_seq_length | 128 | 128 |
            """)
        #expect(enrichment.catalog.models.map(\.name) == ["ERNIE 3.0-Base"])
        #expect(enrichment.catalog.benchmarks.map(\.name).sorted() == ["AFQMC", "TNEWS"])
        #expect(enrichment.catalog.scores.count == 2)
        #expect(enrichment.diagnostics.contains { $0.severity == .note && $0.location.line == 9 })
    }

    // MARK: - Headers and cells as real cards write them

    @Test(arguments: ["#Active Params", "# Active Params", "Activated Params", "#AP", "Active Parameters"])
    func activeParameterHeaders(header: String) throws {
        let enrichment = try read(
            """
            ## Sizes

            | Model | #Total Params | \(header) | MMLU |
            |---|---|---|---|
            | DeepSeek-V2 | 236B | 21B | 78.5 |
            """)
        let model = try #require(enrichment.catalog.models.first)
        #expect(model.shape.activeParameters?.value.billions == 21)
        #expect(enrichment.catalog.benchmarks.map(\.name) == ["MMLU"])
    }

    @Test(arguments: [
        ("88.5", 88.5), ("**88.5**", 88.5), ("88.5*", 88.5), ("88.5†", 88.5), ("88.5<sup>1</sup>", 88.5),
        ("88.5¹", 88.5), ("88.5 ± 0.3", 88.5), ("88.5±0.3", 88.5), ("88.5%", 88.5), ("↑88.5", 88.5),
        ("88.5 ↑", 88.5), ("2,029", 2029.0), ("−1.5", -1.5), ("88.5 (+2.1)", 88.5), ("2/30", 100.0 * 2 / 30),
        ("~88.5", 88.5), ("*88.5*", 88.5), ("88.5<sup>a</sup>", 88.5), ("88.5 [1]", 88.5),
    ])
    func scoresAsRealCardsWriteThem(cell: String, value: Double) throws {
        let enrichment = try read(
            """
            ## Results

            | Model | AIME 2024 |
            |---|---|
            | DeepSeek-R1 | \(cell) |
            """)
        let score = try #require(enrichment.catalog.scores.first)
        #expect(abs((score.value ?? .nan) - value) < 1e-9)
        // Only the metric's range may object (a negative percentage); reading the cell may not.
        #expect(enrichment.diagnostics.filter { !$0.message.contains("outside") }.isEmpty)
    }

    @Test(arguments: ["Average", "Avg.", "Avg", "平均值", "Mean"])
    func averageColumnsAreNotBenchmarks(header: String) throws {
        let enrichment = try read(
            """
            ## Results

            | Model | MMLU | C-Eval | \(header) |
            |---|---|---|---|
            | Qwen-7B | 50.0 | 60.0 | 55.0 |
            """)
        #expect(enrichment.catalog.benchmarks.map(\.name).sorted() == ["C-Eval", "MMLU"])
        #expect(enrichment.catalog.scores.count == 2)
    }

    // MARK: - Names

    @Test func aMakersOtherNameBeforeAModelIsNotPartOfIt() throws {
        let enrichment = try read(
            """
            ## Lists

            | Model | MMLU |
            |---|---|
            | ERNIE-4.5-21B-A3B | 80.1 |
            | 文心一言 ERNIE-4.5-21B-A3B | 80.1 |
            """)
        #expect(enrichment.catalog.models.map(\.id.rawValue) == ["ernie-4.5-21b-a3b"])
        #expect(enrichment.catalog.models.first?.organization?.rawValue == "baidu")
    }

    // MARK: - Labels and headings of real cards

    /// A metric in parentheses that says `avg` (Llama 3.2's `macro_avg/acc`) qualifies the
    /// benchmark; only the name itself makes a row or column an average.
    @Test func anAverageInParenthesesDoesNotMakeAnAverageRow() throws {
        let enrichment = try read(
            """
            ## Results

            | Benchmark | Llama 3.2 1B | Llama 3.2 3B | Average (2 models) |
            |---|---|---|---|
            | MMLU (5-shot, macro\\_avg/acc) | 32.2 | 58.0 | 45.1 |
            | GSM8K (avg@8) | 44.4 | 77.7 | 61.1 |
            | Average | 38.3 | 67.9 | 53.1 |
            """)
        let scores = enrichment.catalog.scores.map { "\($0.benchmark.rawValue) \($0.model.rawValue) \($0.value ?? -1)" }
        #expect(
            scores.sorted() == [
                "gsm8k llama-3.2-1b 44.4", "gsm8k llama-3.2-3b 77.7", "mmlu llama-3.2-1b 32.2",
                "mmlu llama-3.2-3b 58.0",
            ])
    }

    /// `Base Pretrained Models`, `Pre-trained Models` and `Instruction Tuned Models` headings give
    /// their tables' models a variant, as `Base Model` and `Chat Model` do. A base model keeps
    /// the plain name, as makers write it; an instruct model is named for the heading.
    @Test(arguments: [
        ("Base Pretrained Models", "Llama 3.2 1B", Variant.base), ("Pre-trained Models", "Llama 3.2 1B", .base),
        ("Instruction Tuned Models", "Llama 3.2 1B-Instruct", .instruct),
        ("Instruction-tuned models", "Llama 3.2 1B-Instruct", .instruct),
        ("Fine-tuned Models", "Llama 3.2 1B", nil), ("Pretrained and Instruction Tuned", "Llama 3.2 1B", nil),
    ])
    func aHeadingThatNamesAVariantGivesIt(heading: String, model: String, variant: Variant?) throws {
        let enrichment = try read(
            """
            ## Evaluation

            ### \(heading)

            | Benchmark | Llama 3.2 1B |
            |---|---|
            | MMLU | 32.2 |
            """)
        #expect(enrichment.catalog.models.map(\.name) == [model])
        #expect(enrichment.catalog.models.map(\.variant) == [variant])
    }

    /// A bare count in a shots column is that many shots (`5` reads as `5-shot`).
    @Test func aBareCountInAShotsColumnIsShots() throws {
        let enrichment = try read(
            """
            ## Results

            | Benchmark | # Shots | Llama 3.2 1B |
            |---|---|---|
            | MMLU | 5 | 32.2 |
            | ARC-C | 25-shot | 59.4 |
            | GSM8K | - | 44.4 |
            """)
        let shots = Dictionary(
            uniqueKeysWithValues: enrichment.catalog.scores.map { ($0.benchmark.rawValue, $0.setting.shots) })
        #expect(shots == ["mmlu": "5-shot", "arc-c": "25-shot", "gsm8k": ""])
    }

    /// Llama 3.2's multilingual table: rows that leave the benchmark empty continue the one above
    /// (a merged cell), and a text column between the labels and the models (`Language`, `Metric`)
    /// qualifies each row's setting, or names its metric.
    @Test func emptyLabelsContinueTheRowAboveAndTextColumnsQualify() throws {
        let enrichment = try read(
            """
            ## Multilingual

            | Category | Benchmark | Language | Metric | Llama 3.2 1B | Llama 3.2 3B |
            | :---: | :---: | :---: | :---: | :---: | :---: |
            | General | MMLU | Portuguese | em | 39.82 | 54.48 |
            |  |  | Spanish | em | 41.5 | 55.1 |
            |  |  | Thai | | 34.7 | 44.5 |
            |  | GSM8K | | acc_char | 24.5 | 58.2 |
            |  | DROP (F1) | | f1 | 41.1 | 52.0 |
            """)
        let scores = enrichment.catalog.scores.map {
            "\($0.benchmark.rawValue) [\($0.setting.description)] \($0.model.rawValue) \($0.value ?? -1)"
        }
        #expect(
            scores.sorted() == [
                "drop [F1] llama-3.2-1b 41.1", "drop [F1] llama-3.2-3b 52.0",
                "gsm8k [acc_char] llama-3.2-1b 24.5", "gsm8k [acc_char] llama-3.2-3b 58.2",
                "mmlu [EM, Portuguese] llama-3.2-1b 39.82", "mmlu [EM, Portuguese] llama-3.2-3b 54.48",
                "mmlu [EM, Spanish] llama-3.2-1b 41.5", "mmlu [EM, Spanish] llama-3.2-3b 55.1",
                "mmlu [Thai] llama-3.2-1b 34.7", "mmlu [Thai] llama-3.2-3b 44.5",
            ])
        #expect(Set(enrichment.catalog.scores.map(\.source.line)) == [5, 6, 7, 8, 9])
        #expect(enrichment.catalog.benchmarks.map(\.category) == ["General", "General", "General"])
    }

    /// A column of numbers between the labels and the models (a baseline that is no model) does
    /// not qualify the rows: the settings stay as the labels give them.
    @Test func aColumnOfNumbersBesideTheLabelsIsNoQualifier() throws {
        let enrichment = try read(
            """
            ## Results

            | Benchmark | Random | Llama 3.2 1B | Llama 3.2 3B |
            |---|---|---|---|
            | MMLU (EM) | 25.0 | 32.2 | 58.0 |
            | ARC-C | 25.0 | 59.4 | 78.6 |
            """)
        #expect(Set(enrichment.catalog.scores.map(\.setting.description)) == ["EM", ""])
        #expect(Set(enrichment.catalog.scores.map(\.model.rawValue)) == ["llama-3.2-1b", "llama-3.2-3b"])
    }
}
