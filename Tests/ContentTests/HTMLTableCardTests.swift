import Catalog
import Foundation
import Markdown
import TestSupport
import Testing

@testable import Content

/// A card whose results are an HTML table (as Meta's Llama 3.1 card writes them: `<td>` cells,
/// a `Category` column spanning rows, bold header text) is read like its pipe-table twin, each
/// score pointing at its `<td>`.
struct HTMLTableCardTests {
    /// The cards, in Fixtures/ (the fuzz target is seeded with them too).
    static func fixture(_ name: String) throws -> String {
        try String(contentsOfFile: fixtures + "/" + name, encoding: .utf8)
    }
    static let fixtures = String(#filePath.dropLast("HTMLTableCardTests.swift".count)) + "Fixtures"

    static let twin = """
        # Llama 3.1

        ## Benchmark scores

        ### Instruction tuned models

        | **Category** | **Benchmark** | **# Shots** | **Llama 3.1 8B Instruct** | **Llama 3.1 70B Instruct** |
        |---|---|---|---|---|
        | General | MMLU | 5 | 69.4 | 83.6 |
        | General | IFEval |  | 80.4 | 87.5 |

        """

    static func catalog(_ markdown: String) throws -> (Catalog, [Diagnostic]) {
        let folder = try TemporaryFolder(files: ["Content/card.md": markdown])
        defer { folder.remove() }
        let loaded = ContentLoader.load(from: folder.path + "/Content", limits: ParseLimits())
        let enrichment = Enricher(config: loaded.config).enrich(loaded.documents)
        return (enrichment.catalog, enrichment.diagnostics)
    }

    @Test func anHTMLTableIsReadAsItsPipeTableTwinIs() throws {
        let (html, notes) = try Self.catalog(Self.fixture("llama-style-html-table.md"))
        let (pipe, _) = try Self.catalog(Self.twin)
        #expect(html.models.map(\.name) == pipe.models.map(\.name))
        #expect(html.models.map(\.name) == ["Llama 3.1 70B Instruct", "Llama 3.1 8B Instruct"])
        #expect(html.benchmarks.map(\.name) == pipe.benchmarks.map(\.name))
        let values = { (catalog: Catalog) in
            catalog.scores.map { "\($0.model) \($0.benchmark) \($0.setting) \($0.raw)" }
        }
        #expect(values(html) == values(pipe) && html.scores.count == 4)
        #expect(!notes.contains { $0.message.contains("HTML table") })
        // 83.6 is in the `<td>` at line 29, column 4 of the card.
        let score = try #require(html.scores.first { $0.raw == "83.6" })
        #expect(score.source.line == 29 && score.source.column == 4 && score.source.path.hasSuffix("card.md"))
    }

    /// Kimi K2's card: names in `<sup>`, a group's name across the table (`colspan`), a remark
    /// under a benchmark's name, footnote marks after values.
    @Test func aKimiStyleTableNamesItsModelsAndGroups() throws {
        let (catalog, diagnostics) = try Self.catalog(Self.fixture("kimi-style-html-table.md"))
        #expect(catalog.models.map(\.name) == ["DeepSeek-V3-0324", "Kimi K2 Instruct"])
        #expect(catalog.benchmarks.map(\.name) == ["LiveCodeBench v6"])
        let scores = catalog.scores.map { score -> String in
            let value = score.value.map { String($0) } ?? "-"
            return "\(score.model) \(score.raw) \(value) \(score.group ?? "")"
        }
        #expect(scores == ["deepseek-v3-0324 46.9* 46.9 Coding Tasks", "kimi-k2-instruct 53.7 53.7 Coding Tasks"])
        #expect(!diagnostics.contains { $0.severity != .note })
    }

    /// Qwen's code-interpreter tables: a caption, then `Model` beside a measure spanning the
    /// benchmarks it was taken on. Each score is the benchmark's, in that measure (the table
    /// was left out with a note).
    @Test func aQwenStyleMeasureOverBenchmarksGivesEachItsScores() throws {
        let (catalog, diagnostics) = try Self.catalog(
            """
            # Code Interpreter Benchmark

            <table>
                <tr><th colspan="3" align="center">In-house Code Interpreter Benchmark (Version 20231206)</th></tr>
                <tr><th rowspan="2" align="center">Model</th>
                    <th colspan="2" align="center">Accuracy of Code Execution Results (%)</th></tr>
                <tr><th align="center">Math↑</th><th align="center">Visualization-Hard↑</th></tr>
                <tr><td>GPT-4</td><td align="center">82.8</td><td align="center">66.7</td></tr>
                <tr><td>Qwen-72B-Chat</td><td align="center">72.7</td><td align="center">41.7</td></tr>
            </table>
            """)
        #expect(catalog.models.map(\.name) == ["GPT-4", "Qwen-72B-Chat"])
        #expect(catalog.benchmarks.map(\.name) == ["Math", "Visualization-Hard"])
        let scores = catalog.scores.map { "\($0.model) \($0.benchmark) \($0.setting.metric) \($0.raw)" }
        #expect(scores.contains("gpt-4 math Accuracy of Code Execution Results 82.8"))
        #expect(catalog.scores.count == 4)
        #expect(!diagnostics.contains { $0.message.contains("HTML table") })
    }
}
