import Catalog
import Foundation
import Markdown
import TestSupport
import Testing

@testable import Site

/// Section pages: one `<h1>`, an id on every table cell, sources that land on their cell.
struct SectionPageTests {
    @Test func cellIdsCountTablesRowsAndColumnsFromOne() {
        let html =
            "<table>\n<thead>\n<tr>\n<th>m</th>\n<th>x</th>\n</tr>\n</thead>\n<tbody>\n"
            + "<tr>\n<td>a</td>\n<td align=\"right\">1</td>\n</tr>\n<tr>\n<td>b &lt;td</td>\n<td></td>\n</tr>\n"
            + "</tbody>\n</table>\n"
        let anchored = TableCellAnchors.adding(table: 3, to: html)
        #expect(anchored.contains("<th>m</th>"))
        #expect(anchored.contains("<td id=\"t3-r1-c1\">a</td>"))
        #expect(anchored.contains("<td id=\"t3-r1-c2\" align=\"right\">1</td>"))
        #expect(anchored.contains("<td id=\"t3-r2-c1\">b &lt;td</td>"))
        #expect(anchored.contains("<td id=\"t3-r2-c2\"></td>"))
        #expect(TableCellAnchors.adding(table: 1, to: "<p>x</p>") == "<p>x</p>")
    }

    /// The byte scan puts the ids where the character scan it replaced put them, on tables the
    /// Markdown module renders from random cells (markup, entities, accents, combining marks
    /// after `<`, CJK, emoji, empty cells, ragged rows).
    @Test func cellIdsMatchTheCharacterScanOnRenderedTables() throws {
        let pieces = [
            "a", "12.5", "<", "<\u{338}", "&", "<td>", "`<tr>`", "**b**", "é", "e\u{301}", "模型", "🙂", " ", "\\|",
            "[x](http://e.org)", "",
        ]
        var random = SplitMix64(seed: 0xA7C4)
        for _ in 0..<300 {
            var text = ""
            for table in 0..<Int.random(in: 1...3, using: &random) {
                let columns = Int.random(in: 1...4, using: &random)
                text += "| " + (0..<columns).map { "h\($0)" }.joined(separator: " | ") + " |\n"
                text += "|" + String(repeating: "---|", count: columns) + "\n"
                for _ in 0..<Int.random(in: 0...4, using: &random) {
                    let cells = (0..<Int.random(in: 1...(columns + 1), using: &random)).map { _ in
                        (0..<Int.random(in: 0...3, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                            .joined()
                    }
                    text += "| " + cells.joined(separator: " | ") + " |\n"
                }
                text += table.isMultiple(of: 2) ? "\ntext <b>&amp;</b>\n\n" : "\n"
            }
            let document = try MarkdownParser.parse(text, path: "t.md")
            for (index, html) in document.blockHTML.enumerated() {
                #expect(
                    TableCellAnchors.adding(table: index + 1, to: html)
                        == Self.characterScanAnchors(table: index + 1, html), "\(text.debugDescription)")
            }
        }
    }

    /// The character scan `TableCellAnchors.adding` used before, kept as the reference.
    private static func characterScanAnchors(table: Int, _ html: String) -> String {
        guard let body = html.firstRange(of: "<tbody>") else { return html }
        var output = String(html[..<body.upperBound])
        var (row, column) = (0, 0)
        var rest = html[body.upperBound...]
        while let tag = rest.firstIndex(of: "<") {
            output += rest[..<tag]
            rest = rest[tag...]
            if rest.hasPrefix("<tr>") {
                row += 1
                column = 0
            } else if rest.hasPrefix("<td>") || rest.hasPrefix("<td ") {
                column += 1
                output += "<td id=\"\(TableCellAnchors.id(table: table, row: row, column: column))\""
                rest = rest.dropFirst(3)
                continue
            }
            output += "<"
            rest = rest.dropFirst()
        }
        return output + rest
    }

    @Test func headingsMoveUpUnderTheOneH1() {
        let promote = SectionHeadings.promote
        #expect(promote("<h2 id=\"a\">A</h2>\n", 2, 2, true) == "<h1 id=\"a\">A</h1>\n")
        #expect(promote("<h3 id=\"b\">B</h3>\n", 3, 2, false) == "<h2 id=\"b\">B</h2>\n")
        #expect(promote("<h4>C <code>h4</code></h4>", 4, 2, false) == "<h3>C <code>h4</code></h3>")
        // A second `#` heading in a section still becomes an h2.
        #expect(promote("<h1>D</h1>\n", 1, 2, false) == "<h2>D</h2>\n")
    }

    @Test func everySectionPageOfTheSeedHasExactlyOneH1() async throws {
        let (site, _) = try await ReadyToPublishTests.seedSite(baseURL: nil)
        let sections = site.sortedPaths.filter { $0.hasPrefix("sections/") }
        #expect(sections.count > 10)
        for path in sections {
            let html = String(decoding: site.files[path]!, as: UTF8.self)
            #expect(html.components(separatedBy: "<h1").count == 2, "\(path)")
        }
    }

    /// Screen readers list regions by name: no two tables of a page share one.
    @Test func everyTableRegionOfAPageHasItsOwnName() async throws {
        let (site, _) = try await ReadyToPublishTests.seedSite(baseURL: nil)
        var tables = 0
        for path in site.sortedPaths where path.hasSuffix(".html") {
            let html = String(decoding: site.files[path]!, as: UTF8.self)
            let labels = html.components(separatedBy: "role=\"region\" aria-label=\"").dropFirst().map {
                $0.prefix { $0 != "\"" }
            }
            tables += labels.count
            #expect(Set(labels).count == labels.count, "\(path): \(labels)")
        }
        #expect(tables > 50)
    }

    /// Every source link of every model and benchmark page points at a cell id that exists on
    /// its section page, and that cell holds the number the row shows.
    @Test func everySourceLinkLandsOnItsCell() async throws {
        let (site, catalog) = try await ReadyToPublishTests.seedSite(baseURL: nil)
        let linker = SourceLinker(outline: SiteOutline(documents: [try Self.seedDocument()]), catalog: catalog)
        var checked = 0
        for score in catalog.scores where score.source.row != nil {
            let link = linker.link(for: score, depth: 1)
            let parts = link.href.dropFirst(3).split(separator: "#").map(String.init)
            try #require(parts.count == 2, "\(link.href)")
            let page = String(decoding: try #require(site.files[parts[0]]), as: UTF8.self)
            let cell = try #require(
                page.components(separatedBy: "<td id=\"\(parts[1])\"").dropFirst().first, "\(link.href)")
            let text = cell.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }
            #expect(text.contains(HTMLEscaping.escape(score.raw)) || !score.isReported, "\(link.href): \(text)")
            checked += 1
        }
        #expect(checked > 900)
    }

    /// A table inside a list item (InternVL's card) is catalogued, but its cells carry no ids:
    /// its scores link to the section, not into the top-level table before it, which keeps its
    /// cells' ids.
    @Test func aTableInAListItemLinksToItsSection() throws {
        let document = try MarkdownParser.parse(
            """
            ## Results

            | Model | MMLU |
            |---|---|
            | Alpha-CLIP-G | 60.2 |

            - Zero-Shot Image Classification

              | method | IN-1K | IN-A |
              | ------ | :---: | :--: |
              | Alpha-CLIP-G | 80.1 | 69.3 |
            """, path: "Content/r.md")
        let catalog = Enricher(config: CatalogConfig()).enrich([document]).catalog
        let linker = SourceLinker(outline: SiteOutline(documents: [document]), catalog: catalog)
        let nested = try #require(catalog.scores.first { $0.benchmark.rawValue == "in-1k" })
        #expect(linker.link(for: nested, depth: 1).href == "../sections/results.html")
        let top = try #require(catalog.scores.first { $0.benchmark.rawValue == "mmlu" })
        #expect(linker.link(for: top, depth: 1).href == "../sections/results.html#t1-r1-c2")
    }

    @Test func sourcesReadAsHeadingsAndRow() async throws {
        let (site, _) = try await ReadyToPublishTests.seedSite(baseURL: nil)
        let html = String(decoding: try #require(site.files["benchmarks/mmlu.html"]), as: UTF8.self)
        #expect(html.contains(">DeepSeek-V3 › Base Model › Standart benchmarks, row MMLU</a>"))
        #expect(html.contains("title=\"Content/overview-of-chinese-ai-models.md:"))
        #expect(!html.contains("<code>Content/"))
        let css = try String(contentsOfFile: repositoryRoot + "/Templates/assets/style.css", encoding: .utf8)
        #expect(css.contains("td:target {"))
        #expect(css.contains("--target-cell:") && css.components(separatedBy: "--target-cell:").count == 3)
    }

    static func seedDocument() throws -> Document {
        let text = try String(
            contentsOfFile: repositoryRoot + "/Content/overview-of-chinese-ai-models.md", encoding: .utf8)
        return try MarkdownParser.parse(text, path: "Content/overview-of-chinese-ai-models.md")
    }
}
