import Foundation
import TestSupport
import Testing

struct BuildCommandTests {
    /// The `##` headings of the seed, read straight from the file so the test follows the content.
    func seedSectionCount() throws -> Int {
        let seed = try String(
            contentsOfFile: repositoryRoot + "/Content/overview-of-chinese-ai-models.md", encoding: .utf8)
        return seed.split(separator: "\n", omittingEmptySubsequences: false).count { $0.hasPrefix("## ") }
    }

    @Test func buildsTheSeedIntoAnIndexAndOnePagePerSection() throws {
        let folder = try TemporaryFolder.withSeed()
        defer { folder.remove() }
        let run = try AtlasProcess.run(["build"], in: folder.path)
        #expect(run.status == 0, "\(run.standardError)")
        let sections = try seedSectionCount()
        let pages = (try? FileManager.default.contentsOfDirectory(atPath: folder.path + "/Public/sections")) ?? []
        #expect(pages.count == sections)
        #expect(folder.exists("Public/index.html") && folder.exists("Public/assets/style.css"))
        let index = folder.read("Public/index.html") ?? ""
        // The home page, the sections, a page per entity, 4 listings, the compare page and 404.html;
        // 4 data files, robots.txt, the search index, the compare data and the theme's style sheet,
        // favicon, search, table and compare scripts.
        let entities = ["models", "benchmarks", "series", "organizations"].map { kind in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path + "/Public/" + kind)) ?? []).count
        }
        let pageCount = 3 + sections + entities.reduce(0, +)
        #expect(entities.allSatisfy { $0 > 1 })
        #expect(
            run.standardOutput == "atlas: built \(pageCount) pages from 1 file into Public/ "
                + "(\(pageCount + 12) written, 0 unchanged, 0 removed)\n")
        #expect(folder.read("Public/data/catalog.json")?.contains("\"id\":\"deepseek-v3\"") == true)
        #expect(index.contains(#"<a href="data/scores.csv" download>Scores (CSV)</a>"#))
        #expect(folder.read("Public/sections/deepseek-moe.html")?.contains("<table>") == true)
        #expect(
            folder.read("Public/sections/deepseek-v3.html")?.contains(
                "<a href=\"../benchmarks/mmlu.html\">MMLU</a> (EM)</td>") == true)
        #expect(index.contains(#"<a href="sections/deepseek-r1-and-r1-zero.html">DeepSeek R1 and R1-Zero</a>"#))
    }

    @Test func baseURLAddsSitemapFeedAndCanonicalLinks() throws {
        let folder = try TemporaryFolder.withSeed()
        defer { folder.remove() }
        let run = try AtlasProcess.run(["build", "--base-url", "https://x.github.io/atlas"], in: folder.path)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(folder.read("Public/sitemap.xml")?.contains("<loc>https://x.github.io/atlas/</loc>") == true)
        #expect(folder.read("Public/feed.xml")?.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">") == true)
        let v3 = folder.read("Public/models/deepseek-v3.html") ?? ""
        #expect(v3.contains(#"<link rel="canonical" href="https://x.github.io/atlas/models/deepseek-v3.html">"#))

        let refused = try AtlasProcess.run(["build", "--base-url", "ftp://x.org/"], in: folder.path)
        #expect(refused.status != 0)
        #expect(refused.standardError.contains("not an http or https URL"), "\(refused.standardError)")
    }

    /// The published site names no folder of the machine it was built on: built from an absolute
    /// path, it is byte for byte the site built from inside the folder (the manifest aside, which
    /// names the output folder's own files only).
    @Test func aSiteBuiltFromAnAbsolutePathNamesNoFolderOfTheMachine() throws {
        let folder = try TemporaryFolder.withSeed()
        defer { folder.remove() }
        let relative = try AtlasProcess.run(["build"], in: folder.path)
        #expect(relative.status == 0, "\(relative.standardError)")
        let absolute = try AtlasProcess.run(
            [
                "build", "--content", folder.path + "/Content", "--templates", folder.path + "/Templates",
                "--output", folder.path + "/Elsewhere",
            ],
            in: "/")
        #expect(absolute.status == 0, "\(absolute.standardError)")
        let built = folder.snapshot("Elsewhere")
        #expect(built.count > 100)
        let leaks = built.compactMap { path, bytes in
            bytes.flatMap { String(decoding: $0, as: UTF8.self).contains(folder.path) ? path : nil }
        }
        #expect(leaks.isEmpty, "\(leaks.sorted().prefix(5))")
        let inside = folder.snapshot("Public")
        let differing = Set(built.keys).union(inside.keys).filter { $0 != ".atlas-manifest" && built[$0] != inside[$0] }
        #expect(differing.isEmpty, "\(differing.sorted().prefix(5))")
    }

    @Test func aSecondBuildWritesNothing() throws {
        let folder = try TemporaryFolder.withSeed()
        defer { folder.remove() }
        _ = try AtlasProcess.run(["build"], in: folder.path)
        let before = folder.snapshot("Public")
        let identity = try folder.identity("Public/index.html")
        let run = try AtlasProcess.run(["build"], in: folder.path)
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("(0 written, "))
        #expect(run.standardOutput.contains(" 0 removed)"))
        #expect(folder.snapshot("Public") == before)
        #expect(try folder.identity("Public/index.html") == identity)
    }

    @Test func aBrokenTemplateFailsAndLeavesPublicAsItWas() throws {
        let folder = try TemporaryFolder.withSeed()
        defer { folder.remove() }
        _ = try AtlasProcess.run(["build"], in: folder.path)
        try folder.write("{{<layout}}{{$main}}{{#blocks}}{{/main}}{{/layout}}", to: "Templates/section.mustache")
        let before = folder.snapshot("Public")
        let run = try AtlasProcess.run(["build"], in: folder.path)
        #expect(run.status != 0)
        #expect(run.standardError.contains("Templates/section.mustache:1:"))
        #expect(run.standardError.contains(": error: "))
        #expect(run.standardOutput.isEmpty)
        #expect(folder.snapshot("Public") == before)
    }

    @Test func aTemplateMissingFromTheFolderComesFromTheBuiltInTheme() throws {
        let folder = try TemporaryFolder.withSeed()
        defer { folder.remove() }
        try FileManager.default.removeItem(atPath: folder.path + "/Templates/index.mustache")
        let run = try AtlasProcess.run(["build", "--verbose"], in: folder.path)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("atlas: template index.mustache: built-in theme\n"))
        #expect(run.standardOutput.contains("atlas: template layout.mustache: Templates/layout.mustache\n"))
        #expect(folder.exists("Public/index.html"))
    }

    @Test func aPartialMissingEverywhereNamesTheTemplateThatUsesIt() throws {
        let folder = try TemporaryFolder.withSeed()
        defer { folder.remove() }
        try folder.write("{{> no-such-part}}", to: "Templates/index.mustache")
        let run = try AtlasProcess.run(["build"], in: folder.path)
        #expect(run.status != 0)
        #expect(run.standardError.hasPrefix("Templates/index.mustache:1:1: error: "))
        #expect(run.standardError.contains("no-such-part.mustache"))
        #expect(!folder.exists("Public/index.html"))
    }

    @Test func anOversizedFileIsAnErrorAtLineOne() throws {
        let folder = try TemporaryFolder.withSeed()
        defer { folder.remove() }
        let run = try AtlasProcess.run(["build", "--max-file-size", "1000"], in: folder.path)
        #expect(run.status != 0)
        #expect(run.standardError.hasPrefix("Content/overview-of-chinese-ai-models.md:1:1: error: "))
        #expect(!folder.exists("Public"))
    }

    @Test func aForeignFileInTheWayFailsTheBuild() throws {
        let folder = try TemporaryFolder.withSeed(extra: ["Public/index.html": "hand-written"])
        defer { folder.remove() }
        let run = try AtlasProcess.run(["build"], in: folder.path)
        #expect(run.status != 0)
        #expect(run.standardError.contains("Public/index.html:1:1: error: "))
        #expect(folder.read("Public/index.html") == "hand-written")
        #expect(!folder.exists("Public/sections"))
    }

    @Test func warningsFailOnlyWithStrict() throws {
        let folder = try TemporaryFolder.withSeed(extra: ["Content/zz-notes.md": "No sections here.\n"])
        defer { folder.remove() }
        let strict = try AtlasProcess.run(["build", "--strict"], in: folder.path)
        #expect(strict.status != 0)
        #expect(strict.standardError.contains("Content/zz-notes.md:1:1: warning: "))
        #expect(!folder.exists("Public"))
        let relaxed = try AtlasProcess.run(["build"], in: folder.path)
        #expect(relaxed.status == 0)
        #expect(relaxed.standardError.contains("Content/zz-notes.md:1:1: warning: "))
        // The model graph's findings are warnings of the build too (`atlas check` explains them).
        #expect(relaxed.standardError.contains("table 'Mathematical Reasoning' repeats table 'Code Fixing'"))
        #expect(relaxed.standardOutput.contains("from 2 files"))
    }

    @Test func optionsChooseTheFolders() throws {
        let folder = try TemporaryFolder.withSeed()
        defer { folder.remove() }
        try FileManager.default.moveItem(atPath: folder.path + "/Content", toPath: folder.path + "/docs")
        let run = try AtlasProcess.run(
            ["build", "--content", "docs", "--templates", "Templates", "--output", "out/site"],
            in: folder.path)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(folder.exists("out/site/index.html"))
        #expect(run.standardOutput.contains("into out/site/"))
    }
}
