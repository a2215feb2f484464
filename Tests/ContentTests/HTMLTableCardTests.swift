import Catalog
import Markdown
import TestSupport
import Testing

@testable import Content

/// A card whose results are an HTML table (as Meta's Llama 3.1 card writes them: `<td>` cells,
/// a `Category` column spanning rows, bold header text) is read like its pipe-table twin, each
/// score pointing at its `<td>`.
struct HTMLTableCardTests {
    static let card = """
        # Llama 3.1

        ## Benchmark scores

        ### Instruction tuned models

        <table>
          <tr>
           <td><strong>Category</strong>
           </td>
           <td><strong>Benchmark</strong>
           </td>
           <td><strong># Shots</strong>
           </td>
           <td><strong>Llama 3.1 8B Instruct</strong>
           </td>
           <td><strong>Llama 3.1 70B Instruct</strong>
           </td>
          </tr>
          <tr>
           <td rowspan="2" >General
           </td>
           <td>MMLU
           </td>
           <td>5
           </td>
           <td>69.4
           </td>
           <td>83.6
           </td>
          </tr>
          <tr>
           <td>IFEval
           </td>
           <td>
           </td>
           <td>80.4
           </td>
           <td>87.5
           </td>
          </tr>
        </table>

        """

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
        let (html, notes) = try Self.catalog(Self.card)
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
        let (catalog, diagnostics) = try Self.catalog(
            """
            # Kimi K2

            ## Evaluation Results

            <div align="center">
            <table>
            <thead>
            <tr>
            <th align="center">Benchmark</th>
            <th align="center">Metric</th>
            <th align="center"><sup>Kimi K2 Instruct</sup></th>
            <th align="center"><sup>DeepSeek-V3-0324</sup></th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td align="center" colspan=4><strong>Coding Tasks</strong></td>
            </tr>
            <tr>
            <td align="center">LiveCodeBench v6<br><sup>(Aug 24 - May 25)</sup></td>
            <td align="center">Pass@1</td>
            <td align="center"><strong>53.7</strong></td>
            <td align="center">46.9<sup>*</sup></td>
            </tr>
            </tbody>
            </table>
            </div>
            """)
        #expect(catalog.models.map(\.name) == ["DeepSeek-V3-0324", "Kimi K2 Instruct"])
        #expect(catalog.benchmarks.map(\.name) == ["LiveCodeBench v6"])
        let scores = catalog.scores.map { score -> String in
            let value = score.value.map { String($0) } ?? "-"
            return "\(score.model) \(score.raw) \(value) \(score.group ?? "")"
        }
        #expect(scores == ["deepseek-v3-0324 46.9* 46.9 Coding Tasks", "kimi-k2-instruct 53.7 53.7 Coding Tasks"])
        #expect(!diagnostics.contains { $0.severity != .note })
    }
}
