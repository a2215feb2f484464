import Foundation
import Testing
@testable import Markdown

@Suite("Markdown parser")
struct MarkdownParserTests {
    // MARK: - Setext headings (cmark 0.30.2 ends them one line late)

    @Test func setextHeadingFollowedByTextIsNotATable() throws {
        let document = try parse("abc\n---\ndef\n")
        #expect(tables(in: document.blocks).isEmpty)
        #expect(document.blocks.map(\.kind) == [
            .heading(level: 2, document.blocks[0].inlines),
            .paragraph(document.blocks[1].inlines),
        ])
        #expect(document.blocks[0].inlines.plainText == "abc")
        #expect(document.blocks[1].inlines.plainText == "def")
    }

    @Test func setextHeadingRightBeforeATable() throws {
        let document = try parse("Title\n---\n| a |\n|---|\n")
        #expect(document.blocks.count == 2)
        #expect(document.blocks[0].inlines.plainText == "Title")
        let table = try #require(tables(in: document.blocks).first)
        #expect(table.header.map(\.source) == ["a"])
        #expect(table.rows.isEmpty)
    }
}
