import Foundation
import Testing
@testable import Markdown

@Suite("Source locations")
struct SourceLocationTests {
    /// `line:column` of a location, for compact expectations.
    func position(_ location: Markdown.SourceLocation) -> String { "\(location.line):\(location.column)" }

    // MARK: - Headings

    @Test("a setext heading ends on its underline", arguments: [
        ("abc\n---\ndef\n", "1:1", "2:3"),
        ("abc\n===\n\ndef\n", "1:1", "2:3"),
        ("abc\n---", "1:1", "2:3"),
        ("> abc\n> ---\n> x\n", "1:3", "2:5"),
        ("- abc\n  ---  \n  x\n", "1:3", "2:7"),
    ])
    func setextHeadingRange(markdown: String, start: String, end: String) throws {
        let document = try parse(markdown)
        let heading = try #require(firstHeading(in: document.blocks))
        #expect(position(heading.range.start) == start)
        #expect(position(heading.range.end) == end)
    }

    func firstHeading(in blocks: [Block]) -> Block? {
        for block in blocks {
            if case .heading = block.kind { return block }
            if let found = firstHeading(in: block.children) { return found }
        }
        return nil
    }
}
