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
}
