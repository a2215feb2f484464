import Testing

@testable import Catalog
@testable import Site

/// Model and benchmark names on section pages link to their pages.
struct NameLinkerTests {
    static let index = NameIndex([
        "DeepSeek-V3": ["v3.html"], "DeepSeek-V3-Base": ["v3-base.html"], "MMLU": ["mmlu.html"],
        "MMLU-Pro": ["mmlu-pro.html"], "Shared": ["a.html", "b.html"], "通义千问": ["qwen.html"],
    ])

    func match(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        return Self.index.firstMatch(in: bytes, 0..<bytes.count).map {
            String(decoding: bytes[$0.range], as: UTF8.self) + " " + $0.href
        }
    }

    @Test func namesMatchWholeAndLongestFirst() {
        #expect(match("DeepSeek-V3-Base (EM)") == "DeepSeek-V3-Base v3-base.html")
        #expect(match("MMLU-Pro (EM)") == "MMLU-Pro mmlu-pro.html")
        #expect(match("see MMLU.") == "MMLU mmlu.html")
        #expect(match("通义千问") == "通义千问 qwen.html")
        // Part of a longer name, or a spelling that names two pages: no link.
        #expect(match("DeepSeek-V3.1 and MMLU-Redux") == nil)
        #expect(match("xMMLU Shared") == nil)
    }

    @Test func seedTablesLinkTheirOwnModelsNeverInsideLinks() async throws {
        let (site, _) = try await ReadyToPublishTests.seedSite(baseURL: nil)
        let html = String(decoding: try #require(site.files["sections/deepseek-v3.html"]), as: UTF8.self)
        // Under "Base Model" the column `DeepSeek-V3` is the base model.
        #expect(html.contains("<th><a href=\"../models/deepseek-v3-base.html\">DeepSeek-V3</a></th>"))
        #expect(html.contains("<a href=\"../benchmarks/mmlu.html\">MMLU</a>"))
        for path in site.sortedPaths where path.hasPrefix("sections/") {
            let page = String(decoding: site.files[path]!, as: UTF8.self)
            // No link opens inside another link, and no heading holds a name link.
            for piece in page.components(separatedBy: "<a ").dropFirst() {
                let inner = piece.components(separatedBy: "</a>")[0]
                #expect(!inner.contains("<a"), "\(path): nested link")
            }
            for level in 1...6 {
                for heading in page.components(separatedBy: "<h\(level)").dropFirst() {
                    let inner = heading.components(separatedBy: "</h\(level)>")[0]
                    #expect(!inner.contains("href=\"../models/"), "\(path): link in a heading")
                }
            }
        }
    }

    /// `Math` in a Domain column, or in prose, is a category, not the MATH benchmark.
    @Test func categoriesAreNotLinkedAsBenchmarks() async throws {
        let (site, _) = try await ReadyToPublishTests.seedSite(baseURL: nil)
        let v2 = String(decoding: try #require(site.files["sections/deepseek-v2.html"]), as: UTF8.self)
        #expect(v2.contains("<td id=\"t3-r9-c1\"><a href=\"../benchmarks/math.html\">Math</a></td>"))
        #expect(v2.contains("<td id=\"t3-r9-c2\">Math</td>"))
        let llm = String(decoding: try #require(site.files["sections/deepseek-llm.html"]), as: UTF8.self)
        #expect(llm.contains("Proficient in Coding and Math:"))
    }

    @Test func textLinksTheFirstMentionOnly() {
        let linker = NameLinkerTests.textLinker()
        let html = linker.linkingText("<p>MMLU and MMLU; <code>MMLU</code> <a href=\"x\">MMLU</a></p>\n")
        #expect(
            html
                == "<p><a href=\"../benchmarks/mmlu.html\">MMLU</a> and MMLU; <code>MMLU</code> <a href=\"x\">MMLU</a></p>\n"
        )
    }

    static func textLinker() -> NameLinker {
        let benchmark = Benchmark(
            id: BenchmarkID(rawValue: "mmlu"), name: "MMLU",
            source: Provenance(.init(path: "a.md", line: 1, column: 1)))
        var catalog = Catalog()
        catalog.finish(
            organizations: [], series: [], models: [], benchmarks: [benchmark], tables: [], scores: [],
            otherSections: [])
        return NameLinker(catalog: catalog, depth: 1)
    }
}
