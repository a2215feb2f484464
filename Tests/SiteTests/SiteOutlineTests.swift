import Markdown
import Testing

@testable import Site

struct SiteOutlineTests {
    static let text = """
        # Models
        Intro paragraph.
        ## Alpha[[1]](https://example.com)
        Alpha text.
        ### Alpha details
        | a | b |
        |---|---|
        | 1 | 2 |
        ## Beta
        # Appendix
        Appendix text.
        ## Alpha
        Last.
        """

    @Test func splitsAtSecondAndFirstLevelHeadings() throws {
        let document = try MarkdownParser.parse(Self.text, path: "Content/models.md")
        let outline = SiteOutline(documents: [document])
        #expect(outline.title == "Models")
        let sections = outline.sections
        #expect(sections.map(\.title) == ["Alpha", "Beta", "Alpha"])
        #expect(sections.map(\.slug) == ["alpha", "beta", "alpha-2"])
        // Alpha: heading, paragraph, ### heading, table; Beta ends at `# Appendix`.
        #expect(sections.map(\.blockRange) == [2..<6, 6..<7, 9..<11])
        #expect(sections[0].location.line == 3)
    }

    @Test func blocksOutsideSectionsBecomeTheIntroExceptTheTitle() throws {
        let document = try MarkdownParser.parse(Self.text, path: "Content/models.md")
        let outline = SiteOutline(documents: [document]).documents[0]
        // "Intro paragraph.", "# Appendix", "Appendix text."
        #expect(outline.introBlockIndices == [1, 7, 8])
    }

    @Test func tableStaysInItsSection() throws {
        let document = try MarkdownParser.parse(Self.text, path: "Content/models.md")
        let alpha = SiteOutline(documents: [document]).sections[0]
        let kinds = alpha.blockRange.map { document.blocks[$0].kind }
        #expect(kinds.contains { if case .table = $0 { true } else { false } })
    }

    @Test func slugsAreUniqueAcrossDocumentsAndTitlesFallBackToFileNames() throws {
        let first = try MarkdownParser.parse("## Overview\n## Performance\n", path: "Content/a-notes.md")
        let second = try MarkdownParser.parse("# Second\n## Performance\n", path: "Content/b.md")
        let outline = SiteOutline(documents: [first, second])
        #expect(outline.title == "Second")
        #expect(outline.documents.map(\.title) == ["a-notes", "Second"])
        #expect(outline.sections.map(\.slug) == ["overview", "performance", "performance-2"])
    }

    /// A model card's `<div align="center"><h1>…</h1></div>` is its title; a `#` heading wins.
    @Test func anHTMLTitleStandsInForTheHashHeading() throws {
        let card = try MarkdownParser.parse(
            "<div align=\"center\">\n<h1>Orchard-7B</h1>\n</div>\n\n## Results\n", path: "Content/README.md")
        let outline = SiteOutline(documents: [card])
        #expect(outline.title == "Orchard-7B")
        #expect(outline.documents.map(\.title) == ["Orchard-7B"])
        let both = try MarkdownParser.parse("<h1>HTML</h1>\n\n# Markdown\n\n## Results\n", path: "b.md")
        #expect(SiteOutline(documents: [both]).title == "Markdown")
    }

    @Test func documentWithoutHeadingsHasNoSections() throws {
        let document = try MarkdownParser.parse("Just text.\n", path: "notes.md")
        let outline = SiteOutline(documents: [document])
        #expect(outline.title == "Atlas")
        #expect(outline.sections.isEmpty)
        #expect(outline.documents[0].introBlockIndices == [0])
    }
}
