import Foundation
import Testing

@testable import Markdown

@Suite("Table cells")
struct TableAssemblerTests {
    // MARK: - Inline content

    @Test func referenceLinksInCellsUseTheDocumentsDefinitions() throws {
        let table = try onlyTable("| [x] | [y][r] |\n|---|---|\n| [nope] | z |\n\n[x]: /target \"T\"\n> [r]: /quoted\n")
        #expect(
            table.header[0].inlines.map(\.kind) == [
                .link(
                    destination: "/target", title: "T",
                    [Inline(.text("x"), range: table.header[0].inlines[0].children[0].range)])
            ])
        guard case .link(let destination, _, _) = table.header[1].inlines.first?.kind else {
            Issue.record("no link in \(table.header[1])")
            return
        }
        #expect(destination == "/quoted")
        #expect(table.rows[0][0].text == "[nope]")
    }

    @Test func anUnclosedFenceInTheDocumentDoesNotSwallowCells() throws {
        let document = try parse("| a | b |\n|---|---|\n| c | d |\n\n```\nnever closed\n")
        let table = try #require(tables(in: document.blocks).first)
        #expect(table.rows[0].map(\.text) == ["c", "d"])
        #expect(document.html.contains("<td>d</td>"))
    }

    // MARK: - Cells past the header

    /// GFM drops a row's cells past the header (`| Foo-7B | 60.4 | 55.5 |` under two header
    /// cells drops `55.5`): one warning per table names the first one that holds text; empty
    /// ones (a trailing `| |`) say nothing.
    @Test func cellsPastTheHeaderAreWarnedOncePerTable() throws {
        let document = try parse(
            "| Model | MMLU |\n|---|---|\n| Foo-7B | 60.4 | |\n| Bar-7B | 50.1 | 55.5 |\n| Baz | 1 | 2 | 3 |\n\n"
                + "| a | b |\n|---|---|\n| c | d | |\n")
        let warnings = document.diagnostics.filter { $0.message.contains("more cells than its header") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.location.line == 4)
        #expect(warnings.first?.location.column == 19)
        #expect(warnings.first?.severity == .warning)
        #expect(
            warnings.first?.message.hasPrefix("2 rows of this table have more cells than its header has (2)") == true)
        let table = try #require(tables(in: document.blocks).first)
        #expect(table.rows[1].map(\.text) == ["Bar-7B", "50.1"])
    }
}
