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
}
