import Catalog
import Charts
import Markdown

/// The home page's release timeline: catalogued models with a release date, one row per series
/// (in order of first release), each point linking to the model's page; drawn at two widths
/// (`ResponsiveChart`). A catalog of many series draws the `maxRows` series released last: a row
/// per series of a thousand model cards would make the home page megabytes of chart no one can read.
enum ReleaseTimeline {
    /// The rows drawn at most.
    static let maxRows = 20

    /// What the timeline draws, and what it leaves to the models list.
    struct Drawn: Sendable, Hashable {
        /// The releases drawn, in date then name order.
        var points: [TimelineChart.Point] = []
        /// Rows (series, or "Other") not drawn, and their releases.
        var rowsLeftOut = 0
        var releasesLeftOut = 0

        /// "The 20 series released last are drawn; 1281 more series have 6402 releases." (or empty).
        var note: String {
            guard rowsLeftOut > 0 else { return "" }
            return "The \(ReleaseTimeline.maxRows) series released last are drawn; "
                + "\(Format.counted(rowsLeftOut, "more series", plural: "more series")) "
                + "have \(Format.counted(releasesLeftOut, "release"))."
        }
    }

    /// What the timeline draws: all it reads of the graph.
    static func drawn(_ catalog: Catalog) -> Drawn {
        let dated = catalog.models.compactMap { model -> (Model, Release)? in
            guard model.isCatalogued, let release = model.release?.value else { return nil }
            return (model, release)
        }
        .sorted { ($0.1, $0.0.name) < ($1.1, $1.0.name) }
        let points = dated.map { model, release in
            TimelineChart.Point(
                label: model.name,
                date: release.month.map { .month(year: release.year, month: $0) } ?? .year(release.year),
                href: SafeURL.check("models/\(model.id.rawValue).html"),
                group: model.series.flatMap { catalog.series($0)?.name } ?? "Other")
        }
        return limited(points)
    }

    /// Keeps the points of the `maxRows` rows whose last release is the latest (points in date
    /// order, so a row's last point is its latest release).
    static func limited(_ points: [TimelineChart.Point]) -> Drawn {
        var lastPosition: [String: Int] = [:]
        for (position, point) in points.enumerated() { lastPosition[point.group] = position }
        guard lastPosition.count > maxRows else { return Drawn(points: points) }
        let kept = Set(lastPosition.sorted { $0.value > $1.value }.prefix(maxRows).map(\.key))
        let drawn = points.filter { kept.contains($0.group) }
        return Drawn(
            points: drawn, rowsLeftOut: lastPosition.count - maxRows, releasesLeftOut: points.count - drawn.count)
    }

    static func svg(_ drawn: Drawn) -> String {
        guard !drawn.points.isEmpty else { return "" }
        let chart = TimelineChart(title: "Catalogued models by release date", points: drawn.points)
        return ResponsiveChart.html(id: "releases") { width, id in chart.svg(width: width, id: id) }
    }
}
