import Catalog
import Foundation
import Markdown
import TestSupport
import Testing

@testable import Site

/// Links from content and configuration that reach a page's `href` pass the one scheme check.
struct HostileLinksTests {
    static let document = """
        # Hostile
        ## Fam family [[1]](javascript:alert(document.domain))

        Fam is a family.[[2]](VBScript:msgbox(1)) Also [[3]](data:text/html,x) and [[4]](https://example.org/fam).

        ### List of Fam models

        | Series | Model | Year |
        |---|---|---|
        | Fam | Fam-7B | 2024 |

        """

    func pages(url: String) async throws -> (CatalogPages, Catalog) {
        let parsed = try MarkdownParser.parse(Self.document, path: "Content/hostile.md")
        let config = CatalogConfig(organizations: [.init(name: "Fam Labs", modelPrefixes: ["Fam"], url: url)])
        let catalog = Enricher(config: config).enrich([parsed]).catalog
        let templates = try await TemplateSet.load(from: repositoryRoot + "/Templates")
        let renderer = SiteRenderer(templates: templates)
        let pages = CatalogPages(
            catalog: catalog, sources: SourceLinker(outline: SiteOutline(documents: [parsed])), templates: templates,
            chrome: { title, folder in
                renderer.chrome(title: title, siteTitle: "Atlas", depth: 1, hasNav: true, current: folder)
            })
        return (pages, catalog)
    }

    @Test func citationsKeepTheirLabelButLoseAForbiddenLink() async throws {
        let (pages, catalog) = try await pages(url: "https://fam.example")
        let series = try #require(catalog.series.first)
        let html = try pages.templates.render(pages.seriesPage(series), template: "series")
        for scheme in ["javascript:", "vbscript:", "data:"] {
            #expect(!html.lowercased().contains("href=\"\(scheme)"), "\(scheme)")
        }
        #expect(html.contains("<a href=\"https://example.org/fam\">[4]</a>"))
        #expect(html.contains("[1]") && html.contains("[2]") && html.contains("[3]"))
    }

    @Test(arguments: ["JAVASCRIPT:alert(1)", " javascript:alert(1)", "java&#x09;script:alert(1)"])
    func anOrganizationWebsiteWithAForbiddenSchemeIsNotALink(_ url: String) async throws {
        let (pages, catalog) = try await pages(url: url)
        let organization = try #require(catalog.organizations.first)
        let view = pages.organizationPage(organization)
        let website = try #require(view.facts.first { $0.label == "Website" })
        #expect(!website.value.hasHref)
        #expect(website.value.name == url)
    }
}
