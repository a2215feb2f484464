import Foundation
import Testing

@testable import Markdown

@Suite("Markdown parser")
struct MarkdownParserTests {
    // MARK: - Setext headings (cmark 0.30.2 ends them one line late)

    @Test func setextHeadingFollowedByTextIsNotATable() throws {
        let document = try parse("abc\n---\ndef\n")
        #expect(tables(in: document.blocks).isEmpty)
        #expect(
            document.blocks.map(\.kind) == [
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

    @Test(
        "a table without data rows ends its item with a blank line, as in cmark-gfm",
        arguments: [
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

    @Test func listStylesComeFromCmark() throws {
        #expect(try listStyle("- a\n- b\n") == ListStyle(marker: .bullet, isTight: true))
        #expect(try listStyle("- a\n\n- b\n") == ListStyle(marker: .bullet, isTight: false))
        #expect(try listStyle("3. a\n4. b\n") == ListStyle(marker: .ordered(start: 3), isTight: true))
        #expect(try listStyle("1) a\n\n   b\n") == ListStyle(marker: .ordered(start: 1), isTight: false))
    }

    @Test func aTableInAnItemKeepsTheListTight() throws {
        let document = try parse("- a\n- | b |\n  |---|\n  | c |\n- d\n")
        guard case .list(let style, let items)? = document.blocks.first?.kind else {
            Issue.record("not a list")
            return
        }
        #expect(style.isTight)
        #expect(items.count == 3)
        guard case .table? = items[1].children.first?.kind else {
            Issue.record("no table in the second item")
            return
        }
        #expect(document.html.contains("<li>d</li>"))
    }

    // MARK: - Blocks and inlines

    @Test func blockKindsCarryTheirContent() throws {
        let document = try parse("## Two\n\n```swift\nlet x = 1\n```\n\n<div>raw</div>\n\n***\n\n> q\n")
        #expect(document.blocks.count == 5)
        #expect(document.blocks[0].kind == .heading(level: 2, document.blocks[0].inlines))
        #expect(document.blocks[1].kind == .codeBlock(info: "swift", code: "let x = 1\n"))
        #expect(document.blocks[2].kind == .html("<div>raw</div>\n"))
        #expect(document.blocks[3].kind == .thematicBreak)
        #expect(document.blocks[4].children.first?.inlines.plainText == "q")
        #expect(document.html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func linksAndImagesKeepTheirTargets() throws {
        let inlines = try #require(try parse("[a *b*](/u \"T\") ![i](/p.png)\n").blocks.first?.inlines)
        #expect(
            inlines.first.map {
                if case .link(let destination, let title, _) = $0.kind { "\(destination)|\(title)" } else { "" }
            } == "/u|T")
        #expect(inlines.last.map { if case .image(let source, _, _) = $0.kind { source } else { "" } } == "/p.png")
    }

    @Test(
        "plain text drops markup and turns breaks into spaces",
        arguments: [
            ("*a* **b** `c`", "a b c"),
            ("[link *text*](/u) ![alt](/i)", "link text alt"),
            ("one\ntwo  \nthree", "one two three"),
            ("x <b>y</b> &amp; z\\*", "x y & z*"),
        ])
    func plainText(markdown: String, text: String) throws {
        #expect(try parse(markdown).blocks.first?.inlines.plainText == text)
    }

    @Test func cellTextIsPlainText() throws {
        let table = try onlyTable("| **Agentic Tool Use** | [DeepSeek-V3](/m) `671B` |\n|---|---|\n")
        #expect(table.header.map(\.text) == ["Agentic Tool Use", "DeepSeek-V3 671B"])
        #expect(table.header.map(\.source) == ["**Agentic Tool Use**", "[DeepSeek-V3](/m) `671B`"])
    }

    @Test func unsafeLinksAreDroppedInCellsAndOutside() throws {
        let html = try parse("[x](javascript:alert(1))\n\n| [y](vbscript:z) | ![i](file:///etc/passwd) |\n|---|---|\n")
            .html
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("vbscript:"))
        #expect(!html.contains("file:"))
        #expect(html.contains("<a href=\"\">y</a>"))
    }

    @Test func diagnosticsAreInSourceOrder() throws {
        let bytes = Array("| a | b |\n|---|---|\n\n".utf8) + [0xFF] + Array("\n".utf8)
        let document = try MarkdownParser.parse(bytes, path: "t.md", limits: ParseLimits(maxTableColumns: 1))
        #expect(document.diagnostics.map(\.location.line) == [2, 4])
    }

    // MARK: - HTML against cmark

    @Test(
        "outside tables the HTML is cmark's", .enabled(if: hasCmarkCommand || oraclesRequired),
        arguments: [
            "# Title\n\nA paragraph with *emphasis*, `code` and a [link](http://example.com).\n",
            "> quote\n> - a\n> - b\n>\n>     code\n",
            "1. one\n2. two\n\n   still two\n\n- x\n- y\n",
            "Setext\n======\n\nline  \nbreak\\\nagain\n",
            "<script>alert(1)</script>\n\n<b>bold</b> [x](javascript:y)\n",
            "[ref]\n\n[ref]: /target \"Title\"\n",
            "a | b\nnot a table\n\n---\n\n```\n| x |\n|---|\n```\n",
            "\u{FEFF}BOM and\r\nCRLF\r\n",
        ])
    func htmlOutsideTablesIsCmarks(markdown: String) throws {
        try requireOracle(hasCmarkCommand, cmarkCommand)
        let document = try parse(markdown)
        #expect(document.html == (try cmarkHTML(Array(markdown.utf8))))
    }

    /// The seed with its tables' lines blanked: what is left must render as cmark renders it.
    @Test(.enabled(if: hasCmarkCommand || oraclesRequired))
    func seedBlocksOutsideTablesMatchCmark() throws {
        try requireOracle(hasCmarkCommand, cmarkCommand)
        let bytes = try [UInt8](Data(contentsOf: seedURL))
        let document = try MarkdownParser.parse(bytes, path: "seed.md")
        #expect(document.diagnostics.isEmpty)
        let tableBlocks = document.blocks.indices.filter {
            if case .table = document.blocks[$0].kind { true } else { false }
        }
        #expect(tableBlocks.count >= 10)

        var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        for index in tableBlocks {
            let range = document.blocks[index].range
            for line in range.start.line...range.end.line { lines[line - 1] = "" }
        }
        let others = document.blocks.indices.filter { !tableBlocks.contains($0) }.map { document.blockHTML[$0] }
            .joined()
        #expect(others == (try cmarkHTML(Array(lines.joined(separator: "\n").utf8))))
    }

    /// The whole seed against cmark-gfm, when Python and cmarkgfm are at hand.
    @Test(.enabled(if: hasCmarkGFM || oraclesRequired))
    func seedMatchesCmarkGFM() throws {
        try requireOracle(hasCmarkGFM, "python3 with cmarkgfm")
        let bytes = try [UInt8](Data(contentsOf: seedURL))
        let document = try MarkdownParser.parse(bytes, path: "seed.md")
        let script =
            "import sys, cmarkgfm; sys.stdout.write(cmarkgfm.markdown_to_html_with_extensions(sys.stdin.read(), extensions=['table']))"
        let expected = try run("/usr/bin/env", ["python3", "-c", script], input: bytes)
        #expect(normalizedHTML(document.html) == normalizedHTML(expected))
    }

    @Test func blockHTMLJoinedIsTheDocumentHTML() throws {
        let bytes = try [UInt8](Data(contentsOf: seedURL))
        let document = try MarkdownParser.parse(bytes, path: "seed.md")
        #expect(document.blockHTML.count == document.blocks.count)
        #expect(document.blockHTML.joined() == document.html)
        #expect(document.blockHTML.allSatisfy { !$0.isEmpty })
    }
}
