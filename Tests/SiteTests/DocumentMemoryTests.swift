import Markdown
import Testing

@testable import Site

/// A long-running process walks only the documents that changed; the parts it keeps are the
/// ones a fresh walk would make.
struct DocumentMemoryTests {
    static func parse(_ text: String, _ path: String) throws -> Document {
        try MarkdownParser.parse(text, path: path)
    }

    static let alpha = "# Alpha\n\n## Results\n\nSee [below](#notes).\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"
    static let beta = "# Beta\n\n## Scores\n\nText.\n"

    @Test func unchangedDocumentsKeepTheirPartsAndChangedOnesAreMadeAgain() throws {
        let memory = DocumentMemory()
        let alpha = try Self.parse(Self.alpha, "Content/alpha.md")
        let beta = try Self.parse(Self.beta, "Content/beta.md")
        let first = memory.parts(of: [alpha, beta])
        #expect(memory.lastMadeCount == 2)
        #expect(first.map(\.linkFindings.count) == [1, 0], "#notes names no heading of alpha.md yet")

        // The link's heading appears: alpha's outline, findings and digests are made again; beta's kept.
        let fixed = try Self.parse(Self.alpha + "\n## Notes\n\nText.\n", "Content/alpha.md")
        let second = memory.parts(of: [fixed, beta])
        #expect(memory.lastMadeCount == 1)
        #expect(second == [DocumentRenderParts(fixed, digests: true), DocumentRenderParts(beta, digests: true)])
        #expect(second[0].linkFindings.isEmpty)
        #expect(second[0].blockDigests?.prefix(4) == first[0].blockDigests?.prefix(4), "the blocks before the edit")
        #expect(second[0].blockDigests != first[0].blockDigests)

        // A document that moves to another path is another document.
        let moved = try Self.parse(Self.beta, "Content/gamma.md")
        _ = memory.parts(of: [fixed, moved])
        #expect(memory.lastMadeCount == 1)
        _ = memory.parts(of: [fixed, moved])
        #expect(memory.lastMadeCount == 0)
    }

    /// The render keys of a section page follow its blocks through the digests: an edit inside
    /// the section changes its key, an edit in another section does not.
    @Test func aSectionKeyFollowsOnlyItsOwnBlocks() throws {
        let text = "# Doc\n\n## One\n\nFirst 1.\n\n## Two\n\nSecond 2.\n"
        func keys(_ text: String) throws -> [Int] {
            let document = try Self.parse(text, "Content/doc.md")
            let outline = SiteOutline(documents: [document])
            let parts = DocumentRenderParts(document, digests: true)
            let keys = RenderKeys.Unfinished(
                theme: 0, settings: "en", outline: outline, blockDigests: [parts.blockDigests ?? []]
            ).finished(names: nil, scoreDigests: [])
            let sections = outline.documents[0].sections
            return sections.indices.map { keys.section(sections[$0], in: outline.documents[0], position: $0) }
        }
        let before = try keys(text)
        let secondEdited = try keys(text.replacingOccurrences(of: "Second 2.", with: "Second 3."))
        #expect(before[0] == secondEdited[0])
        #expect(before[1] != secondEdited[1])
    }
}
