import Catalog
import Charts
import Markdown

extension CatalogPages {
    /// Where a model stands on each benchmark (in each setting) among the models with a reported
    /// score there: rank and a dot on a worst-to-best strip. Only comparisons of two or more
    /// models are drawn, in one drawing that fills the figure's width; empty when there are none.
    func standingChart(_ model: Model) -> String {
        let rows = standingRows(model)
        guard !rows.isEmpty else { return "" }
        let chart = StandingChart(title: "Where \(model.name) stands", rows: rows)
        return chart.svg(id: "standing")
    }

    func standingRows(_ model: Model) -> [StandingChart.Row] {
        var seen: Set<Measure> = []
        var rows: [StandingChart.Row] = []
        for score in catalog.scores(of: model.id) where score.isReported {
            let measure = Measure(benchmark: score.benchmark, setting: score.setting)
            guard seen.insert(measure).inserted, let benchmark = catalog.benchmark(score.benchmark),
                let comparison = standings.comparison(measure), comparison.best.count >= 2,
                let own = comparison.best[model.id]
            else { continue }
            let label = score.setting.isEmpty ? benchmark.name : "\(benchmark.name) · \(score.setting.description)"
            rows.append(
                StandingChart.Row(
                    label: label, value: own.value, display: own.raw, rank: comparison.rank(of: own.value),
                    values: comparison.strip, comparedCount: comparison.sortedValues.count,
                    lowerIsBetter: comparison.direction == .lowerIsBetter, href: link(score.benchmark).href))
        }
        // Benchmarks in name order (then setting), the same from run to run.
        return rows.sorted { $0.label.precedesInUTF8($1.label) }
    }
}

/// A benchmark in one setting: what can be compared across models.
struct Measure: Hashable {
    var benchmark: BenchmarkID
    var setting: Setting
}
