import Catalog
import Charts
import Markdown

extension CatalogPages {
    /// The leaderboard as an SVG bar chart (at two widths, see `ResponsiveChart`): one bar per model (its best-placed score), in
    /// leaderboard order, each linking to the model's page. Empty when nothing was reported.
    /// Only the first `chartBarLimit` models are drawn (a chart of thousands of bars is pages
    /// tall and says nothing a reader can see); the subtitle says so and the table lists all.
    func leaderboardChart(
        _ benchmark: Benchmark, setting: Setting, metric: Metric?, scores: [Score], id: String
    ) -> String {
        var seen: Set<ModelID> = []
        let bars = scores.compactMap { score -> BarChart.Bar? in
            guard let value = score.value, seen.insert(score.model).inserted else { return nil }
            let model = link(score.model)
            return BarChart.Bar(
                label: model.name, value: value, display: score.raw,
                href: model.hasHref ? SafeURL.check(model.href) : nil)
        }
        guard !bars.isEmpty else { return "" }
        let limited = bars.count > Self.chartBarLimit ? "top \(Self.chartBarLimit) of \(bars.count) models" : nil
        let subtitle = [benchmark.category, setting.isEmpty ? nil : setting.description, limited].compactMap { $0 }
        let chart = BarChart(
            title: benchmark.name, subtitle: subtitle.joined(separator: " · "), scale: Self.chartScale(metric?.scale),
            lowerIsBetter: metric?.direction == .lowerIsBetter, bars: Array(bars.prefix(Self.chartBarLimit)))
        return ResponsiveChart.html(id: id) { width, id in chart.svg(width: width, id: id) }
    }

    /// The most bars a leaderboard chart draws.
    static let chartBarLimit = 40

    /// Percentages and scores out of ten have fixed axes; ratings and ratios get a rounded one.
    static func chartScale(_ scale: CatalogScale?) -> Charts.Scale {
        switch scale {
        case .percent: return .percent
        case .outOfTen: return .outOfTen
        case .rating, .ratio, nil: return .open
        }
    }
}
