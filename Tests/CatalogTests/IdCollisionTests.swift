import Markdown
import Testing

@testable import Catalog

/// Names that differ only in case or punctuation share a slug; they must not crash the build.
@Suite struct IdCollisionTests {
    @Test(arguments: [("Meta", "meta"), ("Mistral AI", "Mistral-AI"), ("A.B", "a b")])
    func organizationsWithTheSameSlugGetDistinctIds(_ first: String, _ second: String) throws {
        let config = CatalogConfig(organizations: [.init(name: first), .init(name: second)])
        let catalog = Enricher(config: config).enrich([]).catalog
        #expect(catalog.organizations.count == 2)
        #expect(Set(catalog.organizations.map(\.id)).count == 2)
        for organization in catalog.organizations { #expect(catalog.organization(organization.id) == organization) }
    }

    @Test func seriesWithTheSameSlugGetDistinctIds() throws {
        let text = """
            # Models
            ## Fam family

            ### List of Fam models

            | Series | Model | Year |
            |---|---|---|
            | Fam-2 | Fam-2-7B | 2024 |
            | Fam.2 | Fam.2-13B | 2024 |
            | Fam (2) | Fam-2-70B | 2024 |

            """
        let parsed = try MarkdownParser.parse(text, path: "Content/fam.md")
        let catalog = Enricher(config: CatalogConfig()).enrich([parsed]).catalog
        #expect(catalog.series.count == 3)
        #expect(Set(catalog.series.map(\.id)).count == 3)
        for series in catalog.series { #expect(catalog.series(series.id)?.name == series.name) }
    }
}
