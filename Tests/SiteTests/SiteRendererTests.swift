import Markdown
import TestSupport
import Testing

@testable import Site

struct SiteRendererTests {
    static let text = #"""
        # Model \<Atlas\> & friends
        ## Alpha[[1]](https://example.com/alpha)
        Alpha text with <script>alert(1)</script> inline.
        | Model | Score |
        |---|---|
        | A-1 | 90.1 |
        ## Beta
        Beta text.
        ## Gamma
        """#

    func renderSite() async throws -> RenderedSite {
        let templates = try await TemplateSet.load(from: repositoryRoot + "/Templates")
        let document = try MarkdownParser.parse(Self.text, path: "Content/models.md")
        return try SiteRenderer(templates: templates).render([document], assets: ["style.css": Array("body{}".utf8)])
    }

    func page(_ site: RenderedSite, _ path: String) -> String {
        site.files[path].map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    @Test func producesIndexOnePagePerSectionAndAssets() async throws {
        let site = try await renderSite()
        #expect(
            site.sortedPaths == [
                "404.html", "assets/style.css", "index.html", "robots.txt", "sections/alpha.html",
                "sections/beta.html", "sections/gamma.html",
            ])
        #expect(site.pageCount == 5)
        #expect(site.diagnostics.isEmpty)
    }

    @Test func indexLinksEverySectionRelatively() async throws {
        let index = page(try await renderSite(), "index.html")
        #expect(index.contains(#"<html lang="en">"#))
        #expect(index.contains(#"<meta charset="utf-8">"#))
        #expect(index.contains(#"name="viewport""#))
        #expect(index.contains("<title>Model &lt;Atlas&gt; &amp; friends</title>"))
        #expect(index.contains(#"<a href="sections/alpha.html">Alpha</a>"#))
        #expect(index.contains(#"<a href="sections/gamma.html">Gamma</a>"#))
        #expect(index.contains(#"href="assets/style.css""#))
        #expect(!index.contains(#"href="/"#))
    }

    @Test func sectionPageHasItsBlocksTableAndNavigation() async throws {
        let alpha = page(try await renderSite(), "sections/alpha.html")
        // GitHub makes the id from all of the heading's text, the citation included.
        #expect(alpha.contains(#"<h1 id="alpha1">Alpha<a href="https://example.com/alpha">[1]</a></h1>"#))
        #expect(alpha.contains("<td id=\"t1-r1-c1\">A-1</td>\n<td id=\"t1-r1-c2\">90.1</td>"))
        #expect(alpha.contains(#"<div class="table-scroll""#))
        #expect(!alpha.contains("<script>"))
        #expect(!alpha.contains("Beta text."))
        #expect(alpha.contains(#"href="../index.html""#))
        #expect(alpha.contains(#"href="../assets/style.css""#))
        #expect(alpha.contains(#"rel="next" href="beta.html""#))
        #expect(!alpha.contains(#"rel="prev""#))
        #expect(alpha.contains("<title>Alpha · Model &lt;Atlas&gt; &amp; friends</title>"))
    }

    @Test func middleAndLastSectionsLinkBothWays() async throws {
        let site = try await renderSite()
        let beta = page(site, "sections/beta.html")
        #expect(beta.contains(#"rel="prev" href="alpha.html""#) && beta.contains(#"rel="next" href="gamma.html""#))
        let gamma = page(site, "sections/gamma.html")
        #expect(gamma.contains(#"rel="prev" href="beta.html""#) && !gamma.contains(#"rel="next""#))
    }

    @Test func tablesWithANotesColumnAreMarkedForWrapping() async throws {
        let templates = try await TemplateSet.load(from: repositoryRoot + "/Templates")
        let document = try MarkdownParser.parse(
            """
            ## Models
            | Model | Year |
            |---|---|
            | A | 2024 |

            | Model | Notes |
            |---|---|
            | A | A long sentence about the model that goes on for a while. |
            """, path: "m.md")
        let page = self.page(try SiteRenderer(templates: templates).render([document]), "sections/models.html")
        #expect(page.contains(#"<div class="table-scroll" id="table-line-"#))
        #expect(page.contains(#"<div class="table-scroll has-prose-column" id="table-line-"#))
    }

    /// `title` in atlas.yml names the site on every page; the document's own `#` heading then
    /// stays on the home page, above its sections.
    @Test func aConfiguredTitleNamesTheSiteAndKeepsTheDocumentTitle() async throws {
        let templates = try await TemplateSet.load(from: repositoryRoot + "/Templates")
        let document = try MarkdownParser.parse(Self.text, path: "Content/models.md")
        var renderer = SiteRenderer(templates: templates)
        renderer.siteTitle = "Open <model> evaluations"
        let site = try renderer.render([document])
        let home = page(site, "index.html")
        #expect(home.contains("<h1>Open &lt;model&gt; evaluations</h1>"))
        #expect(home.contains("<h2>Model &lt;Atlas&gt; &amp; friends</h2>"))
        let section = page(site, "sections/beta.html")
        #expect(section.contains("<title>Beta · Open &lt;model&gt; evaluations</title>"))
        #expect(section.contains(#"class="site-title" href="../index.html">Open &lt;model&gt; evaluations</a>"#))
        // Without one, the document's heading is the site's title, shown once.
        let plain = page(try SiteRenderer(templates: templates).render([document]), "index.html")
        #expect(plain.contains("<h1>Model &lt;Atlas&gt; &amp; friends</h1>"))
        #expect(!plain.contains("<h2>Model &lt;Atlas&gt; &amp; friends</h2>"))
    }

    @Test func renderingIsByteIdenticalFromRunToRun() async throws {
        #expect(try await renderSite() == (try await renderSite()))
    }

    @Test func fileWithoutSectionsIsAWarning() async throws {
        let templates = try await TemplateSet.load(from: repositoryRoot + "/Templates")
        let document = try MarkdownParser.parse("Only text.\n", path: "Content/notes.md")
        let site = try SiteRenderer(templates: templates).render([document])
        #expect(
            site.diagnostics.map(\.description)
                == [
                    "Content/notes.md:1:1: warning: no '##' headings, so this file gets no section pages (only its text on the home page)"
                ])
        #expect(page(site, "index.html").contains("<p>Only text.</p>"))
    }
}
