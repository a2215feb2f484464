import Markdown
import Testing

@testable import Catalog

@Suite struct DocumentCheckLinkTests {
    static let document = """
        # Hostile
        ## Fam family [[1]](javascript:alert(document.domain))

        Fam is a family.[[2]](VBScript:msgbox(1)) See [[3]](https://example.org/fam).

        ### List of Fam models

        | Series | Model | Year |
        |---|---|---|
        | Fam | Fam-7B | 2024 |

        """

    @Test func citationsWithAForbiddenSchemeAreReportedWhereTheyWereWritten() throws {
        let parsed = try MarkdownParser.parse(Self.document, path: "Content/hostile.md")
        let enrichment = Enricher(config: CatalogConfig()).enrich([parsed])
        let links = enrichment.diagnostics.filter { $0.message.contains("scheme") }
        #expect(links.map(\.severity) == [.warning, .warning])
        #expect(
            links.map(\.location) == [
                SourceLocation(path: "Content/hostile.md", line: 2, column: 15),
                SourceLocation(path: "Content/hostile.md", line: 4, column: 17),
            ])
        #expect(links.first?.message.contains("'javascript'") == true)
        // The citation is kept (its label still shows); only its link is dropped when rendered.
        #expect(enrichment.catalog.series.first?.citations.count == 3)
    }

    @Test(arguments: ["JavaScript:alert(1)", "vbscript:x", "data:text/html,<script>alert(1)</script>", "java&#58;x"])
    func anOrganizationURLWithAForbiddenSchemeIsAnErrorAtItsPlace(_ url: String) {
        let yaml = "organizations:\n  - name: Kestrel\n    url: \"\(url)\"\n"
        #expect {
            _ = try ConfigLoader.load(yaml: yaml, path: "Content/atlas.yml")
        } throws: { error in
            guard let diagnostic = error as? Diagnostic else { return false }
            return diagnostic.location.line == 3 && diagnostic.message.contains("http")
        }
    }

    @Test func anOrganizationURLOverHTTPSIsKept() throws {
        let yaml = "organizations:\n  - name: Kestrel\n    url: https://kestrel.example\n"
        #expect(try ConfigLoader.load(yaml: yaml, path: "atlas.yml").organizations[0].url == "https://kestrel.example")
    }
}

/// Kimi-K2's card gives all its results in HTML tables: they are not read, and each says so.
@Suite struct DocumentCheckHTMLTableTests {
    @Test func anHTMLTableGetsANoteWhereItStarts() throws {
        let enrichment = try enrich(
            """
            ## Results

            <div align="center">
            <TABLE>
            <tr><th>Benchmark</th><th>Orchard-7B</th></tr>
            <tr><td>MMLU</td><td>60.1</td></tr>
            </TABLE>
            </div>

            - a list item

              <table><tr><td>nested</td></tr></table>
            """)
        let notes = enrichment.diagnostics.filter { $0.message.contains("HTML table") }
        #expect(notes.map(\.location.line) == [3, 12])
        #expect(notes.allSatisfy { $0.severity == .note })
        #expect(enrichment.catalog.scores.isEmpty)
    }

    /// Gemma's first cards: `- Table of benchmark results:` with the table on the next line. The
    /// table is that item's text (lazy continuation, as cmark-gfm reads it), so it holds no
    /// scores; a note says where, and what to write.
    @Test func aTableSwallowedByTheTextAboveGetsANote() throws {
        let enrichment = try enrich(
            """
            ## Results

            - Table of benchmark results:
            | Benchmark | Orchard-7B |
            | --------- | :--------: |
            | MMLU      | 60.1       |

            A line | with a bar
            and another | but no table.

            | Benchmark | Orchard-7B |
            |---|---|
            | GSM8K | 50.2 |
            """)
        let notes = enrichment.diagnostics.filter { $0.message.contains("is read as text") }
        #expect(notes.map(\.location.line) == [4])
        #expect(notes.allSatisfy { $0.severity == .note })
        #expect(enrichment.catalog.scores.map(\.value) == [50.2])
    }

    @Test func otherHTMLGetsNoNote() throws {
        let enrichment = try enrich(
            """
            <div align="center"><img src="logo.png" alt="tables"></div>

            <p>Tabled for later: <tab></p>
            """)
        #expect(!enrichment.diagnostics.contains { $0.message.contains("HTML table") })
    }
}
