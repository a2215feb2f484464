import Markdown
import Testing

@testable import Catalog

/// Two lists of models side by side in one table (Chinese-LLaMA-Alpaca-2's `| LLaMA Models | Test
/// | Alpaca Models | Test |`): each half's scores are its own models', traced to their cells.
@Suite struct SideBySideTablesTests {
    @Test func eachHalfScoresItsOwnModels() throws {
        let catalog = try enrich(
            """
            ## Results

            | Model | MMLU | Model | MMLU |
            | --- | --- | --- | --- |
            | Llama-2-13B | 55.0 | Qwen-14B | 66.3 |
            | Llama-2-7B | 45.3 | Qwen-7B | 58.2 |
            """
        ).catalog
        #expect(catalog.scores(of: "Llama-2-13B", on: "MMLU").map(\.value) == [55.0])
        let qwen = try #require(catalog.scores(of: "Qwen-14B", on: "MMLU").first)
        #expect(qwen.value == 66.3)
        // The cell as written: row 0, column 3 (the link to it lands on `66.3`).
        #expect((qwen.source.row, qwen.source.tableColumn) == (0, 3))
        #expect(qwen.source.location.column == 35)
        #expect(catalog.scores(of: "Qwen-7B", on: "MMLU").map(\.value) == [58.2])
    }

    /// Halves headed differently, or a right half of scores, are one table as before.
    @Test func onlyHalvesHeadedAlikeAreStacked() throws {
        func table(_ header: String, _ row: String) throws -> Table {
            let parsed = try MarkdownParser.parse("\(header)\n|---|---|---|---|\n\(row)\n", path: "t.md")
            guard case .table(let written) = parsed.blocks.first?.kind else { throw Unparsed() }
            return written
        }
        #expect(try table("| Model | MMLU | Model | GSM8K |", "| A-7B | 1 | B-7B | 2 |").stackingSideBySide() == nil)
        #expect(try table("| Model | MMLU | GSM8K | MMLU |", "| A-7B | 1 | 3 | 2 |").stackingSideBySide() == nil)
        let stacked = try #require(
            try table("| LLaMA Models | C-Eval | Alpaca Models | C-Eval |", "| A-7B | 1 | B-7B | 2 |")
                .stackingSideBySide())
        #expect(stacked.table.rows.map { $0.map(\.text) } == [["A-7B", "1"], ["B-7B", "2"]])
        #expect(stacked.origin == SideBySideOrigin(firstRightRow: 1, shift: 2))
    }

    struct Unparsed: Error {}
}
