import TestSupport
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

    /// A footnote mark or an arrow after a name ends it; other non-ASCII text goes on.
    @Test(arguments: ["MMLU†", "MMLU‡ (5-shot)", "MMLU²", "MMLU⁴", "MMLU↓", "MMLU↑", "MMLU§"])
    func marksAfterANameEndIt(_ text: String) {
        #expect(match(text) == "MMLU mmlu.html")
    }

    /// Models named `amp`, `quot` or `39` are not linked inside character references: the page
    /// read "R&amp;D" where `R&amp;D` was written.
    @Test func namesInsideCharacterReferencesAreNotLinked() {
        let index = NameIndex(["amp": ["amp.html"], "quot": ["quot.html"], "39": ["39.html"], "x27": ["x.html"]])
        for text in ["R&amp;D", "&quot;quoted&quot;", "it&#39;s", "it&#x27;s"] {
            let bytes = Array(text.utf8)
            #expect(index.firstMatch(in: bytes, 0..<bytes.count) == nil, "\(text)")
        }
        let bytes = Array("amp and quot".utf8)
        #expect(index.firstMatch(in: bytes, 0..<bytes.count)?.href == "amp.html")
    }

    @Test func otherTextAfterANameGoesOn() {
        #expect(match("MMLU中文") == nil)
        #expect(match("MMLUé") == nil)
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

    /// A model's own name links to it although another model has it as an alias; a Series
    /// column names series, not the model of the same spelling.
    @Test func ownNamesWinOverAliasesAndSeriesColumnsStayText() async throws {
        let (site, _) = try await ReadyToPublishTests.seedSite(baseURL: nil)
        let v3 = String(decoding: try #require(site.files["sections/deepseek-v3.html"]), as: UTF8.self)
        #expect(v3.contains("<p><a href=\"../models/deepseek-v3.html\">DeepSeek-V3</a> is an open-source"))
        #expect(v3.contains("<td id=\"t1-r1-c1\">DeepSeek-V3</td>"))
        #expect(v3.contains("<td id=\"t1-r1-c2\"><a href=\"../models/deepseek-v3.html\">DeepSeek-V3</a></td>"))
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

    /// Tags are told apart from their bytes as they were from their lower-cased names: on random
    /// tags of ASCII letters in both cases, digits, accents, a Kelvin sign and attributes.
    @Test func tagKindsMatchTheLowercasedNames() {
        let pieces = ["a", "A", "t", "T", "d", "h", "H", "r", "c", "o", "e", "p", "1", "6", "7", "é", "\u{212A}", "x"]
        var random = SplitMix64(seed: 0x51C3)
        for _ in 0..<3_000 {
            let known = ["a", "code", "pre", "h1", "h6", "h7", "tr", "td", "th", "tbody", "abbr", "codes"]
            let name =
                Bool.random(using: &random)
                ? String(
                    known.randomElement(using: &random)!.map {
                        Bool.random(using: &random) ? $0 : Character($0.uppercased())
                    })
                : (0..<Int.random(in: 0...5, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                    .joined()
            let closing = Bool.random(using: &random)
            let tag = Array(
                ("<" + (closing ? "/" : "") + name + (Bool.random(using: &random) ? " id=\"x\">" : ">")).utf8)
            let (kind, wasClosing) = NameLinker.tagKind(tag[...])
            let lowered = String(
                decoding: tag.dropFirst(closing ? 2 : 1).prefix { NameIndex.isWord($0) }, as: UTF8.self
            )
            .lowercased()
            let expected: NameLinker.TagKind =
                ["a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6"].contains(lowered)
                ? .skipped : lowered == "tr" ? .row : ["td", "th"].contains(lowered) ? .cell : .other
            #expect(kind == expected, "\(name)")
            #expect(wasClosing == closing)
        }
    }
}
