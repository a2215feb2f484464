import Catalog

/// The home page's lead, before the document's contents: what the catalog covers, its series,
/// and the benchmarks most models report.
public struct FrontDoorView: Sendable, Hashable {
    /// "90 models", "953 scores", ... each linking to its listing where there is one.
    public var counts: [CountView]
    public var series: [LinkWithDetail]
    public var hasSeries: Bool
    /// "All 1300 series" when the home page lists only some (`FrontDoor.seriesCount`), else empty.
    public var allSeries: String
    public var hasAllSeries: Bool
    public var seriesIndexHref: String
    /// The most-reported benchmarks, most models first.
    public var benchmarks: [LinkWithDetail]
    public var hasBenchmarks: Bool
    public var compareHref: String
}

/// One figure of the catalog's size.
public struct CountView: Sendable, Hashable {
    public var number: String
    public var label: String
    public var href: String
    public var hasHref: Bool
}

/// A link with a line of detail ("5 models · 2023 – 2025").
public struct LinkWithDetail: Sendable, Hashable {
    public var link: EntityLink
    public var detail: String
}

enum FrontDoor {
    /// How many benchmarks the home page lists.
    static let benchmarkCount = 10
    /// How many series the home page lists at most: those released last, as the timeline draws
    /// (a catalog of a thousand model cards would list a thousand series before its contents).
    static let seriesCount = ReleaseTimeline.maxRows

    static func view(_ catalog: Catalog) -> FrontDoorView {
        let listed = latestSeries(catalog)
        let series = listed.map { series in
            LinkWithDetail(
                link: EntityLink(name: series.name, href: EntityFolder.series.href(series.id, depth: 0)),
                detail: [
                    Format.counted(series.models.count, "model"), Format.releaseSpan(series.releaseSpan(in: catalog)),
                ].filter { !$0.isEmpty }.joined(separator: " · "))
        }
        let benchmarks = mostReported(catalog).map { benchmark, models in
            LinkWithDetail(
                link: EntityLink(name: benchmark.name, href: EntityFolder.benchmarks.href(benchmark.id, depth: 0)),
                detail: Format.counted(models, "model"))
        }
        let allSeries =
            listed.count < catalog.series.count
            ? "All \(Format.counted(catalog.series.count, "series", plural: "series"))" : ""
        return FrontDoorView(
            counts: counts(catalog), series: series, hasSeries: !series.isEmpty, allSeries: allSeries,
            hasAllSeries: !allSeries.isEmpty, seriesIndexHref: EntityFolder.series.indexHref(depth: 0),
            benchmarks: benchmarks, hasBenchmarks: !benchmarks.isEmpty, compareHref: CatalogPages.comparePath)
    }

    /// The catalog's series, or the `seriesCount` whose last release is latest (undated last), in
    /// the catalog's order: the series the timeline draws (`ReleaseTimeline`), which orders
    /// releases of one date by the model's name.
    static func latestSeries(_ catalog: Catalog) -> [Series] {
        guard catalog.series.count > seriesCount else { return catalog.series }
        let last = catalog.series.map { series in
            series.models.compactMap { id -> (Release, String)? in
                guard let model = catalog.model(id), model.isCatalogued, let release = model.release?.value else {
                    return nil
                }
                return (release, model.name)
            }
            .max { $0 < $1 }
        }
        let kept = Set(
            catalog.series.indices.sorted { a, b in
                switch (last[a], last[b]) {
                case (let x?, let y?): x != y ? x > y : a < b
                case (.some, nil): true
                case (nil, .some): false
                case (nil, nil): a < b
                }
            }
            .prefix(seriesCount))
        return catalog.series.indices.filter { kept.contains($0) }.map { catalog.series[$0] }
    }

    static func counts(_ catalog: Catalog) -> [CountView] {
        func count(_ number: Int, _ noun: String, plural: String? = nil, _ folder: EntityFolder?) -> CountView {
            let words = Format.counted(number, noun, plural: plural)
            let href = folder?.indexHref(depth: 0) ?? ""
            return CountView(
                number: String(number), label: String(words.drop(while: { $0 != " " }).dropFirst()), href: href,
                hasHref: !href.isEmpty)
        }
        return [
            count(catalog.models.count, "model", .models),
            count(catalog.series.count, "series", plural: "series", .series),
            count(catalog.benchmarks.count, "benchmark", .benchmarks),
            count(catalog.scores.reportedCount, "score", nil),
            count(catalog.organizations.count, "organization", .organizations),
        ]
    }

    /// Benchmarks by how many models report a score on them, most first, then by name.
    static func mostReported(_ catalog: Catalog) -> [(Benchmark, Int)] {
        // By index: `scores(on:)` would copy every score of the catalog into arrays first.
        let counted = catalog.benchmarks.map { benchmark in
            var models = Set<ModelID>()
            for index in catalog.scoreIndices(on: benchmark.id) where catalog.scores[index].isReported {
                models.insert(catalog.scores[index].model)
            }
            return (benchmark, models.count)
        }
        return counted.filter { $0.1 > 0 }
            .sorted { ($1.1, $0.0.name.lowercased()) < ($0.1, $1.0.name.lowercased()) }
            .prefix(benchmarkCount).map { $0 }
    }
}
