import Markdown
import Testing

@testable import Catalog

/// Tables that divide one benchmark (`ResultsTableReader+OneBenchmark`): parts an average or
/// an overall column sums up, context lengths and languages, named by a heading, a line that
/// titles the table or the sentence right above it, and whose model is named above the table.
@Suite struct OneBenchmarkTablesTests {
    func read(_ markdown: String) throws -> Enrichment { try enrich(markdown, config: ModelCardShapesTests.makers) }

    /// Orion's AlignBench table (`Math.`, `Logi.`, … and `**Avg.**` under a heading naming
    /// AlignBench) is read alike whichever card comes first, one with a `MATH` column or not:
    /// `Math.` is AlignBench's part, not the MATH benchmark, and `Avg.` its headline score.
    @Test(arguments: [false, true])
    func partsOfABenchmarkDoNotDependOnTheOrderOfFiles(mathFirst: Bool) throws {
        let math = try MarkdownParser.parse(
            """
            ## Evaluation
            | Model | MATH | GSM8K |
            |---|---|---|
            | Llama-3-8B | 30.0 | 79.6 |
            """, path: "math.md")
        let alignBench = try MarkdownParser.parse(
            """
            ### Chat model subjective evaluation of AlignBench
            | Model | Math. | Logi. | Basic. | Chi. | **Avg.** |
            |---|---|---|---|---|---|
            | Baichuan2-13B-Chat | 3.76 | 4.07 | 6.22 | 6.05 | 5.25 |
            """, path: "alignbench.md")
        let catalog = Enricher(config: ModelCardShapesTests.makers)
            .enrich(mathFirst ? [math, alignBench] : [alignBench, math]).catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["AlignBench", "GSM8K", "MATH"])
        let align = try #require(catalog.benchmark(named: "AlignBench"))
        #expect(
            Set(catalog.scores(on: align.id).map { "\($0.setting.qualifier) \($0.raw)" }) == [
                "Math. 3.76", "Logi. 4.07", "Basic. 6.22", "Chi. 6.05", " 5.25",
            ])
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

    /// Nanbeige's C-Eval table: a second average that says what it averages (`Avg（Hard）`, the
    /// hard subjects) is the benchmark's score on that subset, beside the headline `Avg`, not a
    /// column dropped unread. A second average with its own metric (`Avg SS` beside `Avg WER`)
    /// is read too; a second bare one is not.
    @Test func aSecondAverageOfASubsetIsTheBenchmarksScoreThere() throws {
        let catalog = try read(
            """
            ### C-Eval Scores

            | | Avg | Avg（Hard） | Average (5-shot) | Average | STEM | Humanities |
            |---|---|---|---|---|---|---|
            | Orchard-7B | 63.8 | 43.5 | 64.0 | 63.9 | 57.8 | 66.9 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["C-Eval"])
        #expect(
            Set(catalog.scores.map { "\($0.setting) \($0.raw)" }) == [
                " 63.8", "Hard 43.5", "5-shot 64.0", "STEM 57.8", "Humanities 66.9",
            ])
    }

    /// Nanbeige's LLMEval-3 table: an absolute score (`绝对分数`, `Absolute Score`) beside subject
    /// columns and a score relative to another model's is the benchmark's own score, and the
    /// columns are its parts, where they were benchmarks `绝对`, `工学` and `相对分数-GPT4`.
    @Test(arguments: [
        ("Absolute Score", "Relative Score-GPT4", "Engineering"), ("绝对分数", "相对分数-GPT4", "工学"),
    ])
    func anAbsoluteScoreBesideItsPartsIsTheBenchmarksScore(absolute: String, relative: String, part: String) throws {
        let catalog = try read(
            """
            ### Zeta-Eval

            | Model | \(relative) | \(absolute) | \(part) | Law |
            |---|---|---|---|---|
            | Orchard-7B | 94.26 | 70.13 | 6.00 | 8.33 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["Zeta-Eval"])
        #expect(
            Set(catalog.scores.map { "\($0.setting) \($0.raw)" }) == [
                " 70.13", "\(relative) 94.26", "\(part) 6.00", "Law 8.33",
            ])
    }

    /// A benchmark's own README (C-Eval's, CMMLU's) titles the document with the benchmark and
    /// divides it by subject under headings that name nothing else (`## Leaderboard`, `## 排行榜`,
    /// `#### Five-shot`, which gives the shots). Next to each other, each file reads as alone.
    @Test func aBenchmarksOwnLeaderboardDividesTheBenchmarkItsTitleNames() throws {
        let ceval = """
            # C-Eval

            ## Leaderboard

            | Model   | STEM | Social Science | Average |
            | ------- | :--: | :------------: | :-----: |
            | GPT-4   | 67.1 |      77.6      |  68.7   |
            | ChatGPT | 52.9 |      61.8      |  54.4   |
            """
        let cmmlu = """
            # CMMLU---中文多任务语言理解评估

            ## 排行榜

            #### Five-shot

            | 模型    | STEM  | 人文学科 | 平均分 |
            |---------|-------|----------|--------|
            | GPT4    | 65.23 | 72.11    | 70.95  |

            #### Zero-shot

            | 模型    | STEM  | 人文学科 | 平均分 |
            |---------|-------|----------|--------|
            | GPT4    | 63.16 | 69.19    | 68.90  |
            """
        let documents = try [(ceval, "ceval.md"), (cmmlu, "cmmlu.md")].map { try MarkdownParser.parse($0, path: $1) }
        let catalog = Enricher(config: CatalogConfig()).enrich(documents).catalog
        #expect(catalog.benchmarks.map(\.name) == ["C-Eval", "CMMLU"])
        let headline = catalog.scores.filter { $0.setting.qualifier.isEmpty }
        let values = headline.map { "\($0.benchmark.rawValue) \($0.setting.shots) \($0.value ?? -1)" }.sorted()
        #expect(values == ["c-eval  54.4", "c-eval  68.7", "cmmlu 0-shot 68.9", "cmmlu 5-shot 70.95"])
        let stem = catalog.scores.filter { $0.setting.qualifier == "STEM" }
        #expect(stem.map(\.benchmark.rawValue) == ["c-eval", "c-eval", "cmmlu", "cmmlu"])
    }

    /// C-Eval's README: `| Model | Accuracy |` under `## C-Eval Hard Leaderboard` is C-Eval Hard
    /// in that metric, not a benchmark named Accuracy.
    @Test func aLoneMetricColumnIsTheHeadingsBenchmark() throws {
        let catalog = try read(
            """
            ## C-Eval Hard Leaderboard

            | Model   | Accuracy |
            | ------- | :------: |
            | GPT-4   |   54.9   |
            | ChatGPT |   41.4   |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["C-Eval Hard"])
        #expect(catalog.scores.map(\.setting.metric) == ["Acc.", "Acc."])
    }

    /// A model's card is titled by the model: its categories divide no benchmark of that name.
    @Test func aModelsCardTitleNamesNoBenchmark() throws {
        let catalog = try read(
            """
            # Orchard2.5

            ## Results

            | Model | Reasoning | Coding | Average |
            |---|---|---|---|
            | Orchard2.5-7B | 60.1 | 50.2 | 55.2 |
            | Qwen-7B | 58.2 | 48.1 | 53.1 |
            """
        ).catalog
        #expect(!catalog.benchmarks.contains { $0.name == "Orchard2.5" })
    }

    /// MiniCPM3's card links the benchmark by its full name and abbreviation: the abbreviation
    /// names it, so it is the BFCL of other tables. Written in plain words, a known benchmark's
    /// name and abbreviation name it too.
    @Test(arguments: [
        "We evaluate on [Berkeley Function Calling Leaderboard (BFCL)](https://gorilla.cs.berkeley.edu).",
        "Tested on the Berkeley Function Calling Leaderboard (BFCL).",
    ])
    func aFullNameAndItsAbbreviationNameTheAbbreviation(paragraph: String) throws {
        let catalog = try read(
            """
            ## Function calling

            \(paragraph)

            | Model | Overall Accuracy | AST Summary |
            |---|---|---|
            | Qwen2-7B | 71.6 | 68.2 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["BFCL"])
        #expect(catalog.scores.map(\.setting.qualifier).sorted() == ["", "AST Summary"])
    }

    /// An abbreviation in plain words of no benchmark Atlas knows (`supervised fine-tuning
    /// (SFT)`) names none.
    @Test func anAbbreviationOfNoKnownBenchmarkNamesNone() throws {
        let catalog = try read(
            """
            # Results

            We applied supervised fine tuning (SFT) first.

            | Model | Overall Accuracy | AST Summary |
            |---|---|---|
            | Qwen2-7B | 71.6 | 68.2 |
            """
        ).catalog
        #expect(!catalog.benchmarks.contains { $0.name == "SFT" })
    }

    /// Step-Audio 2's card: `Big Bench Audio` on a line of its own over `| Model | Accuracy |`
    /// names the benchmark the accuracy is of. With nothing above naming it (a sentence, a title
    /// naming no benchmark), a metric is no benchmark, and the table is left out with a note.
    @Test(arguments: [
        ("Big Bench Audio", "Big Bench Audio" as String?), ("The accuracy of each model:", nil),
        ("Results Overview", nil),
    ])
    func aColumnOfOneMetricIsOfTheBenchmarkNamedAbove(line: String, benchmark: String?) throws {
        let enrichment = try read(
            """
            ### Audio understanding and reasoning

            \(line)

            | Model | Accuracy |
            |---|---|
            | Orchard-7B | 82.8 |
            """)
        #expect(enrichment.catalog.benchmarks.map(\.name) == (benchmark.map { [$0] } ?? []))
        #expect(enrichment.catalog.scores.map(\.setting.metric) == (benchmark == nil ? [] : ["Acc."]))
        #expect(
            enrichment.findings(containing: "its only columns of scores are metrics ('Accuracy')").isEmpty
                == (benchmark != nil))
    }

    /// Orion's multilingual table: languages as columns, under a heading that names no benchmark
    /// (`### Multilingual evaluation` in `## 1. Base Model Benchmarks`), are left out with a
    /// note; under `### Flores-101` they are its settings.
    @Test func languageColumnsAreSettingsOfTheBenchmarkAHeadingNames() throws {
        let table = """
            | Model | Train Lang | Japanese | Korean | Chinese |
            |---|---|---|---|---|
            | Orchard-14B | Multi | 69.1 | 79.5 | 67.9 |
            """
        let orion = try read("## 1. Base Model Benchmarks\n\n### Multilingual evaluation\n\n" + table)
        #expect(orion.catalog.benchmarks.isEmpty)
        #expect(!orion.findings(containing: "its columns are languages ('Japanese', 'Korean', 'Chinese')").isEmpty)
        let flores = try read("## Results\n\n### Flores-101\n\n" + table).catalog
        #expect(flores.benchmarks.map(\.name) == ["Flores-101"])
        #expect(Set(flores.scores.map(\.setting.qualifier)) == ["Japanese", "Korean", "Chinese"])
    }

    /// Code cards score one benchmark per programming language, alone or with its metric
    /// (CodeGeeX4's `PYTHON EM | PYTHON ES | C# EM`): the languages are settings of the benchmark
    /// the heading names, its number aside, and the word after a language is the metric. They
    /// were eight benchmarks, among them `c` for `C#`. Under a heading that names no benchmark the
    /// table is left out with a note; `Python HumanEval` beside `Java HumanEval` is HumanEval.
    @Test func programmingLanguageColumnsAreSettingsOfTheBenchmarkAHeadingNames() throws {
        let table = """
            | Model | PYTHON EM | PYTHON ES | C# EM | C# ES |
            |---|---|---|---|---|
            | CodeGeeX-9B | 32.3 | 70.3 | 48.0 | 84.8 |
            """
        let crossFile = try read("## 5. Cross-File Completion\n\n" + table).catalog
        #expect(crossFile.benchmarks.map(\.name) == ["Cross-File Completion"])
        #expect(
            Set(crossFile.scores.map { "\($0.setting.qualifier) \($0.setting.metric) \($0.raw)" }) == [
                "PYTHON EM 32.3", "PYTHON ES 70.3", "C# EM 48.0", "C# ES 84.8",
            ])
        let unnamed = try read("## Code generation\n\n" + table)
        #expect(unnamed.catalog.benchmarks.isEmpty)
        #expect(!unnamed.findings(containing: "its columns are languages ('PYTHON EM', 'PYTHON ES', 'C# EM')").isEmpty)
        let prefixed = try read(
            """
            ## Code generation

            | Model | Python HumanEval | Java HumanEval | C++ HumanEval |
            |---|---|---|---|
            | CodeGeeX-9B | 82.3 | 70.1 | 68.2 |
            """
        ).catalog
        #expect(prefixed.benchmarks.map(\.name) == ["HumanEval"])
        #expect(Set(prefixed.scores.map(\.setting.qualifier)) == ["Python", "Java", "C++"])
    }

    /// ChatGLM2's card: `### C-Eval` over `| Model | Average | STEM | Humanities |` divides one
    /// benchmark, which the heading names; the average is its headline score. Over well-known
    /// benchmarks, the columns stay benchmarks; languages under a heading that names no benchmark
    /// are no benchmarks (Orion's summary of its Japanese and Korean tables), and the table is
    /// left out with a note.
    @Test func aHeadingNamesTheBenchmarkAnAveragedTableDivides() throws {
        let enrichment = try read(
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
            """)
        let catalog = enrichment.catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["C-Eval", "GSM8K", "MMLU"])
        #expect(!enrichment.findings(containing: "its columns are languages ('Japanese', 'Korean')").isEmpty)
        let cEval = catalog.scores.filter { $0.benchmark.rawValue == "c-eval" }
        let parts = Dictionary(uniqueKeysWithValues: cEval.map { ($0.setting.qualifier, $0.value) })
        #expect(parts == ["": 51.7, "STEM": 48.6, "Humanities": 51.3])
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

    /// Columns labelled in lowercase words (subsets, conditions) under a benchmark's heading are
    /// that benchmark's parts, with no average beside them; a difference column (`Δ half book`)
    /// is no score. MiniMax-Text-01's card.
    @Test func lowercaseColumnsAreThePartsOfTheHeadingsBenchmark() throws {
        let catalog = try read(
            """
            #### MTOB
            | **Context Type** | **no context** | **half book** | **Δ half book** |
            |------------------|----------------|---------------|-----------------|
            | Qwen-Long | 16.55 | 48.48 | 31.92 |

            #### LongBench v2
            | Model | easy | hard |
            |-------|------|------|
            | Qwen-Long | 43.5 | 40.8 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["LongBench v2", "MTOB"])
        #expect(
            Set(catalog.scores.map { "\($0.benchmark.rawValue) \($0.setting.qualifier) \($0.raw)" }) == [
                "mtob no context 16.55", "mtob half book 48.48", "longbench-v2 easy 43.5", "longbench-v2 hard 40.8",
            ])
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

    /// Speech cards give a benchmark's splits as rows, the models as columns, the metric in the
    /// corner (`| CER(%) | A | B |` over `dev`, `test` under `## AISHELL-1`), and name splits of
    /// parts of the data (`dev_ios`, `test_android`): each is a split of the heading's benchmark,
    /// `test` too, which alone in a speed table names the run measured.
    @Test func splitRowsAreOneBenchmarkNamedByTheHeading() throws {
        let enrichment = try read(
            """
            # Zeta-ASR

            ## AISHELL-1

            | CER(%) | Zeta-ASR-Large | Whisper-large-v3 |
            |:---:|:---:|:---:|
            | dev | 1.75 | 1.62 |
            | test | 1.95 | 1.78 |

            ## AISHELL-2

            | CER(%) | Zeta-ASR-Large | Whisper-large-v3 |
            |:---:|:---:|:---:|
            | dev_ios | 2.80 | 2.60 |
            | test_android | 3.13 | 2.84 |
            """)
        let catalog = enrichment.catalog
        #expect(catalog.models.map(\.name) == ["Whisper-large-v3", "Zeta-ASR-Large"])
        #expect(catalog.benchmarks.map(\.name) == ["AISHELL-1", "AISHELL-2"])
        let settings = catalog.scores.filter { $0.model.rawValue == "zeta-asr-large" }
            .map { "\($0.benchmark.rawValue) \($0.setting.description) \($0.raw)" }
        #expect(
            settings.sorted() == [
                "aishell-1 CER, dev 1.75", "aishell-1 CER, test 1.95", "aishell-2 CER, dev_ios 2.80",
                "aishell-2 CER, test_android 3.13",
            ])
    }

    /// A benchmark's own README titled with a tagline (`# 📏 RULER: What's the Real Context
    /// Size…`, `# The AlpacaEval leaderboard`): the name before the subtitle, without the emoji or
    /// the article, names the benchmark whose parts or metric the columns are.
    @Test(arguments: [
        "# 📏 RULER: What’s the Real Context Size of Your Long-Context Language Models?",
        "# The RULER leaderboard", "# RULER – Effective Context Length",
    ])
    func aTitleWithASubtitleNamesTheBenchmark(title: String) throws {
        let catalog = try read(
            title + """


                | Model | 4K | 8K | Avg. |
                |---|---|---|---|
                | Qwen2-72B | 96.9 | 96.1 | 85.9 |
                | Yi-34B | 93.3 | 92.2 | 87.5 |
                """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["RULER"])
        #expect(catalog.scores.map(\.setting.qualifier) == ["", "4K", "8K", "", "4K", "8K"])
    }

    /// MMLU-Pro's leaderboard under `### Current Leaderboard (2025)`: a heading that names
    /// nothing but an edition leaves the benchmark to the title; `Overall Accuracy` is its score
    /// in accuracy, and `CoT Gain`, a difference of two scores, is none.
    @Test func anOverallColumnUnderAGenericDatedHeadingIsTheTitlesBenchmark() throws {
        let catalog = try read(
            """
            # MMLU-Pro

            ### Current Leaderboard (2025)

            | Rank | Model | Overall Accuracy | CoT Gain |
            | --- | --- | --- | --- |
            | 1 | OpenAI o1 | 83.5% | 8.0 |
            | 3 | GPT-4o | 78.2% | 5.0 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["MMLU-Pro"])
        #expect(
            catalog.scores.map(\.setting) == Array(repeating: Setting(metric: "Acc.", qualifier: "2025"), count: 2))
    }
}

/// Headings that name a benchmark with its metric, and headings that name the models compared.
@Suite struct HeadingsOverOneBenchmarkTests {
    func read(_ markdown: String) throws -> Enrichment { try enrich(markdown, config: ModelCardShapesTests.makers) }

    /// CodeGeeX2's `### HumanEval-X (Pass@1)` and `### DS1000 (Pass@1)`: the metric in the
    /// heading is the scores' metric, not part of the benchmark's name (which other cards write
    /// without it).
    @Test func aMetricInTheHeadingIsTheSettingOfTheBenchmarkItNames() throws {
        let catalog = try read(
            """
            ### HumanEval-X (Pass@1)

            | Model | Python | C++ | Overall |
            |---|---|---|---|
            | StarCoder-15B | 35.5 | 28.2 | 27.9 |
            | CodeGeeX2-6B | 35.9 | 29.3 | 28.1 |

            ### HumanEval (Pass@1,10,100)

            | Model | Pass@1 | Pass@10 |
            |---|---|---|
            | CodeGeeX2-6B | 35.9 | 62.6 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["HumanEval", "HumanEval-X"])
        let settings = catalog.scores.filter { $0.benchmark.rawValue == "humaneval-x" }.map(\.setting)
        #expect(settings.count == 6 && settings.allSatisfy { $0.metric == "pass@1" })
        #expect(Set(settings.map(\.qualifier)) == ["", "Python", "C++"])
        let humanEval = catalog.scores.filter { $0.benchmark.rawValue == "humaneval" }.map(\.setting.metric)
        #expect(humanEval.sorted() == ["pass@1", "pass@10"])
    }

    /// DeepSeek-Coder's `#### (1) Multilingual Base Models` and `#### (3) Instruction-Tuned
    /// Models` over the same languages and `Avg`: neither heading names a benchmark, so both
    /// tables are left out alike, each with a note (one was a benchmark named by its heading).
    @Test func aHeadingOfTheModelsComparedNamesNoBenchmark() throws {
        let enrichment = try read(
            """
            ## Experimental Results

            #### (1) Multilingual Base Models

            | Model | Python | C++ | Avg |
            |---|---|---|---|
            | CodeShell | 35.4% | 32.9% | 34.2% |

            #### (3) Instruction-Tuned Models

            | Model | Python | C++ | Avg |
            |---|---|---|---|
            | GPT-4 | 82.3% | 70.2% | 76.3% |
            """)
        #expect(enrichment.catalog.benchmarks.isEmpty)
        let notes = enrichment.diagnostics.filter { $0.message.contains("no heading above it names their benchmark") }
        #expect(notes.map(\.location.line) == [5, 11])
    }

    /// One programming language is a setting of the benchmark the heading names, as two are;
    /// with no heading naming one, the table is left out with a note (it was a benchmark `Python`).
    @Test func oneProgrammingLanguageIsASettingAsTwoAre() throws {
        let enrichment = try read(
            """
            ## HumanEval

            | Model | Python |
            |---|---|
            | GPT-4 | 82.3 |

            ## Results

            | Model | Python |
            |---|---|
            | GPT-4 | 80.0 |
            """)
        let scores = enrichment.catalog.scores.map { "\($0.benchmark.rawValue) \($0.setting.qualifier) \($0.raw)" }
        #expect(scores == ["humaneval Python 82.3"])
        let notes = enrichment.diagnostics.filter { $0.message.contains("not read as results") }
        #expect(notes.map(\.location.line) == [9])
    }

    @Test(arguments: ["Instruction-Tuned Models", "(1) Multilingual Base Models", "Chat Model", "对话模型"])
    func headingsOfModelsAreGeneric(_ heading: String) {
        #expect(HeadingBenchmark.isGeneric(heading))
    }

    @Test(arguments: ["HumanEval-X", "Model Merging", "C-Eval", "模型"])
    func headingsOfBenchmarksAreNot(_ heading: String) {
        #expect(!HeadingBenchmark.isGeneric(heading))
    }
}

/// DeepSeek-Coder's LeetCode table: columns of difficulty levels, each with its number of
/// problems, and the overall score.
@Suite struct DifficultyLevelsTests {
    func read(_ markdown: String) throws -> Enrichment { try enrich(markdown, config: ModelCardShapesTests.makers) }

    static let table = """
        | Model | Easy (45) | Medium (91) | Hard (44) | Overall(180) |
        |---|---|---|---|---|
        | GPT-4-Turbo | 73.3% | 31.9% | 25.0% | 40.6% |
        """

    /// Named by the heading or by the sentence above: one benchmark, each level a qualifier, the
    /// overall score its headline; the problems' counts are no setting.
    @Test(arguments: [
        "## LeetCode Contest\n\n", "## Experimental Results\n\nResults on our LeetCode Contest benchmark:\n\n",
    ])
    func levelsAreSettingsOfTheBenchmarkNamedAbove(_ above: String) throws {
        let catalog = try read(above + Self.table).catalog
        #expect(catalog.benchmarks.map(\.name) == ["LeetCode Contest"])
        let settings = Dictionary(uniqueKeysWithValues: catalog.scores.map { ($0.setting.qualifier, $0.raw) })
        #expect(settings == ["Easy": "73.3%", "Medium": "31.9%", "Hard": "25.0%", "": "40.6%"])
    }

    @Test func levelsWithNothingNamingTheirBenchmarkAreLeftOutWithANote() throws {
        let enrichment = try read("## Experimental Results\n\n" + Self.table)
        #expect(enrichment.catalog.benchmarks.isEmpty && enrichment.catalog.scores.isEmpty)
        #expect(
            enrichment.diagnostics.map(\.message) == [
                "table not read as results: its columns are levels of difficulty ('Easy (45)', 'Medium (91)', "
                    + "'Hard (44)'), and no heading above it names their benchmark"
            ])
    }

    @Test func aCountInParenthesesIsNoQualifierButAYearIs() {
        let metrics = CatalogConfig().vocabulary.metrics
        #expect(BenchmarkHeader(parsing: "Easy (45)", metrics: metrics).setting == Setting())
        #expect(BenchmarkHeader(parsing: "GSM8K (1,319)", metrics: metrics).setting == Setting())
        let aime = BenchmarkHeader(parsing: "AIME (2024)", metrics: metrics)
        #expect((aime.name + " " + aime.setting.qualifier).contains("2024"))
        let mmlu = BenchmarkHeader(parsing: "MMLU (5-shot, 57)", metrics: metrics)
        #expect(mmlu.name == "MMLU" && mmlu.setting.qualifier.isEmpty && !mmlu.setting.shots.isEmpty)
    }

    /// Chinese-LLaMA-Alpaca-3's `### Open LLM Leaderboard` over the leaderboard's benchmarks, two of
    /// them common names (`MMLU`, `GSM8K`): benchmarks of their own, not parts of `Open LLM`.
    @Test func aSuitesColumnsOfCommonBenchmarksAreNoParts() throws {
        let catalog = try enrich(
            """
            ### Open LLM Leaderboard

            | Models | ARC | HellaS | MMLU | TQA | WinoG | GSM8K | 平均 |
            | --- | :-: | :-: | :-: | :-: | :-: | :-: | :-: |
            | Demo-8B | 63.40 | 80.51 | 67.90 | 53.57 | 76.24 | 59.21 | 66.81 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["ARC", "GSM8K", "HellaSwag", "MMLU", "TQA", "WinoGrande"])
        #expect(catalog.scores.allSatisfy { $0.setting.qualifier.isEmpty })
    }

    /// `### Performance on VQA Benchmarks` over `TextVQA | DocVQA | ChartQA | Avg`: a field's
    /// benchmarks, each column one (it was one benchmark `VQA` of three parts); a suite's
    /// testsets over categories (`Examination | Language`) stay the parts of the suite.
    @Test func aHeadingNamingAFieldsBenchmarksIsNoOneBenchmark() throws {
        let catalog = try enrich(
            """
            ### Performance on VQA Benchmarks

            | Model | TextVQA | DocVQA | ChartQA | Avg |
            | --- | --- | --- | --- | --- |
            | Qwen-VL-7B | 50.1 | 30.2 | 40.2 | 40.1 |

            ### LLM evaluation results of OpenCompass testsets

            | Model | Average | Examination | Language |
            | --- | --- | --- | --- |
            | Qwen-VL-7B | 55.0 | 60.0 | 50.0 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["ChartQA", "DocVQA", "OpenCompass", "TextVQA"])
        #expect(catalog.scores(of: "Qwen-VL-7B", on: "OpenCompass").count == 3)
    }

    /// Chinese-LLaMA-Alpaca-2's `| Model | Valid | Test |` under `### C-Eval` and `| Model | Test
    /// (0/few-shot) |` under `### 客观效果评测：CMMLU`: splits of the benchmark the heading names
    /// (`Valid` was a benchmark and `Test` left out as a property; `0` was a qualifier).
    @Test func splitColumnsAreSettingsOfTheBenchmarkTheHeadingNames() throws {
        let catalog = try enrich(
            """
            ### C-Eval

            | Model | Valid | Test |
            | --- | --- | --- |
            | Qwen-7B | 58.2 | 60.1 |

            ### 客观效果评测：CMMLU

            | Model | Test (0/few-shot) |
            | --- | --- |
            | Qwen-7B | 58.2 / 60.1 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["C-Eval", "CMMLU"])
        #expect(
            catalog.scores(of: "Qwen-7B", on: "C-Eval").map(\.setting).sorted()
                == [Setting(qualifier: "Test"), Setting(qualifier: "Valid")])
        #expect(
            catalog.scores(of: "Qwen-7B", on: "CMMLU").map(\.setting).sorted()
                == [Setting(shots: "0-shot", qualifier: "Test"), Setting(shots: "few-shot", qualifier: "Test")])
    }
    /// A benchmark's own README (`# LongBenchX: A Bilingual Benchmark …`) under a heading that
    /// says in which language (`#### English`): the categories are its parts, `Avg` its whole.
    @Test func categoriesUnderALanguageHeadingArePartsOfTheDocumentsBenchmark() throws {
        let catalog = try enrich(
            """
            # LongBenchX: A Bilingual Benchmark for Long Context Understanding

            ## Leaderboard

            #### English
            |                   | Avg  | Single-Doc QA | Summarization |
            | ----------------- | :--: | :-----------: | :-----------: |
            | Alpha-7B-chat-4k  | 44.0 | 39.8 | 26.5 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["LongBenchX"])
        #expect(catalog.scores.map(\.setting.qualifier).sorted() == ["", "Single-Doc QA", "Summarization"])
    }

    /// uniem's card: rows that are each a metric (`map@10`, `ndcg@10`) under a bullet naming the
    /// dataset are that benchmark's measures, the models the columns; the bullet above the other
    /// table gives its scores their metric (`We report Accuracy`).
    @Test func metricRowsAreMeasuresOfTheBenchmarkNamedAbove() throws {
        let catalog = try enrich(
            """
            ### Classification

            - We report Accuracy.

            |          | m9e-small | m9e-base |
            | -------- | --------- | -------- |
            | TNews    | 0.4443    | 0.4827   |
            | IFlyTek  | 0.4263    | 0.4409   |
            | Average  | 0.4353    | 0.4618   |

            ### Retrieval

            - Dataset: the [Zeta-Ranking](https://example.com) dataset; we report map@10, ndcg@10

            |         | m9e-small | m9e-base |
            | ------- | --------- | -------- |
            | map@10  | 0.6878    | 0.7656   |
            | ndcg@10 | 0.7262    | 0.8004   |
            """
        ).catalog
        #expect(catalog.models.map(\.name).sorted() == ["m9e-base", "m9e-small"])
        #expect(catalog.benchmarks.map(\.name).sorted() == ["IFlyTek", "TNews", "Zeta-Ranking"])
        let ranking = catalog.scores(of: "m9e-base", on: "Zeta-Ranking").map { "\($0.setting.metric) \($0.raw)" }
        #expect(ranking.sorted() == ["map@10 0.7656", "ndcg@10 0.8004"])
        #expect(catalog.scores(of: "m9e-small", on: "TNews").map(\.setting.metric) == ["Acc."])
    }

    /// InternVL's card puts each results table under a bullet naming the task: the table is read,
    /// the bullet's words its lead-in (zero-shot), a `#frame` column qualifying its rows' scores
    /// and a lone minus sign (`−`) a score not reported.
    @Test func aTableInAListItemIsReadWithTheItemsWords() throws {
        let catalog = try enrich(
            """
            ## Results

            - Zero-Shot Video Classification

              | method | #frame | K400 | K600 |
              | ------ | :----: | :--: | :--: |
              | Alpha-C | 1 | 71.0 | − |
              | Alpha-C | 8 | 79.4 | 78.8 |
            """
        ).catalog
        let k400 = catalog.scores(of: "Alpha-C", on: "K400").map {
            "\($0.setting.shots) \($0.setting.qualifier) \($0.raw)"
        }
        #expect(k400.sorted() == ["0-shot #frame 1 71.0", "0-shot #frame 8 79.4"])
        #expect(catalog.scores(of: "Alpha-C", on: "K600").map(\.isReported).sorted { !$0 && $1 } == [false, true])
    }
    /// CogView4's `#### Geneval` over `Overall | Single Obj. | Two Obj. | Counting`: a heading of
    /// one word, not spelled like a benchmark, over an overall column and parts none of which is
    /// names the benchmark they are parts of; a capability (`#### Math`) does not.
    @Test func aOneWordHeadingOverAnOverallAndItsPartsNamesTheirBenchmark() throws {
        let catalog = try read(
            """
            #### Geneval

            | Model           | Overall  | Single Obj. | Two Obj. | Counting |
            |-----------------|----------|-------------|----------|----------|
            | SDXL            | 0.55     | 0.98        | 0.74     | 0.39     |
            | **CogView4-6B** | 0.73     | **0.99**    | 0.86     | 0.66     |

            #### Math

            | Model           | Overall  | Algebra | Geometry |
            |-----------------|----------|---------|----------|
            | SDXL            | 0.5      | 0.4     | 0.6      |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name).contains("Geneval"))
        #expect(!catalog.benchmarks.map(\.name).contains("Single Obj."))
        let cogview = catalog.scores.filter { $0.model.rawValue == "cogview4-6b" }
        #expect(
            cogview.map { "\($0.benchmark.rawValue) \($0.setting.qualifier) \($0.raw)" }.sorted() == [
                "geneval  0.73", "geneval Counting 0.66", "geneval Single Obj. 0.99", "geneval Two Obj. 0.86",
            ])
        #expect(!catalog.benchmarks.map(\.name).contains("Math"))
    }
    /// Step-Audio's `#### 5.2.2 Results of TTS Models on SEED Test Sets.` over `test-zh | test-en`:
    /// the splits of SEED, the benchmark the results are on, not of a benchmark named by the
    /// whole heading.
    @Test func aHeadingOfResultsOnABenchmarkNamesIt() throws {
        let catalog = try read(
            """
            #### 5.2.2 Results of TTS Models on SEED Test Sets.

            | Model | test-zh | test-en |
            |---|---|---|
            | CosyVoice | 3.63 | 4.29 |
            | Step-Audio-TTS-3B | 1.31 | 2.31 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["SEED"])
        #expect(Set(catalog.scores.map(\.setting.qualifier)) == ["test-zh", "test-en"])
    }
}
