import Testing

@testable import Markdown

/// `FencedTables.reading`: lm-evaluation-harness tables pasted between ``` fences become tables
/// whose cells point at their text in the file; any other code stays code.
struct FencedTablesTests {
    static func read(_ markdown: String) throws -> Document { FencedTables.reading(try parse(markdown)) }

    @Test func aFencedPipeTableIsATableAtItsPlace() throws {
        let document = try Self.read(
            """
            ## TruthfulQA

              ```
              |    Task     |Version|Metric|Value |   |Stderr|
              |-------------|------:|------|-----:|---|-----:|
              |truthfulqa_mc|      1|mc1   |0.4100|±  |0.0172|
              ```
            """)
        guard case .table(let table) = document.blocks[1].kind else {
            Issue.record("no table: \(document.blocks[1].kind)")
            return
        }
        #expect(table.header.map(\.text) == ["Task", "Version", "Metric", "Value", "", "Stderr"])
        let value = table.rows[0][3]
        #expect(value.text == "0.4100")
        // Line 6 of the file, where `0.4100` is written (the fence is indented two spaces).
        #expect((value.location.line, value.location.column) == (6, 33))
        #expect(document.blockHTML[1].contains("<table>"))
    }

    @Test(arguments: [
        "```swift\n| a | b |\n|---|---|\n| 1 | 2 |\n```\n", "```\n| a | b |\n| 1 | 2 |\n```\n",
        "```\n| a | b |\n|---|---|\n| 1 | 2 |\n\nmore text\n```\n", "```\nprint(1)\n```\n",
    ])
    func otherCodeStaysCode(_ markdown: String) throws {
        let document = try Self.read(markdown)
        guard case .codeBlock = document.blocks.first?.kind else {
            Issue.record("not code: \(String(describing: document.blocks.first?.kind))")
            return
        }
    }
}
