import Markdown
import Testing

@testable import Catalog

/// What real cards' cells, labels and headers say of each score: shots (in a header, a column or
/// a cell), modes after a model's name, two scores in one cell, footnote marks, and the
/// direction and scale a benchmark's name gives.
@Suite struct ScoreSettingsTests {
    func read(_ markdown: String) throws -> Enrichment { try enrich(markdown, config: ModelCardShapesTests.makers) }

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

    /// Cards written apart spell one metric their own ways (`Acc.`, `Accuracy`, `准确率`): one
    /// setting, so a catalog of both keeps one leaderboard and finds the numbers that disagree.
    /// `Score` stays a metric of its own.
    @Test func aMetricSpelledOtherWaysIsOneSetting() throws {
        let documents = try [
            """
            ## Results

            | Model | MMLU (Acc.) | CMMLU (Accuracy) | MT-bench (score) |
            |---|---|---|---|
            | Orchard-7B | 60.1 | 55.0 | 7.1 |
            """,
            """
            ## 评测结果

            | 模型 | MMLU (Accuracy) | CMMLU（准确率） | 对战 (胜率) |
            |---|---|---|---|
            | Orchard-7B | 61.3 | 55.0 | 40.2 |
            """,
        ].enumerated().map { try MarkdownParser.parse($1, path: "card-\($0).md") }
        let enrichment = Enricher(config: ModelCardShapesTests.makers).enrich(documents)
        let catalog = enrichment.catalog
        let metrics = Set(catalog.scores.map { "\(catalog.benchmark($0.benchmark)!.name) \($0.setting.metric)" })
        #expect(metrics == ["MMLU Acc.", "CMMLU Acc.", "MT-bench Score", "对战 Win rate"])
        #expect(enrichment.findings(containing: "MMLU (Acc.) for Orchard-7B has 2 different values").count == 1)
        #expect(enrichment.findings(containing: "CMMLU").isEmpty)
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

            | Model | Alignbench1.1 |
            |---|---|
            | MiMo-7B-RL | 6.9 |
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
        // MiMo's card writes the version onto the name: the same benchmark (`filingKey`).
        #expect(catalog.benchmarks.first { $0.name == "AlignBench v1.1" }?.aliases.contains("Alignbench1.1") == true)
        #expect(EnrichmentRun.withoutVersion("Alignbench1.1") == "Alignbench")
        #expect(
            EnrichmentRun.withoutVersion("GSM8K") == "GSM8K" && EnrichmentRun.withoutVersion("MT-Bench") == "MT-Bench")
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
        // Qwen2-VL's card puts the parentheses inside the subscript: they are not doubled.
        let subscripted = try read(
            """
            | Benchmark | GPT-4o | Qwen2-VL-72B |
            | :--- | :---: | :---: |
            | Video-MME<br><sub>(wo/w subs)</sub> | 71.9/77.2 | 71.2/77.8 |
            """
        ).catalog
        #expect(subscripted.benchmarks.map(\.name) == ["Video-MME"])
        #expect(Set(subscripted.scores.map(\.setting.qualifier)) == ["wo subs", "w subs"])
    }

    /// InternVL2's card writes `Video-MME<br>w/o subs` and `Video-MME<br>w subs`: one benchmark,
    /// what the run had or lacked its qualifier. A name that ends in `w` keeps it.
    @Test(arguments: [
        ("Video-MME w/o subs", "Video-MME", "w/o subs"), ("Video-MME w subs", "Video-MME", "w subs"),
        ("MMMU w/ CoT", "MMMU", "w/ CoT"), ("Test w", "Test w", ""),
    ])
    func whatARunHadIsAQualifier(label: String, name: String, qualifier: String) {
        let vocabulary = CatalogConfig.Vocabulary()
        let header = BenchmarkHeader(parsing: label, metrics: vocabulary.metrics, qualifiers: vocabulary.qualifiers)
        #expect(header.name == name)
        #expect(header.setting.qualifier == qualifier)
    }

    /// Qwen2.5-VL's agent table joins the metric to the name (`Android Control High_EM`,
    /// `AndroidWorld_SR`, `CharadesSTA/mIoU`): the benchmark, and its metric. Two metrics joined
    /// (`Acc/F1`) are not split.
    @Test(arguments: [
        ("AITZ_EM", "AITZ", "EM"), ("Android Control High_EM", "Android Control High", "EM"),
        ("AndroidWorld_SR", "AndroidWorld", "SR"), ("CharadesSTA/mIoU", "CharadesSTA", "mIoU"),
        ("Acc/F1", "Acc/F1", ""), ("CMMLU分数", "CMMLU", "分数"), ("C-Eval 准确率", "C-Eval", "准确率"),
        ("高考数学得分", "高考数学", "得分"),
    ])
    func aMetricJoinedToTheNameIsTheMetric(label: String, name: String, metric: String) {
        let vocabulary = CatalogConfig.Vocabulary()
        let header = BenchmarkHeader(parsing: label, metrics: vocabulary.metrics, qualifiers: vocabulary.qualifiers)
        #expect(header.name == name)
        #expect(header.setting.metric == metric)
    }

    /// A benchmark's row or column whose cells hold no number Atlas reads (`1.2k`, `1,534 Elo`)
    /// was left out in silence, as a row of dates is: each such cell is now warned at. A row of
    /// something that is no benchmark (`Release`) stays quiet.
    @Test(arguments: [true, false])
    func aBenchmarksUnreadCellsAreWarnedAt(modelsAsColumns: Bool) throws {
        let table =
            modelsAsColumns
            ? """
            | Benchmark | Fam-7B | Fam-14B |
            |---|---|---|
            | MMLU | 58.5 | 62.1 |
            | Codeforces (Rating) | 1.2k | 1,534 Elo |
            | Release | 2024-05 | 2024-06 |
            """
            : """
            | Model | MMLU | Codeforces (Rating) | Release |
            |---|---|---|---|
            | Fam-7B | 58.5 | 1.2k | 2024-05 |
            | Fam-14B | 62.1 | 1,534 Elo | 2024-06 |
            """
        let enrichment = try enrich("## Evaluation\n\n" + table)
        let unread = enrichment.diagnostics.filter { $0.message.hasPrefix("cannot read") }
        #expect(
            unread.map(\.message) == [
                "cannot read '1.2k' as a score of Codeforces; write a number, or '-' when it was not reported",
                "cannot read '1,534 Elo' as a score of Codeforces; write a number, or '-' when it was not reported",
            ])
        #expect(unread.allSatisfy { $0.severity == .warning })
        #expect(Set(enrichment.catalog.scores.map(\.raw)) == ["58.5", "62.1"])
    }

    /// `58.5 (55.1)` keeps 58.5; the table gets one warning that names how many cells lost a
    /// second number, at the first of them (it was silent). A spread such as `(1.3)` is no loss.
    @Test func secondNumbersInParenthesesAreWarnedOncePerTable() throws {
        let enrichment = try enrich(
            """
            ## Evaluation

            | Benchmark | Fam-7B | Fam-14B | Fam-32B |
            |---|---|---|---|
            | MMLU | 58.5 (55.1) | 62.1 | 70.2 (1.3) |
            | GSM8K | 84 (83.3) | 71.2 | 80.1 |

            | Benchmark | Fam-7B | Fam-14B |
            |---|---|---|
            | MATH | 30.5 | 31.2 |
            """)
        let warned = enrichment.diagnostics.filter { $0.message.contains("second number in parentheses") }
        #expect(warned.count == 1)
        #expect(warned.first?.location.line == 5 && warned.first?.location.column == 10)
        #expect(warned.first?.message.hasPrefix("2 cells of this table hold a second number") == true)
        #expect(warned.first?.severity == .warning)
        #expect(enrichment.catalog.scores.contains { $0.raw == "58.5 (55.1)" && $0.value == 58.5 })
    }

    /// EXAONE Deep's card: `AIME 2024 (pass@1 / cons@64)` over `72.1 / 90.0` gives two scores
    /// measured by two metrics, as `MATH-500 (pass@1)` beside it gives its own metric; and
    /// `AIME24` and `GPQA-D`, as Seed-OSS writes them, are AIME 2024 and GPQA Diamond.
    @Test func aCellOfTwoScoresUnderTwoMetricsIsTwoMetrics() throws {
        let catalog = try read(
            """
            | Models | MATH-500 (pass@1) | AIME 2024 (pass@1 / cons@64) |
            |---|---|---|
            | EXAONE Deep 32B | 95.7 | 72.1 / 90.0 |

            | Model | AIME24 | GPQA-D |
            |---|---|---|
            | Seed-OSS-36B-Instruct | 91.7 | 71.4 |

            | Model | GPQA Diamond |
            |---|---|
            | EXAONE Deep 32B | 66.1 |
            """
        ).catalog
        let aime = try #require(catalog.benchmarks.first { $0.aliases.contains("AIME24") })
        #expect(
            Set(catalog.scores(on: aime.id).map { "\($0.setting.metric)|\($0.setting.qualifier) \($0.raw)" }) == [
                "pass@1| 72.1", "cons@64| 90.0", "| 91.7",
            ])
        #expect(catalog.benchmarks.count == 3)
        let gpqa = try #require(catalog.benchmarks.first { $0.aliases.contains("GPQA-D") })
        #expect(catalog.scores(on: gpqa.id).count == 2)
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
    /// Step 3.5 Flash's `BrowseComp (w/ Context Manager)`: "with", not two settings parted by a
    /// slash, so two values in a cell are not split on it (they gave qualifiers `w Manager`).
    @Test func withAndWithoutAreNoAlternatives() {
        #expect(ResultsTableReader.alternatives(in: "w/ Context Manager") == nil)
        #expect(ResultsTableReader.alternatives(in: "w/o CoT") == nil)
        #expect(ResultsTableReader.alternatives(in: "no file, w/ tools") == nil)
        #expect(ResultsTableReader.alternatives(in: "wo/w subs")! == ("wo subs", "w subs"))
    }

    /// `HellaSwag (0-shot/5-shot)` over `44.6 / 44.7`: each half's shots are its score's shots.
    @Test func halvesThatAreShotsAreTheScoresShots() throws {
        let catalog = try read(
            """
            ## Results

            | Model | HellaSwag (0-shot/5-shot) |
            |---|---|
            | Qwen-14B | 44.6 / 44.7 |
            | Orchard-7B | 40.2 / 41.9 |
            """
        ).catalog
        let scores = catalog.scores(of: "Qwen-14B", on: "HellaSwag")
        #expect(scores.map(\.setting).sorted() == [Setting(shots: "0-shot"), Setting(shots: "5-shot")])
        #expect(scores.map(\.value).sorted { ($0 ?? 0) < ($1 ?? 0) } == [44.6, 44.7])
    }
    /// LongCat's `- / 60.2†`: two scores in one cell, one not reported. Under a header that
    /// names both it is a score and a not-reported one; under one that does not, the warning
    /// says the cell holds two scores (it said to write `-`, which the cell does).
    @Test func aPairWithOneHalfNotReportedIsAPair() throws {
        let enrichment = try read(
            """
            ## Results

            | Benchmark | Orchard-7B | Qwen-14B |
            |---|---|---|
            | Video-MME (wo/w subs) | - / 60.2† | 56.6 / 73.1 |
            | BrowseComp | - / 60.2† | 56.6 |
            """)
        let scores = enrichment.catalog.scores(of: "Orchard-7B", on: "Video-MME")
        #expect(scores.map(\.setting.qualifier).sorted() == ["w subs", "wo subs"])
        #expect(scores.first { $0.setting.qualifier == "w subs" }?.value == 60.2)
        #expect(scores.first { $0.setting.qualifier == "wo subs" }.map { !$0.isReported } == true)
        let warnings = enrichment.findings(containing: "'- / 60.2†'")
        #expect(warnings.count == 1 && warnings[0].message.contains("holds two scores"), "\(warnings)")
    }
    /// LongCat's cards write `LCB` where others write LiveCodeBench: one benchmark.
    @Test func lcbIsLiveCodeBench() throws {
        let catalog = try read(
            """
            | Model | LCB | MMLU |
            |---|---|---|
            | Orchard-7B | 40.1 | 60.2 |

            | Model | LiveCodeBench |
            |---|---|
            | Qwen-14B | 45.3 |
            """
        ).catalog
        #expect(catalog.benchmarks.count == 2)
        let lcb = try #require(catalog.benchmarks.first { $0.aliases.contains("LiveCodeBench") })
        #expect(lcb.aliases.contains("LCB"))
        #expect(catalog.scores(on: lcb.id).compactMap(\.value).sorted() == [40.1, 45.3])
    }
    /// A column of how each row's model was run qualifies the row's scores, as a precision column
    /// does: a model's streaming and offline scores are two settings, not one conflict.
    @Test func aModeColumnQualifiesTheRowsScores() throws {
        let enrichment = try enrich(
            """
            ## ASR inference modes (WER)

            | Model | Infer. Mode | Fleurs-en |
            |---|---|---|
            | Alpha-ASR-1B | Offline | 3.35 |
            | Alpha-ASR-1B | Streaming | 4.02 |
            """)
        #expect(enrichment.catalog.scores.map(\.setting.qualifier) == ["Offline", "Streaming"])
        #expect(!enrichment.diagnostics.contains { $0.message.contains("different values") })
    }
    /// Labels of one table that differ only by a note's mark (`Fleurs`, `Fleurs†`, `Fleurs††`:
    /// more languages each) are variants, each mark its qualifier, not one benchmark in conflict.
    /// A mark on a label with no twin stays a footnote.
    @Test func marksThatTellTwinLabelsApartAreQualifiers() throws {
        let rows = try enrich(
            """
            | | Alpha-ASR-1B | Beta-ASR-2B |
            |---|---|---|
            | Fleurs | 4.90 | 5.27 |
            | Fleurs<sup>†</sup> | 6.62 | 6.85 |
            | Fleurs<sup>††</sup> | 12.60 | 8.16 |
            | CV-en* | 9.1 | 9.3 |
            """)
        #expect(Set(rows.catalog.scores.map(\.setting.qualifier)) == ["", "†", "††"])
        #expect(!rows.diagnostics.contains { $0.message.contains("different values") })
        #expect(
            rows.catalog.scores.filter { $0.benchmark.rawValue == "cv-en" }.allSatisfy { $0.setting.qualifier.isEmpty })
        let columns = try enrich("| Model | Fleurs | Fleurs† |\n|---|---|---|\n| Alpha-ASR-1B | 4.90 | 6.62 |\n")
        #expect(columns.catalog.scores.map(\.setting.qualifier) == ["", "†"])
        #expect(ResultsTableReader.distinguishingMarks(["MMLU*", "GSM8K", "MMLU"]) == ["*", nil, nil])
    }
}
