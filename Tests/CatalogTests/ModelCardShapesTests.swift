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

    /// olmOCR-bench's table runs each model two ways (`GPT4o<br>(No Anchor)`, `GPT4o<br>(Anchored)`):
    /// the one word beside its sibling's remark on the same switch is a remark too, so one model
    /// with two settings; a training stage beside no such remark (`(SFT)`) stays another model.
    @Test(arguments: [true, false])
    func aSwitchTurnedBothWaysIsOneModel(columns: Bool) throws {
        let rows = """
            | Model | ArXiv | Tables |
            |---|---|---|
            | Alpha-OCR<br>(No Anchor) | 51.5 | 69.1 |
            | Alpha-OCR<br>(Anchored) | 53.5 | 70.0 |
            | Beta-7B (SFT) | 40.1 | 41.2 |
            | Beta-7B (w/o tools) | 42.1 | 43.2 |
            """
        let transposed = """
            | Benchmark | Alpha-OCR<br>(No Anchor) | Alpha-OCR<br>(Anchored) | Beta-7B (SFT) | Beta-7B (w/o tools) |
            |---|---|---|---|---|
            | ArXiv | 51.5 | 53.5 | 40.1 | 42.1 |
            """
        let catalog = try read("## Results\n\n" + (columns ? transposed : rows)).catalog
        #expect(catalog.models.map(\.name).sorted() == ["Alpha-OCR", "Beta-7B", "Beta-7B (SFT)"])
        let alpha = catalog.scores.filter { $0.model.rawValue == "alpha-ocr" && $0.benchmark.rawValue == "arxiv" }
        #expect(alpha.map(\.setting.qualifier).sorted() == ["Anchored", "No Anchor"])
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

            | Model | LongBench | RULER |
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
        let longBench = catalog.scores.filter { $0.model == gpt.id && $0.benchmark.rawValue == "longbench" }
        #expect(longBench.map(\.setting.qualifier).sorted() == ["w/ CoT", "w/o CoT"])
        let llama = try #require(catalog.models.first { $0.name == "Llama-3-8B" })
        #expect(catalog.scores.filter { $0.model == llama.id }.map(\.setting.qualifier) == ["", ""])
        let mtob = catalog.scores.filter { $0.model == gpt.id && $0.benchmark.rawValue == "mtob" }
        #expect(mtob.map(\.setting.qualifier).sorted() == ["eng → kalam (ChrF)", "kalam → eng (BLEURT)"])
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

    /// Index-1.9B's and Orion's cards mark a result they did not get with `/` or `*`, Nanbeige's
    /// with `\`: not reported, no warning.
    @Test func slashAndStarMeanNotReported() throws {
        let enrichment = try read(
            #"""
            ## Results

            | Model | MMLU | GSM8K | HumanEval |
            |---|---|---|---|
            | Orchard-7B | 60.1 | / | * |
            | Orchard-13B | \ | 40.2 | 30.5 |
            """#)
        #expect(enrichment.catalog.scores.filter { $0.value == nil }.map(\.raw).sorted() == ["*", "/", "\\"])
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

    /// A leaderboard's rank column (`Rank`, `排名`) is no benchmark, and `模型` heads the models
    /// beside it as `Model` does.
    @Test(arguments: ["| Rank | Model | C-Eval | MMLU |", "| 排名 | 模型 | C-Eval | MMLU |"])
    func aRankColumnIsNoBenchmark(header: String) throws {
        let catalog = try read(
            """
            ## Eval

            \(header)
            |---|---|---|---|
            | 1 | Qwen-7B | 60.1 | 70.2 |
            | 2 | Llama-2-7B | 58.2 | 69.0 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["C-Eval", "MMLU"])
        #expect(catalog.models.map(\.name).sorted() == ["Llama-2-7B", "Qwen-7B"])
        #expect(catalog.scores.count == 4)
    }

    /// Chinese cards (Baichuan-M1) head the columns in Chinese: `分类` gives the categories and
    /// `评测集` names the benchmarks.
    @Test func chineseHeadersGiveCategoriesAndBenchmarks() throws {
        let catalog = try read(
            """
            | 分类 | 评测集 | Orchard-7B | Qwen-7B |
            |---|---|---|---|
            | 考试 | C-Eval | 60.1 | 58.2 |
            | 临床实践 | MedQA | 50.2 | 48.0 |
            """
        ).catalog
        let categories = Dictionary(uniqueKeysWithValues: catalog.benchmarks.map { ($0.name, $0.category ?? "") })
        #expect(categories == ["C-Eval": "考试", "MedQA": "临床实践"])
        #expect(catalog.scores.count == 4)
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

    /// Falcon-H1's evaluations: `## Falcon-H1-0.5B` and `## Falcon-H1-0.5B-Instruct` over tables
    /// with the same header, `Falcon-H1-0.5B | Qwen2.5-0.5B`. The second heading is a model's name
    /// that the table writes without its variant: its numbers are the instruct models' (they went
    /// to the base models, with a warning per benchmark that two values disagree).
    @Test func aModelNamedByItsHeadingGivesTheTableItsVariant() throws {
        let enrichment = try read(
            """
            ## Falcon-H1-0.5B

            | Tasks | Falcon-H1-0.5B | Qwen2.5-0.5B |
            | --- | --- | --- |
            | BBH | **40.22** | 32.62 |

            ## Falcon-H1-0.5B-Instruct

            | Tasks | Falcon-H1-0.5B | Qwen2.5-0.5B |
            | --- | --- | --- |
            | BBH | **42.91** | 33.26 |
            """)
        let scores = enrichment.catalog.scores.map { "\($0.model.rawValue) \($0.raw)" }
        #expect(
            Set(scores) == [
                "falcon-h1-0.5b 40.22", "qwen2.5-0.5b 32.62", "falcon-h1-0.5b-instruct 42.91",
                "qwen2.5-0.5b-instruct 33.26",
            ])
        #expect(!enrichment.diagnostics.contains { $0.message.contains("different values") })
    }

    /// Seed-OSS's `### Seed-OSS-36B-Instruct` is over a table that names that model in full: its
    /// peers keep the names their makers give them (`Qwen3-32B`, not `Qwen3-32B-Instruct`).
    @Test func aHeadingNamingTheTablesOwnModelLeavesThePeersAlone() throws {
        let catalog = try read(
            """
            ### Seed-OSS-36B-Instruct

            | Benchmark | Seed-OSS-36B-Instruct | Qwen3-32B | Gemma3-27B |
            | --- | --- | --- | --- |
            | MMLU-Pro | 82.7 | 80.2 | 67.5 |
            """
        ).catalog
        #expect(catalog.models.map(\.id.rawValue).sorted() == ["gemma3-27b", "qwen3-32b", "seed-oss-36b-instruct"])
    }

    /// Goedel-Prover's card draws lines between groups of rows (`|-----|-----|`): no model `item`
    /// named by dashes, and each score keeps the row it was written on.
    @Test func ruleRowsInsideATableAreNoModels() throws {
        let enrichment = try read(
            """
            ## Evaluation

            | Model | MMLU | GSM8K |
            |---|---|---|
            | Qwen-7B | 50.1 | 40.2 |
            |------------------------|------------------|------|
            | Qwen-14B | 60.2 | 50.3 |
            | --- | :---: | |
            | Qwen-72B | 70.2 | - |
            """)
        let catalog = enrichment.catalog
        #expect(catalog.models.map(\.id.rawValue).sorted() == ["qwen-14b", "qwen-72b", "qwen-7b"])
        let rows = catalog.scores.filter { $0.benchmark.rawValue == "mmlu" }.map { "\($0.raw) \($0.source.row ?? -1)" }
        #expect(Set(rows) == ["50.1 0", "60.2 2", "70.2 4"])
        #expect(!enrichment.diagnostics.contains { $0.severity == .warning })
        #expect(Table.isRule([]) == false)
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

    /// DeepSeek-V2's card: a table of sizes names `DeepSeek-V2-Lite-Chat (SFT)` with 16B; a results
    /// table adds the size for readability, `DeepSeek-V2-Lite 16B Chat (SFT)`. The size restates
    /// the known one, so the two spellings are one model (with or without a training stage).
    @Test(arguments: [
        ("DeepSeek-V2-Lite-Chat (SFT)", "DeepSeek-V2-Lite 16B Chat (SFT)"),
        ("DeepSeek-V2-Lite-Chat", "DeepSeek-V2-Lite 16B Chat"),
    ])
    func aSizeRestatingTheKnownSizeNamesTheSameModel(sizes: String, results: String) throws {
        let catalog = try read(
            """
            | Model | #Total Params | #Activated Params |
            |---|---|---|
            | \(sizes) | 16B | 2.4B |

            | Benchmark | \(results) |
            |---|---|
            | MMLU | 55.7 |
            """
        ).catalog
        #expect(catalog.models.map(\.name) == [sizes])
        #expect(catalog.models.first?.aliases.contains(results) == true)
        #expect(catalog.scores.map(\.model) == catalog.models.map(\.id))
    }

    /// A size that is not the known one names another model; so does a size beside a model whose
    /// size no table gave (nothing shows the size restates anything).
    @Test(arguments: [
        ("| DeepSeek-V2-Lite-Chat (SFT) | 16B |", "DeepSeek-V2-Lite 27B Chat (SFT)"),
        ("| DeepSeek-V2-Lite-Chat (SFT) | MoE |", "DeepSeek-V2-Lite 16B Chat (SFT)"),
    ])
    func aSizeThatRestatesNothingKnownNamesAModelOfItsOwn(sizesRow: String, results: String) throws {
        let header = sizesRow.contains("MoE") ? "| Model | Architecture |" : "| Model | #Total Params |"
        let catalog = try read(
            """
            \(header)
            |---|---|
            \(sizesRow)

            | Benchmark | \(results) |
            |---|---|
            | MMLU | 55.7 |
            """
        ).catalog
        #expect(catalog.models.map(\.name).sorted() == ["DeepSeek-V2-Lite-Chat (SFT)", results].sorted())
    }

    /// Gemma's first cards: `| Benchmark | Metric | 2B Params | 7B Params |` under `# Gemma Model
    /// Card`. The columns are sizes of the family the title names; without such a title, sizes
    /// name no model and the table is left out with a note.
    /// Granite 4.1's `| Benchmarks | Metric | 3B Dense | 8B Dense |` under `# Granite-4.1-8B-Base`:
    /// an architecture word after the size, and a title naming one of the family's models, whose
    /// name before the size is the family's (the columns were models named `8B Dense`, one
    /// across every card that had such a column).
    @Test func sizeAndArchitectureColumnsAreModelsOfTheTitlesFamily() throws {
        let catalog = try enrich(
            """
            # Granite-4.1-8B-Base

            | Benchmarks | Metric | 3B Dense | 8B Dense |
            |---|---|---|---|
            | MMLU | 5-shot | 66.47 | 73.60 |
            | MMLU-Pro | 5-shot,CoT | 37.16 | 44.58 |
            | BBH | CoT | 63.84 | 73.83 |
            """
        ).catalog
        #expect(catalog.models.map(\.name) == ["Granite-4.1 3B", "Granite-4.1 8B"])
        #expect(catalog.scores(of: "Granite-4.1 8B", on: "MMLU").map(\.value) == [73.6])
        // `CoT` in the Metric column is a way of prompting (a qualifier), no metric.
        let settings = ["MMLU-Pro", "BBH"].flatMap { catalog.scores(of: "Granite-4.1 8B", on: $0).map(\.setting) }
        #expect(settings == [Setting(shots: "5-shot", qualifier: "CoT"), Setting(qualifier: "CoT")])
    }

    @Test func sizeColumnsAreModelsOfTheTitlesFamily() throws {
        let table = """
            | Benchmark | Metric | 2B Params | 7B Params |
            | --- | --- | --- | --- |
            | MMLU | 5-shot, top-1 | 42.3 | 64.3 |
            | GSM8K | maj@1 | 17.7 | 46.4 |
            """
        // The built-in makers: Google's prefix claims `Gemma`, none claims `Results` or `Report`.
        let gemma = try enrich("# Gemma Model Card\n\n## Results\n\n" + table)
        #expect(gemma.catalog.models.map(\.name) == ["Gemma 2B", "Gemma 7B"])
        #expect(gemma.catalog.models.map(\.aliases) == [["2B Params"], ["7B Params"]])
        // A name some table writes, before or after, stays one of the model's spellings.
        let other = "| Model | GSM8K |\n|---|---|\n| Gemma 2B | 17.7 |\n"
        let after = try enrich("# Gemma Model Card\n\n## Results\n\n" + table + "\n\n" + other)
        #expect(after.catalog.model(named: "Gemma 2B")?.aliases == ["2B Params", "Gemma 2B"])
        let before = try enrich("# Gemma Model Card\n\n## Results\n\n" + other + "\n" + table)
        #expect(before.catalog.model(named: "Gemma 2B")?.aliases == ["Gemma 2B", "2B Params"])
        #expect(gemma.catalog.models.first?.shape.totalParameters?.value.billions == 2)
        #expect(gemma.catalog.scores.count == 4)
        for title in ["", "# Report\n\n"] {
            let untitled = try enrich(title + "## Results\n\n" + table)
            #expect(untitled.catalog.models.isEmpty)
            #expect(!untitled.findings(containing: "holds sizes ('2B Params', '7B Params')").isEmpty)
        }
    }

    /// Step-Audio 2's speech recognition table: a `Category` column beside a `Test set` column.
    /// The test sets are the benchmarks, in the category beside them, and each category's
    /// `Average` row is no benchmark; a `CER` is an error rate, lower is better.
    @Test func aTestSetColumnNamesTheBenchmarks() throws {
        let catalog = try read(
            """
            | Category | Test set | Orchard-7B | Grove-7B |
            |---|---|---|---|
            | English | LibriSpeech clean | 1.49 | 1.17 |
            | | Common Voice | 7.83 | 5.95 |
            | | **Average** | 4.66 | 3.56 |
            | Chinese | AISHELL (CER) | 0.71 | 0.63 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["AISHELL", "Common Voice", "LibriSpeech clean"])
        #expect(catalog.benchmark(named: "Common Voice")?.category == "English")
        #expect(catalog.benchmark(named: "AISHELL")?.category == "Chinese")
        #expect(catalog.benchmark(named: "AISHELL")?.metrics["CER"]?.direction == .lowerIsBetter)
        #expect(catalog.scores.count == 6)
    }

    /// CogVLM2's card: a transposed table of specifications, a column per model. Its `Model
    /// size` row gives each model its size, though no cell is a score; without such a row, the
    /// table names no model.
    @Test func aTransposedTableOfSizesGivesItsModelsTheirSizes() throws {
        let table = """
            | Model name | Orchard-chat-19B | Orchard-chinese-chat-19B |
            |---|---|---|
            | Base Model | Grove-8B-Instruct | Grove-8B-Instruct |
            | Language | English | Chinese, English |
            """
        let sized = try read("## Models\n\n" + table + "\n| Model size | 19B | 19B |\n")
        #expect(sized.catalog.models.map(\.name) == ["Orchard-chat-19B", "Orchard-chinese-chat-19B"])
        #expect(sized.catalog.models.allSatisfy { $0.shape.totalParameters?.value.billions == 19 })
        #expect(!sized.findings(containing: "read for its models' facts only").isEmpty)
        let unsized = try read("## Models\n\n" + table)
        #expect(unsized.catalog.models.isEmpty)
    }

    // MARK: - A list of a model's features

    /// Qwen's cards: a bold name over `Key: value` items; the non-embedding count is no size.
    @Test func aFeatureListUnderABoldNameGivesThatModelItsSizes() throws {
        let enrichment = try read(
            """
            # Qwen3-235B-A22B-Thinking-2507-FP8

            This repo contains the FP8 version of **Qwen3-235B-A22B-Thinking-2507**, which has the following features:
            - Type: Causal Language Models
            - Number of Parameters: 235B in total and 22B activated
            - **Number of Parameters (Non-Embedding):** 234B

            | Benchmark | Qwen3-235B-A22B-Thinking-2507 |
            |---|---|
            | MMLU-Pro | 84.4 |
            """)
        let models = enrichment.catalog.models
        #expect(models.map(\.name) == ["Qwen3-235B-A22B-Thinking-2507"])
        let shape = try #require(models.first?.shape)
        #expect(shape.totalParameters?.value.billions == 235)
        #expect(shape.activeParameters?.value.billions == 22)
        #expect(enrichment.findings(containing: "parameters").isEmpty)
    }

    /// MiniMax's card: the list's model is the card's title, which the text above it repeats and
    /// a table names; a count the list states refines the one the name rounds (`A3B` is 3.3B).
    @Test(arguments: [
        ("MiniMax-Text-01", "- Total Parameters: 456B\n- Activated Parameters per Token: 45.9B", 456.0, 45.9),
        ("Orchard-30B-A3B", "- Number of Parameters: 30.5B in total and 3.3B activated", 30.5, 3.3),
    ])
    func aFeatureListUnderTheTitleGivesTheTitledModelItsSizes(
        name: String, list: String, total: Double, active: Double
    ) throws {
        let enrichment = try read(
            """
            # \(name)

            ## Model Architecture

            The architecture of \(name) is briefly described as follows:
            \(list)
            - Number Layers: 80

            ## Evaluation

            | Model | MMLU |
            |---|---|
            | \(name) | 88.5 |
            """)
        let model = try #require(enrichment.catalog.model(named: name))
        #expect(model.shape.totalParameters?.value.billions == total)
        #expect(model.shape.activeParameters?.value.billions == active)
        #expect(model.shape.totalParameters?.source.location.line == 6)
        #expect(enrichment.findings(containing: "parameters").isEmpty)
    }

    /// Nothing shows which model these lists describe, or their values are no counts: no model,
    /// no size, no warning.
    @Test(arguments: [
        // A title without a size that no table names.
        "# MiniMax-Text-01\n\nThe architecture of MiniMax-Text-01:\n- Total Parameters: 456B\n",
        // The text above does not repeat the title.
        "# Orchard\n\n| Model | MMLU |\n|---|---|\n| Orchard | 70.1 |\n\nThe family:\n- Parameters: 7B\n",
        // Two names above the list.
        "Both **Grove-7B** and **Grove-13B** have:\n- Parameters: 7B\n",
        // No count.
        "# Model Card for Orchard 104B\n\n- Model Size: 104 billion parameters\n- Parameters: 0.5B to 72B\n",
    ])
    func aFeatureListWithoutItsModelOrACountGivesNothing(markdown: String) throws {
        let enrichment = try read(markdown)
        #expect(enrichment.catalog.models.allSatisfy { $0.shape.totalParameters == nil })
        #expect(enrichment.catalog.models.allSatisfy { !$0.name.contains("Grove") && !$0.name.contains("MiniMax") })
        #expect(enrichment.findings(containing: "parameter").isEmpty)
    }

    @Test func aFeatureListThatDisagreesWithATableIsReported() throws {
        let enrichment = try read(
            """
            # Orchard-7B

            | Model | #Total Params |
            |---|---|
            | Orchard-7B | 7.2B |

            This repo contains **Orchard-7B**:
            - Number of Parameters: 9.9B
            """)
        #expect(enrichment.catalog.model(named: "Orchard-7B")?.shape.totalParameters?.value.billions == 7.2)
        #expect(!enrichment.findings(containing: "total parameters of Orchard-7B is 9.9B here").isEmpty)
    }

    @Test(arguments: [
        ("Number of Parameters", FeatureList.Role.totalParameters as FeatureList.Role?),
        ("**Total Parameters**", .totalParameters), ("Params", .totalParameters), ("参数量", .totalParameters),
        ("Activated Parameters per Token", .activeParameters), ("Number of Activated Parameters", .activeParameters),
        ("Number of Parameters (Non-Embedding)", nil), ("Number of Paramaters (Non-Embedding)", nil),
        ("Number of Layers", nil), ("Context Length", nil),
    ])
    func featureKeys(key: String, role: FeatureList.Role?) {
        #expect(FeatureList.role(ofKey: key, vocabulary: CatalogConfig().vocabulary) == role)
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

    /// GLM-4.5's downloads write each size as total and active counts in one cell.
    @Test func aTotalActiveSizeCellGivesBothCounts() throws {
        let catalog = try read(
            """
            ## Model Downloads

            | Model            | Model Size | Precision |
            |------------------|------------|-----------|
            | GLM-4.5          | 355B-A32B  | BF16      |
            | GLM-4.5-Air      | 106B-A12B  | BF16      |
            """
        ).catalog
        let glm = try #require(catalog.model(named: "GLM-4.5"))
        #expect(glm.shape.totalParameters?.value.billions == 355)
        #expect(glm.shape.activeParameters?.value.billions == 32)
        #expect(glm.shape.architecture?.value == "MoE")
        #expect(catalog.model(named: "GLM-4.5-Air")?.shape.activeParameters?.value.billions == 12)
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

    @Test(arguments: ["Average", "Avg.", "Avg", "Ave", "Ave.", "平均值", "Mean"])
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

    /// A metric in parentheses that says `avg` (Llama 3.2's `macro_avg/acc`) is the benchmark's
    /// metric; only the name itself makes a row or column an average.
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

    /// Hunyuan's `| Model | GPT-4o | Qwen2.5-72B |` over rows of `MMLU` and `GSM8K`: rows of widely
    /// reported benchmarks make the columns models, sized or not; and so the next card's table
    /// over the same rows is not read the other way round because of the first.
    @Test func rowsOfCommonBenchmarksMakeTheColumnsModels() throws {
        let first = try MarkdownParser.parse(
            """
            | Model | GPT-4o | Qwen2.5-72B |
            |-------|--------|-------------|
            | MMLU  | 88.7   | 86.1        |
            | GSM8K | 92.9   | 91.5        |
            """, path: "a.md")
        let second = try MarkdownParser.parse(
            """
            | Benchmark | Metric | Kimi K2 Instruct | GPT-4.1 |
            |-----------|--------|------------------|---------|
            | MMLU      | EM     | 89.5             | 90.4    |
            | GSM8K (8-shot) | EM     | 92.1             | 90.0    |
            """, path: "b.md")
        let catalog = Enricher(config: CatalogConfig()).enrich([first, second]).catalog
        #expect(catalog.benchmarks.map(\.name) == ["GSM8K", "MMLU"])
        #expect(catalog.models.map(\.name) == ["GPT-4.1", "GPT-4o", "Kimi K2 Instruct", "Qwen2.5-72B"])
    }

    /// InfiniteBench's `Task Name` corner, Kimi K2's `Shot` column: a benchmark corner over the
    /// tasks, and each row's shots, not its qualifier.
    @Test func taskNameCornersAndShotColumns() throws {
        let catalog = try enrich(
            """
            | Task Name | Shot | GPT-4 | Kimi-Chat | Claude 2 |
            |---|---|---|---|---|
            | Retrieve.PassKey | 0-shot | 100% | 98.14% | 97.80% |
            | En.QA | 0-shot | 22.22% | 16.52% | 11.97% |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["En.QA", "Retrieve.PassKey"])
        #expect(catalog.models.map(\.name) == ["Claude 2", "GPT-4", "Kimi-Chat"])
        #expect(Set(catalog.scores.map(\.setting.shots)) == ["0-shot"])
    }

    /// SmolLM3's and LongBench's headings over the same table: a mode the models ran in
    /// (`#### Extended Thinking`) or a language (`#### Chinese`) qualifies every score below, so
    /// the two tables are two settings, not one with conflicting values.
    @Test(arguments: [
        ("No Extended Thinking", "Extended Thinking"), ("English", "Chinese"), ("Non-thinking mode", "Thinking mode"),
    ])
    func aHeadingOfAModeOrALanguageQualifiesTheScores(first: String, second: String) throws {
        let enrichment = try enrich(
            """
            # SmolLM3

            #### \(first)

            | Category | Metric | SmolLM3-3B | Qwen3-4B |
            |---------|--------|------------|----------|
            | Math | AIME 2025 | 9.3 | 17.1 |

            #### \(second)

            | Category | Metric | SmolLM3-3B | Qwen3-4B |
            |---------|--------|------------|----------|
            | Math | AIME 2025 | 36.7 | 58.8 |
            """)
        #expect(Set(enrichment.catalog.scores.map(\.setting.qualifier)) == [first, second])
        #expect(enrichment.diagnostics.filter { $0.severity == .warning }.isEmpty)
    }

    /// SmolLM3's multilingual tables: a language in the category column (`French` over a blank
    /// continuation) or in a `Language` column before the benchmarks is the rows' language.
    @Test func languagesBeforeTheBenchmarkColumnQualifyTheRows() throws {
        let catalog = try enrich(
            """
            | Category | Metric | SmolLM3 3B Base | Qwen2.5-3B |
            |---------|--------|-----------------|------------|
            | French| Belebele | 51.00 | 51.55 |
            | | Global MMLU (CF) | 38.37 | 34.22 |
            | Spanish| Belebele | 47.00 | 48.88 |
            | | Global MMLU (CF) | 38.51 | 35.84 |

            | Language | Benchmark | SmolLM3 3B Base | Qwen2.5-3B |
            |---------|--------|-----------------|------------|
            | German | Flores-200 (5-shot) | 56.60 | 50.63 |
            | Italian | Flores-200 (5-shot) | 52.65 | 54.87 |
            """
        ).catalog
        let qwen = catalog.scores.filter { $0.model.rawValue == "qwen2.5-3b" }
        #expect(
            qwen.map { "\($0.benchmark.rawValue) \($0.setting.qualifier)" }.sorted() == [
                "belebele French", "belebele Spanish", "flores-200 German", "flores-200 Italian",
                "global-mmlu CF, French", "global-mmlu CF, Spanish",
            ])
        #expect(catalog.benchmarks.allSatisfy { $0.category == nil })
    }

    /// InternLM3's `| Benchmark | | A | B |`: the first column holds categories over blank
    /// cells, the unheaded second the benchmarks.
    @Test func aBenchmarkHeaderOverCategoriesGivesTheNextColumnsNames() throws {
        let catalog = try enrich(
            """
            | Benchmark    |                  | InternLM3-8B-Instruct | Qwen2.5-7B-Instruct |
            | ------------ | ---------------- | --------------------- | ------------------- |
            | General      | CMMLU(0-shot)    | 83.1                  | 75.8                |
            |              | MMLU(0-shot)     | 76.6                  | 76.8                |
            | Reasoning    | GPQA-Diamond(0-shot) | 37.4              | 33.3                |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["CMMLU", "GPQA-Diamond", "MMLU"])
        #expect(catalog.benchmarks.map(\.category) == ["General", "Reasoning", "General"])
        #expect(Set(catalog.scores.map(\.setting.shots)) == ["0-shot"])
    }

    /// Hunyuan's deployment table (`| Model DType | KV-Cache Dtype | Number of Devices |` over
    /// `` `bfloat16` ``) is no results: no model `bfloat16`, no benchmark.
    @Test func aDeploymentConfigurationIsNoResults() throws {
        let catalog = try enrich(
            """
            | Model DType    | KV-Cache Dtype | Number of Devices | Model Length |
            |----------------|----------------|--------------------|--------------|
            | `bfloat16`     | `bfloat16`     | 4                  | 262,144      |
            """
        ).catalog
        #expect(catalog.models.isEmpty && catalog.benchmarks.isEmpty)
    }

    /// InfiniteBench: `Retrieve.KV[^2]` is Retrieve.KV with a GitHub footnote (defined below, so
    /// cmark reads a link, or not), and `< 5%` is a bound: kept as written, without a value to
    /// rank or a warning, so its row is not lost.
    @Test func footnoteReferencesAndBoundsInALeaderboard() throws {
        let enrichment = try enrich(
            """
            | Task | GPT-4  | Kimi-Chat |
            | ---- | ------ | --------- |
            | Retrieve.KV[^2] | 89.00% | 53.60% |
            | Math.Calc | < 5% | < 5% |

            | Task | Claude 2 |
            | ---- | -------- |
            | Retrieve.KV[^9] | 65.40% |

            [^2]: Liu, Nelson F. et al. "Lost in the Middle."
            """)
        let catalog = enrichment.catalog
        #expect(catalog.benchmarks.map(\.name) == ["Math.Calc", "Retrieve.KV"])
        #expect(catalog.scores.allSatisfy { $0.setting.isEmpty })
        let bounds = catalog.scores.filter { $0.benchmark.rawValue == "math-calc" }
        #expect(bounds.map(\.raw) == ["< 5%", "< 5%"] && bounds.allSatisfy(\.isBound))
        #expect(enrichment.diagnostics.filter { $0.severity == .warning }.isEmpty)
    }

    /// Phi-4's and Hunyuan's stacked rows: `MGSM<br>MATH` over `80.6<br>**80.4**` is two rows
    /// (the category repeated; a blank last line, `MATH<br>`, is none); a name broken over two
    /// lines (`LLaMA-2<br>-7B`) is one name.
    @Test func rowsStackedWithLineBreaksAreOneRowPerLine() throws {
        let catalog = try enrich(
            """
            | Topic | Bench | phi-4 | GPT-4o |
            |----------|---------------|-------|--------|
            | General  | MMLU          | 84.8  | 88.1   |
            | **Mathematics** | MGSM<br>MATH<br>  | 80.6<br>**80.4** | 90.4<br/>74.6 |

            | Model | MMLU |
            |---|---|
            | LLaMA-2<br>-7B | 45.3 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["MATH", "MGSM", "MMLU"])
        #expect(catalog.benchmarks.map(\.category) == ["Mathematics", "Mathematics", "General"])
        let phi = catalog.scores.filter { $0.model.rawValue == "phi-4" }
        #expect(phi.map { "\($0.benchmark.rawValue) \($0.raw)" } == ["math 80.4", "mgsm 80.6", "mmlu 84.8"])
        // Each points at the cell as written: both lines' scores at the second row.
        #expect(phi.map(\.source.row) == [1, 1, 0])
        #expect(catalog.models.map(\.name).contains("LLaMA-2-7B"))
    }

    /// RULER's `Llama3.1 (70B)` and `Llama3.1 (8B)`: a name given two sizes in parentheses is a
    /// family, each row the model of its size, as a size column makes it; one size alone
    /// (`phi-4 (14B)`) stays the name.
    @Test func sizesInParenthesesTellAFamilysModelsApart() throws {
        let catalog = try enrich(
            """
            | Models | 4K | 8K |
            |---|---|---|
            | [Llama3.1](https://huggingface.co/meta-llama/Meta-Llama-3.1-70B-Instruct) (70B) | 96.5 | 95.8 |
            | [Llama3.1](https://huggingface.co/meta-llama/Meta-Llama-3.1-8B-Instruct) (8B) | 95.5 | 93.8 |
            | phi-4 (14B) | 90.1 | 88.0 |
            """
        ).catalog
        #expect(catalog.models.map(\.name) == ["Llama3.1-70B", "Llama3.1-8B", "phi-4"])
        #expect(catalog.models.map { $0.shape.totalParameters?.value.billions } == [70, 8, 14])
    }

    /// DeepSeek-V3's README: `DeepSeek V2-0506`, only under `### Chat Model`, is a dated chat
    /// snapshot of DeepSeek-V2, though the base table named that stem first.
    @Test func aDatedSnapshotTakesTheVariantOfItsHeading() throws {
        let catalog = try enrich(
            """
            # DeepSeek-V3
            ### Base Model
            | Benchmark (Metric) | DeepSeek-V2 | DeepSeek-V3 |
            |---|---|---|
            | MMLU (Acc.) | 78.4 | 87.1 |
            ### Chat Model
            | **Benchmark (Metric)** | **DeepSeek V2-0506** | **DeepSeek V3** |
            |---|---|---|
            | MMLU (EM) | 78.2 | 88.5 |
            """
        ).catalog
        let snapshot = try #require(catalog.models.first { $0.id.rawValue == "deepseek-v2-0506" })
        #expect(snapshot.variant == .chat)
        #expect(snapshot.variantOf?.rawValue == "deepseek-v2")
    }

    // MARK: - A table of sizes before the results

    /// Llama 4's card: a table of sizes names `Llama 4 Scout`, then the same name is read under
    /// "Pre-trained models" and "Instruction tuned models". The first heading makes the model
    /// of the sizes its base model; the tuned scores go to a variant of it, which takes its sizes.
    @Test func aModelNamedFirstByItsSizesTakesTheFirstHeadingsVariant() throws {
        let catalog = try read(
            """
            # Llama 4

            ## Model Information

            | Model Name | Params |
            |---|---|
            | Llama 4 Scout (17Bx16E) | 17B (Activated) 109B (Total) |

            ## Benchmarks

            ### Pre-trained models

            | Benchmark | Llama 4 Scout |
            |---|---|
            | MMLU | 79.6 |

            ### Instruction tuned models

            | Benchmark | Llama 4 Scout |
            |---|---|
            | MMLU Pro | 74.3 |
            """
        ).catalog
        let base = try #require(catalog.model(named: "Llama 4 Scout"))
        let tuned = try #require(catalog.model(named: "Llama 4 Scout-Instruct"))
        #expect(base.variant == .base && tuned.variant == .instruct && tuned.variantOf == base.id)
        #expect(base.shape.totalParameters?.value.billions == 109 && base.shape.activeParameters?.value.billions == 17)
        #expect(base.shape.architecture?.value == "MoE")
        #expect(tuned.shape.totalParameters?.value.billions == 109)
        #expect(catalog.scores(of: base.id).map(\.raw) == ["79.6"])
        #expect(catalog.scores(of: tuned.id).map(\.raw) == ["74.3"])
    }

    /// DeepSeek-V3's card lists `DeepSeek-V3-Base` beside `DeepSeek-V3`: there the plain name is
    /// the chat model, and a "Chat Model" heading over it names that same model.
    @Test func aPlainNameBesideItsBaseIsTheTunedModelItself() throws {
        let catalog = try read(
            """
            # DeepSeek-V3

            | Model | #Total Params |
            |---|---|
            | DeepSeek-V3-Base | 671B |
            | DeepSeek-V3 | 671B |

            ### Chat Model

            | Benchmark | DeepSeek-V3 |
            |---|---|
            | MMLU | 88.5 |
            """
        ).catalog
        let chat = try #require(catalog.model(named: "DeepSeek-V3"))
        #expect(catalog.scores(of: chat.id).map(\.raw) == ["88.5"])
        #expect(catalog.models.count == 2)
    }

    /// A name's `-A3B` is the model's active parameters, beside the total its size gives.
    @Test func activeParametersComeFromTheName() throws {
        let catalog = try read(
            """
            | Model | MMLU |
            |---|---|
            | Qwen3-30B-A3B | 80.1 |
            | Hunyuan-A13B | 88.2 |
            """
        ).catalog
        let qwen = try #require(catalog.model(named: "Qwen3-30B-A3B"))
        #expect(qwen.shape.totalParameters?.value.billions == 30 && qwen.shape.activeParameters?.value.billions == 3)
        let hunyuan = try #require(catalog.model(named: "Hunyuan-A13B"))
        #expect(hunyuan.shape.totalParameters == nil && hunyuan.shape.activeParameters?.value.billions == 13)
    }

    /// `Gemma 2 2B` is 2.6B: the size a cell states replaces the rounded one of the name, with no
    /// warning; a size far from the name's (`Llama 3 8B` at 70B) is still a disagreement.
    @Test func aStatedSizeRefinesTheRoundedSizeOfTheName() throws {
        let enrichment = try read(
            """
            | Model | Params | MMLU |
            |---|---|---|
            | Gemma 2 2B | 2.6B | 51.3 |
            | Llama 3 8B | 70B | 66.6 |
            """)
        let gemma = try #require(enrichment.catalog.model(named: "Gemma 2 2B"))
        #expect(gemma.shape.totalParameters?.value.text == "2.6B")
        let llama = try #require(enrichment.catalog.model(named: "Llama 3 8B"))
        #expect(llama.shape.totalParameters?.value.text == "8B")
        let warnings = enrichment.diagnostics.filter { $0.message.contains("total parameters") }
        #expect(warnings.map(\.location.line) == [4])
    }

    /// Mixtral's card: `French Arc-c` beside `German Arc-c` is Arc-c in two languages, in headers
    /// and in row labels; `Chinese SimpleQA`, alone with its language, is a benchmark's name.
    @Test func aLanguageBeforeABenchmarkInTwoLanguagesIsItsSetting() throws {
        let catalog = try read(
            """
            | Model | French Arc-c | German Arc-c | Chinese SimpleQA |
            |---|---|---|---|
            | Mixtral 8x7B | 58.2 | 54.3 | 40 |

            | Benchmark | Mistral 7B |
            |---|---|
            | French MMLU | 50.1 |
            | Spanish MMLU | 51.3 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["Arc-c", "Chinese SimpleQA", "MMLU"])
        let arc = try #require(catalog.benchmark(named: "Arc-c"))
        #expect(catalog.scores(on: arc.id).map(\.setting.qualifier).sorted() == ["French", "German"])
        let mmlu = try #require(catalog.benchmark(named: "MMLU"))
        #expect(catalog.scores(on: mmlu.id).map(\.setting.qualifier).sorted() == ["French", "Spanish"])
    }

    /// Mixtral's bias table: `BOLD sentiment score (avg ± std)` over `gender` and `race` is BOLD,
    /// in sentiment score, for each part; a category over benchmarks stays a category.
    @Test func aGroupRowNamingABenchmarkOverItsPartsIsThatBenchmark() throws {
        let catalog = try read(
            """
            |  | Llama 2 70B | Mixtral 8x7B |
            | --- | --- | --- |
            | BBQ accuracy | 51.5% | 56.0% |
            | BOLD sentiment score (avg ± std) |  |  |
            | gender | 0.293 ± 0.073 | 0.323 ± 0.045 |
            | religious_ideology | 0.188 ± 0.133 | 0.144 ± 0.089 |
            | **Math** |  |  |
            | GSM8K | 60.1 | 74.4 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["BBQ", "BOLD", "GSM8K"])
        let bold = try #require(catalog.benchmark(named: "BOLD"))
        let settings = catalog.scores(on: bold.id).map { "\($0.setting.metric)/\($0.setting.qualifier)" }
        #expect(Set(settings) == ["sentiment score/gender", "sentiment score/religious_ideology"])
    }

    /// Qwen2.5-VL's `| VideoMME | 63.6/62.3 |`: cells of two numbers are left out with a note,
    /// and a benchmark left with no score is no benchmark (it made an empty page).
    @Test func aBenchmarkWhoseEveryCellIsUnreadableIsNone() throws {
        let enrichment = try enrich(
            """
            | Benchmark | Demo-VL-3B | Other-VL-7B |
            | --- | --- | --- |
            | MVBench | 67.0 | 69.6 |
            | VideoMME | 61.5/67.6 | 63.3/69.0 |
            """
        )
        #expect(enrichment.catalog.benchmarks.map(\.name) == ["MVBench"])
        #expect(enrichment.catalog.tables.allSatisfy { $0.benchmarks.map(\.rawValue) == ["mvbench"] })
        #expect(enrichment.diagnostics.contains { $0.message.contains("61.5/67.6") })
    }

    /// XuanYuan's `基座模型使用5-shot来测试` ("the base models are tested 5-shot") over a table of
    /// a benchmark's parts: the Latin word in the Chinese line is shots, no benchmark's name (it
    /// made a benchmark named `5-shot`).
    @Test func shotsInAChineseLineNameNoBenchmark() throws {
        #expect(HeadingBenchmark.latinName(inChinese: "基座模型使用5-shot来测试") == nil)
        #expect(HeadingBenchmark.latinName(inChinese: "模型基准测试C-EVAL") == "C-EVAL")
        let catalog = try enrich(
            """
            # XuanYuan-70B

            ## Finance

            基座模型使用5-shot来测试

            | Model | Average | Accountant | Banking |
            | --- | --- | --- | --- |
            | XuanYuan-70B | 67.56 | 69.49 | 76.40 |
            """
        ).catalog
        #expect(!catalog.benchmarks.contains { $0.name.lowercased().contains("shot") })
    }

    /// `GPT4 (0-shot)` is GPT4, run 0-shot (it made a model `gpt4-0-shot`).
    @Test func shotsAfterAModelsNameAreItsScoresShots() throws {
        let catalog = try enrich(
            """
            | Model | MMLU | CMMLU |
            | --- | --- | --- |
            | GPT4 (0-shot) | 83.9 | 70.9 |
            | Qwen-14B | 66.3 | 71.0 |
            """
        ).catalog
        #expect(catalog.models.map(\.name).sorted() == ["GPT4", "Qwen-14B"])
        let gpt4 = try #require(catalog.models.first { $0.name == "GPT4" })
        #expect(catalog.scores(of: gpt4.id).map(\.setting.shots) == ["0-shot", "0-shot"])
    }

    /// Sky-T1's `MMLU (0 shot; no CoT)`: the shots, and the rest of the setting after the semicolon.
    @Test func aSemicolonPartsTheSettingsInParentheses() {
        var setting = Setting()
        BenchmarkHeader.read("0 shot; no CoT", into: &setting, metrics: [])
        #expect(setting.shots == "0-shot" && setting.qualifier == "no CoT")
    }

    /// Mistral's docker cards: `# Mistral Nemo Instruct 2407` over `| Benchmark | Score |` is that
    /// model's table, as `# Mistral Nemo 12B` was (capitalized words with letters and digits, no
    /// benchmark's name).
    @Test(arguments: [
        ("Mistral-Nemo-Instruct-2407", true), ("Mistral Nemo Instruct 2407", true), ("Phi-4", true), ("GSM8K", false),
        ("MMLU-Pro", false), ("MMLU 2024", false), ("Results for 2024", false),
    ])
    func aTitleOfOneModelLikeWordNamesTheModel(title: String, isModel: Bool) throws {
        let catalog = try enrich(
            """
            # \(title)

            ## Benchmark performance

            | Benchmark | Score |
            |---|---|
            | HellaSwag (0-shot) | 83.5% |
            | MMLU (5-shot) | 68.0% |
            """
        ).catalog
        #expect(catalog.models.map(\.name) == (isModel ? [title] : []))
        #expect(catalog.scores.count == (isModel ? 2 : 0))
    }

    /// SeaLLM's tokenizer table: rows under `Language` are languages, never models (they made
    /// models `Vie`, `Tha` and `Eng` scored on `ChatGPT's ratio`). Under a benchmark's heading,
    /// languages down the side of model columns stay that benchmark's settings.
    @Test func rowsUnderALanguageHeaderAreNoModels() throws {
        let ratios = try enrich(
            """
            ## Vocabulary Expansion

            |Language | ChatGPT's ratio | Llama's ratio | Our ratio
            | --- | --- | --- | --- |
            | Vie |  4.41 |  3.46 | 1.48
            | Tha |  9.09 |  5.10 | 1.87
            """
        )
        #expect(ratios.catalog.models.isEmpty && ratios.catalog.benchmarks.isEmpty)
        #expect(ratios.diagnostics.contains { $0.message.contains("its first column is Language") })
        let flores = try enrich(
            """
            ## Flores-200

            | Language | SeaLLM-13B | ChatGPT |
            | --- | --- | --- |
            | Vietnamese | 41.2 | 40.1 |
            | Thai | 38.4 | 36.0 |
            """
        ).catalog
        #expect(flores.benchmarks.map(\.name) == ["Flores-200"] && flores.scores.count == 4)
    }

    /// SeaLLM's `| M3Exam / 3-shot (Acc) | En | Zh |`: the corner over the models names the
    /// benchmark of the language columns and its setting, under a heading that names it or not.
    @Test(arguments: ["### M3Exam - World Knowledge in Regional Languages", "## Evaluation"])
    func aCornerNamingTheBenchmarkGivesItsSetting(heading: String) throws {
        let catalog = try enrich(
            """
            \(heading)

            | M3Exam / 3-shot (Acc) | En | Zh |
            |-----------| ------- | ------- |
            | ChatGPT               | 75.46 | 60.20 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["M3Exam"])
        let settings = catalog.scores.map { "\($0.setting.shots) \($0.setting.metric) \($0.setting.qualifier)" }
        #expect(settings.sorted() == ["3-shot Acc. En", "3-shot Acc. Zh"])
    }

    /// SkyThought's `LLM-as-a-Judge` row of 9.12 and 8.30: a judge's marks out of 10, as
    /// MT-Bench's are (they were percentages); a judge benchmark's accuracy stays a percentage.
    @Test func aJudgesMarksAreOutOfTen() throws {
        let catalog = try enrich(
            """
            | Metric | Sky-T1-32B-Preview | QwQ-32B-Preview |
            |---|---|---|
            | LLM-as-a-Judge | 9.12 | 8.30 |
            | JudgeBench | 64.2 | 60.1 |
            """
        ).catalog
        #expect(catalog.benchmark(named: "LLM-as-a-Judge")?.metrics[""]?.scale == .outOfTen)
        #expect(catalog.benchmark(named: "JudgeBench")?.metrics[""]?.scale == .percent)
    }
}
