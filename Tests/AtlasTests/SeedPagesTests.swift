import Foundation
import TestSupport
import Testing

/// End to end: `atlas build` on the seed writes a page per model, benchmark, series and
/// organization, and every relative link on every page leads to a file that exists.
struct SeedPagesTests {
    @Test func buildsEntityPagesWhoseLinksAllResolve() throws {
        let folder = try TemporaryFolder.withSeed()
        defer { folder.remove() }
        let run = try AtlasProcess.run(["build"], in: folder.path)
        #expect(run.status == 0, "\(run.standardError)")

        let v3 = try #require(folder.read("Public/models/deepseek-v3.html"))
        #expect(v3.contains("671B total / 37B active"))
        // A score's source links to the very cell it was read from.
        #expect(v3.contains(#"href="../sections/deepseek-v3.html#t3-r18-c9""#))
        #expect(folder.read("Public/sections/deepseek-v3.html")?.contains(#"<td id="t3-r18-c9">79.7</td>"#) == true)
        #expect(v3.contains(#"<a href="../series/deepseek-v3.html">DeepSeek-V3</a>"#))

        let mmlu = try #require(folder.read("Public/benchmarks/mmlu.html"))
        #expect(mmlu.contains(#"<a href="../models/deepseek-v3.html">DeepSeek-V3</a>"#))
        // Each leaderboard has its bar chart, whose bars link to the models' pages too.
        #expect(
            mmlu.components(separatedBy: "<figure class=\"chart\"><div class=\"chart-narrow\">\n<svg").count - 1 >= 3)
        #expect(mmlu.contains(#"<a href="../models/deepseek-v3.html""#))
        let codeforces = try #require(folder.read("Public/benchmarks/codeforces.html"))
        #expect(codeforces.contains(">2500</text>"), "ratings get an open, rounded axis")

        let pile = try #require(folder.read("Public/benchmarks/pile-test.html"))
        let values = Self.numberCells(pile)
        #expect(values.count > 1)
        #expect(values == values.sorted(), "Pile-test (BPB) is lower-is-better")

        for listing in ["models", "benchmarks", "series", "organizations"] {
            #expect(folder.exists("Public/\(listing)/index.html"))
        }
        let index = folder.read("Public/index.html") ?? ""
        #expect(index.contains(#"href="models/index.html""#))
        // The release timeline: one point per catalogued model, linking to its page.
        #expect(index.contains(#"<figure class="chart"><div class="chart-narrow">"#))
        #expect(index.contains(#"<a href="models/deepseek-v3.2-speciale.html""#))

        let broken = try Self.brokenLinks(in: folder.path + "/Public")
        #expect(broken.isEmpty, "\(broken.prefix(10))")
    }

    /// A card whose table of contents links its headings by `#anchor`: once sections become
    /// pages, every one of those links still reaches its heading.
    @Test func tableOfContentsLinksReachTheirHeadings() throws {
        let card = """
            # Model card

            ## Contents

            1. [Introduction](#introduction)
            2. [Evaluation results](#evaluation-results)
               - [Chat model](#chat-model)
               - [Base model](#base-model)
            3. [Usage (vLLM & SGLang)](#usage-vllm--sglang)
            4. [Licence](#licence)
            5. [评测](#模型-评测)

            ## Introduction

            See the [results](#evaluation-results) and the [base model](#base-model).

            ## Evaluation results

            ### Chat model

            | Model | MMLU |
            |---|---|
            | Example-7B-Chat | 60.1 |

            ### Base model

            | Model | MMLU |
            |---|---|
            | Example-7B | 55.2 |

            ## Usage (vLLM & SGLang)

            Back to the [introduction](#introduction).

            ## Licence

            MIT.

            ## 模型 评测

            > ### Quoted

            See [the quote](#quoted).
            """
        let folder = try TemporaryFolder(files: ["Content/card.md": card])
        defer { folder.remove() }
        try FileManager.default.copyItem(atPath: repositoryRoot + "/Templates", toPath: folder.path + "/Templates")
        let run = try AtlasProcess.run(["build"], in: folder.path)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(!run.standardError.contains("names no heading"), "\(run.standardError)")

        let contents = try #require(folder.read("Public/sections/contents.html"))
        let anchors = Self.hrefs(in: contents).filter { $0.hasPrefix("../sections/") && $0.contains("#") }
        #expect(anchors.count == 7)
        #expect(anchors.contains("../sections/introduction.html#introduction"))
        #expect(anchors.contains("../sections/usage-vllm-sglang.html#usage-vllm--sglang"))
        let broken = try Self.brokenLinks(in: folder.path + "/Public")
        #expect(broken.isEmpty, "\(broken.prefix(10))")
    }

    /// Reported values in the Value column of a leaderboard, in page order.
    static func numberCells(_ html: String) -> [Double] {
        html.split(separator: "\n").filter { $0.hasPrefix("<tr><td class=\"number\">") }.compactMap { row in
            // The value cell carries its raw number for sorting: `<td class="number" data-sort="91.8">`.
            let cells = row.components(separatedBy: "data-sort=\"")
            guard cells.count > 1, let end = cells[1].firstIndex(of: "\"") else { return nil }
            return Double(cells[1][..<end])
        }
    }

    /// `page: href` for every relative `href` in every HTML page under `root` that names no file.
    static func brokenLinks(in root: String) throws -> [String] {
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        var broken: [String] = []
        for page in files where page.hasSuffix(".html") {
            let html = try String(contentsOfFile: root + "/" + page, encoding: .utf8)
            let folder = (page as NSString).deletingLastPathComponent
            for href in hrefs(in: html) where !href.hasPrefix("http://") && !href.hasPrefix("https://") {
                // A query (compare.html?m=...) is for the page's script; the file is what precedes it.
                let withoutQuery = href.split(separator: "?", omittingEmptySubsequences: false)
                let parts = href.split(separator: "#", omittingEmptySubsequences: false)
                // A fragment alone names an element of this same page.
                let file =
                    parts[0].isEmpty
                    ? (page as NSString).lastPathComponent : String(withoutQuery[0].prefix { $0 != "#" })
                let resolved = ((root + "/" + folder) as NSString).appendingPathComponent(file)
                let path = (resolved as NSString).standardizingPath
                guard FileManager.default.fileExists(atPath: path) else {
                    broken.append("\(page): \(href)")
                    continue
                }
                // A fragment must name an element of the target page (a source link's table).
                let fragment = parts.count > 1 ? String(parts[1]).removingPercentEncoding ?? String(parts[1]) : ""
                if !fragment.isEmpty, let target = try? String(contentsOfFile: path, encoding: .utf8),
                    !target.contains("id=\"\(fragment)\"")
                {
                    broken.append("\(page): \(href) (no such id)")
                }
            }
        }
        return broken.sorted()
    }

    /// The values of every `href="..."` attribute.
    static func hrefs(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap {
            $0.split(separator: "\"").first.map(String.init)
        }
    }
}
