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

    // MARK: - Lists

    func listStyle(_ markdown: String) throws -> ListStyle {
        let block = try #require(try parse(markdown).blocks.first)
        guard case .list(let style, _) = block.kind else {
            Issue.record("not a list: \(block.kind)")
            return ListStyle(marker: .bullet, isTight: false)
        }
        return style
    }

    @Test("a table without data rows ends its item with a blank line, as in cmark-gfm", arguments: [
        ("- a|b\n  -|-\n  |\n- y\n", false),
        ("- a|b\n  -|-\n- y\n", false),
        ("- - a|b\n    -|-\n- y\n", false),
        ("- > a|b\n  > -|-\n- y\n", true),
        ("- a|b\n  -|-\n  c\n  |\n- y\n", true),
        ("- y\n- a|b\n  -|-\n", true),
    ])
    func headerOnlyTableLoosensList(markdown: String, isTight: Bool) throws {
        #expect(try listStyle(markdown).isTight == isTight)
    }
}
