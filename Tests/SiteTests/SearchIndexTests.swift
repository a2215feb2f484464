import Catalog
import Foundation
import Markdown
import TestSupport
import Testing

@testable import Site

/// The search index and the search box every page carries.
struct SearchIndexTests {
    /// The seed's whole site, rendered with the model graph.
    static func seedSite() async throws -> (site: RenderedSite, catalog: Catalog) {
        let seed = try await SeedPages.load()
        let templates = try await TemplateSet.load(from: repositoryRoot + "/Templates")
        let text = try String(
            contentsOfFile: repositoryRoot + "/Content/overview-of-chinese-ai-models.md", encoding: .utf8)
        let document = try MarkdownParser.parse(text, path: "Content/overview-of-chinese-ai-models.md")
        let assetsFolder = repositoryRoot + "/Templates/assets"
        var assets: [String: [UInt8]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: assetsFolder) {
            assets[name] = Array(try Data(contentsOf: URL(fileURLWithPath: assetsFolder + "/" + name)))
        }
        let site = try SiteRenderer(templates: templates).render([document], catalog: seed.catalog, assets: assets)
        return (site, seed.catalog)
    }

    @Test func indexHoldsEveryNameAndAliasOfEveryKind() async throws {
        let (site, catalog) = try await Self.seedSite()
        let script = String(decoding: try #require(site.files["assets/search-index.js"]), as: UTF8.self)
        #expect(script.hasPrefix("window.atlasSearch = "))
        var names = catalog.models.flatMap { [$0.name] + $0.aliases }
        names += catalog.benchmarks.flatMap { [$0.name] + $0.aliases }
        names += catalog.series.map(\.name)
        names += catalog.organizations.flatMap { [$0.name] + $0.aliases }
        #expect(names.count > 200)
        let missing = names.filter { !script.contains(SearchIndex.javaScriptString($0)) }
        #expect(missing.isEmpty, "not in the index: \(missing.prefix(5))")
        for model in catalog.models.prefix(3) {
            #expect(script.contains("\"models/\(model.id.rawValue).html\""))
        }
    }

    @Test func everyPageLinksTheScriptsRelativeToItsDepth() async throws {
        let (site, _) = try await Self.seedSite()
        let pages = site.files.keys.filter { $0.hasSuffix(".html") }
        #expect(pages.count > 100)
        for path in pages {
            let html = String(decoding: site.files[path]!, as: UTF8.self)
            let up = String(repeating: "../", count: path.split(separator: "/").count - 1)
            #expect(html.contains("<script src=\"\(up)assets/search-index.js\" defer></script>"), "\(path)")
            #expect(html.contains("<script src=\"\(up)assets/search.js\" defer></script>"), "\(path)")
            // Hidden until the script runs, so a reader without JavaScript sees no dead box.
            #expect(html.contains("<div class=\"site-search\" role=\"search\" hidden"), "\(path)")
        }
    }

    @Test func hostileNamesCannotLeaveTheScript() {
        let name = "Evil</script><script>alert(1)</script>\u{2028}\"\\"
        let entry = SearchIndex.Entry(
            kind: .models, name: name, aliases: ["<!--", "a\nb"], href: "models/evil.html")
        let script = SearchIndex.script([entry])
        #expect(!script.contains("</"))
        #expect(!script.contains("<!--"))
        #expect(!script.contains("\u{2028}"))
        #expect(script.contains("Evil\\u003c/script>"))
        #expect(script.contains("\\\"\\\\"))
        #expect(script.contains("a\\nb"))
    }

    @Test func buildIsByteIdentical() async throws {
        let first = try await Self.seedSite().site.files["assets/search-index.js"]
        let second = try await Self.seedSite().site.files["assets/search-index.js"]
        #expect(first != nil && first == second)
    }
}
