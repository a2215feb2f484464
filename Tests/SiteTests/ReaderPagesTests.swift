import Catalog
import Foundation
import Markdown
import TestSupport
import Testing

@testable import Site

/// The reader's pages on the seed: the home page's front door, a model's standing, the compare
/// page and its data, and charts that are readable and accessible.
struct ReaderPagesTests {
    func text(_ site: RenderedSite, _ path: String) throws -> String {
        String(decoding: try #require(site.files[path], "\(path) not written"), as: UTF8.self)
    }

    // MARK: - Front door

    @Test func theHomePageLeadsWithTheCatalogBeforeTheContents() async throws {
        let (site, catalog) = try await SearchIndexTests.seedSite()
        let home = try text(site, "index.html")
        let counts = try #require(home.range(of: "<ul class=\"counts\">"))
        let timeline = try #require(home.range(of: "<section class=\"timeline\">"))
        let benchmarks = try #require(home.range(of: "Most-reported benchmarks"))
        let contents = try #require(home.range(of: "<ol class=\"toc\">"))
        #expect(counts.lowerBound < timeline.lowerBound && timeline.lowerBound < contents.lowerBound)
        #expect(benchmarks.lowerBound < contents.lowerBound)
        let reported = catalog.scores.count { $0.isReported }
        for (number, label) in [
            (catalog.models.count, "models"), (catalog.series.count, "series"),
            (catalog.benchmarks.count, "benchmarks"), (reported, "scores"),
            (catalog.organizations.count, "organizations"),
        ] {
            #expect(
                home.contains(
                    "<span class=\"count-number\">\(number)</span> <span class=\"count-label\">\(label)</span>"))
        }
        for series in catalog.series {
            #expect(home.contains("<a href=\"series/\(series.id.rawValue).html\">"))
        }
        #expect(home.contains("<a href=\"compare.html\">"))
    }

    @Test func mostReportedBenchmarksAreThoseWithTheMostModels() async throws {
        let catalog = try await SeedPages.load().catalog
        let listed = FrontDoor.mostReported(catalog)
        #expect(listed.count == FrontDoor.benchmarkCount)
        #expect(zip(listed, listed.dropFirst()).allSatisfy { $0.1 >= $1.1 })
        // Nothing left out reports more models than the last one listed.
        let shown = Set(listed.map(\.0.id))
        let smallest = try #require(listed.last?.1)
        for benchmark in catalog.benchmarks where !shown.contains(benchmark.id) {
            let models = Set(catalog.scores(on: benchmark.id).filter(\.isReported).map(\.model))
            #expect(models.count <= smallest, "\(benchmark.name)")
        }
    }

    // MARK: - Model standing

    @Test func aModelsStandingAgreesWithTheScoresOfTheModelsItWasComparedWith() async throws {
        let seed = try await SeedPages.load()
        let model = try seed.model("deepseek-v3")
        let rows = seed.pages.standingRows(model)
        #expect(rows.count >= 10)
        for row in rows {
            // The strip's points are a grid's (`MeasureStandings.strip`): one lies within a step of
            // the model's own value; ranks are counted on the values themselves (tested there).
            let (low, high) = (row.values.min() ?? 0, row.values.max() ?? 0)
            #expect(row.values.count >= 2 && row.values.contains { abs($0 - row.value) <= (high - low) / 199 })
            #expect((1...row.comparedCount).contains(row.rank), "\(row.label)")
            #expect(row.href?.hasPrefix("../benchmarks/") == true)
        }
        #expect(rows.map(\.label) == rows.map(\.label).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    @Test func theModelPageShowsItsStandingAndLinksToCompare() async throws {
        let (site, _) = try await SearchIndexTests.seedSite()
        let page = try text(site, "models/deepseek-v3.html")
        let fluid = #"<figure class="chart standing"><svg xmlns="http://www.w3.org/2000/svg" class="chart fluid""#
        #expect(page.contains(fluid))
        #expect(page.components(separatedBy: ">Where DeepSeek-V3 stands</text>").count == 2, "one drawing")
        #expect(page.contains(">Where DeepSeek-V3 stands</text>"))
        #expect(page.contains("<a href=\"../compare.html?m=deepseek-v3\">Compare with…</a>"))
    }

    // MARK: - Compare

    @Test func theCompareDataHoldsEachModelsBestScorePerBenchmarkSetting() async throws {
        let (site, catalog) = try await SearchIndexTests.seedSite()
        let script = try text(site, "assets/compare-data.js")
        let prefix = "window.atlasCompare = "
        #expect(script.hasPrefix(prefix) && script.hasSuffix(";\n"))
        let json = Data(script.dropFirst(prefix.count).dropLast(2).utf8)
        let data = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let models = try #require(data["models"] as? [[String: Any]])
        let measures = try #require(data["measures"] as? [[String: Any]])
        let scores = try #require(data["scores"] as? [[Any]])
        let scored = Set(catalog.scores.filter(\.isReported).map(\.model.rawValue))
        #expect(Set(models.compactMap { $0["id"] as? String }) == scored)
        // Check every DeepSeek-V3 entry against the graph directly.
        let v3 = try #require(models.firstIndex { $0["id"] as? String == "deepseek-v3" })
        let mine = scores.filter { $0[0] as? Int == v3 }
        #expect(mine.count >= 10)
        for entry in mine {
            let measureIndex = try #require(entry[1] as? Int)
            let measure = measures[measureIndex]
            let value = try #require(entry[2] as? Double)
            let candidates = catalog.scores(of: ModelID(rawValue: "deepseek-v3")).filter {
                catalog.benchmark($0.benchmark)?.name == measure["name"] as? String
                    && $0.setting.description == measure["setting"] as? String
            }
            let values = candidates.compactMap(\.value)
            let best = measure["lower"] as? Bool == true ? values.min() : values.max()
            #expect(best == value, "\(measure)")
        }
    }

    @Test func theComparePageSaysWhatItNeedsWithoutJavaScript() async throws {
        let (site, _) = try await SearchIndexTests.seedSite()
        let page = try text(site, "compare.html")
        #expect(page.contains("needs JavaScript") && page.contains("<a href=\"models/index.html\">list of models</a>"))
        #expect(page.contains("<div id=\"compare-app\" class=\"compare\" hidden>"))
        #expect(page.contains("<script src=\"assets/compare-data.js\"></script>"))
        #expect(page.contains("<script src=\"assets/compare.js\"></script>"))
        #expect(site.files["assets/compare.js"] != nil)
    }

    // MARK: - Charts

    /// Every chart on every page: both widths, and no link inside an image.
    @Test func everyChartComesInTwoWidthsAndNoImageHoldsALink() async throws {
        let (site, _) = try await SearchIndexTests.seedSite()
        var charts = 0
        for path in site.sortedPaths where path.hasSuffix(".html") {
            let page = try text(site, path)
            for svg in page.components(separatedBy: "<svg ").dropFirst() {
                charts += 1
                let body = svg.components(separatedBy: "</svg>")[0]
                // A linked chart keeps the SVG document role (HTML allows no `group` on <svg>).
                if body.contains("<a href=") { #expect(!body.contains("role="), "\(path)") }
                #expect(!(body.contains("role=\"img\"") && body.contains("<a ")), "\(path)")
            }
            #expect(
                page.components(separatedBy: "<div class=\"chart-narrow\">").count
                    == page.components(separatedBy: "<div class=\"chart-wide\">").count, "\(path)")
        }
        #expect(charts > 50)
    }

    @Test func theHomeTimelineNeverShowsTwoModelsUnderOneLabel() async throws {
        let (site, _) = try await SearchIndexTests.seedSite()
        let home = try text(site, "index.html")
        for width in ["narrow", "wide"] {
            let part = try #require(home.components(separatedBy: "<div class=\"chart-\(width)\">").dropFirst().first)
            let labels = part.components(separatedBy: "</svg>")[0].split(separator: "\n")
                .filter { $0.contains("<text class=\"label\"") && !$0.contains("font-weight") }
                .map { $0.split(separator: ">").dropFirst().first.map(String.init) ?? "" }
            #expect(labels.count > 40)
            #expect(
                Set(labels).count == labels.count, "repeated: \(labels.filter { l in labels.count { $0 == l } > 1 })")
        }
    }
}
