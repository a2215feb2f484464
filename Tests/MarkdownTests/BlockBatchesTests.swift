import Testing

@testable import Markdown

@Suite("Block batches")
struct BlockBatchesTests {
    /// The HTML of `markdown` rendered in batches on every core.
    func batched(_ markdown: String, batchSize: Int, windowSize: Int) throws -> String {
        let session = try ParseSession(Array(markdown.utf8), path: "t.md", limits: ParseLimits(), wantsValues: false)
        defer { session.close() }
        var html: [UInt8] = []
        BlockBatches(batchSize: batchSize, windowSize: windowSize).render(session) { html += $0 }
        return String(decoding: html, as: UTF8.self)
    }

    @Test func everyTableCaseRendersAsInOnePass() throws {
        for fixture in TableCase.all {
            let expected = try MarkdownParser.parse(fixture.markdown, path: "t.md").html
            #expect(try batched(fixture.markdown, batchSize: 1, windowSize: 2) == expected, "\(fixture.name)")
        }
    }

    /// All cases in one document: many top-level blocks (tables, lists holding tables, code,
    /// links whose URLs are dropped), in windows that end mid-document and a last one part full.
    @Test func aLongDocumentKeepsItsOrderAcrossWindows() throws {
        let markdown =
            "[a](vbscript:alert(1)) [b](https://ok.example)\n\n"
            + TableCase.all.map(\.markdown).joined(separator: "\n\n")
        let expected = try MarkdownParser.parse(markdown, path: "t.md").html
        #expect(TableCase.all.count > 100)
        for (batchSize, windowSize) in [(1, 2), (3, 2), (7, 3), (64, 8)] {
            let html = try batched(markdown, batchSize: batchSize, windowSize: windowSize)
            #expect(html == expected, "batches of \(batchSize), windows of \(windowSize)")
        }
        #expect(!expected.contains("vbscript:") && expected.contains("https://ok.example"))
    }
}
