import Catalog
import Foundation
import Markdown
import TestSupport
import Testing

@testable import Site

/// The seed's documents, outline and model graph, with the page builder over them.
struct SeedPages {
    let outline: SiteOutline
    let catalog: Catalog
    let pages: CatalogPages

    static func load() async throws -> SeedPages {
        let text = try String(
            contentsOfFile: repositoryRoot + "/Content/overview-of-chinese-ai-models.md", encoding: .utf8)
        let yaml = try String(contentsOfFile: repositoryRoot + "/Content/atlas.yml", encoding: .utf8)
        let document = try MarkdownParser.parse(text, path: "Content/overview-of-chinese-ai-models.md")
        let config = try ConfigLoader.load(yaml: yaml, path: "Content/atlas.yml")
        let catalog = Enricher(config: config).enrich([document]).catalog
        let outline = SiteOutline(documents: [document])
        let templates = try await TemplateSet.load(from: repositoryRoot + "/Templates")
        let renderer = SiteRenderer(templates: templates)
        let pages = CatalogPages(
            catalog: catalog, sources: SourceLinker(outline: outline, catalog: catalog), templates: templates,
            chrome: { title, folder in
                renderer.chrome(title: title, siteTitle: "Atlas", depth: 1, hasNav: true, current: folder)
            })
        return SeedPages(outline: outline, catalog: catalog, pages: pages)
    }

    func benchmark(_ id: String) throws -> Benchmark {
        try #require(catalog.benchmark(BenchmarkID(rawValue: id)))
    }

    func model(_ id: String) throws -> Model {
        try #require(catalog.model(ModelID(rawValue: id)))
    }
}

struct CatalogPagesTests {
    @Test func modelPageShowsSizeLinksAndEverySpelling() async throws {
        let seed = try await SeedPages.load()
        let view = seed.pages.modelPage(try seed.model("deepseek-v3"))
        let facts = Dictionary(uniqueKeysWithValues: view.facts.map { ($0.label, $0.value) })
        #expect(facts["Parameters"]?.name == "671B total / 37B active")
        #expect(facts["Series"] == EntityLink(name: "DeepSeek-V3", href: "../series/deepseek-v3.html"))
        #expect(facts["Organization"]?.href == "../organizations/deepseek.html")
        #expect(view.aliases.contains("DeepSeek V3"))
        #expect(view.chrome.stylesheetHref == "../assets/style.css")
    }

    @Test func notReportedScoresShowADashAndAreMarked() async throws {
        let seed = try await SeedPages.load()
        let rows = seed.pages.modelPage(try seed.model("deepseek-v3")).scores
        let missing = try #require(rows.first { !$0.isReported })
        #expect(missing.value == "–")
        #expect(rows.filter(\.isReported).allSatisfy { $0.value != "–" && !$0.value.isEmpty })
    }

    @Test func higherIsBetterLeaderboardsPutTheBestFirstAndGapsLast() async throws {
        let seed = try await SeedPages.load()
        for board in seed.pages.leaderboards(try seed.benchmark("mmlu")) {
            let values = board.rows.filter(\.isReported).map { Double($0.value) ?? .nan }
            #expect(values == values.sorted(by: >), "\(board.title)")
            let firstGap = board.rows.firstIndex { !$0.isReported } ?? board.rows.count
            #expect(board.rows[firstGap...].allSatisfy { !$0.isReported && $0.rank.isEmpty }, "\(board.title)")
            #expect(board.rows.first?.rank == "1")
        }
    }

    @Test func lowerIsBetterLeaderboardsPutTheSmallestFirst() async throws {
        let seed = try await SeedPages.load()
        let boards = seed.pages.leaderboards(try seed.benchmark("pile-test"))
        let board = try #require(boards.first)
        #expect(board.note.contains("lower is better"))
        let values = board.rows.filter(\.isReported).compactMap { Double($0.value) }
        #expect(values.count > 1)
        #expect(values == values.sorted())
    }

    @Test func leaderboardRowsLinkModelsAndSourcesFromOneFolderDown() async throws {
        let seed = try await SeedPages.load()
        let rows = seed.pages.leaderboards(try seed.benchmark("mmlu")).flatMap(\.rows)
        let v3 = try #require(rows.first { $0.subject.name == "DeepSeek-V3" })
        #expect(v3.subject.href == "../models/deepseek-v3.html")
        // The section page, at the table the score was read from.
        #expect(v3.source.href.hasPrefix("../sections/deepseek-v3.html#t"))
        #expect(v3.source.location.hasPrefix("Content/overview-of-chinese-ai-models.md:"))
        #expect(v3.source.text.hasPrefix("DeepSeek-V3 › "))
        #expect(v3.source.text.hasSuffix(", row MMLU"))
    }

    @Test func seriesPageLinksItsSectionTablesAndModels() async throws {
        let seed = try await SeedPages.load()
        let series = try #require(seed.catalog.series(SeriesID(rawValue: "deepseek-v3")))
        let view = seed.pages.seriesPage(series)
        #expect(view.section.href == "../sections/deepseek-v3.html")
        #expect(
            view.hasTables && view.tables.allSatisfy { $0.href.hasPrefix("../sections/deepseek-v3.html#table-line-") })
        #expect(view.tables.map(\.context).contains("Base Model"))
        #expect(view.models.contains { $0.model.href == "../models/deepseek-v3.html" })
    }

    @Test func entityPagesLeaveOutTheColumnEveryRowWouldRepeat() async throws {
        let seed = try await SeedPages.load()
        let organization = try #require(seed.catalog.organization(OrganizationID(rawValue: "deepseek")))
        let organizationPage = String(
            decoding: try seed.pages.templates.renderBytes(
                seed.pages.organizationPage(organization), template: "organization"), as: UTF8.self)
        #expect(organizationPage.contains("<th scope=\"col\">Series</th>"))
        #expect(!organizationPage.contains("<th scope=\"col\">Organization</th>"))
        let series = try #require(seed.catalog.series(SeriesID(rawValue: "deepseek-v3")))
        let seriesPage = String(
            decoding: try seed.pages.templates.renderBytes(seed.pages.seriesPage(series), template: "series"),
            as: UTF8.self)
        #expect(seriesPage.contains("<th scope=\"col\">Organization</th>"))
        #expect(!seriesPage.contains("<th scope=\"col\">Series</th>"))
    }

    @Test func listingPagesAreSortedByName() async throws {
        let seed = try await SeedPages.load()
        let names = seed.pages.modelListing().rows.map(\.model.name)
        #expect(names.count == seed.catalog.models.count)
        #expect(names == names.sorted { CatalogPages.byName($0, $1) })
        #expect(seed.pages.seriesListing().summary == "\(seed.catalog.series.count) series")
    }
}

struct PageLinksTests {
    @Test(arguments: [
        (0, "models/deepseek-v3.html"), (1, "../models/deepseek-v3.html"), (2, "../../models/deepseek-v3.html"),
    ])
    func entityLinksClimbToTheOutputFolder(depth: Int, expected: String) {
        #expect(EntityFolder.models.href(ModelID(rawValue: "deepseek-v3"), depth: depth) == expected)
    }

    @Test func navigationMarksTheCurrentFolder() {
        let nav = PageLinks.navigation(depth: 1, current: .benchmarks)
        #expect(nav.map(\.label) == ["Home", "Series", "Models", "Benchmarks", "Organizations"])
        #expect(nav.map(\.href).first == "../index.html")
        #expect(nav.filter(\.isCurrent).map(\.href) == ["../benchmarks/index.html"])
    }

    @Test(arguments: ["../etc", "a/b", "", "index", "..", "v2..5", "a\\b", "trailing/"])
    func idsThatCouldLeaveTheFolderAreRefused(raw: String) {
        let source = Provenance(SourceLocation(path: "x.md", line: 3, column: 1))
        #expect(throws: Diagnostic.self) { try EntityFolder.models.path(ModelID(rawValue: raw), at: source) }
    }

    @Test(arguments: ["deepseek-v2.5", "a.b.c", "模型.5"])
    func dotsApartNameAPage(raw: String) throws {
        let source = Provenance(SourceLocation(path: "x.md", line: 3, column: 1))
        #expect(try EntityFolder.models.path(ModelID(rawValue: raw), at: source) == "models/\(raw).html")
    }
}

struct SourceLinkerTests {
    static let text = """
        # Title
        Intro.
        ## Alpha
        Alpha text.

        | a | b |
        |---|---|
        | 1 | 2 |
        ## Beta
        Beta text.
        """

    @Test(arguments: [
        // Line 8 is in the table that starts on line 6: the link lands on that table.
        (2, "../index.html"), (3, "../sections/alpha.html"), (8, "../sections/alpha.html#table-line-6"),
        (10, "../sections/beta.html"),
    ])
    func linesMapToTheSectionThatHoldsThem(line: Int, expected: String) throws {
        let document = try MarkdownParser.parse(Self.text, path: "Content/a.md")
        let linker = SourceLinker(outline: SiteOutline(documents: [document]))
        let source = Provenance(SourceLocation(path: "Content/a.md", line: line, column: 1))
        #expect(linker.href(for: source, depth: 1) == expected)
        #expect(linker.link(for: source, depth: 1).location == "Content/a.md:\(line):1")
    }

    @Test func unknownFilesGetNoLink() throws {
        let document = try MarkdownParser.parse(Self.text, path: "Content/a.md")
        let linker = SourceLinker(outline: SiteOutline(documents: [document]))
        let link = linker.link(for: Provenance(SourceLocation(path: "other.md", line: 1, column: 1)), depth: 1)
        #expect(!link.hasHref && link.href.isEmpty)
    }
}
