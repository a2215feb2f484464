import Catalog
import Charts
import Markdown

/// The home page's release timeline: every catalogued model with a release date, one row per
/// series (in order of first release), each point linking to the model's page; drawn at two
/// widths (`ResponsiveChart`).
enum ReleaseTimeline {
    static func svg(_ catalog: Catalog) -> String { svg(points(catalog)) }

    /// What the timeline draws, in date then name order: all it reads of the graph.
    static func points(_ catalog: Catalog) -> [TimelineChart.Point] {
        let dated = catalog.models.compactMap { model -> (Model, Release)? in
            guard model.isCatalogued, let release = model.release?.value else { return nil }
            return (model, release)
        }
        .sorted { ($0.1, $0.0.name) < ($1.1, $1.0.name) }
        return dated.map { model, release in
            TimelineChart.Point(
                label: model.name,
                date: release.month.map { .month(year: release.year, month: $0) } ?? .year(release.year),
                href: SafeURL.check("models/\(model.id.rawValue).html"),
                group: model.series.flatMap { catalog.series($0)?.name } ?? "Other")
        }
    }

    static func svg(_ points: [TimelineChart.Point]) -> String {
        guard !points.isEmpty else { return "" }
        let chart = TimelineChart(title: "Catalogued models by release date", points: points)
        return ResponsiveChart.html(id: "releases") { width, id in chart.svg(width: width, id: id) }
    }
}
