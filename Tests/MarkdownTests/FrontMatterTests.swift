import Testing

@testable import Markdown

/// `FrontMatter.blanked`: Hugging Face cards' YAML header is no text, and every line after it
/// keeps its number.
@Suite struct FrontMatterTests {
    func blanked(_ text: String) -> String { String(decoding: FrontMatter.blanked(Array(text.utf8)), as: UTF8.self) }

    @Test func yamlBetweenFencesIsBlankedKeepingItsLines() throws {
        let card = "---\nlicense: apache-2.0\nlanguage:\n- en\n---\n# Orchard-7B\n"
        #expect(blanked(card) == "\n\n\n\n\n# Orchard-7B\n")
        let document = try MarkdownParser.parse(FrontMatter.blanked(Array(card.utf8)), path: "card.md")
        #expect(document.html == "<h1>Orchard-7B</h1>\n")
        #expect(document.blocks.first?.range.start.line == 6)
    }

    @Test func windowsLineEndingsAndADotsCloseAndAnEmptyHeader() {
        #expect(blanked("---\r\ntags: [a]\r\n...\r\nText\r\n") == "\r\n\r\n\r\nText\r\n")
        #expect(blanked("---  \nlicense: mit\n---\t\nText") == "\n\n\nText")
        #expect(blanked("---\n---\nText\n") == "\n\nText\n")
    }

    /// A document may open with a thematic break: text after it (a setext heading's, a
    /// paragraph's), or a header never closed, is left to cmark.
    @Test(arguments: [
        "---\nSome text\n---\nMore\n", "---\nlicense: mit\nno closing line\n", "Text\n---\nkey: value\n---\n",
        " ---\nlicense: mit\n---\n", "--- x\nlicense: mit\n---\n", "",
    ])
    func anythingElseIsLeftAsItIs(text: String) {
        #expect(blanked(text) == text)
    }
}
