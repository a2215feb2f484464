import Markdown
import Testing

@testable import Catalog

/// Reads the first table of a markdown snippet as a results table, with an empty registry.
struct TableRead {
    var table: ResultsTable?
    var reader: ResultsTableReader

    init(_ markdown: String, config: CatalogConfig = CatalogConfig(), catalogued: [String] = []) throws {
        let document = try MarkdownParser.parse(markdown, path: "t.md")
        let placed = try #require(DocumentOutline(document).sections.first?.tables.first)
        let organizations = OrganizationMatcher(rules: config.organizations)
        var models = ModelRegistry(config: config, organizations: organizations)
        for name in catalogued {
            _ = models.catalogue(name, source: Provenance(Markdown.SourceLocation(path: "list.md", line: 1, column: 1)))
        }
        reader = ResultsTableReader(
            config: config, makers: organizations.makerNames, models: models,
            benchmarks: BenchmarkRegistry(config: config))
        table = reader.read(placed, id: TableID(rawValue: "t"), series: nil)
    }

    func model(_ name: String) -> Model? { reader.models.models.first { $0.name == name } }
    func benchmark(_ name: String) -> Benchmark? { reader.benchmarks.benchmarks.first { $0.name == name } }
    var modelNames: [String] { reader.models.models.map(\.name) }
    var benchmarkNames: [String] { reader.benchmarks.benchmarks.map(\.name) }

    func scores(of model: String, on benchmark: String) -> [Score] {
        guard let m = self.model(model), let b = self.benchmark(benchmark) else { return [] }
        return reader.scores.filter { $0.model == m.id && $0.benchmark == b.id }
    }
}

@Suite struct ResultsTableReaderTests {
    @Test func modelsAsRowsWithSizeColumnsAndGroupRows() throws {
        let read = try TableRead(
            """
            ## S

            |                       | #TP  | #AP  | HumanEval | MBPP+ |
            |-----------------------|------|------|-----------|-------|
            | Closed-Source Models  |      |      |           |       |
            | GPT-4o-0513           | -    | -    | 91.0      | 73.5  |
            | Open-Source Models    |      |      |           |       |
            | Coder-Instruct        | 33B  | 33B  | 79.3      | -     |
            | Coder-V2-Lite         | 16B  | 2.4B | 81.1      | N/A   |
            """,
            config: try config(
                """
                vocabulary:
                  totalParameterHeaders: ["#TP"]
                  activeParameterHeaders: ["#AP"]
                  openWords: [Open-Source Models]
                  closedWords: [Closed-Source Models]
                """))
        let table = try #require(read.table)
        #expect(table.orientation == .modelsAsRows)
        // A size column gives the model its size; the name stays as written (one size, one model).
        #expect(read.modelNames == ["GPT-4o-0513", "Coder-Instruct", "Coder-V2-Lite"])
        #expect(read.benchmarkNames == ["HumanEval", "MBPP+"])
        let lite = try #require(read.model("Coder-V2-Lite"))
        #expect(lite.shape.totalParameters?.value.billions == 16)
        #expect(lite.shape.activeParameters?.value.billions == 2.4)
        #expect(
            lite.shape.activeParameters?.source.location == Markdown.SourceLocation(path: "t.md", line: 9, column: 34))
        #expect(lite.openness?.value == "open")
        #expect(read.model("GPT-4o-0513")?.openness?.value == "closed")
        #expect(read.model("GPT-4o-0513")?.shape.totalParameters == nil)
        // `-` and `N/A` are not reported: a score with no value, never 0.
        let missing = read.scores(of: "Coder-Instruct", on: "MBPP+")
        #expect(missing.map(\.value) == [nil])
        #expect(missing.map(\.raw) == ["-"])
        #expect(read.scores(of: "Coder-V2-Lite", on: "MBPP+").map(\.raw) == ["N/A"])
        #expect(read.scores(of: "GPT-4o-0513", on: "HumanEval").first?.group == "Closed-Source Models")
        #expect(read.reader.scores.count == 6)
        #expect(read.reader.diagnostics.isEmpty)
    }

    @Test func shotsSubHeaderRowGivesSettings() throws {
        let read = try TableRead(
            """
            ## S

            | Model       | Hella Swag | MMLU   | GSM8K |
            |-------------|------------|--------|-------|
            |             | 0-shot     | 5-shot |       |
            | Nimbus 7B   | 75.4       | 48.2   | 17.4  |
            """)
        #expect(read.table?.orientation == .modelsAsRows)
        #expect(read.modelNames == ["Nimbus 7B"])
        #expect(read.scores(of: "Nimbus 7B", on: "Hella Swag").first?.setting == Setting(shots: "0-shot"))
        #expect(read.scores(of: "Nimbus 7B", on: "MMLU").first?.setting == Setting(shots: "5-shot"))
        #expect(read.scores(of: "Nimbus 7B", on: "GSM8K").first?.setting == Setting())
        let score = try #require(read.scores(of: "Nimbus 7B", on: "MMLU").first)
        #expect(score.source.location == Markdown.SourceLocation(path: "t.md", line: 6, column: 30))
        #expect(score.source.row == 1 && score.source.tableColumn == 2)
    }

    @Test func modelsAsColumnsWithCategoryShotsAndAttributeRows() throws {
        let read = try TableRead(
            """
            ## S
            ### Base Model

            |         | Benchmark (Metric) | # Shots | Alpha-2 | Orchard-3 70B |
            |---------|--------------------|---------|---------|---------------|
            |         | Architecture       | -       | MoE     | Dense         |
            |         | # Activated Params | -       | 21B     | 70B           |
            |         | # Total Params     | -       | 236B    | 70B           |
            | English | Pile-test (BPB)    | -       | 0.606   | 0.638         |
            |         | MMLU (Acc.)        | 5-shot  | 78.4    | 85.0          |
            | Code    | HumanEval (Pass@1) | 0-shot  | 43.3    |               |
            """, catalogued: ["Alpha-2", "Alpha-2-Chat"])
        let table = try #require(read.table)
        #expect(table.orientation == .modelsAsColumns)
        #expect(table.headingPath == ["S", "Base Model"])
        // `Alpha-2` has no `-Base` model: the heading's context falls back to the plain name.
        #expect(read.modelNames == ["Alpha-2", "Alpha-2-Chat", "Orchard-3 70B"])
        #expect(read.benchmarkNames == ["Pile-test", "MMLU", "HumanEval"])
        let alpha = try #require(read.model("Alpha-2"))
        #expect(alpha.shape.architecture?.value == "MoE")
        #expect(alpha.shape.totalParameters?.value.billions == 236)
        #expect(alpha.shape.activeParameters?.value.billions == 21)
        #expect(read.model("Orchard-3 70B")?.shape.architecture?.value == "Dense")
        #expect(read.benchmark("Pile-test")?.category == "English")
        #expect(read.benchmark("MMLU")?.category == "English")
        #expect(read.benchmark("HumanEval")?.category == "Code")
        #expect(read.scores(of: "Alpha-2", on: "Pile-test").first?.setting == Setting(metric: "BPB"))
        #expect(read.scores(of: "Alpha-2", on: "MMLU").first?.setting == Setting(metric: "Acc.", shots: "5-shot"))
        #expect(read.scores(of: "Orchard-3 70B", on: "HumanEval").map(\.value) == [nil])
        #expect(read.reader.scores.count == 6)
    }

    @Test func groupRowsInModelsAsColumns() throws {
        let read = try TableRead(
            """
            ## S

            | Benchmark                   | Alpha | Beta |
            |-----------------------------|-------|------|
            | Reasoning Mode w/o Tool Use |       |      |
            | MMLU-Pro                    | 85.0  | 85.0 |
            | **Agentic Tool Use**        |       |      |
            | BrowseComp                  | 38.5  | 40.1 |
            """)
        #expect(read.table?.orientation == .modelsAsColumns)
        #expect(read.benchmarkNames == ["MMLU-Pro", "BrowseComp"])
        #expect(read.modelNames == ["Alpha", "Beta"])
        #expect(read.scores(of: "Alpha", on: "BrowseComp").first?.group == "Agentic Tool Use")
        #expect(read.scores(of: "Alpha", on: "MMLU-Pro").first?.group == "Reasoning Mode w/o Tool Use")
    }

    @Test func domainColumnMakesModelsColumns() throws {
        let read = try TableRead(
            """
            ## S

            | Benchmark    | Domain  | Alpha 7B (Dense) | Beta 16B |
            |--------------|---------|------------------|----------|
            | Architecture | -       | MHA+Dense        | MHA+MoE  |
            | MMLU         | English | 48.2             | 45.0     |
            """)
        #expect(read.table?.orientation == .modelsAsColumns)
        let alpha = try #require(read.model("Alpha 7B"))
        #expect(alpha.shape.architecture?.value == "Dense")
        #expect(alpha.shape.architectureDetail?.value == "MHA+Dense")
        #expect(read.model("Beta 16B")?.shape.architecture?.value == "MoE")
        #expect(read.benchmarkNames == ["MMLU"])
    }

    @Test func opennessColumnInChinese() throws {
        let read = try TableRead(
            """
            ## AlignBench

            | 模型                     | 开源/闭源 | 总分 |
            |--------------------------|-----------|------|
            | gpt-4-0613               | 闭源      | 7.53 |
            | Pomelo-8B-Chat (果园)     | 开源      | 6.01 |
            """,
            config: try config(
                """
                organizations:
                  - name: Orchard AI
                    aliases: [果园]
                vocabulary:
                  modelHeaders: [Model, 模型]
                  opennessHeaders: [开源/闭源]
                  openWords: [开源]
                  closedWords: [闭源]
                """))
        #expect(read.table?.orientation == .modelsAsRows)
        #expect(read.benchmarkNames == ["AlignBench"])
        #expect(read.model("gpt-4-0613")?.openness?.value == "closed")
        let pomelo = try #require(read.model("Pomelo-8B-Chat"))
        #expect(pomelo.openness?.value == "open")
        #expect(pomelo.organization == OrganizationID(rawValue: "orchard-ai"))
        #expect(pomelo.aliases == ["Pomelo-8B-Chat (果园)"])
        // Columns count UTF-8 bytes, as cmark does.
        #expect(pomelo.openness?.source.location == Markdown.SourceLocation(path: "t.md", line: 6, column: 33))
    }

    @Test func unreadableScoreIsADiagnosticNotAZero() throws {
        let read = try TableRead(
            """
            ## S

            | Model | MMLU  | GSM8K |
            |-------|-------|-------|
            | Alpha | about | 17.4  |
            | Beta  | 60.1  | 20.0  |
            """)
        #expect(read.scores(of: "Alpha", on: "MMLU").isEmpty)
        #expect(read.reader.diagnostics.map(\.location) == [Markdown.SourceLocation(path: "t.md", line: 5, column: 11)])
        #expect(read.reader.diagnostics.first?.message.contains("'about'") == true)
        #expect(read.reader.diagnostics.first?.severity == .warning)
    }

    @Test func tableWithoutScoresIsNotAResultsTable() throws {
        let read = try TableRead(
            """
            ## S

            | Term | Meaning |
            |------|---------|
            """)
        #expect(read.table == nil)
        // Nor does it leave a benchmark named after its header behind.
        #expect(read.benchmarkNames.isEmpty)
        #expect(read.modelNames.isEmpty)
    }
    /// `| Model | BaiChuan-7B | LLaMA | Falcon | ChatGLM |` over a benchmark's row: names of
    /// families whose makers are known are the models across, under a `Model` corner too.
    @Test func familiesOfKnownMakersAcrossAreTheModels() throws {
        let catalog = try enrich(
            """
            | Model | BaiChuan-7B | LLaMA | Falcon | ChatGLM |
            |-------|-------------|-------|--------|---------|
            | MMLU  | 42.3        | 35.1  | 27.8   | 40.6    |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["MMLU"])
        #expect(catalog.models.map(\.name).sorted() == ["BaiChuan-7B", "ChatGLM", "Falcon", "LLaMA"])
    }
}
