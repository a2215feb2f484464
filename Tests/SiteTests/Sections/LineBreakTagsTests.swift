import Markdown
import Testing

@testable import Site

/// `LineBreakTags`: a `<br>` written in a table cell or a paragraph shows as a line break on
/// section pages; every other raw tag stays omitted, as cmark's safe mode writes it.
struct LineBreakTagsTests {
    private static func table(_ markdown: String) throws -> (Table, String) {
        let document = try MarkdownParser.parse(markdown, path: "t.md")
        guard case .table(let table) = try #require(document.blocks.first).kind else {
            Issue.record("no table")
            throw CancellationError()
        }
        return (table, document.blockHTML[0])
    }

    @Test func aCellsBreaksAreShownAndItsOtherTagsStayOmitted() throws {
        let (table, html) = try Self.table(
            """
            | Model | Librispeech<br>clean \\| other | Note |
            |---|---|---|
            | Beta<BR/>-ASR-2B | 2.11 \\| 4.55 | <span>x</span> y<br />z |
            | Gamma | <img src=x> 1.0 | |
            """)
        #expect(html.contains("<!-- raw HTML omitted -->"))
        let shown = LineBreakTags.restoring(html, table: table)
        #expect(shown.contains("<th>Librispeech<br>clean | other</th>"))
        #expect(shown.contains("<td>Beta<br>-ASR-2B</td>"))
        // The span's two tags stay omitted; the third raw tag of the cell is the break.
        #expect(shown.contains("<td><!-- raw HTML omitted -->x<!-- raw HTML omitted --> y<br>z</td>"))
        #expect(shown.contains("<td><!-- raw HTML omitted --> 1.0</td>"))
        #expect(!shown.contains("<img"))
    }

    @Test func aParagraphsBreaksAreShown() throws {
        let document = try MarkdownParser.parse("One<br>two <a href=\"x\">three</a>\n", path: "t.md")
        guard case .paragraph(let inlines) = try #require(document.blocks.first).kind else {
            Issue.record("no paragraph")
            return
        }
        #expect(
            LineBreakTags.restoring(document.blockHTML[0], inlines: inlines)
                == "<p>One<br>two <!-- raw HTML omitted -->three<!-- raw HTML omitted --></p>\n")
    }

    @Test func htmlWithoutBreaksIsLeftAsItIs() throws {
        let (table, html) = try Self.table("| a | b |\n|---|---|\n| <b>1</b> | 2 |\n")
        #expect(LineBreakTags.restoring(html, table: table) == html)
        #expect(["<br>", "<BR/>", "<br />"].allSatisfy(LineBreakTags.isBreak))
        #expect(!["<br class=\"x\">", "<b>", "<bring>"].contains(where: LineBreakTags.isBreak))
    }
}
