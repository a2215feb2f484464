import Markdown
import Testing

@testable import Catalog

/// Kimi-K2's card gives all its results in HTML tables: they are not read, and each says so.
@Suite struct HTMLTableNoteTests {
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

    @Test func otherHTMLGetsNoNote() throws {
        let enrichment = try enrich(
            """
            <div align="center"><img src="logo.png" alt="tables"></div>

            <p>Tabled for later: <tab></p>
            """)
        #expect(!enrichment.diagnostics.contains { $0.message.contains("HTML table") })
    }
}
