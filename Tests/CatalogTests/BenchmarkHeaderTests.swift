import Testing

@testable import Catalog

@Suite struct BenchmarkHeaderTests {
    /// The defaults, plus two metric names that the seed's configuration adds.
    let vocabulary: CatalogConfig.Vocabulary = {
        var vocabulary = CatalogConfig.Vocabulary()
        vocabulary.metrics += ["Prompt Strict", "LC-winrate"]
        return vocabulary
    }()

    func parse(_ text: String) -> BenchmarkHeader {
        BenchmarkHeader(parsing: text, metrics: vocabulary.metrics, qualifiers: vocabulary.qualifiers)
    }

    @Test(arguments: [
        // header, name, metric, shots, qualifier
        ("MMLU (EM)", "MMLU", "EM", "", ""),
        // A metric first, its benchmark in parentheses; a language there is no benchmark.
        ("Accuracy (MMLU)", "MMLU", "Accuracy", "", ""),
        ("Accuracy (C-Eval dev)", "C-Eval", "Accuracy", "", "dev"),
        ("Accuracy (Chinese)", "Accuracy", "", "", "Chinese"),
        // A split after the name, before a parenthesis or alone.
        ("TextVQA val", "TextVQA", "", "", "val"),
        ("MMB dev(en)", "MMB", "", "", "dev, en"),
        ("MathVista testmini", "MathVista", "", "", "testmini"),
        // A plain word and a capitalised split word are a name (DeepMind's video benchmark); a
        // name with capitals inside or digits, or of more words, keeps its split apart.
        // A split is spelled one way whatever its case (`C-Eval(Val)` and `C-Eval (val)` are one).
        ("Perception Test", "Perception Test", "", "", ""), ("ChartQA Test", "ChartQA", "", "", "test"),
        ("Perception test", "Perception", "", "", "test"),
        ("Video Perception Test", "Video Perception", "", "", "test"), ("C-Eval(Val)", "C-Eval", "", "", "val"),
        ("RACE(High)", "RACE", "", "", "High"),
        // A split joined by a hyphen or an underscore, as `MMBench-EN (test)` writes it apart;
        // not after one plain word (`Pile-test`, the Pile's name as DeepSeek's cards write it).
        // A shot count after the parentheses (Phi-3's `TruthfulQA (MC2) <br>10-shot`).
        ("TruthfulQA (MC2) 10-shot", "TruthfulQA", "", "10-shot", "MC2"),
        ("MMBench-EN-Test", "MMBench-EN", "", "", "test"), ("TextVQA_val", "TextVQA", "", "", "val"),
        ("miniF2F-test", "miniF2F", "", "", "test"), ("AISHELL-2-test", "AISHELL-2", "", "", "test"),
        ("Pile-test", "Pile-test", "", "", ""), ("Dev-Test", "Dev-Test", "", "", ""),
        // Florence-2's vision headers: a split, then a metric, without parentheses.
        ("NoCaps val CIDEr", "NoCaps", "CIDEr", "", "val"),
        ("Refcoco test-A Accuracy", "Refcoco", "Accuracy", "", "test-A"),
        ("TextVQA test-dev Acc", "TextVQA", "Acc.", "", "test-dev"),
        // Another benchmark's name begun in the parentheses (Gemma 3's card), the rest its setting.
        ("MMLU (Pro COT)", "MMLU-Pro", "", "", "COT"), ("MMLU (Pro, 5-shot)", "MMLU-Pro", "", "5-shot", ""),
        ("MMLU (Professional Law)", "MMLU", "", "", "Professional Law"),
        // BBQ's subsets, as Gemma's cards give them.
        ("BBQ Ambig", "BBQ", "", "", "Ambig"),
        ("BBQ Disambig", "BBQ", "", "", "Disambig"),
        // A footnote's mark after the setting.
        ("MMLU (5-shot)*", "MMLU", "", "5-shot", ""),
        // A metric over k results spaced around its `@` (Arctic-embed's card), and `Score` beside a
        // named metric, which says nothing more: the same benchmark and metric as unspaced.
        ("MTEB Retrieval Score (NDCG @ 10)", "MTEB Retrieval", "ndcg@10", "", ""),
        ("MTEB Retrieval (nDCG@10)", "MTEB Retrieval", "ndcg@10", "", ""),
        ("AlpacaEval Score", "AlpacaEval", "Score", "", ""),
        // A metric narrowed by words after it, a percentage by its unit.
        ("MT-bench (win rate adjusted %)", "MT-bench", "win rate adjusted", "", ""),
        ("MT-bench (adjusted %)", "MT-bench", "", "", "adjusted %"),
        ("HumanEval (Pass@1)†", "HumanEval", "pass@1", "", ""),
        ("DROP (3-shot F1)", "DROP", "F1", "3-shot", ""),
        ("AIME 2024 pass@1", "AIME 2024", "pass@1", "", ""),
        ("AIME 2024 cons@64", "AIME 2024", "cons@64", "", ""),
        ("AIME 2024 (Pass@1)", "AIME 2024", "pass@1", "", ""),
        ("CodeForces rating", "CodeForces", "Rating", "", ""),
        ("Codeforces (Rating)", "Codeforces", "Rating", "", ""),
        ("Codeforces (Percentile)", "Codeforces", "Percentile", "", ""),
        ("LiveCodeBench  (0901-0401)", "LiveCodeBench", "", "", "0901-0401"),
        ("LiveCodeBench(01-09)", "LiveCodeBench", "", "", "01-09"),
        ("LiveCodeBench (Pass@1-COT)", "LiveCodeBench", "pass@1-cot", "", ""),
        ("RepoBench (Python)", "RepoBench", "", "", "Python"),
        ("RepoBench (Java)", "RepoBench", "", "", "Java"),
        ("HumanEval python", "HumanEval", "", "", "python"),
        ("HumanEval Multi", "HumanEval Multi", "", "", ""),
        ("HumanEval FIM", "HumanEval FIM", "", "", ""),
        ("Pile-test (BPB)", "Pile-test", "BPB", "", ""),
        ("IF-Eval (Prompt Strict)", "IF-Eval", "Prompt Strict", "", ""),
        ("ArenaHard (GPT-4-1106)", "ArenaHard", "", "", "GPT-4-1106"),
        ("AlpacaEval2.0 (LC-winrate)", "AlpacaEval2.0", "LC-winrate", "", ""),
        ("GPQA Diamond pass@1", "GPQA Diamond", "pass@1", "", ""),
        ("MATH (maj@8)", "MATH", "maj@8", "", ""),
        ("X (Prompt@Strict)", "X", "", "", "Prompt@Strict"),
        ("MMLU 5-shot", "MMLU", "", "5-shot", ""),
        ("Humanity's Last Exam", "Humanity's Last Exam", "", "", ""),
        ("SWE-bench Multilingual", "SWE-bench Multilingual", "", "", ""),
        ("LongBench v2 (Acc.)", "LongBench v2", "Acc.", "", ""),
        ("Hella Swag", "Hella Swag", "", "", ""),
        ("  MT-Bench  ", "MT-Bench", "", "", ""),
        ("中文推理", "中文推理", "", "", ""),
        // Commas and brackets, as real model cards write them.
        ("MMLU (EM, 5-shot)", "MMLU", "EM", "5-shot", ""),
        ("RepoBench (Python, 0901-0401)", "RepoBench", "", "", "Python, 0901-0401"),
        ("LiveCodeBench (v5, Pass@1)", "LiveCodeBench", "pass@1", "", "v5"),
        ("GSM8K [avg@8]", "GSM8K", "avg@8", "", ""),
        ("HumanEval [0-shot]", "HumanEval", "", "0-shot", ""),
        ("HumanEval [1]", "HumanEval", "", "", ""),
        ("BBH [3-shot, CoT]", "BBH", "", "3-shot", "CoT"),
        // OLMo's and Gemma 2's cards: a count apart from its word, a plural, a range.
        ("MMLU (5 shot MC)", "MMLU", "", "5-shot", "MC"),
        ("ARC (25-shots)", "ARC", "", "25-shot", ""),
        ("AGIEval (3-5-shot)", "AGIEval", "", "3-5-shot", ""),
        ("MMLU (5 shots)", "MMLU", "", "5-shot", ""),
        // Footnote marks after a name (Llama 4's `MMMU Pro^`).
        ("MMMU Pro^", "MMMU Pro", "", "", ""),
        ("MMLU*", "MMLU", "", "", ""),
        ("GSM8K¹ (8-shot)", "GSM8K", "", "8-shot", ""),
        // Two groups read as one (Phi-3.5's `TruthfulQA (MC2) (10-shot)`); a trailing `CoT`.
        ("TruthfulQA (MC2) (10-shot)", "TruthfulQA", "", "10-shot", "MC2"),
        ("MMLU (EM) (5-shot, STEM)", "MMLU", "EM", "5-shot", "STEM"),
        ("HumanEval (Python) [1]", "HumanEval", "", "", "Python"),
        ("BigBench Hard CoT (0-shot)", "BigBench Hard", "", "0-shot", "CoT"),
        ("GSM8K CoT", "GSM8K", "", "", "CoT"),
        // Zephyr's card: a metric with its unit.
        ("AlpacaEval (win rate %)", "AlpacaEval", "Win rate", "", ""),
        ("MMLU (%)", "MMLU", "", "", ""),
        ("MMLU (5-shot, %)", "MMLU", "", "5-shot", ""),
        // A built-in benchmark's spelling in parentheses is its name, not a setting.
        ("GPQA (diamond)", "GPQA diamond", "", "", ""),
        ("GPQA (Diamond) (pass@1)", "GPQA Diamond", "pass@1", "", ""),
        ("Arc (Challenge)", "Arc Challenge", "", "", ""),
        ("GPQA (main)", "GPQA", "", "", "main"),
        // A full name and its abbreviation (MiniCPM3's card): the short form is the name.
        ("Massive Multitask Language Understanding (MMLU)", "MMLU", "", "", ""),
        ("Berkeley Function Calling Leaderboard (BFCL) (Acc.)", "BFCL", "Acc.", "", ""),
        ("Needle In A Haystack (NIAH)", "NIAH", "", "", ""),
        ("Arena Hard (GPT)", "Arena Hard", "", "", "GPT"),
        // The capitals of a one-word name (MiniMax-M2's card): no setting, and the name stays.
        ("HumanEval (HE)", "HumanEval", "", "", ""), ("LiveCodeBench (LCB)", "LiveCodeBench", "", "", ""),
        ("LiveCodeBench (LCB v6)", "LiveCodeBench", "", "", "LCB v6"), ("MathVista (MB)", "MathVista", "", "", "MB"),
        // Footnote marks before a name (Orion's `*AutoQA`), full-width parentheses (Chinese input).
        ("*AutoQA", "AutoQA", "", "", ""), ("†MMLU (5-shot)", "MMLU", "", "5-shot", ""),
        (
            "Effectiveness of Response（subjective evaluation）", "Effectiveness of Response", "", "",
            "subjective evaluation"
        ),
        ("C-Eval（5-shot）", "C-Eval", "", "5-shot", ""),
        // Retrieval and agent metrics (LongCat's and others' cards).
        ("HotpotQA (recall)", "HotpotQA", "Recall", "", ""),
        ("WebArena (success rate)", "WebArena", "Success rate", "", ""),
        // lm-evaluation-harness task ids (Mistral's cards): the setting is written into the name.
        ("mmlu_pro_5shot_cot_instruct", "mmlu_pro", "", "5-shot", "cot, instruct"),
        ("humaneval_instruct_pass@1", "humaneval", "pass@1", "", "instruct"),
        ("gsm8k_cot_zeroshot", "gsm8k", "", "0-shot", "cot"),
        ("mtbench_dev", "mtbench", "", "", "dev"),
        ("arc_challenge", "arc_challenge", "", "", ""),
        ("mmlu_abstract_algebra", "mmlu_abstract_algebra", "", "", ""),
        // lm-evaluation-harness's metric names, as Llama 3.1's card writes them beside the shots:
        // an average's name over a metric, a metric with a suffix; not any word with a slash.
        ("MMLU (5-shot, macro_avg/acc)", "MMLU", "macro_avg/acc", "5-shot", ""),
        ("ARC-C (acc_char)", "ARC-C", "acc_char", "", ""), ("DROP (exact_match)", "DROP", "exact_match", "", ""),
        ("MMLU (wo/w CoT)", "MMLU", "", "", "wo/w CoT"), ("MMLU (avg/zh)", "MMLU", "", "", "avg/zh"),
        // The harnesses' MultiPL-E task per language (CodeShell's card), as `MultiPL-E (rs)` is.
        ("multiple-js", "MultiPL-E", "", "", "js"), ("multiple_java", "MultiPL-E", "", "", "java"),
        ("MultiPL-E-rs", "MultiPL-E", "", "", "rs"), ("MultiPL-E (rs)", "MultiPL-E", "", "", "rs"),
        ("multiple-choice", "multiple-choice", "", "", ""),
    ])
    func headers(_ text: String, _ name: String, _ metric: String, _ shots: String, _ qualifier: String) {
        let header = parse(text)
        #expect(header.name == name)
        #expect(header.setting == Setting(metric: metric, shots: shots, qualifier: qualifier))
    }

    /// A dozen groups at most are read off a header's end (no header writes more; a hostile one
    /// of thousands made reading quadratic): the rest stays in the name.
    @Test func aHeaderOfManyGroupsReadsTwelve() {
        let header = parse("MMLU" + String(repeating: " (5-shot)", count: 14))
        #expect(header.name == "MMLU (5-shot) (5-shot)")
        #expect(header.setting.shots == "5-shot")
        #expect(parse("MMLU (EM) (5-shot)").setting == Setting(metric: "EM", shots: "5-shot"))
    }

    @Test func aNameIsNeverEmpty() {
        // A lone setting word is the name, not a setting of nothing.
        #expect(parse("rating").name == "rating")
        #expect(parse("(EM)").name == "(EM)")
    }

    @Test(arguments: [
        "0-shot", "5-shot", "25-shot", "5-Shot", "zero-shot", "Five-shot", "5shot", "5-shots", "3-5-shot",
        // Gemma's `Metric` column: some examples, the count not given.
        "few-shot",
    ])
    func shots(_ word: String) { #expect(BenchmarkHeader.isShots(word)) }

    @Test(arguments: [
        "-shot", "shot", "many-shot", "shots", "", "3-shot@", "3-shot@k", "@1", "x-shot", "shotgun", "3--shot",
        "-5-shot",
    ])
    func notShots(_ word: String) { #expect(!BenchmarkHeader.isShots(word)) }

    /// TeleChat's card writes its shots row as `zero-shot` beside `5-shot`: one spelling of each.
    @Test func shotsInWordsAreCounted() {
        #expect(BenchmarkHeader.shots("zero-shot") == "0-shot")
        #expect(BenchmarkHeader.shots("Five-shot") == "5-shot")
        #expect(BenchmarkHeader.shots("5shot") == "5-shot")
        #expect(parse("MMLU (zero-shot)").setting == Setting(metric: "", shots: "0-shot", qualifier: ""))
    }

    /// One sample per question (`@1`) is the same runs other tables call `3-shot`.
    @Test func shotsWithSamplesAreTheShots() {
        #expect(BenchmarkHeader.shots("3-shot@1") == "3-shot")
        #expect(BenchmarkHeader.shots("8-Shot@16") == "8-Shot")
        #expect(parse("GSM8K (8-shot@1)").setting == Setting(metric: "", shots: "8-shot", qualifier: ""))
    }

    @Test func settingsCompareWhereBothAreSpecified() {
        let fiveShot = Setting(shots: "5-shot")
        let em = Setting(metric: "EM")
        #expect(Setting().isCompatible(with: fiveShot))
        #expect(fiveShot.isCompatible(with: Setting(metric: "Acc.", shots: "5-shot")))
        #expect(!fiveShot.isCompatible(with: Setting(shots: "0-shot")))
        #expect(em.isCompatible(with: Setting(metric: "em")))
        #expect(!em.isCompatible(with: Setting(metric: "Pass@1")))
        // A qualifier names a different test set or language: never the same measurement as none.
        #expect(!Setting(qualifier: "python").isCompatible(with: Setting()))
        #expect(Setting(metric: "EM", shots: "5-shot").description == "EM, 5-shot")
    }
}

@Suite struct BenchmarkRegistryTests {
    let source = Provenance(.init(path: "t.md", line: 1, column: 1))

    @Test func spellingsMergeByNormalFormAndConfiguredAliases() throws {
        var registry = BenchmarkRegistry(
            config: try config(
                """
                benchmarkAliases:
                  AlpacaEval 2.0: [AlpaceEval 2.0]
                benchmarkCategories:
                  Code: [HumanEval]
                """))
        let a = registry.resolve("Human Eval", category: nil, source: source)
        let b = registry.resolve("HumanEval", category: nil, source: source)
        let c = registry.resolve("HumanEval", category: "Code", source: source)
        let typo = registry.resolve("AlpaceEval 2.0", category: nil, source: source)
        let right = registry.resolve("AlpacaEval2.0", category: "Chat", source: source)
        #expect(a == b && b == c)
        #expect(typo == right)
        #expect(registry.benchmarks.count == 2)
        let renamed = registry.settleNames()
        let names = registry.benchmarks.map(\.name)
        // The most frequent spelling wins; a configured canonical name always does.
        #expect(names == ["HumanEval", "AlpacaEval 2.0"])
        #expect(renamed[a] == BenchmarkID(rawValue: "humaneval"))
        #expect(registry.benchmarks[0].category == "Code")
        #expect(registry.benchmarks[1].category == "Chat")
        #expect(registry.benchmarks[0].aliases == ["Human Eval", "HumanEval"])
    }

    @Test func differentBenchmarksStayApart() {
        var registry = BenchmarkRegistry(config: CatalogConfig())
        let names = [
            "MMLU", "MMLU-Pro", "MMLU-Redux", "MATH", "MATH-500", "SWE-Bench", "SWE Verified", "LiveCodeBench",
            "LiveCodeBench-Base", "AIME 2024", "AIME 2025", "C-Eval", "CMMLU",
        ]
        let ids = names.map { registry.resolve($0, category: nil, source: source) }
        #expect(Set(ids).count == names.count)
    }

    /// Mixtral's `HellaS`, `WinoG`, `HumanE`: the benchmarks they cut short, named in full (before
    /// any table spells the full name, from the common benchmarks' names).
    @Test func anAbbreviationCutInsideAWordIsTheFullName() throws {
        let catalog = try enrich(
            """
            | Model | HellaS | WinoG | HumanE | MMLU |
            |---|---|---|---|---|
            | Mixtral-8x7B | 84.4 | 77.2 | 40.2 | 70.6 |

            | Model | HellaSwag | WinoGrande |
            |---|---|---|
            | Llama-2-70B | 87.3 | 83.2 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["HellaSwag", "HumanEval", "MMLU", "WinoGrande"])
        #expect(catalog.scores.count == 6)
        let hellaswag = try #require(catalog.benchmarks.first { $0.name == "HellaSwag" })
        #expect(hellaswag.aliases.contains("HellaS"))
    }

    /// A name that ends where a word of a longer one ends, or cuts one short in lower case, is a
    /// benchmark of its own: `MMLU` and `MMLU-Pro`, `Math` and `MathVista`, `Code` and `Codeforces`.
    @Test func aNameThatEndsAtAWordIsNoAbbreviation() throws {
        let catalog = try enrich(
            """
            | Model | MMLU-Pro | MathVista | Codeforces | MMLU | Math | Code |
            |---|---|---|---|---|---|---|
            | Demo-7B | 40.1 | 50.2 | 1200 | 60.3 | 30.4 | 20.5 |
            """
        ).catalog
        #expect(catalog.benchmarks.count == 6)
    }
}

/// An abbreviation and its full name, which no normal form joins, are one benchmark.
@Suite struct BuiltInBenchmarkSpellingsTests {
    let markdown = """
        # Results

        | Model | BFCL | BBH |
        |---|---|---|
        | Alpha-7B | 80.1 | 60.0 |
        | Beta-7B | 75.0 | 55.0 |

        | Model | Berkeley Function Calling Leaderboard | BIG-Bench Hard | BFCL v2 |
        |---|---|---|---|
        | Gamma-7B | 70.0 | 50.0 | 40.0 |

        """

    @Test func anAbbreviationAndItsFullNameAreOneBenchmarkNamedAsTheContentMostOftenDoes() throws {
        let catalog = try enrich(markdown).catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["BBH", "BFCL", "BFCL v2"])
        let bfcl = try #require(catalog.benchmarks.first { $0.name == "BFCL" })
        #expect(Set(catalog.scores(on: bfcl.id).map(\.model.rawValue)) == ["alpha-7b", "beta-7b", "gamma-7b"])
    }

    /// Vision-language cards abbreviate MMBench: `MMB dev(en)` is MMBench on its dev split.
    @Test func mmbIsMMBench() throws {
        let catalog = try enrich(
            """
            | Model | MMB dev(en) |
            |---|---|
            | Alpha-7B | 75.1 |

            | Model | MMBench |
            |---|---|
            | Beta-7B | 75.2 |

            | Model | MMBench (en) |
            |---|---|
            | Gamma-7B | 70.2 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["MMBench"])
        #expect(catalog.scores.count == 3)
    }

    @Test func theFilesAliasesPlaceASpellingFirst() throws {
        let config = CatalogConfig(benchmarkAliases: ["Berkeley FCL": ["Berkeley Function Calling Leaderboard"]])
        let names = try enrich(markdown, config: config).catalog.benchmarks.map(\.name).sorted()
        #expect(names == ["BBH", "BFCL", "BFCL v2", "Berkeley FCL"])
    }
}
