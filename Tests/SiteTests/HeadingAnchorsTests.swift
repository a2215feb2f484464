import Catalog
import Foundation
import Markdown
import TestSupport
import Testing

@testable import Site

/// Headings get GitHub ids, and `#anchor` links follow their headings onto section pages.
struct HeadingAnchorsTests {
    static let text = """
        # Card

        - [Results](#results)
        - [Deep dive](#deep-dive)
        - [Version 2.5](#version-25)
        - [Nowhere](#no-such-heading)
        - [Card](#card)
        - [Quoted](#quoted)
        - [评测](#模型-评测)

        ## Results

        See [the deep dive](#deep-dive) and [this section](#results).

        ### Deep dive

        Text.

        > ### Quoted

        ## Version 2.5

        | Link | Note |
        |---|---|
        | [back](#results) | x |

        ## 模型 评测

        Text.
        """

    func render() async throws -> RenderedSite {
        let templates = try await TemplateSet.load(from: repositoryRoot + "/Templates")
        let document = try MarkdownParser.parse(Self.text, path: "Content/card.md")
        return try SiteRenderer(templates: templates).render([document])
    }

    func page(_ site: RenderedSite, _ path: String) -> String {
        site.files[path].map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    @Test func headingsCarryTheirIds() async throws {
        let site = try await render()
        let results = page(site, "sections/results.html")
        #expect(results.contains(#"<h1 id="results">Results</h1>"#))
        #expect(results.contains(#"<h2 id="deep-dive">Deep dive</h2>"#))
        #expect(page(site, "sections/version-2.5.html").contains(#"<h1 id="version-25">Version 2.5</h1>"#))
        // A heading inside a quote gets its id too (it is not moved up: only top-level
        // headings are the section's outline); letters of any script stay in an id.
        #expect(results.contains("<blockquote>\n<h3 id=\"quoted\">Quoted</h3>"))
        #expect(page(site, "sections/\(Slug.make("模型 评测")).html").contains(#"<h1 id="模型-评测">模型 评测</h1>"#))
    }

    @Test func linksPointAtThePageThatHoldsTheHeading() async throws {
        let site = try await render()
        let index = page(site, "index.html")
        #expect(index.contains(#"<a href="sections/results.html#results">Results</a>"#))
        #expect(index.contains(#"<a href="sections/results.html#deep-dive">Deep dive</a>"#))
        #expect(index.contains(#"<a href="sections/version-2.5.html#version-25">Version 2.5</a>"#))
        // The title heading is the home page itself.
        #expect(index.contains(#"<a href="index.html">Card</a>"#))
        #expect(index.contains(#"<a href="sections/results.html#quoted">Quoted</a>"#))
        // cmark writes the fragment percent-encoded; it stays so, on the page that holds it.
        let encoded = try #require("模型-评测".addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed))
        #expect(index.contains("<a href=\"sections/\(Slug.make("模型 评测")).html#\(encoded)\">评测</a>"))
        let results = page(site, "sections/results.html")
        #expect(results.contains(##"<a href="#deep-dive">the deep dive</a>"##))
        #expect(results.contains(##"<a href="#results">this section</a>"##))
        let version = page(site, "sections/version-2.5.html")
        #expect(version.contains(#"<a href="../sections/results.html#results">back</a>"#))
    }

    @Test func aLinkToNoHeadingStaysAndIsReportedWhereItIs() async throws {
        let site = try await render()
        #expect(page(site, "index.html").contains(##"<a href="#no-such-heading">Nowhere</a>"##))
        let warnings = site.diagnostics.map(\.description)
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("Content/card.md:6:3: warning: link '#no-such-heading'") == true)
    }

    /// `## Main` would give its section page a second `id="main"` beside the layout's `<main>`:
    /// its id is `main-1`, and a link written for GitHub (`#main`) follows it there, unreported.
    @Test func aHeadingNamedLikeALayoutIDGivesWay() async throws {
        let templates = try await TemplateSet.load(from: repositoryRoot + "/Templates")
        let text = "# T\n\nSee [it](#main).\n\n## Main\n\nText.\n\n### Site search input\n"
        let site = try SiteRenderer(templates: templates).render([try MarkdownParser.parse(text, path: "a.md")])
        let main = page(site, "sections/main.html")
        #expect(main.components(separatedBy: #"id="main""#).count == 2)
        #expect(main.contains(#"<h1 id="main-1">Main</h1>"#))
        #expect(main.contains(#"<h2 id="site-search-input-1">Site search input</h2>"#))
        #expect(page(site, "index.html").contains(#"<a href="sections/main.html#main-1">it</a>"#))
        #expect(site.diagnostics.isEmpty)
    }
}
