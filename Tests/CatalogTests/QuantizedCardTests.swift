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

    /// Embedding models' cards link each model to its repository, owners of every kind: a
    /// company, a user's handle, a name without a digit. The model is named without its owner
    /// (the repository is an alias), and the owner, as an organization's alias, names its maker.
    @Test func aLinkedRepositoryIsTheModelItHoldsUnderItsOwner() throws {
        let enrichment = try enrich(
            """
            | Arch | Model | ATEC | BQ |
            |:--|:--|:--:|:--:|
            | CoSENT | [zetalab/zeta-embed-base](https://huggingface.co/zetalab/zeta-embed-base) | 31.93 | 42.67 |
            | CoSENT | [shibing624/text2vec-base-chinese](https://huggingface.co/shibing624/text2vec-base-chinese) | 31.93 | 42.67 |
            | SBERT | [BAAI/bge-large-zh](https://huggingface.co/BAAI/bge-large-zh) | 18.42 | 38.52 |

            | Model | ATEC |
            |:--|:--:|
            | zeta-embed-base | 31.93 |
            """,
            config: config(
                """
                organizations:
                  - name: Zeta Lab
                    aliases: [zetalab]
                  - name: BAAI
                """))
        let catalog = enrichment.catalog
        #expect(catalog.models.map(\.name) == ["bge-large-zh", "text2vec-base-chinese", "zeta-embed-base"])
        #expect(catalog.models.map { $0.organization?.rawValue } == ["baai", nil, "zeta-lab"])
        #expect(catalog.models[2].aliases.contains("zetalab/zeta-embed-base"))
        #expect(catalog.scores(of: catalog.models[2].id).count == 3)
        let warnings = enrichment.diagnostics.filter { $0.severity == .warning }.map(\.message)
        #expect(
            warnings == [
                "no organization is known for model 'text2vec-base-chinese'; add a model prefix, or its "
                    + "repository's owner 'shibing624' as an alias, to an organization in atlas.yml"
            ])
    }

    /// OpenChat's `MT-bench (win rate %)` beside `MT-bench (score)`: the win rate is a
    /// percentage, the score out of 10, and neither is warned about. So is the win rate its V3
    /// card narrows (`win rate adjusted %`).
    @Test(arguments: ["win rate %", "win rate adjusted %"])
    func aPercentMetricOfABenchmarkJudgedOutOfTen(rate: String) throws {
        let enrichment = try enrich(
            """
            | Model | MT-bench (\(rate)) | MT-bench (score) |
            |---|---|---|
            | GPT-4 | 82.5 | 8.99 |
            | Vicuna 1.3 | 37.5 | 6.00 |
            """)
        let metrics = try #require(enrichment.catalog.benchmarks.first).metrics
        #expect(metrics.values.map(\.scale).sorted { $0.rawValue < $1.rawValue } == [.outOfTen, .percent])
        #expect(enrichment.diagnostics.filter { $0.severity == .warning }.isEmpty)
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

    // MARK: - Precisions

    /// The scores of one model at several precisions, as each way of writing them gives them.
    func precisions(_ catalog: Catalog) -> [String: [String]] {
        Dictionary(grouping: catalog.scores) { $0.model.rawValue }.mapValues { scores in
            scores.map { "\($0.benchmark.rawValue) \($0.setting.qualifier)" }.sorted()
        }
    }

    /// `(Int4)` or a word such as `GPTQ` after a name is the precision it was run at: the same
    /// model, with the precision qualifying its scores. Joined to the name (`-Int4`), a repository
    /// of its own, it stays a model.
    @Test func aPrecisionAfterANameQualifiesTheScores() throws {
        let catalog = try enrich(
            """
            | Model | MMLU |
            |---|---|
            | Qwen-7B-Chat (BF16) | 55.8 |
            | Qwen-7B-Chat (Int4) | 55.1 |
            | Llama-2-7B-Chat GPTQ | 45.1 |
            | Llama-2-7B-Chat (4-bit AWQ) | 44.9 |
            | Qwen-7B-Chat-Int8 | 55.4 |
            """
        ).catalog
        #expect(catalog.models.map(\.name) == ["Llama-2-7B-Chat", "Qwen-7B-Chat", "Qwen-7B-Chat-Int8"])
        #expect(
            precisions(catalog) == [
                "qwen-7b-chat": ["mmlu BF16", "mmlu Int4"], "llama-2-7b-chat": ["mmlu 4-bit AWQ", "mmlu GPTQ"],
                "qwen-7b-chat-int8": ["mmlu "],
            ])
    }

    /// `| Quantization | MMLU |` over `BF16` and `Int4`: the precisions of the model the title
    /// names; with no model named, no model named `BF16` either.
    @Test(arguments: ["# XVERSE-13B-Chat\n\n", "# Quantization\n\n"])
    func rowsOfPrecisionsAreTheTitlesModel(title: String) throws {
        let enrichment = try enrich(
            title + """
                | Quantization | MMLU | C-Eval |
                |---|---|---|
                | BF16 | 64.6 | 69.8 |
                | Int4 | 63.3 | 69.0 |
                """)
        let catalog = enrichment.catalog
        if title.contains("XVERSE") {
            #expect(catalog.models.map(\.name) == ["XVERSE-13B-Chat"])
            #expect(
                precisions(catalog) == ["xverse-13b-chat": ["c-eval BF16", "c-eval Int4", "mmlu BF16", "mmlu Int4"]])
        } else {
            #expect(catalog.models.isEmpty && catalog.scores.isEmpty)
            #expect(enrichment.diagnostics.contains { $0.message.contains("rows are precisions") })
        }
    }

    /// Hunyuan's quantization table runs the other way: benchmarks down, a `Quantization` column
    /// of stacked precisions (`B16<br>FP8<br>Int4AWQ`) beside stacked scores. Each precision
    /// qualifies its line's score; they were read with no setting, three values of one score.
    @Test func aPrecisionColumnBesideRowsOfBenchmarksQualifiesEachLine() throws {
        let enrichment = try enrich(
            """
            | Bench | Quantization | Hunyuan-0.5B-Instruct | Hunyuan-7B-Instruct |
            |:-:|:-:|:-:|:-:|
            | DROP | B16<br>FP8<br>Int4AWQ | 52.8<br>51.6<br>48.9 | 85.9<br>86.0<br>85.9 |
            """)
        #expect(
            precisions(enrichment.catalog) == [
                "hunyuan-0.5b-instruct": ["drop B16", "drop FP8", "drop Int4AWQ"],
                "hunyuan-7b-instruct": ["drop B16", "drop FP8", "drop Int4AWQ"],
            ])
        #expect(!enrichment.diagnostics.contains { $0.message.contains("different values") })
    }

    /// Goedel-Prover's card gives each row the samples it was allowed (`Compute (Pass)`): three
    /// budgets of one model are three settings (`pass@32`, `pass@3200`), not a benchmark `compute`
    /// and one score of three values.
    @Test func aBudgetColumnQualifiesTheRow() throws {
        let enrichment = try enrich(
            """
            | Model |Compute (Pass)|  miniF2F-test  |
            |---|---|---|
            | DeepSeek-Prover-V1.5-RL | 32 | 50.0% |
            | DeepSeek-Prover-V1.5-RL | 3,200 | 54.9% |
            | Goedel-Prover-SFT | 32 | 57.6% |
            """)
        let catalog = enrichment.catalog
        #expect(catalog.benchmarks.map(\.name) == ["miniF2F"])
        #expect(
            Set(catalog.scores.map { "\($0.model.rawValue) \($0.setting.description) \($0.raw)" }) == [
                "deepseek-prover-v1.5-rl pass@32, test 50.0%", "deepseek-prover-v1.5-rl pass@3200, test 54.9%",
                "goedel-prover-sft pass@32, test 57.6%",
            ])
        #expect(!enrichment.diagnostics.contains { $0.message.contains("different values") })
        #expect(ResultsTableReader.budget("512", header: "Budget") == "Budget 512")
    }

    /// Paraformer's fine-tuning table: the hours of data each row was tuned on qualify its scores,
    /// and rows that leave the model cell blank beside their own hours are the model above's.
    @Test func rowsUnderABlankModelCellWithDataOfTheirOwnAreTheModelAbove() throws {
        let enrichment = try enrich(
            """
            |   model  | Training Data(h) | common cer(%) | dialect cer(%) |
            |:--------:|:-------------:|:-------:|:------------:|
            | Paraformer-large |               |   8.57  |     19.81    |
            | Paraformer-large-ft |      50      |   8.8   |      12      |
            |          |      100     |   9.24  |     11.63    |
            """)
        let catalog = enrichment.catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["common", "dialect"])
        #expect(
            Set(catalog.scores(of: "Paraformer-large-ft", on: "common").map { "\($0.setting.qualifier) \($0.raw)" })
                == [
                    "Training Data 50 h 8.8", "Training Data 100 h 9.24",
                ])
        #expect(catalog.scores(of: "Paraformer-large", on: "dialect").map(\.setting.qualifier) == [""])
        #expect(!enrichment.diagnostics.contains { $0.message.contains("different values") })
        #expect(ResultsTableReader.budget("448", header: "Crop Size (px)") == "Crop Size 448 px")
        #expect(ResultsTableReader.budget("8", header: "#Frames (per video)") == "#Frames (per video) 8")
    }

    /// A `Precision` column beside the model qualifies each row's scores, so three precisions of
    /// one model are three settings, not one conflict; `Accuracy (MMLU)` is MMLU in accuracy.
    @Test func aPrecisionColumnQualifiesTheRow() throws {
        let enrichment = try enrich(
            """
            | Model | Precision | Memory Usage (GB) | Accuracy (MMLU) |
            |---|---|---|---|
            | XVERSE-13B-Chat | BF16 / FP16 | 28.2 | 60.2 |
            | XVERSE-13B-Chat | INT8 | 16.8 | 60.3 |
            | XVERSE-13B-Chat | INT4 | 10.9 | 55.0 |
            """)
        #expect(enrichment.catalog.benchmarks.map(\.name) == ["MMLU"])
        #expect(enrichment.catalog.scores.map(\.setting.metric) == ["Acc.", "Acc.", "Acc."])
        #expect(precisions(enrichment.catalog) == ["xverse-13b-chat": ["mmlu BF16 / FP16", "mmlu INT4", "mmlu INT8"]])
        #expect(enrichment.diagnostics.filter { $0.severity == .warning }.isEmpty)
    }

    @Test(arguments: [
        ("BF16", true), ("INT4", true), ("GPTQ-Int4", true), ("BF16 / FP16", true), ("4-bit", true), ("W4A16", true),
        ("Q4_K_M", true), ("iq2_xxs", true), ("fp8", true), ("8B", false), ("2024-05-13", false), ("Chat", false),
        ("Q3 2024", false), ("int", false), ("v0.1", false),
    ])
    func precisionWords(text: String, isPrecision: Bool) {
        #expect(ModelName.isPrecision(text) == isPrecision)
    }

    /// Qwen2-VL's card names each model once, over rows of its quantized versions whose name cell
    /// is blank, under a header that says `Model Size`: every row is scored, each with its precision
    /// (without the links to its files).
    @Test(arguments: ["Model Size", "Model"])
    func blankNamesUnderAModelAreItsOtherPrecisions(header: String) throws {
        let catalog = try enrich(
            """
            #### Performance of Quantized Models

            | \(header) | Quantization | MMMU | DocVQA |
            | --- | --- | --- | --- |
            | Qwen2-VL-7B-Instruct | BF16 | 53.77 | 93.89 |
            |  | GPTQ-Int8<br><sup>([🤗](https://example.com/gptq)) | 53.00 | 93.94 |
            | Qwen2-VL-2B-Instruct | BF16 | 41.88 | 88.34 |
            |  | AWQ | 41.33 | 86.96 |
            """
        ).catalog
        #expect(catalog.models.map(\.id.rawValue).sorted() == ["qwen2-vl-2b-instruct", "qwen2-vl-7b-instruct"])
        #expect(
            Set(
                catalog.scores.filter { $0.benchmark.rawValue == "mmmu" }.map {
                    "\($0.model.rawValue) \($0.setting.qualifier)"
                })
                == [
                    "qwen2-vl-7b-instruct BF16", "qwen2-vl-7b-instruct GPTQ-Int8", "qwen2-vl-2b-instruct BF16",
                    "qwen2-vl-2b-instruct AWQ",
                ])
        #expect(catalog.scores.count == 8)
    }

    /// fastllm's CMMLU table, in Chinese: the metric glued to the benchmark's name (`CMMLU分数`)
    /// and a precision column (`Data精度`), read as their English spellings are.
    @Test func aChineseTableGivesItsMetricAndPrecision() throws {
        let catalog = try enrich(
            """
            | 模型 | Data精度 | CMMLU分数 |
            |---: |-------- |------------|
            | ChatGLM2-6b-fp16 | float32 | 50.16 |
            | ChatGLM2-6b-int4 | float32 | 49.63 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["CMMLU"])
        #expect(catalog.scores.map { "\($0.setting.metric) \($0.setting.qualifier)" } == ["分数 float32", "分数 float32"])
    }

    /// Qwen's `| Benchmark | BF16 | GPTQ-Int8 | AWQ |`: the columns are one model, the one the
    /// document is about, at each precision (they made models named `BF16` and `AWQ`).
    @Test func columnsOfPrecisionsAreTheDocumentsModel() throws {
        let catalog = try enrich(
            """
            # Demo-8B

            ### Quantization

            | Benchmark | BF16 | GPTQ-Int8 | AWQ |
            |---|---|---|---|
            | MMLU | 70.1 | 70.0 | 69.2 |
            | C-Eval | 75.3 | 75.1 | 74.4 |
            """
        ).catalog
        #expect(catalog.models.map(\.name) == ["Demo-8B"])
        #expect(catalog.scores.count == 6)
        #expect(Set(catalog.scores.map(\.setting.qualifier)) == ["BF16", "GPTQ-Int8", "AWQ"])
    }

    /// With no model named, columns of precisions are left out with a note, not made models.
    @Test func columnsOfPrecisionsOfNoNamedModelAreLeftOut() throws {
        let enrichment = try enrich(
            """
            ## Quantization

            | Benchmark | BF16 | GPTQ-Int8 |
            |---|---|---|
            | MMLU | 70.1 | 70.0 |
            """
        )
        #expect(enrichment.catalog.models.isEmpty)
        #expect(enrichment.diagnostics.contains { $0.message.contains("its columns are precisions ('BF16')") })
    }

    /// llama.cpp's table of one model's measurements (`PPL`, `BPW`) under its quantization types:
    /// no models named `PPL`, no benchmarks named `Q8_0`.
    @Test func measurementsUnderQuantizationTypesAreNoScores() throws {
        let enrichment = try enrich(
            """
            # Demo-8B

            |               |   F16 |  Q8_0 |  Q4_0 |
            | ------------- | ----: | ----: | ----: |
            | **Size (GB)** | 14.97 |  7.95 |  4.34 |
            | **BPW**       | 16.00 |  8.50 |  4.64 |
            | **PPL**       | 5.130 | 5.135 | 5.549 |
            """
        )
        #expect(enrichment.catalog.models.isEmpty && enrichment.catalog.benchmarks.isEmpty)
        #expect(
            enrichment.diagnostics.contains {
                $0.message.contains("its columns are precisions one model was run at ('F16', 'Q8_0', 'Q4_0')")
            })
    }
}
