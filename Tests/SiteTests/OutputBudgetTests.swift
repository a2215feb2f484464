import Foundation
import Markdown
import TestSupport
import Testing

@testable import Site

/// A build has a total output budget, checked as each page is added, so a small but
/// pathological input stops with an error instead of rendering gigabytes.
@Suite struct OutputBudgetTests {
    @Test func addingCountsBytesAndRefusesWhatPassesTheLimit() throws {
        var site = RenderedSite(maxBytes: 10)
        try site.add(Array("12345".utf8), at: "a.html")
        try site.add(Array("1234".utf8), at: "b.html")
        // Replacing a file counts its new size only.
        try site.add(Array("123456".utf8), at: "a.html")
        #expect(site.totalBytes == 10)
        #expect(throws: Diagnostic.self) { try site.add([0], at: "c.html") }
        #expect(site.files["c.html"] == nil)
        #expect(site.totalBytes == 10)
    }

    @Test func anOversizedSiteStopsTheBuildAndWritesNothing() async throws {
        let folder = try TemporaryFolder(files: [
            "Content/models.md": "# Models\n## Alpha\nText.\n## Beta\nMore.\n",
            "Templates/assets/style.css": "body{}",
        ])
        defer { folder.remove() }
        for name in try FileManager.default.contentsOfDirectory(atPath: repositoryRoot + "/Templates")
        where name.hasSuffix(".mustache") {
            try folder.write(
                String(contentsOfFile: repositoryRoot + "/Templates/\(name)", encoding: .utf8),
                to: "Templates/\(name)")
        }
        var options = BuildOptions(
            contentDirectory: folder.path + "/Content", templatesDirectory: folder.path + "/Templates",
            outputDirectory: folder.path + "/Public")
        options.maxOutputBytes = 2_000
        let result = await SiteBuilder(options: options).build()
        #expect(result.report == nil)
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.message.contains("output limit of 2000 bytes"), "\(error.message)")
        #expect(error.message.contains("--max-output-size"))
        #expect(!folder.exists("Public"))

        options.maxOutputBytes = RenderedSite.defaultMaxBytes
        #expect(await SiteBuilder(options: options).build().report != nil)
    }
}
