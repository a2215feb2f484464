import Catalog
import Content
import Foundation
import Markdown
import TestSupport
import Testing

@testable import Site

struct SiteBuilderTests {
    func makeSite() throws -> TemporaryFolder {
        var files: [String: String] = ["Content/models.md": "# Models\n## Alpha\nText.\n## Beta\nMore.\n"]
        let templates = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot + "/Templates")
        for name in templates where name.hasSuffix(".mustache") {
            files["Templates/\(name)"] = try String(
                contentsOfFile: repositoryRoot + "/Templates/\(name)",
                encoding: .utf8)
        }
        files["Templates/assets/style.css"] = "body{}"
        return try TemporaryFolder(files: files)
    }

    func options(_ folder: TemporaryFolder, strict: Bool = false, maxFileSize: Int = 1 << 20) -> BuildOptions {
        BuildOptions(
            contentDirectory: folder.path + "/Content", templatesDirectory: folder.path + "/Templates",
            outputDirectory: folder.path + "/Public", limits: ParseLimits(maxFileSize: maxFileSize),
            warningsAreErrors: strict)
    }

    @Test func buildsAndThenFindsNothingToWrite() async throws {
        let folder = try makeSite()
        defer { folder.remove() }
        let first = await SiteBuilder(options: options(folder)).build()
        #expect(first.diagnostics.isEmpty)
        #expect(first.pageCount == 9 && first.documentCount == 1)
        // 3 pages, 4 (empty) listing pages, the compare page, 404.html, 4 data files, robots.txt, the
        // search index, the compare data, the theme's 5 assets (style sheet, favicon, search,
        // table and compare scripts)
        #expect(first.report?.written.count == 21)
        let second = await SiteBuilder(options: options(folder)).build()
        #expect(
            second.report
                == WriteReport(unchanged: [
                    "404.html", "assets/compare-data.js", "assets/compare.js", "assets/favicon.svg",
                    "assets/search-index.js", "assets/search.js", "assets/style.css", "assets/tables.js",
                    "benchmarks/index.html", "compare.html", "data/benchmarks.csv", "data/catalog.json",
                    "data/models.csv", "data/scores.csv", "index.html", "models/index.html",
                    "organizations/index.html", "robots.txt", "sections/alpha.html", "sections/beta.html",
                    "series/index.html",
                ]))
    }

    @Test func aBrokenTemplateLeavesTheLastGoodSiteByteIdentical() async throws {
        let folder = try makeSite()
        defer { folder.remove() }
        _ = await SiteBuilder(options: options(folder)).build()
        let before = folder.snapshot("Public")
        try folder.write("## Gamma\n", to: "Content/more.md")
        try folder.write("{{<layout}}{{$main}}{{#blocks}}{{/main}}{{/layout}}", to: "Templates/section.mustache")
        let result = await SiteBuilder(options: options(folder)).build()
        #expect(result.report == nil)
        #expect(result.errorCount == 1)
        #expect(result.diagnostics.first?.location.path.hasSuffix("Templates/section.mustache") == true)
        #expect(folder.snapshot("Public") == before)
    }

    @Test func anOversizedFileStopsTheBuildWithItsPath() async throws {
        let folder = try makeSite()
        defer { folder.remove() }
        let result = await SiteBuilder(options: options(folder, maxFileSize: 10)).build()
        #expect(result.report == nil)
        #expect(result.diagnostics.first?.description.hasPrefix(folder.path + "/Content/models.md:1:1: error:") == true)
        #expect(!folder.exists("Public"))
    }

    @Test func warningsPassUnlessStrict() async throws {
        let folder = try makeSite()
        defer { folder.remove() }
        try folder.write("No headings at all.\n", to: "Content/notes.md")
        let relaxed = await SiteBuilder(options: options(folder)).build()
        #expect(relaxed.warningCount == 1 && relaxed.report != nil)
        try folder.write("Changed.\n", to: "Content/notes.md")
        let before = folder.snapshot("Public")
        let strict = await SiteBuilder(options: options(folder, strict: true)).build()
        #expect(strict.warningCount == 1 && strict.report == nil)
        #expect(folder.snapshot("Public") == before)
    }

    /// The graph's checks run beside the write (unless strict): their findings are still in the
    /// result, where the enrichment's are and in their order, after a write and after a refused one.
    @Test func theGraphChecksFindingsAreReportedWhereTheEnrichmentsAre() async throws {
        let folder = try makeSite()
        defer { folder.remove() }
        try folder.write(
            "# Models\n## Alpha\n\n| Model | MMLU |\n|---|---|\n| Alpha 7B | 70.0 |\n| 7B Alpha | 101.5 |\n"
                + "\n## Beta\n\n| Model | MMLU |\n|---|---|\n| Alpha 7B | 71.0 |\n",
            to: "Content/models.md")
        let content = ContentLoader.load(from: folder.path + "/Content", limits: ParseLimits())
        let enriched = Enricher(config: content.config).enrich(content.documents).diagnostics
        #expect(
            enriched.map(\.message).filter { $0.contains("different values") || $0.contains("is outside") }.count == 2)
        #expect(enriched.contains { $0.message.contains("in another order") })

        let built = await SiteBuilder(options: options(folder)).build()
        #expect(built.report != nil)
        #expect(built.diagnostics == enriched)

        try FileManager.default.removeItem(atPath: folder.path + "/Public")
        try folder.write("a file where the site goes", to: "Public")
        let refused = await SiteBuilder(options: options(folder)).build()
        #expect(refused.report == nil && refused.errorCount == 1)
        #expect(Array(refused.diagnostics.dropLast()) == enriched)

        let strict = await SiteBuilder(options: options(folder, strict: true)).build()
        #expect(strict.report == nil && strict.diagnostics == enriched)
    }

    @Test func anEmptyOrMissingContentFolderIsAnError() async throws {
        let folder = try makeSite()
        defer { folder.remove() }
        try FileManager.default.removeItem(atPath: folder.path + "/Content/models.md")
        let empty = await SiteBuilder(options: options(folder)).build()
        #expect(empty.errorCount == 1 && empty.report == nil)
        try FileManager.default.removeItem(atPath: folder.path + "/Content")
        let missing = await SiteBuilder(options: options(folder)).build()
        #expect(missing.errorCount == 1 && missing.report == nil)
    }
}
