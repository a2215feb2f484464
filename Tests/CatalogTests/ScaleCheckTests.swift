import Markdown
import Testing

@testable import Catalog

@Suite struct ScaleCheckTests {
    static let document = """
        # Scores
        ## Fam family

        ### List of Fam models

        | Series | Model | Year |
        |---|---|---|
        | Fam | Fam-7B | 2024 |
        | Fam | Fam-13B | 2024 |
        | Fam | Fam-70B | 2024 |

        ### Performance

        | Model | MMLU | MMLU-Pro | MT-Bench | Codeforces (Rating) |
        |---|---|---|---|---|
        | Fam-7B | 88.5 | 70.1 | 8.5 | 1200 |
        | Fam-13B | 101 | -5 | 11.2 | -20 |
        | Fam-70B | 79.0 | 60.0 | 7.9 | 1500 |

        """

    @Test func valuesOutsideTheirMetricsScaleAreWarnedAtTheirCell() throws {
        let parsed = try MarkdownParser.parse(Self.document, path: "Content/scores.md")
        let config = CatalogConfig(benchmarkScales: ["MT-Bench": .outOfTen])
        let enrichment = Enricher(config: config).enrich([parsed])
        let outside = enrichment.diagnostics.filter { $0.message.contains("outside") }
        let flagged = enrichment.catalog.scores.filter { ["101", "-5", "11.2", "-20"].contains($0.raw) }
        #expect(flagged.count == 4)
        #expect(Set(outside.map(\.location)) == Set(flagged.map(\.source.location)))
        #expect(outside.allSatisfy { $0.severity == .warning && $0.location.line == 17 })
        #expect(outside.contains { $0.message.contains("'101'") && $0.message.contains("0-100") })
        #expect(outside.contains { $0.message.contains("'11.2'") && $0.message.contains("0-10") })
    }
}
