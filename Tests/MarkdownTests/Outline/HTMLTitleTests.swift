import Markdown
import Testing

/// Cards that give their title in HTML rather than as a `#` heading.
struct HTMLTitleTests {
    @Test(arguments: [
        ("<div align=\"center\">\n<h1>Orchard-7B</h1>\n</div>", "Orchard-7B"),
        ("<h1 align=\"center\">Orchard&nbsp;7B <sup>v2</sup></h1>", "Orchard 7B v2"),
        ("<H1>\n  Orchard\n  Chat\n</H1>", "Orchard Chat"),
        ("<p align=\"center\"><img src=\"logo.png\"></p>", nil),
        ("<h1></h1>", nil),
        ("<h2>Orchard-7B</h2>", nil),
    ])
    func theFirstH1GivesTheTitle(_ html: String, _ title: String?) {
        #expect(HTMLTitle.first(in: html) == title)
    }

    @Test func onlyHTMLBeforeTheFirstHeadingTitlesTheDocument() throws {
        let card = try MarkdownParser.parse("<div><h1>Orchard-7B</h1></div>\n\nText.\n\n## Results\n", path: "a.md")
        #expect(card.htmlTitle == "Orchard-7B")
        let later = try MarkdownParser.parse("## Results\n\n<h1>Not the title</h1>\n", path: "a.md")
        #expect(later.htmlTitle == nil)
    }

    /// Baichuan2's README: its `<h1>` over `# 介绍` (introduction) is the title; a card whose
    /// first `#` heading names a section (`# Model Information`) takes its next one; a `#`
    /// heading that is a title wins over an `<h1>`.
    @Test(arguments: [
        ("<div align=\"center\"><h1>Baichuan2</h1></div>\n\n# 介绍\n\nText.\n", "Baichuan2"),
        ("# Model Information\n\nText.\n\n# Orchard-7B\n\n## Results\n", "Orchard-7B"),
        ("# **Model Details**\n\nText.\n", "Model Details"),
        ("# Orchard-7B\n\n# Introduction\n", "Orchard-7B"),
        ("<h1>HTML</h1>\n\n# Orchard-7B\n", "Orchard-7B"),
    ])
    func theTitleIsTheH1OrTheFirstHeadingThatIsNoSectionName(_ markdown: String, _ title: String) throws {
        let document = try MarkdownParser.parse(markdown, path: "a.md")
        #expect(document.title(of: Outline(document).headings)?.text == title)
    }
}
