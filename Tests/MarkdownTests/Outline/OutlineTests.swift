import Markdown
import Testing

struct OutlineTests {
    @Test func readsHeadingsAtEveryLevelWithTitlesAndIds() throws {
        let document = try MarkdownParser.parse(
            """
            # Card
            ## Results[[1]](https://example.com/)
            #### Deep *details*
            > ## Results
            ## Results
            """, path: "Content/card.md")
        let outline = Outline(document)
        #expect(outline.headings.map(\.level) == [1, 2, 4, 2, 2])
        #expect(outline.headings.map(\.title) == ["Card", "Results", "Deep details", "Results", "Results"])
        // GitHub ids count the citation's text and number repeats across nested headings too.
        #expect(outline.headings.map(\.id) == ["card", "results1", "deep-details", "results", "results-1"])
        #expect(outline.headings.map(\.isTopLevel) == [true, true, true, false, true])
        #expect(outline.idsByBlock[1] == ["results1"])
        #expect(outline.idsByBlock[3] == ["results"], "the quote holds its heading")
        #expect(outline.headings[2].location.line == 3)
    }

    /// Llama 4's card has stray empty `##` lines under its `###` headings: a table after one
    /// is still under the headings above it.
    @Test func anEmptyHeadingLeavesTheHeadingsOverATable() throws {
        let document = try MarkdownParser.parse(
            """
            ## Benchmarks
            ### Pre-trained models
            ##

            | Benchmark | Llama 4 Scout |
            |---|---|
            | MMLU | 79.6 |
            """, path: "Content/card.md")
        let outline = Outline(document)
        #expect(outline.headings.map(\.title) == ["Benchmarks", "Pre-trained models", ""])
        #expect(outline.tables.first?.headingPath.map(\.title) == ["Benchmarks", "Pre-trained models"])
    }
}
