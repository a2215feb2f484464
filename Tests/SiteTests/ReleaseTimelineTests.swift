import Catalog
import Charts
import Foundation
import Markdown
import TestSupport
import Testing

@testable import Site

/// The home page's release timeline: every series of a small catalog, the series released last
/// of a large one, with a note on what it leaves to the models list.
struct ReleaseTimelineTests {
    /// `count` rows of two releases each, 40 years apart; rows in release order, or the reverse.
    func points(rows count: Int, latestFirst: Bool = false) -> [TimelineChart.Point] {
        (0..<count).flatMap { row in
            let year = 2000 + (latestFirst ? count - row : row)
            return [year, year + 40].map {
                TimelineChart.Point(label: "m\(row)-\($0)", date: .year($0), group: "s\(row)")
            }
        }
        .sorted { ($0.date.year, $0.label) < ($1.date.year, $1.label) }
    }

    @Test func aCatalogOfFewSeriesDrawsEveryRelease() {
        let all = points(rows: ReleaseTimeline.maxRows)
        let drawn = ReleaseTimeline.limited(all)
        #expect(drawn.points == all)
        #expect(drawn.rowsLeftOut == 0 && drawn.releasesLeftOut == 0)
        #expect(drawn.note.isEmpty)
    }

    @Test func theSeedsHomePageDrawsEverySeriesWithoutANote() async throws {
        let (site, catalog) = try await SearchIndexTests.seedSite()
        let home = String(decoding: try #require(site.files["index.html"]), as: UTF8.self)
        #expect(ReleaseTimeline.drawn(catalog).rowsLeftOut == 0)
        #expect(home.contains("<section class=\"timeline\">"))
        #expect(!home.contains("sortable by release date"))
    }

    @Test func aCatalogOfManySeriesDrawsTheSeriesReleasedLast() {
        for latestFirst in [false, true] {
            let all = points(rows: ReleaseTimeline.maxRows + 7, latestFirst: latestFirst)
            let drawn = ReleaseTimeline.limited(all)
            let lastYear = Dictionary(all.map { ($0.group, $0.date.year) }, uniquingKeysWith: max)
            let kept = Set(drawn.points.map(\.group))
            #expect(kept.count == ReleaseTimeline.maxRows)
            // Every row drawn was released no earlier than every row left out.
            let leftOut = Set(lastYear.keys).subtracting(kept)
            #expect(leftOut.count == 7)
            #expect(kept.allSatisfy { group in leftOut.allSatisfy { lastYear[group]! > lastYear[$0]! } })
            // A kept row keeps all its releases, in the order given.
            #expect(drawn.points == all.filter { kept.contains($0.group) })
            #expect(drawn.rowsLeftOut == 7 && drawn.releasesLeftOut == 14)
            #expect(drawn.note == "The 20 series released last are drawn; 7 more series have 14 releases.")
        }
    }

    /// Twelve copies of the seed: many series share the latest release date, and the home page
    /// lists the same of them as its timeline draws.
    @Test func theHomePageListsTheSeriesItsTimelineDraws() throws {
        let text = try String(
            contentsOfFile: repositoryRoot + "/Content/overview-of-chinese-ai-models.md", encoding: .utf8)
        let documents = try (1...12).map { copy in
            let renamed =
                copy == 1 ? text : text.replacing(/DeepSeek[-A-Za-z0-9.]*[A-Za-z0-9]/) { $0.output + "-c\(copy)" }
            return try MarkdownParser.parse(renamed, path: "Content/copy-\(copy).md")
        }
        let yaml = try String(contentsOfFile: repositoryRoot + "/Content/atlas.yml", encoding: .utf8)
        let catalog = Enricher(config: try ConfigLoader.load(yaml: yaml, path: "Content/atlas.yml"))
            .enrich(documents).catalog
        let drawn = Set(ReleaseTimeline.drawn(catalog).points.map(\.group)).subtracting(["Other"])
        let listed = Set(FrontDoor.latestSeries(catalog).map(\.name))
        #expect(listed.count == FrontDoor.seriesCount && drawn.isSubset(of: listed))
    }

    /// The seed twice, the second copy's DeepSeek models renamed (as the benchmark corpora are
    /// made): twice the seed's series, more than the timeline draws.
    @Test func theHomePageOfTwoCopiesOfTheSeedSaysWhatItLeavesOut() async throws {
        let text = try String(
            contentsOfFile: repositoryRoot + "/Content/overview-of-chinese-ai-models.md", encoding: .utf8)
        let renamed = text.replacing(/DeepSeek[-A-Za-z0-9.]*[A-Za-z0-9]/) { $0.output + "-c2" }
        let documents = try [
            MarkdownParser.parse(text, path: "Content/a.md"), MarkdownParser.parse(renamed, path: "Content/b.md"),
        ]
        let yaml = try String(contentsOfFile: repositoryRoot + "/Content/atlas.yml", encoding: .utf8)
        let catalog = Enricher(config: try ConfigLoader.load(yaml: yaml, path: "Content/atlas.yml"))
            .enrich(documents).catalog
        let drawn = ReleaseTimeline.drawn(catalog)
        #expect(drawn.rowsLeftOut > 0)
        let templates = try await TemplateSet.load(from: repositoryRoot + "/Templates")
        let site = try SiteRenderer(templates: templates).render(documents, catalog: catalog)
        let home = String(decoding: try #require(site.files["index.html"]), as: UTF8.self)
        #expect(home.contains(#"<p class="summary">\#(drawn.note) <a href="models/index.html">"#))
        let wide = try #require(home.components(separatedBy: "<div class=\"chart-wide\">").dropFirst().first)
        let links = wide.components(separatedBy: "</svg>")[0].components(separatedBy: "<a href=\"models/").count - 1
        #expect(links == drawn.points.count)
        let dated = catalog.models.count { $0.isCatalogued && $0.release != nil }
        #expect(links + drawn.releasesLeftOut == dated)
        // The series above it: the ones released last, and a link to them all.
        let front = try #require(home.components(separatedBy: "<section class=\"front-series\">").dropFirst().first)
            .components(separatedBy: "</section>")[0]
        let listed = front.components(separatedBy: "<li>").count - 1
        #expect(catalog.series.count > FrontDoor.seriesCount && listed == FrontDoor.seriesCount)
        #expect(front.contains("<a href=\"series/index.html\">All \(catalog.series.count) series</a>"))
        let latest = FrontDoor.latestSeries(catalog)
        let lastRelease = { (series: Series) in series.releaseSpan(in: catalog)?.upperBound }
        let leftOut = catalog.series.filter { series in !latest.contains { $0.id == series.id } }
        #expect(
            latest.allSatisfy { kept in
                leftOut.allSatisfy { other in
                    guard let otherLast = lastRelease(other) else { return true }
                    return lastRelease(kept).map { $0 >= otherLast } ?? false
                }
            })
        for series in latest { #expect(front.contains("<a href=\"series/\(series.id.rawValue).html\">")) }
        // The same series as the timeline draws.
        #expect(Set(drawn.points.map(\.group)).subtracting(["Other"]).isSubset(of: Set(latest.map(\.name))))
    }
}
