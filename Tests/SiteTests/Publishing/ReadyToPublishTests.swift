import Catalog
import Foundation
import Markdown
import TestSupport
import Testing

@testable import Site

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// With a base URL: sitemap, canonical links, Open Graph URL and the release feed; without one,
/// none of them and no absolute link at all.
struct ReadyToPublishTests {
    static let base = "https://x.github.io/atlas/"

    static func seedSite(baseURL: String?) async throws -> (site: RenderedSite, catalog: Catalog) {
        let seed = try await SeedPages.load()
        let templates = try await TemplateSet.load(from: repositoryRoot + "/Templates")
        let text = try String(
            contentsOfFile: repositoryRoot + "/Content/overview-of-chinese-ai-models.md", encoding: .utf8)
        let document = try MarkdownParser.parse(text, path: "Content/overview-of-chinese-ai-models.md")
        var renderer = SiteRenderer(templates: templates)
        renderer.baseURL = try baseURL.map { try BaseURL(validating: $0) }
        return (try renderer.render([document], catalog: seed.catalog), seed.catalog)
    }

    static func pages(_ site: RenderedSite) -> [(path: String, html: String)] {
        site.sortedPaths.filter { $0.hasSuffix(".html") }.map { ($0, String(decoding: site.files[$0]!, as: UTF8.self)) }
    }

    static func isWellFormedXML(_ text: String) -> Bool { XMLParser(data: Data(text.utf8)).parse() }

    @Test func withoutABaseURLNothingIsAbsolute() async throws {
        let (site, _) = try await Self.seedSite(baseURL: nil)
        #expect(site.files["sitemap.xml"] == nil)
        #expect(site.files["feed.xml"] == nil)
        let pages = Self.pages(site)
        #expect(pages.count > 200)
        for (path, html) in pages {
            #expect(!html.contains("rel=\"canonical\""), "\(path)")
            #expect(!html.contains("og:url"), "\(path)")
            #expect(!html.contains("application/atom+xml"), "\(path)")
            #expect(html.contains("<meta name=\"description\" content=\""), "\(path)")
            #expect(html.contains("<meta property=\"og:title\" content=\""), "\(path)")
        }
    }

    @Test func sitemapListsEveryPageButThe404() async throws {
        let (site, _) = try await Self.seedSite(baseURL: "https://x.github.io/atlas")
        let sitemap = String(decoding: try #require(site.files["sitemap.xml"]), as: UTF8.self)
        #expect(Self.isWellFormedXML(sitemap))
        let listed = sitemap.components(separatedBy: "<loc>").dropFirst().map {
            $0.components(separatedBy: "</loc>")[0]
        }
        let pages = Self.pages(site).map(\.path).filter { $0 != "404.html" }
        #expect(pages.count > 200)
        #expect(listed.count == pages.count)
        #expect(Set(listed).count == listed.count)
        #expect(listed.contains(Self.base))
        #expect(listed.contains(Self.base + "models/deepseek-v3.html"))
        #expect(listed.allSatisfy { $0.hasPrefix(Self.base) })
    }

    @Test func everyPageNamesItsCanonicalAddressAndTheFeed() async throws {
        let (site, _) = try await Self.seedSite(baseURL: Self.base)
        for (path, html) in Self.pages(site) where path != "404.html" {
            let address =
                path == "index.html" ? Self.base : Self.base + path.replacingOccurrences(of: "index.html", with: "")
            #expect(html.contains("<link rel=\"canonical\" href=\"\(address)\">"), "\(path)")
            #expect(html.contains("<meta property=\"og:url\" content=\"\(address)\">"), "\(path)")
            let up = String(repeating: "../", count: path.split(separator: "/").count - 1)
            #expect(html.contains("type=\"application/atom+xml\""), "\(path)")
            #expect(html.contains("href=\"\(up)feed.xml\">"), "\(path)")
        }
    }

    @Test func feedListsReleasesNewestFirstWithStableIds() async throws {
        let (site, catalog) = try await Self.seedSite(baseURL: Self.base)
        let feed = String(decoding: try #require(site.files["feed.xml"]), as: UTF8.self)
        #expect(Self.isWellFormedXML(feed))
        #expect(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
        let entries = feed.components(separatedBy: "<entry>").dropFirst()
        #expect(entries.count == catalog.models.count { $0.release != nil })
        let updated = entries.map { $0.components(separatedBy: "<updated>")[1].prefix(20) }
        #expect(updated.count > 20)
        #expect(updated == updated.sorted(by: >), "not newest first")
        let ids = entries.map { $0.components(separatedBy: "<id>")[1].components(separatedBy: "</id>")[0] }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix(Self.base + "models/") && $0.hasSuffix(".html") })
        // The feed's own date is its newest release's: no clock is read.
        #expect(feed.contains("</author>") && feed.contains("<updated>\(updated[0])</updated>\n<author>"))
    }

    /// A control character in a model's name (a vertical tab pasted into a table) made the
    /// whole feed ill-formed XML: it is left out, as in the charts.
    @Test func aControlCharacterInANameLeavesTheFeedWellFormed() throws {
        let document = try MarkdownParser.parse(
            """
            ## Acme family

            ### List of Acme models

            | Model | Release |
            |---|---|
            | Acme-\u{0B}VT <1B> & | January 2025 |
            """, path: "a.md")
        let catalog = Enricher(config: CatalogConfig()).enrich([document]).catalog
        let feed = ReleaseFeed.xml(
            catalog: catalog, baseURL: try BaseURL(validating: Self.base), siteTitle: "T\u{0C}", describe: { $0.name })
        #expect(Self.isWellFormedXML(feed))
        #expect(feed.contains("<title>Acme-VT &lt;1B&gt; &amp;</title>"), "\(feed)")
    }

    @Test func buildsAreByteIdentical() async throws {
        let first = try await Self.seedSite(baseURL: Self.base).site
        let second = try await Self.seedSite(baseURL: Self.base).site
        #expect(first.files == second.files)
    }

    @Test func releaseTimestampsComeFromTheReleaseAlone() {
        #expect(ReleaseFeed.timestamp(Release(year: 2024, month: 12)) == "2024-12-01T00:00:00Z")
        #expect(ReleaseFeed.timestamp(Release(year: 2025)) == "2025-01-01T00:00:00Z")
        #expect(
            ReleaseFeed.timestamp(Release(year: 2024, month: 9, endYear: 2024, endMonth: 12)) == "2024-09-01T00:00:00Z")
    }
}

/// 404.html: served by hosts at any missing address, so its links must not depend on its place.
struct NotFoundPageTests {
    @Test func withABaseURLEveryLinkIsAbsolute() async throws {
        let (site, _) = try await ReadyToPublishTests.seedSite(baseURL: ReadyToPublishTests.base)
        let html = String(decoding: try #require(site.files["404.html"]), as: UTF8.self)
        #expect(html.contains("<h1>Page not found</h1>"))
        #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(!html.contains("rel=\"canonical\""))
        #expect(html.contains("id=\"site-search-input\""))
        let links = html.components(separatedBy: " href=\"").dropFirst().map { $0.components(separatedBy: "\"")[0] }
        #expect(links.count > 8)
        for link in links where !link.hasPrefix("#") {
            #expect(link.hasPrefix(ReadyToPublishTests.base), "\(link)")
        }
        #expect(html.contains("src=\"\(ReadyToPublishTests.base)assets/search.js\""))
        #expect(html.contains("data-root=\"\(ReadyToPublishTests.base)\""))
    }

    @Test func withoutOneLinksAreRelativeToTheRoot() async throws {
        let (site, _) = try await ReadyToPublishTests.seedSite(baseURL: nil)
        let html = String(decoding: try #require(site.files["404.html"]), as: UTF8.self)
        #expect(html.contains("<link rel=\"stylesheet\" href=\"assets/style.css\">"))
        #expect(html.contains("<li><a href=\"models/index.html\">Models</a></li>"))
        #expect(!html.contains("://"))
    }
}
