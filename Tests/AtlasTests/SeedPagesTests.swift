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
        // A score's source links to the very table it was read from.
        #expect(v3.contains(#"href="../sections/deepseek-v3.html#table-line-522""#))
        #expect(v3.contains(#"<a href="../series/deepseek-v3.html">DeepSeek-V3</a>"#))

        let mmlu = try #require(folder.read("Public/benchmarks/mmlu.html"))
        #expect(mmlu.contains(#"<a href="../models/deepseek-v3.html">DeepSeek-V3</a>"#))
        // Each leaderboard has its bar chart, whose bars link to the models' pages too.
        #expect(mmlu.components(separatedBy: "<figure class=\"chart\"><svg").count - 1 >= 3)
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
        #expect(index.contains(#"<figure class="chart"><svg"#))
        #expect(index.contains(#"<a href="models/deepseek-v3.2-speciale.html""#))

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
                let parts = href.split(separator: "#", omittingEmptySubsequences: false)
                if parts[0].isEmpty { continue }  // a fragment on the same page
                let resolved = ((root + "/" + folder) as NSString).appendingPathComponent(String(parts[0]))
                let path = (resolved as NSString).standardizingPath
                guard FileManager.default.fileExists(atPath: path) else {
                    broken.append("\(page): \(href)")
                    continue
                }
                // A fragment must name an element of the target page (a source link's table).
                if parts.count > 1, let target = try? String(contentsOfFile: path, encoding: .utf8),
                    !target.contains("id=\"\(parts[1])\"")
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
