import Foundation
import Markdown
import Testing

@testable import Catalog

/// `enrich(_:deferringChecks:)` leaves the whole-graph checks to the caller; run and merged in
/// report order, they give what an enrichment that ran them itself gives.
struct DeferredChecksTests {
    static let conflicting = """
        ## S

        | Model   | HumanEval | MMLU |
        |---------|-----------|------|
        | Alpha   | 42.7      | 70.0 |
        | Alpha 7B | 40.0     | 101.5 |

        ### Again

        | Model   | HumanEval | MMLU |
        |---------|-----------|------|
        | Alpha   | 45.1      | 70.0 |
        | 7B Alpha | 41.0     | 60.0 |

        ### Again, word for word

        | Model   | HumanEval | MMLU |
        |---------|-----------|------|
        | Alpha   | 45.1      | 70.0 |
        | 7B Alpha | 41.0     | 60.0 |
        """

    /// The documents: a conflict, an out-of-scale value, a copied table and reordered names in
    /// one; the seed; every model-card fixture.
    static func cases() throws -> [(name: String, documents: [Document], config: CatalogConfig)] {
        var cases = [("conflicting", [try MarkdownParser.parse(conflicting, path: "test.md")], CatalogConfig())]
        let seedFolder = Fixture.root.appendingPathComponent("Content")
        let seedConfig = try ConfigLoader.load(
            yaml: Fixture.text(seedFolder.appendingPathComponent("atlas.yml")), path: "Content/atlas.yml")
        let seedText = try Fixture.text(seedFolder.appendingPathComponent("overview-of-chinese-ai-models.md"))
        cases.append(("seed", [try MarkdownParser.parse(seedText, path: seedPath)], seedConfig))
        let cards = Fixture.fixtures.appendingPathComponent("model-cards")
        for name in try FileManager.default.contentsOfDirectory(atPath: cards.path).sorted()
        where name.hasSuffix(".md") && name != "SOURCES.md" {
            let text = try Fixture.text(cards.appendingPathComponent(name))
            cases.append((name, [try MarkdownParser.parse(text, path: "Content/" + name)], CatalogConfig()))
        }
        return cases
    }

    @Test func runAndMergedTheyGiveTheFindingsOfAnEnrichmentThatRanThem() throws {
        var deferredFindings = 0
        for (name, documents, config) in try Self.cases() {
            let whole = Enricher(config: config).enrich(documents)
            let deferred = Enricher(config: config).enrich(documents, deferringChecks: true)
            #expect(whole.deferredChecks == nil)
            let checks = try #require(deferred.deferredChecks, "\(name)")
            let findings = checks()
            deferredFindings += findings.count
            let merged = (deferred.diagnostics + findings).sorted(by: Enrichment.reportOrder)
            #expect(merged == whole.diagnostics, "\(name)")
            #expect(JSONExport.render(deferred.catalog) == JSONExport.render(whole.catalog), "\(name)")
        }
        #expect(deferredFindings > 0, "some documents have findings only the checks make")
    }

    /// Each kind of whole-graph finding is left to the checks: none is in the deferred
    /// enrichment's own findings.
    @Test func theConflictingDocumentsFindingsAreAllDeferred() throws {
        let document = try MarkdownParser.parse(Self.conflicting, path: "test.md")
        let deferred = Enricher(config: CatalogConfig()).enrich([document], deferringChecks: true)
        let checks = try #require(deferred.deferredChecks)
        let findings = checks().map(\.message)
        for phrase in ["different values", "is outside", "repeats table", "in another order"] {
            #expect(findings.contains { $0.contains(phrase) }, "no deferred finding says '\(phrase)': \(findings)")
            #expect(!deferred.diagnostics.contains { $0.message.contains(phrase) })
        }
    }
}
