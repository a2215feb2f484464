import Catalog
import Markdown
import TestSupport
import Testing

@testable import Site

/// The board a benchmark page leads with, on the seed: one row per model at its best comparable
/// score across settings, best first, the setting shown, incomparable metrics kept apart.
struct BenchmarkLeaderboardTests {
    @Test func mmluLeadsWithTheBestMMLUScore() async throws {
        let seed = try await SeedPages.load()
        let mmlu = try seed.benchmark("mmlu")
        let view = seed.pages.benchmarkPage(mmlu)
        let lead = try #require(view.lead.first)
        let best = try #require(seed.catalog.scores(on: mmlu.id).compactMap(\.value).max())
        #expect(lead.rows.first.flatMap { Double($0.value) } == best)
        #expect(lead.rows.first?.rank == "1")
        // The finer boards still follow, one per setting.
        #expect(
            view.hasLeaderboards
                && view.leaderboards.count == Set(seed.catalog.scores(on: mmlu.id).map(\.setting)).count)
    }

    @Test func everyModelAppearsOnceOnEveryLeadBoard() async throws {
        let seed = try await SeedPages.load()
        for benchmark in seed.catalog.benchmarks {
            let rows = try #require(seed.pages.benchmarkPage(benchmark).lead.first, "\(benchmark.name)").rows
            let models = rows.map(\.subject.name)
            #expect(Set(models).count == models.count, "\(benchmark.name)")
            #expect(rows.allSatisfy { !$0.setting.isEmpty }, "every row names its setting: \(benchmark.name)")
        }
    }

    @Test func leadBoardsRankBestFirstThenByNameWithGapsLast() async throws {
        let seed = try await SeedPages.load()
        for benchmark in seed.catalog.benchmarks {
            let lead = try #require(seed.pages.benchmarkPage(benchmark).lead.first)
            let lower = lead.note.contains("lower is better")
            let reported = lead.rows.filter(\.isReported)
            #expect(lead.rows.prefix(reported.count).allSatisfy { $0.isReported }, "\(benchmark.name)")
            for (a, b) in zip(reported, reported.dropFirst()) {
                let (x, y) = (Double(a.sortKey) ?? .nan, Double(b.sortKey) ?? .nan)
                let inOrder =
                    x == y
                    ? !b.subject.name.utf8.lexicographicallyPrecedes(a.subject.name.utf8) : (lower ? x < y : x > y)
                #expect(inOrder, "\(benchmark.name): \(a.subject.name) \(a.value) before \(b.subject.name) \(b.value)")
            }
        }
    }

    @Test func incomparableMetricsAreNotMixed() async throws {
        let seed = try await SeedPages.load()
        for benchmark in seed.catalog.benchmarks {
            let view = seed.pages.benchmarkPage(benchmark)
            let lead = try #require(view.lead.first)
            let scores = seed.catalog.scores(on: benchmark.id)
            let kinds = Set(scores.map { CatalogPages.comparability(of: $0.setting, in: benchmark) })
            // Every score shown on the lead board is of one kind, and the note says when others were left out.
            let shown = scores.filter { score in
                lead.rows.contains { $0.source.location == seed.pages.sources.link(for: score, depth: 1).location }
            }
            let shownKinds = Set(shown.map { CatalogPages.comparability(of: $0.setting, in: benchmark) })
            #expect(shownKinds.count == 1, "\(benchmark.name): \(shownKinds)")
            #expect(view.hasLeadNote == (kinds.count > 1), "\(benchmark.name)")
        }
        let codeforces = seed.pages.benchmarkPage(try seed.benchmark("codeforces"))
        let lead = try #require(codeforces.lead.first)
        #expect(lead.note.hasPrefix("rating"))
        #expect(!lead.rows.contains { $0.setting.contains("Percentile") })
        #expect(codeforces.leadNote.contains("Percentile (percent, higher is better) cannot be ranked"))
    }

    @Test func aDisagreementStaysVisibleOnTheLeadBoard() async throws {
        let seed = try await SeedPages.load()
        let lead = try #require(seed.pages.benchmarkPage(try seed.benchmark("livecodebench")).lead.first)
        let claude = try #require(
            lead.rows.first { $0.subject.name == "Claude-3.5-Sonnet-1022" && $0.setting == "pass@1" })
        #expect(claude.value == "38.9")
        #expect(claude.disagreement == "another table gives 32.8")
    }

    @Test func aSingleSettingBoardThatRepeatsTheLeadIsLeftOut() async throws {
        let seed = try await SeedPages.load()
        let pile = seed.pages.benchmarkPage(try seed.benchmark("pile-test"))
        #expect(pile.lead.count == 1 && !pile.hasLeaderboards && pile.leaderboards.isEmpty)
    }

    @Test func theRenderedPageLeadsWithTheBoardAndItsSettingColumn() async throws {
        let (site, _) = try await SearchIndexTests.seedSite()
        let page = String(decoding: try #require(site.files["benchmarks/mmlu.html"]), as: UTF8.self)
        let lead = try #require(page.range(of: "<section class=\"leaderboard lead\">"))
        let metrics = try #require(page.range(of: "<h2>Metrics</h2>"))
        let bySetting = try #require(page.range(of: "<h2>By setting</h2>"))
        #expect(lead.lowerBound < metrics.lowerBound && metrics.lowerBound < bySetting.lowerBound)
        let rest = page[lead.lowerBound...]
        let board = rest[..<(try #require(rest.range(of: "</section>"))).lowerBound]
        #expect(board.contains("<th scope=\"col\">Setting</th>"))
        #expect(board.contains("<td>pass@1</td>"))
        // Its chart at both widths.
        #expect(board.contains("<div class=\"chart-narrow\">") && board.contains("<div class=\"chart-wide\">"))
    }
}

/// A benchmark with more models than a chart can show readably.
struct LeaderboardChartLimitTests {
    @Test func aChartDrawsTheTopModelsAndSaysHowManyThereAre() async throws {
        let count = CatalogPages.chartBarLimit + 5
        let rows = (1...count).map { "| Model-\($0) | \(50 + Double($0) / 10) |" }.joined(separator: "\n")
        let markdown = "# Catalog\n\n## Results\n\n| Model | MMLU |\n|---|---|\n\(rows)\n"
        let document = try MarkdownParser.parse(markdown, path: "Content/many.md")
        let catalog = Enricher(config: CatalogConfig()).enrich([document]).catalog
        let outline = SiteOutline(documents: [document])
        let templates = try await TemplateSet.load(from: repositoryRoot + "/Templates")
        let pages = CatalogPages(
            catalog: catalog, sources: SourceLinker(outline: outline, catalog: catalog), templates: templates,
            chrome: { title, folder in
                SiteRenderer(templates: templates).chrome(title: title, siteTitle: "Atlas", depth: 1, current: folder)
            })
        let mmlu = try #require(catalog.benchmarks.first)
        let lead = try #require(pages.benchmarkPage(mmlu).lead.first)
        #expect(lead.rows.count == count)
        let chart = lead.chart
        #expect(chart.contains("top \(CatalogPages.chartBarLimit) of \(count) models"))
        // Best first: the highest-numbered models are drawn, the lowest are only in the table.
        #expect(chart.contains(">Model-\(count)<") && chart.contains(">Model-6<"))
        #expect(!chart.contains(">Model-5<") && !chart.contains(">Model-1<"))
    }
}

/// A benchmark divided into parts: the lead board ranks the whole, not each model's best part.
struct DividedBenchmarkLeadBoardTests {
    @Test func theWholeBenchmarkLeadsOverEachModelsBestPart() async throws {
        let markdown = """
            # Cards

            ## Function calling

            Tested on [Berkeley Function Calling Leaderboard](https://example.org/bfcl):

            | Model | Overall Acc. | AST Summary | Relevance |
            |---|---|---|---|
            | Alpha-7B | 81.0 | 85.0 | 70.0 |
            | Beta-7B | 79.0 | 80.0 | 95.0 |

            ## Parts only

            | Model | MMLU STEM | MMLU Humanities |
            |---|---|---|
            | Gamma-7B | 60.0 | 65.0 |

            """
        let document = try MarkdownParser.parse(markdown, path: "Content/bfcl.md")
        let catalog = Enricher(config: CatalogConfig()).enrich([document]).catalog
        let templates = try await TemplateSet.load(from: repositoryRoot + "/Templates")
        let pages = CatalogPages(
            catalog: catalog, sources: SourceLinker(outline: SiteOutline(documents: [document]), catalog: catalog),
            templates: templates,
            chrome: { title, folder in
                SiteRenderer(templates: templates).chrome(title: title, siteTitle: "Atlas", depth: 1, current: folder)
            })
        let bfcl = try #require(catalog.benchmarks.first { $0.name == "Berkeley Function Calling Leaderboard" })
        let lead = try #require(pages.benchmarkPage(bfcl).lead.first)
        // Before, Beta's Relevance (95.0) led and Alpha was ranked by its AST Summary (85.0).
        #expect(lead.rows.map(\.subject.name) == ["Alpha-7B", "Beta-7B"])
        #expect(lead.rows.map(\.value) == ["81.0", "79.0"])
        // Every part still has its own board.
        #expect(pages.benchmarkPage(bfcl).leaderboards.count == 3)
    }

    @Test func onlyPartsBesideAWholeInTheSameTableGiveWay() {
        func score(_ model: String, _ part: String, _ value: Double, table: String) -> Score {
            Score(
                model: ModelID(rawValue: model), benchmark: BenchmarkID(rawValue: "b"),
                setting: Setting(qualifier: part),
                value: value, raw: "\(value)",
                source: Provenance(SourceLocation(path: "t.md", line: 1, column: 1), table: TableID(rawValue: table)))
        }
        let scores = [
            score("a", "", 50, table: "t1"), score("a", "Part", 90, table: "t1"),  // a part beside its whole: dropped
            score("a", "Window", 60, table: "t2"),  // a variant from another table: kept
            score("b", "Part", 70, table: "t1"), score("b", "Other", 80, table: "t1"),  // no whole for b: kept
        ]
        #expect(CatalogPages.wholeBenchmarkFirst(scores).map(\.value) == [50, 60, 70, 80])
    }
}
