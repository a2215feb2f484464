import Markdown
import Testing

@testable import Catalog

/// A second document in the seed's style about invented families (`Fixtures/nimbus/`), read with
/// its own `atlas.yml` and no change to the code: the enrichment knows no names of its own.
@Suite struct EnricherFixtureTests {
    static let path = "nimbus/overview.md"
    static let nimbus: Enrichment = {
        do {
            return try Fixture.enrich(
                folder: Fixture.fixtures.appendingPathComponent("nimbus"), markdown: "overview.md", prefix: "nimbus")
        } catch {
            fatalError("cannot read the nimbus fixture: \(error)")
        }
    }()

    var catalog: Catalog { Self.nimbus.catalog }

    func model(_ name: String) throws -> Model { try #require(catalog.model(named: name), "no model '\(name)'") }

    func at(_ line: Int, _ column: Int) -> Markdown.SourceLocation {
        Markdown.SourceLocation(path: Self.path, line: line, column: column)
    }

    /// The model a column of the table containing `line` was read as.
    func columnModel(_ line: Int, _ spelling: String) throws -> Model {
        let onLine = catalog.scores.filter { $0.source.line == line }
        let table = try #require(onLine.first?.source.table.flatMap(catalog.table))
        let column = try #require(
            table.table.header.firstIndex { $0.text.trimmingCharacters(in: .whitespaces) == spelling })
        let score = try #require(onLine.first { $0.source.tableColumn == column })
        return try #require(catalog.model(score.model))
    }

    /// The model the scores of a row were read as.
    func rowModel(_ line: Int) throws -> Model {
        let ids = Set(catalog.scores.filter { $0.source.line == line }.map(\.model))
        try #require(ids.count == 1, "line \(line) has scores of \(ids.count) models")
        return try #require(catalog.model(ids.first!))
    }

    // MARK: - Counts

    @Test func organizationsSeriesModelsTables() {
        #expect(catalog.organizations.map(\.name) == ["Kestrel", "Nimbus Labs", "Orchard AI"])
        #expect(catalog.series.map(\.name) == ["Nimbus-2", "Nimbus-2.5", "Nimbus-Coder", "Nimbus-Vision"])
        #expect(catalog.models.filter(\.isCatalogued).count == 10)
        #expect(catalog.tables.count == 9)
        #expect(catalog.series.allSatisfy { $0.organization == OrganizationID(rawValue: "nimbus-labs") })
        #expect(catalog.models.allSatisfy { $0.organization != nil })
    }

    @Test func peers() {
        let peers = catalog.models.filter { !$0.isCatalogued }.map(\.name).sorted()
        #expect(
            peers == [
                "Nimbus-2-0628", "Nimbus-2-Chat (RL)", "Nimbus-2-Chat (SFT)",
                "Orchard 3 70B Instruct", "Orchard-3 70B", "Orchard-3 70B-Chat",
                "Pomelo-8B-Chat", "kestrel-pro-0915",
            ])
    }

    // MARK: - Releases

    @Test func releases() throws {
        #expect(try model("Nimbus-Coder-34B-Instruct").release?.value == Release(year: 2023, month: 3))
        #expect(try model("Nimbus-2-Lite").release?.value == Release(year: 2024))
        #expect(
            try model("Nimbus-2.5-1210").release?.value == Release(year: 2024, month: 9, endYear: 2024, endMonth: 12))
        // The overview wins over a section list that disagrees.
        #expect(try model("Nimbus-2-Chat").release?.value == Release(year: 2024, month: 5))
        #expect(try model("Nimbus-Vision-3B").release == nil)
        #expect(try model("Nimbus-Vision-3B").series == SeriesID(rawValue: "nimbus-vision"))
    }

    // MARK: - Sections

    @Test func sections() throws {
        #expect(catalog.otherSections.map(\.title) == ["Nimbus Labs family"])
        let vision = try #require(catalog.series(SeriesID(rawValue: "nimbus-vision")))
        #expect(vision.section?.title == "Nimbus Vision")
        #expect(vision.section?.location.line == 147)
        #expect(vision.citations.map(\.url) == ["https://example.org/nimbus-vision"])
        #expect(vision.summary == "Nimbus-Vision is a small vision-language model.")
        let coder = try #require(catalog.series(SeriesID(rawValue: "nimbus-coder")))
        #expect(coder.section?.title == "Nimbus-Coder")
        #expect(coder.citations.map(\.label) == ["[3]", "[4]"])
        #expect(coder.resultsTables.count == 3)
        #expect(catalog.series(SeriesID(rawValue: "nimbus-2"))?.resultsTables.count == 4)
        #expect(catalog.series(SeriesID(rawValue: "nimbus-2.5"))?.resultsTables.count == 2)
    }

    // MARK: - Tables

    @Test(
        "orientation",
        arguments: [
            (["Nimbus-Coder", "Performance", "Code Generation"], ResultsTable.Orientation.modelsAsRows),
            (["Nimbus-Coder", "Performance", "Code Repair"], .modelsAsRows),
            (["Nimbus-Coder", "Performance", "Code Completion"], .modelsAsRows),
            (["Nimbus 2", "Performance"], .modelsAsRows),
            (["Nimbus 2", "Chat Model", "Chinese Open Ended Evaluation"], .modelsAsRows),
            (["Nimbus-2.5", "Performance"], .modelsAsColumns),
            (["Nimbus-2.5", "Reasoning"], .modelsAsColumns),
        ])
    func orientation(_ headingPath: [String], _ orientation: ResultsTable.Orientation) throws {
        let table = try #require(catalog.tables.first { $0.headingPath == headingPath })
        #expect(table.orientation == orientation)
    }

    @Test func contextTablesAreModelsAsColumns() {
        let standard = catalog.tables.filter { $0.title == "Standard Benchmarks" }
        #expect(
            standard.map(\.headingPath) == [
                ["Nimbus 2", "Base Model", "Standard Benchmarks"],
                ["Nimbus 2", "Chat Model", "Standard Benchmarks"],
            ])
        #expect(standard.allSatisfy { $0.orientation == .modelsAsColumns })
    }

    // MARK: - Merges and non-merges

    @Test func sizeInTheTPCellCompletesTheName() throws {
        #expect(try rowModel(45).name == "Nimbus-Coder-7B-Instruct")
        #expect(try rowModel(46).name == "Nimbus-Coder-34B-Instruct")
        #expect(try rowModel(63).name == "Nimbus-Coder-7B-Base")
        #expect(try rowModel(64).name == "Nimbus-Coder-34B-Base")
    }

    @Test func spellingsOfOneModel() throws {
        #expect(try rowModel(84).name == "Nimbus-2")  // `Nimbus 2`
        #expect(try rowModel(85).name == "Nimbus-2-Lite")  // `Nimbus 2 Lite`
        #expect(try columnModel(95, "Nimbus-2 (MoE-120B)").name == "Nimbus-2")
        #expect(try columnModel(134, "Nimbus 2.5-1210").name == "Nimbus-2.5-1210")
        let kestrel = try model("kestrel-pro-0915")
        #expect(kestrel.aliases == ["kestrel-pro-0915", "Kestrel-Pro-0915"])
        #expect(kestrel.organization == OrganizationID(rawValue: "kestrel"))
        #expect(try rowModel(114).id == kestrel.id)
        #expect(try columnModel(105, "kestrel-pro-0915").id == kestrel.id)
        #expect(try columnModel(143, "kestrel-pro-0915").id == kestrel.id)
        // The training stage in the Chinese table is the one in the chat table.
        #expect(try rowModel(115).name == "Nimbus-2-Chat (RL)")
        #expect(try columnModel(105, "Nimbus-2 Chat (RL)").name == "Nimbus-2-Chat (RL)")
    }

    @Test func neverMerged() throws {
        let names = [
            "Nimbus-2", "Nimbus-2-Chat", "Nimbus-2-Lite", "Nimbus-2-0628", "Nimbus-2-Chat (SFT)", "Nimbus-2-Chat (RL)",
            "Nimbus-2.5", "Nimbus-2.5-1210", "Orchard 3 70B Instruct", "Orchard-3 70B", "Orchard-3 70B-Chat",
        ]
        let ids = try names.map { try model($0).id }
        #expect(Set(ids).count == names.count)
        // The same words under a "Base Model" and a "Chat Model" heading are two models.
        #expect(try columnModel(95, "Orchard-3 70B").name == "Orchard-3 70B")
        #expect(try columnModel(105, "Orchard-3 70B").name == "Orchard-3 70B-Chat")
        #expect(try columnModel(105, "Orchard-3 70B").variant == .chat)
    }

    @Test func snapshotsAndStages() throws {
        let snapshot = try model("Nimbus-2-0628")
        #expect(snapshot.variantOf == (try model("Nimbus-2").id))
        #expect(snapshot.series == SeriesID(rawValue: "nimbus-2"))
        let chat = try model("Nimbus-2-Chat")
        #expect(try model("Nimbus-2-Chat (SFT)").variantOf == chat.id)
        #expect(try model("Nimbus-2-Chat (RL)").variantOf == chat.id)
        #expect(try model("Nimbus-2-Chat (RL)").series == SeriesID(rawValue: "nimbus-2"))
        #expect(try model("Nimbus-2-Chat (SFT)").variant == .sft)
        #expect(try model("Nimbus-2-Chat (RL)").variant == .rl)
        #expect(try model("kestrel-pro-0915").variantOf == nil)
    }

    // MARK: - Facts

    @Test func attributes() throws {
        let nimbus2 = try model("Nimbus-2")
        #expect(nimbus2.shape.architecture?.value == "MoE")
        #expect(nimbus2.shape.totalParameters?.value.billions == 120)
        #expect(nimbus2.shape.activeParameters?.value.billions == 12)
        let lite = try model("Nimbus-2-Lite")
        #expect(lite.shape.totalParameters?.value.text == "16B")
        #expect(lite.shape.activeParameters?.value.text == "3B")
        #expect(lite.shape.activeParameters?.source.location == at(93, 83))
        #expect(try model("Orchard-3 70B").shape.architecture?.value == "Dense")
        let instruct = try model("Orchard 3 70B Instruct")
        #expect(instruct.shape.totalParameters?.value.billions == 70)
        #expect(instruct.organization == OrganizationID(rawValue: "orchard-ai"))
        #expect(instruct.openness?.value == "open")
        #expect(instruct.variant == .instruct)
        #expect(try model("kestrel-pro-0915").openness?.value == "closed")
        #expect(try model("kestrel-pro-0915").shape.totalParameters == nil)
        let pomelo = try model("Pomelo-8B-Chat")
        #expect(pomelo.organization == OrganizationID(rawValue: "orchard-ai"))
        #expect(pomelo.openness?.value == "open")
        #expect(pomelo.shape.totalParameters?.value.billions == 8)
        // A dated snapshot shares its stem's shape.
        #expect(try model("Nimbus-2-0628").shape.activeParameters?.value.billions == 12)
        for word in [
            "#TP", "#AP", "Architecture", "# Activated Params", "# Total Params", "Domain", "开源/闭源", "# Shots",
            "Closed-Source Models", "Open-Source Models", "Agentic Tool Use", "Reasoning Mode w/o Tool Use",
        ] {
            #expect(catalog.benchmarks.allSatisfy { !$0.aliases.contains(word) }, "\(word)")
            #expect(catalog.models.allSatisfy { !$0.aliases.contains(word) }, "\(word)")
        }
    }

    @Test func settingsAndValues() throws {
        #expect(catalog.score(at: 83, 24)?.setting == Setting(shots: "0-shot"))  // Hella Swag
        #expect(catalog.score(at: 83, 37)?.setting == Setting(shots: "5-shot"))  // MMLU
        #expect(catalog.benchmark(named: "HellaSwag") == nil)
        #expect(catalog.benchmark(named: "Hella Swag")?.category == "English")
        let gsm = try #require(catalog.score(at: 98, 61))
        #expect(gsm.setting == Setting(metric: "EM", shots: "8-shot"))
        #expect(catalog.benchmark(gsm.benchmark)?.category == "Math")
        // `-`, `N/A` and an empty cell are not reported (an empty cell is located where its text would end).
        #expect(catalog.score(at: 85, 46).map { ($0.raw, $0.value) } ?? ("?", 1) == ("-", nil))
        #expect(catalog.score(at: 44, 63).map { ($0.raw, $0.value) } ?? ("?", 1) == ("N/A", nil))
        #expect(catalog.score(at: 45, 77).map { ($0.raw, $0.value) } ?? ("?", 1) == ("", nil))
        #expect(catalog.scores.filter { $0.value == nil }.allSatisfy { ["-", "N/A", ""].contains($0.raw) })
        // Scales and directions.
        #expect(catalog.benchmark(named: "Pile-test")?.metrics["BPB"]?.direction == .lowerIsBetter)
        #expect(catalog.benchmark(named: "MT-Bench")?.metrics[""]?.scale == .outOfTen)
        #expect(catalog.benchmark(named: "AlignBench")?.aliases == ["AlignBench", "总分"])
        #expect(catalog.benchmark(named: "AlignBench")?.metrics[""]?.scale == .outOfTen)
        #expect(catalog.benchmark(named: "中文推理")?.category == "Chinese")
        // Qualifiers and metrics in headers.
        #expect(catalog.scores(of: "Nimbus-2.5", on: "HumanEval").map(\.setting) == [Setting(qualifier: "python")])
        #expect(
            catalog.scores(of: "Nimbus-Coder-7B-Base", on: "RepoBench").map(\.setting) == [Setting(qualifier: "Python")]
        )
        #expect(catalog.scores(of: "Nimbus-2.5", on: "AIME 2024").map(\.setting) == [Setting(metric: "pass@1")])
        #expect(catalog.scores(of: "Nimbus-2.5", on: "AIME 2024").first?.group == "Reasoning Mode w/o Tool Use")
        #expect(catalog.scores(of: "kestrel-pro-0915", on: "BrowseComp").first?.group == "Agentic Tool Use")
        #expect(catalog.scores(of: "kestrel-pro-0915", on: "HumanEval").first?.group == "Closed-Source Models")
    }

    // MARK: - Diagnostics

    @Test func diagnosticsWithExactLocations() {
        let found = Self.nimbus.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        #expect(found.count == 4)
        #expect(found.contains { $0.hasPrefix("20:47: cannot read 'Q3 2024' as a release date") })
        // A table's location is where the Markdown module starts it: the first text after the leading pipe.
        #expect(
            found.contains(
                "50:27: table 'Code Repair' repeats table 'Code Generation' at nimbus/overview.md:39:27 row for row; "
                    + "check that the right numbers were pasted"))
        #expect(
            found.contains(
                "75:14: the release of 'Nimbus-2-Chat' is 'June 2024' here but 'May 2024' in the overview list at nimbus/overview.md:16:18"
            ))
        #expect(
            found.contains {
                $0.hasPrefix("98:61: GSM8K") && $0.contains("for Nimbus-2 has 2 different values: ")
                    && $0.contains("79.9 at nimbus/overview.md:84:46")
                    && $0.contains("80.4 at nimbus/overview.md:98:61")
            })
        #expect(Self.nimbus.diagnostics.allSatisfy { $0.severity == .warning && $0.location.path == Self.path })
    }
}
