import Foundation
import Testing

@testable import Markdown

@Suite("Source locations")
struct SourceLocationTests {
    /// `line:column` of a location, for compact expectations.
    func position(_ location: Markdown.SourceLocation) -> String { "\(location.line):\(location.column)" }

    // MARK: - Headings

    @Test(
        "a setext heading ends on its underline",
        arguments: [
            ("abc\n---\ndef\n", "1:1", "2:3"),
            ("abc\n===\n\ndef\n", "1:1", "2:3"),
            ("abc\n---", "1:1", "2:3"),
            ("> abc\n> ---\n> x\n", "1:3", "2:5"),
            ("- abc\n  ---  \n  x\n", "1:3", "2:7"),
        ])
    func setextHeadingRange(markdown: String, start: String, end: String) throws {
        let document = try parse(markdown)
        let heading = try #require(firstHeading(in: document.blocks))
        #expect(position(heading.range.start) == start)
        #expect(position(heading.range.end) == end)
    }

    func firstHeading(in blocks: [Block]) -> Block? {
        for block in blocks {
            if case .heading = block.kind { return block }
            if let found = firstHeading(in: block.children) { return found }
        }
        return nil
    }

    // MARK: - Blocks

    @Test func paragraphsAndHeadingsStartWhereTheirTextDoes() throws {
        let document = try parse("# Title\n\nSome *text*\nmore\n\n  Indented para\n")
        #expect(document.blocks.map { position($0.range.start) } == ["1:1", "3:1", "6:3"])
        #expect(position(document.blocks[1].range.end) == "4:4")
        #expect(document.blocks.allSatisfy { $0.range.start.path == "t.md" })
        let emphasis = try #require(
            document.blocks[1].inlines.first { if case .emphasis = $0.kind { true } else { false } })
        #expect(position(emphasis.range.start) == "3:6")
    }

    @Test func nestedBlocksKeepTheirColumns() throws {
        let document = try parse("> quote\n>\n> - item\n>   more\n")
        let quote = try #require(document.blocks.first)
        #expect(position(quote.range.start) == "1:1")
        let paragraph = quote.children[0]
        #expect(position(paragraph.range.start) == "1:3")
        let list = quote.children[1]
        #expect(position(list.range.start) == "3:3")
        let itemParagraph = list.children[0].children[0]
        #expect(position(itemParagraph.range.start) == "3:5")
        #expect(position(itemParagraph.range.end) == "4:8")
    }

    // MARK: - Table cells

    func cellPositions(_ table: Table) -> [[String]] {
        [table.header.map { position($0.location) }] + table.rows.map { $0.map { position($0.location) } }
    }

    @Test func everyCellKnowsItsLineAndColumn() throws {
        let table = try onlyTable("| a | bb |\n|---|:--:|\n| 1 |  22  |\nx|y\n")
        #expect(cellPositions(table) == [["1:3", "1:7"], ["3:3", "3:8"], ["4:1", "4:3"]])
    }

    @Test func cellsAfterEscapedPipesCountTheBackslash() throws {
        let table = try onlyTable("a \\| b | c\n--|--\n`x\\|y` | z\n")
        #expect(table.header.map(\.source) == ["a | b", "c"])
        #expect(cellPositions(table) == [["1:1", "1:10"], ["3:1", "3:10"]])
    }

    @Test func cellsInBlockQuotesAndListItems() throws {
        let quoted = try onlyTable("> intro\n> | a | b |\n> |---|---|\n>  | c | d |\n")
        #expect(cellPositions(quoted) == [["2:5", "2:9"], ["4:6", "4:10"]])
        let listed = try onlyTable("- item\n\n  | a |\n  |---|\n  | b |\n")
        #expect(cellPositions(listed) == [["3:5"], ["5:5"]])
        let nested = try onlyTable("> 1. | a |\n>    |---|\n>    | b |\n")
        #expect(cellPositions(nested) == [["1:8"], ["3:8"]])
    }

    @Test func multibyteTextCountsBytes() throws {
        let table = try onlyTable("| 模型 | é |\n|---|---|\n")
        #expect(cellPositions(table) == [["1:3", "1:12"]])
    }

    @Test func emptyCellsSitWhereTheirTextWouldBe() throws {
        let table = try onlyTable("| a | | c |\n|---|---|---|\n")
        #expect(table.header.map { position($0.location) } == ["1:3", "1:7", "1:9"])
    }

    @Test func paddedCellsSitAtTheEndOfTheirRow() throws {
        let table = try onlyTable("| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 |  \n")
        #expect(table.rows[0].map(\.isPadding) == [false, true, true])
        #expect(table.rows[0].dropFirst().map { position($0.location) } == ["3:6", "3:6"])
        #expect(position(table.rows[1][2].location) == "4:10")
    }

    @Test func aTableRangeSpansItsLines() throws {
        let document = try parse("text\n| a | b |\n|---|---|\n| 1 |\n")
        let table = try #require(document.blocks.last)
        #expect(position(table.range.start) == "2:3")
        #expect(table.range.end.line == 4)
    }

    @Test func inlinesInACellShareTheCellsLocation() throws {
        let table = try onlyTable("| a | *b* `c` |\n|---|---|\n")
        #expect(table.header[1].inlines.map { position($0.range.start) } == ["1:7", "1:7", "1:7"])
    }

    // MARK: - Text around tables

    @Test func textAfterATableInTheSameParagraphKeepsItsPositions() throws {
        let document = try parse("before\n| a |\n|---|\n| b |\n    code\nafter *em*\n")
        // cmark starts an indented code block after its indentation.
        #expect(document.blocks.map { position($0.range.start) } == ["1:1", "2:3", "5:5", "6:1"])
        let emphasis = try #require(document.blocks[3].inlines.last)
        #expect(position(emphasis.range.start) == "6:7")
    }

    @Test func textAfterATableInABlockQuoteKeepsItsColumns() throws {
        let document = try parse("> | a |\n> |---|\n>     code\n> after\n")
        let quote = try #require(document.blocks.first)
        #expect(quote.children.map { position($0.range.start) } == ["1:5", "3:7", "4:3"])
    }
}
