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

    /// A Hugging Face card's `model-index` names the model the card is about.
    @Test func theModelIndexNamesTheCardsModel() {
        func name(_ text: String) -> String? { FrontMatter.modelName(Array(text.utf8)) }
        let card = """
            ---
            license: apache-2.0
            model-index:
            - name: TinyLlama-1.1B-intermediate-step-1431k-3T
              results:
              - task:
                  name: Text Generation
            ---
            # TinyLlama
            """
        #expect(name(card) == "TinyLlama-1.1B-intermediate-step-1431k-3T")
        #expect(name("---\r\nmodel-index:\r\n  - name: 'acme/Orchard-7B'\r\n---\r\n") == "Orchard-7B")
        // A `name:` that is no entry of the index (a later key's, a task's) is none.
        #expect(name("---\nmodel-index:\nlicense: mit\nname: Orchard\n---\n") == nil)
        #expect(name("---\nmodel-index:\nwidgets:\n- name: Try it\n---\n") == nil)
        #expect(name("---\nlicense: mit\n---\n") == nil)
        #expect(name("model-index:\n- name: Orchard\n") == nil)  // no front matter
    }
}
