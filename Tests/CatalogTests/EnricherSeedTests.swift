import Markdown
import Testing

@testable import Catalog

/// The seed document, end to end: what a reader of `Content/overview-of-chinese-ai-models.md`
/// would expect the graph to say.
@Suite struct EnricherSeedTests {
    let catalog = seed.catalog

    func model(_ name: String) throws -> Model { try #require(catalog.model(named: name), "no model '\(name)'") }
    func series(_ id: String) throws -> Series {
        try #require(catalog.series(SeriesID(rawValue: id)), "no series '\(id)'")
    }

    /// The models whose scores were read from cells on one line.
    func modelsScored(onLine line: Int) -> Set<String> {
        Set(catalog.scores.filter { $0.source.line == line }.compactMap { catalog.model($0.model)?.name })
    }

    /// The model a column of a models-as-columns table was read as (from the scores in that column).
    func modelScored(at line: Int, _ column: Int) -> String? {
        catalog.score(at: line, column).flatMap { catalog.model($0.model)?.name }
    }

    // MARK: - Series and catalogued models

    @Test func thirteenSeriesOfDeepSeek() {
        #expect(
            catalog.series.map(\.name).sorted() == [
                "DeepSeek-Coder", "DeepSeek-Coder-V2", "DeepSeek-LLM", "DeepSeek-Math", "DeepSeek-MoE", "DeepSeek-R1",
                "DeepSeek-V2", "DeepSeek-V2.5", "DeepSeek-V3", "DeepSeek-V3.1", "DeepSeek-V3.2", "DeepSeek-VL",
                "DeepSeek-VL2",
            ])
        #expect(catalog.series.allSatisfy { $0.organization == OrganizationID(rawValue: "deepseek") })
    }

    @Test func fiftyOneCataloguedModelsEachWithSeriesAndRelease() {
        let catalogued = catalog.models.filter(\.isCatalogued)
        #expect(catalogued.count == 51)
        for model in catalogued {
            #expect(model.series != nil, "\(model.name) has no series")
            #expect(model.release != nil, "\(model.name) has no release")
            #expect(model.organization == OrganizationID(rawValue: "deepseek"), "\(model.name)")
        }
        #expect(catalog.series.map(\.models.count).reduce(0, +) >= 51)
    }

    @Test func releases() throws {
        #expect(try model("DeepSeek-Coder-1.3B-base").release?.value == Release(year: 2023, month: 11))
        #expect(try model("DeepSeek-R1-Distill-Qwen-7B").release?.value == Release(year: 2025))
        #expect(try model("DeepSeek-V2.5").release?.value == Release(year: 2024, month: 9, endYear: 2024, endMonth: 12))
        #expect(try model("DeepSeek-V3.1-Terminus").release?.value == Release(year: 2025, month: 9))
        // The release is read from the overview list, which comes first.
        #expect(
            try model("DeepSeek-Coder-1.3B-base").release?.source.location
                == Markdown.SourceLocation(path: seedPath, line: 13, column: 57))
        let span = try series("deepseek-v2.5").releaseSpan(in: catalog)
        #expect(span?.lowerBound == Release(year: 2024, month: 9, endYear: 2024, endMonth: 12))
    }

    @Test func cataloguedParametersFromNames() throws {
        #expect(try model("DeepSeek-Coder-6.7B-base").shape.totalParameters?.value.billions == 6.7)
        #expect(try model("DeepSeek-VL1.3B-chat").shape.totalParameters?.value.billions == 1.3)
        #expect(try model("DeepSeek-R1-Distill-Qwen-1.5B").shape.totalParameters?.value.billions == 1.5)
        #expect(try model("DeepSeek-R1-Distill-Qwen-1.5B").variant == .distill)
        #expect(try model("DeepSeek-Math-RL-7B").variant == .rl)
    }

    // MARK: - Sections

    @Test func everySectionButTheOverviewBelongsToASeries() throws {
        #expect(catalog.otherSections.map(\.title) == ["DeepSeek AI family"])
        #expect(catalog.series.allSatisfy { $0.section != nil })
        let r1 = try series("deepseek-r1")
        #expect(r1.section?.title == "DeepSeek R1 and R1-Zero")
        #expect(r1.section?.location.line == 637)
        let moe = try series("deepseek-moe")
        #expect(moe.section?.title == "DeepSeek MoE")
        #expect(moe.citations.first?.label == "[10]")
        #expect(moe.citations.first?.url == "https://huggingface.co/collections/deepseek-ai/deepseek-moe")
        #expect(moe.summary.hasPrefix("DeepSeekMoE 16B is a Mixture-of-Experts (MoE) language model"))
        #expect(try series("deepseek-coder").images.count == 6)
    }

    // MARK: - Results tables

    @Test func twentyResultsTables() {
        #expect(catalog.tables.count == 20)
        #expect(Set(catalog.tables.map(\.id)).count == 20)
        #expect(catalog.tables.allSatisfy { $0.series != nil })
    }

    @Test(
        "orientation",
        arguments: [
            (
                ["DeepSeek V2", "Base Model", "Standard Benchmark (Models larger than 67B)"],
                ResultsTable.Orientation.modelsAsColumns
            ),
            (["DeepSeek V2", "Chat Model", "Standard Benchmark (Models smaller than 16B)"], .modelsAsColumns),
            (["DeepSeek V3", "Base Model", "Standart benchmarks"], .modelsAsColumns),
            (["DeepSeek V3", "Chat Model", "Standart benchmarks"], .modelsAsColumns),
            (["DeepSeek R1 and R1-Zero", "DeepSeek-R1 Evaluation"], .modelsAsColumns),
            (["DeepSeek V2.5", "Performance"], .modelsAsColumns),
            (["DeepSeek LLM", "Performance"], .modelsAsRows),
            (["DeepSeek LLM", "Performance", "Standard Benchmark"], .modelsAsRows),
            (["DeepSeek-Coder V2", "Performance", "Code Generation"], .modelsAsRows),
            (["DeepSeek-Coder V2", "Performance", "Code Completion"], .modelsAsRows),
            (["DeepSeek-Coder V2", "Performance", "Code Fixing"], .modelsAsRows),
            (["DeepSeek V2", "Chat Model", "Chinese Open Ended Generation Evaluation"], .modelsAsRows),
            (["DeepSeek R1 and R1-Zero", "Distilled Models Evaluation"], .modelsAsRows),
        ])
    func orientation(_ headingPath: [String], _ orientation: ResultsTable.Orientation) throws {
        let table = try #require(catalog.tables.first { $0.headingPath == headingPath })
        #expect(table.orientation == orientation)
    }

    // MARK: - Model facts from attribute rows and columns

    @Test func attributesAreFactsNotScores() throws {
        let v3 = try model("DeepSeek-V3")
        #expect(v3.shape.totalParameters?.value.billions == 671)
        #expect(v3.shape.activeParameters?.value.billions == 37)
        #expect(v3.shape.architecture?.value == "MoE")
        let lite = try model("DeepSeek-Coder-V2-Lite-Instruct")
        #expect(lite.shape.totalParameters?.value.billions == 16)
        #expect(lite.shape.activeParameters?.value.billions == 2.4)
        // The fact points at a cell that states it (the row repeats in three tables).
        #expect([361, 387, 404].contains(lite.shape.activeParameters?.source.line ?? 0))
        #expect(lite.shape.activeParameters?.source.column == 44)
        #expect(try model("gpt-4-0613").openness?.value == "closed")
        #expect(try model("DeepSeek-V2-Chat (RL)").openness?.value == "open")
        #expect(
            try model("DeepSeek-V2-Chat (RL)").openness?.source.location
                == Markdown.SourceLocation(path: seedPath, line: 317, column: 39))
        #expect(try model("GPT-4o-0513").openness?.value == "closed")
        let attributeWords = [
            "Architecture", "# Activated Params", "# Total Params", "#TP", "#AP", "Domain", "开源/闭源",
            "# Shots", "Category", "模型", "Model", "Benchmark (Metric)",
        ]
        for word in attributeWords {
            #expect(catalog.benchmarks.allSatisfy { !$0.aliases.contains(word) }, "'\(word)' read as a benchmark")
            #expect(catalog.models.allSatisfy { !$0.aliases.contains(word) }, "'\(word)' read as a model")
        }
    }

    @Test func sizesFromSpellingsAndStems() throws {
        // `DeepSeek-V2-Lite 16B Chat` gives the catalogued DeepSeek-V2-Lite-Chat its size.
        #expect(try model("DeepSeek-V2-Lite-Chat").shape.totalParameters?.value.billions == 16)
        // A dated snapshot or a training stage has its stem's shape, whichever table tells it
        // first: DeepSeek-V2-0628 is read before the V3 table gives DeepSeek-V2's 21B active.
        let snapshot = try model("DeepSeek-V2-0628")
        #expect(snapshot.shape.totalParameters?.value.billions == 236)
        #expect(snapshot.shape.activeParameters?.value.billions == 21)
        #expect(snapshot.shape.architecture?.value == "MoE")
        #expect(try model("DeepSeek-V2-Lite-Chat (SFT)").shape.totalParameters?.value.billions == 16)
        // A model's own cells win over its stem's.
        #expect(try model("DeepSeek-V2.5-0905").shape.activeParameters?.source.line == 525)
    }

    @Test func shotsSubHeaderGivesSettings() throws {
        let table = try #require(catalog.tables.first { $0.headingPath == ["DeepSeek LLM", "Performance"] })
        let scores = catalog.scores.filter { $0.source.table == table.id && $0.source.line == 135 }
        func setting(_ benchmark: String) -> Setting? {
            scores.first { catalog.benchmark($0.benchmark)?.name == benchmark }?.setting
        }
        #expect(setting("HellaSwag") == Setting(shots: "0-shot"))
        #expect(setting("MMLU") == Setting(shots: "5-shot"))
        #expect(setting("GSM8K") == Setting(shots: "8-shot"))
        #expect(setting("BBH") == Setting(shots: "3-shot"))
        // The sub-header row is no model.
        #expect(table.models.count == 4)
    }

    @Test func groupRowsAreNeitherModelsNorBenchmarks() {
        for group in [
            "Closed-Source Models", "Open-Source Models", "Agentic Tool Use", "**Agentic Tool Use**",
            "Reasoning Mode w/o Tool Use",
        ] {
            #expect(catalog.models.allSatisfy { !$0.aliases.contains(group) && $0.name != group }, "\(group)")
            #expect(catalog.benchmarks.allSatisfy { !$0.aliases.contains(group) && $0.name != group }, "\(group)")
        }
        let browse = catalog.scores(of: "DeepSeek-V3.2-Exp", on: "BrowseComp")
        #expect(browse.map(\.group) == ["Agentic Tool Use"])
        #expect(catalog.scores(of: "Gemini-1.5-Pro", on: "USACO").first?.group == "Closed-Source Models")
    }

    @Test func notReportedIsNilNeverZero() throws {
        let notReported = ["-", "N/A", ""]
        for score in catalog.scores {
            #expect((score.value == nil) == notReported.contains(score.raw), "\(score.raw) at \(score.source)")
        }
        let dash = try #require(catalog.score(at: 386, 63))
        #expect(dash.raw == "-" && dash.value == nil)
        #expect(catalog.model(dash.model)?.name == "Llama-3-70B-Instruct")
        #expect(catalog.benchmark(dash.benchmark)?.name == "SWE-Bench")
        let na = try #require(catalog.score(at: 454, 26))
        #expect(na.raw == "N/A" && na.value == nil)
        #expect(catalog.model(na.model)?.name == "DeepSeek-V2-0628")
        // A real zero stays a zero.
        #expect(catalog.scores(of: "DeepSeek-Coder-V2-Lite-Instruct", on: "SWE-Bench").map(\.value).contains(0))
    }

    // MARK: - Benchmarks

    @Test func metricsScalesAndDirections() throws {
        let pile = try #require(catalog.benchmark(named: "Pile-test"))
        #expect(pile.metrics["BPB"]?.direction == .lowerIsBetter)
        #expect(pile.category == "English")
        let codeforces = try #require(catalog.benchmark(named: "Codeforces"))
        #expect(codeforces.metrics["Rating"]?.scale == .rating)
        #expect(codeforces.metrics["Percentile"]?.scale == .percent)
        #expect(codeforces.aliases.contains("CodeForces"))
        #expect(catalog.benchmark(named: "MT-Bench")?.metrics[""]?.scale == .outOfTen)
        #expect(catalog.benchmark(named: "MMLU")?.metrics.values.allSatisfy { $0.direction == .higherIsBetter } == true)
        #expect(catalog.benchmark(named: "HellaSwag")?.aliases.contains("Hella Swag") == true)
        #expect(catalog.benchmark(named: "HumanEval")?.aliases.contains("Human Eval") == true)
        #expect(catalog.benchmark(named: "AlpacaEval 2.0")?.aliases.contains("AlpaceEval 2.0") == true)
        #expect(catalog.benchmark(named: "HumanEval")?.category == "Code")
        #expect(catalog.benchmark(named: "C-Eval")?.category == "Chinese")
    }

    @Test func humanEvalPythonIsHumanEval() throws {
        let scores = catalog.scores(of: "DeepSeek-V2.5", on: "HumanEval")
        #expect(scores.map(\.value) == [89])
        #expect(scores.first?.setting.qualifier == "python")
        #expect(catalog.benchmark(named: "HumanEval python") == nil)
    }

    // MARK: - Provenance

    @Test(
        "provenance points at the cell",
        arguments: [
            (136, 70, "DeepSeek-LLM-67B-Base", "HumanEval", 42.7),
            (262, 54, "DeepSeek-LLM-67B-Base", "HumanEval", 45.1),
            (483, 102, "DeepSeek-V3-Base", "Pile-test", 0.548),
            (678, 82, "DeepSeek-V3", "Codeforces", 1134),
            (318, 58, "erniebot-4.0-202404", "AlignBench", 7.89),
            (133, 27, "Llama-2-7B", "HellaSwag", 75.6),
            (423, 90, "DeepSeek-V2-Chat", "MT-Bench", 8.97),
        ])
    func provenance(_ line: Int, _ column: Int, _ model: String, _ benchmark: String, _ value: Double) throws {
        let score = try #require(catalog.score(at: line, column))
        #expect(catalog.model(score.model)?.name == model)
        #expect(catalog.benchmark(score.benchmark)?.name == benchmark)
        #expect(score.value == value)
        #expect(score.source.path == seedPath)
        #expect(score.source.table != nil)
    }

    // MARK: - Name resolution in context

    @Test(
        "every cell on a line is read for one model",
        arguments: [
            (136, "DeepSeek-LLM-67B-Base"),  // DeepSeek LLM 67B Base
            (152, "DeepSeek-LLM-7B-Base"),  // DeepSeek LLM 7B  Base (two spaces)
            (164, "DeepSeek-LLM-7B-Chat + MC"),
            (163, "DeepSeek-LLM-7B-Chat"),
            (323, "Qwen1.5-72B-Chat"),  // Qwen1.5-72B-Chat (通义千问)
            (359, "DeepSeek-Coder-33B-instruct"),  // DeepSeek-Coder-Instruct | 33B
            (369, "DeepSeek-Coder-7B-base"),
            (370, "DeepSeek-Coder-33B-base"),
            (356, "GPT-4o-0513"),
            (692, "GPT-4o-0513"),
            (694, "o1-mini"),
            (554, "DeepSeek-V2.5-0905"),
            (555, "Qwen2.5-72B-Instruct"),
            (559, "DeepSeek-V3"),
        ])
    func rowModels(_ line: Int, _ name: String) {
        #expect(modelsScored(onLine: line) == [name])
    }

    @Test(
        "a column is read as the model a reader expects",
        arguments: [
            // DeepSeek V3 (chat) / GPT-4o 0513 / OpenAI o1-mini in the R1 evaluation
            (666, "DeepSeek V3", "DeepSeek-V3"), (666, "GPT-4o 0513", "GPT-4o-0513"),
            (666, "OpenAI o1-mini", "o1-mini"),
            (666, "DeepSeek R1", "DeepSeek-R1"),
            // The V3 base table: `DeepSeek-V3` under "Base Model" is DeepSeek-V3-Base
            (485, "DeepSeek-V3", "DeepSeek-V3-Base"), (485, "DeepSeek-V2", "DeepSeek-V2"),
            (485, "Qwen2.5 72B", "Qwen2.5 72B"),
            // The V3 chat table
            (527, "Qwen2.5 72B-Inst.", "Qwen2.5-72B-Instruct"), (527, "DeepSeek V2.5-0905", "DeepSeek-V2.5-0905"),
            (527, "DeepSeek V3", "DeepSeek-V3"), (527, "GPT-4o 0513", "GPT-4o-0513"),
            (527, "DeepSeek V2-0506", "DeepSeek-V2-0506"),
            // V2 base: `DeepSeekMoE 16B` under "Base Model", the V1 alias
            (272, "DeepSeekMoE 16B", "DeepSeek-MoE-16B-Base"),
            (258, "DeepSeek-V1 (Dense-67B)", "DeepSeek-LLM-67B-Base"),
            (272, "DeepSeek 7B (Dense)", "DeepSeek-LLM-7B-Base"),
            (272, "DeepSeek-V2-Lite (MoE-16B)", "DeepSeek-V2-Lite"),
            (258, "Mixtral 8x22B", "Mixtral 8x22B"),
            // V2 chat: stages stay apart
            (286, "Mixtral 8x22B", "Mixtral 8x22B-Chat"), (286, "DeepSeek-V2 Chat (SFT)", "DeepSeek-V2-Chat (SFT)"),
            (286, "DeepSeek-V2 Chat (RL)", "DeepSeek-V2-Chat (RL)"), (286, "QWen1.5 72B Chat", "Qwen1.5-72B-Chat"),
            (286, "DeepSeek-V1 Chat (SFT)", "DeepSeek-LLM-67B-Chat (SFT)"),
            // Coder-V2 general language: `DeepSeek-V2 Chat` is DeepSeek-V2-Chat
            (412, "DeepSeek-V2 Chat", "DeepSeek-V2-Chat"), (412, "DeepSeek-V2-Lite Chat", "DeepSeek-V2-Lite-Chat"),
            // V2.5: a dated snapshot and the plain model
            (446, "DeepSeek-V2-0628", "DeepSeek-V2-0628"), (446, "DeepSeek-V2.5", "DeepSeek-V2.5"),
        ])
    func columnModels(_ line: Int, _ spelling: String, _ name: String) throws {
        let onLine = catalog.scores.filter { $0.source.line == line }
        let table = try #require(onLine.first?.source.table.flatMap(catalog.table))
        let column = try #require(
            table.table.header.firstIndex { $0.text.trimmingCharacters(in: .whitespaces) == spelling })
        let score = try #require(onLine.first { $0.source.tableColumn == column })
        let model = try #require(catalog.model(score.model))
        #expect(model.name == name)
        #expect(model.aliases.contains(spelling))
        #expect(table.models.contains(model.id))
    }

    @Test func neverMergedInTheSeed() throws {
        let distinct = [
            "DeepSeek-V2", "DeepSeek-V2-Chat", "DeepSeek-V2.5", "DeepSeek-V2.5-1210", "DeepSeek-V2-0628",
            "DeepSeek-V2-Chat (SFT)", "DeepSeek-V2-Chat (RL)", "DeepSeek-LLM-7B-Chat + MC", "DeepSeek-LLM-7B-Chat",
            "Mixtral 8x22B", "Mixtral 8x22B-Chat", "DeepSeek-V3", "DeepSeek-V3-Base",
            "DeepSeek-Coder-7B-base", "DeepSeek-Coder-33B-base", "Llama-2-7B", "Llama-2-70B",
        ]
        let ids = try distinct.map { try model($0).id }
        #expect(Set(ids).count == distinct.count)
        #expect(try model("DeepSeek-V2-0628").variantOf == model("DeepSeek-V2").id)
        #expect(try model("DeepSeek-V2-0628").isCatalogued == false)
        #expect(try model("DeepSeek-V2-Chat (SFT)").variantOf == model("DeepSeek-V2-Chat").id)
        #expect(try model("DeepSeek-LLM-7B-Chat + MC").variantOf == model("DeepSeek-LLM-7B-Chat").id)
        #expect(try model("Mixtral 8x22B").organization == OrganizationID(rawValue: "mistral"))
    }

    @Test func peersHaveTheirMakers() throws {
        #expect(try model("Qwen1.5-72B-Chat").organization == OrganizationID(rawValue: "alibaba"))
        #expect(try model("erniebot-4.0-202312").organization == OrganizationID(rawValue: "baidu"))
        #expect(try model("moonshot-v1-32k-202404").organization == OrganizationID(rawValue: "moonshot"))
        #expect(try model("Yi-34B-Chat").organization == OrganizationID(rawValue: "01-ai"))
        #expect(try model("o1-mini").organization == OrganizationID(rawValue: "openai"))
        #expect(try model("Claude-3.5-Sonnet-1022").organization == OrganizationID(rawValue: "anthropic"))
        #expect(catalog.models.allSatisfy { $0.organization != nil })
    }

    // MARK: - Checks

    @Test func copiedTableIsFound() {
        let found = seed.findings(containing: "repeats table")
        #expect(found.count == 1)
        #expect(found.first?.location.line == 392)
        #expect(found.first?.message.contains("table 'Mathematical Reasoning' repeats table 'Code Fixing'") == true)
    }

    @Test func conflictThroughAnAlias() {
        // One finding for the model, benchmark and setting, whatever the number of tables.
        let found = seed.findings(containing: "HumanEval for DeepSeek-LLM-67B-Base has 2 different values")
        #expect(found.count == 1)
        #expect(found.first?.location == Markdown.SourceLocation(path: seedPath, line: 262, column: 54))
        #expect(found.first?.message.contains("42.7 at \(seedPath):136:70") == true)
        #expect(found.first?.message.contains("45.1 at \(seedPath):262:54") == true)
    }

    @Test func noErrorsAndEveryWarningHasALocationInTheSeed() {
        #expect(seed.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(
            seed.diagnostics.allSatisfy {
                $0.location.path == seedPath && $0.location.line > 0 && $0.location.column > 0
            })
        #expect(seed.findings(containing: "no organization").isEmpty)
        #expect(seed.findings(containing: "cannot read").isEmpty)
        #expect(seed.findings(containing: "overview list").isEmpty)
    }
}
