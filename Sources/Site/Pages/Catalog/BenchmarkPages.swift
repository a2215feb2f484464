import Catalog
import Markdown

extension CatalogPages {
    /// `benchmarks/<id>.html`: the benchmark, one leaderboard across its settings, then one per setting.
    func benchmarkPage(_ benchmark: Benchmark) -> BenchmarkPageView {
        let metrics = benchmark.metrics.sorted { $0.key < $1.key }.map { name, metric in
            MetricView(
                name: name.isEmpty ? "Not named" : name, scale: metric.scale.rawValue,
                direction: Self.directionText(metric.direction))
        }
        let facts: [Fact?] = [fact("Category", benchmark.category)]
        let pending = pendingLeaderboards(benchmark)
        let lead = leadBoard(benchmark)
        // One setting whose rows are the lead board's rows adds nothing below it; its chart is
        // not drawn (half the benchmarks of the seed have one setting).
        let redundant = pending.count == 1 && pending.first?.view.rows.count == lead?.board.rows.count
        var view = BenchmarkPageView(
            chrome: chrome(benchmark.name + " (benchmark)", .benchmarks), name: benchmark.name,
            facts: facts.compactMap { $0 },
            aliases: benchmark.aliases, metrics: metrics, hasMetrics: !metrics.isEmpty,
            leaderboards: redundant ? [] : pending.map { $0.drawn() })
        view.lead = lead.map { [$0.board] } ?? []
        view.leadNote = lead?.note ?? ""
        view.hasLeadNote = !view.leadNote.isEmpty
        view.hasLeaderboards = !view.leaderboards.isEmpty
        return view
    }

    /// One leaderboard per setting, settings in order; within each, best first by the metric's
    /// direction, ties by model name then source; scores not reported last.
    func leaderboards(_ benchmark: Benchmark) -> [LeaderboardView] {
        pendingLeaderboards(benchmark).map { $0.drawn() }
    }

    /// A leaderboard whose chart is drawn only when asked for (`drawn()`).
    struct PendingLeaderboard {
        var view: LeaderboardView
        var chart: () -> String

        func drawn() -> LeaderboardView {
            var view = view
            view.chart = chart()
            return view
        }
    }

    /// The leaderboards, their charts left for `drawn()`.
    private func pendingLeaderboards(_ benchmark: Benchmark) -> [PendingLeaderboard] {
        let scores = catalog.scores(on: benchmark.id)
        let groups = Dictionary(grouping: scores, by: \.setting)
        let names = modelNames(scores)
        return groups.keys.sorted().enumerated().map { index, setting in
            let metric = Self.metric(for: setting, in: benchmark)
            let direction = metric?.direction ?? .higherIsBetter
            let sorted = bestFirst(groups[setting, default: []], direction: direction, names: names)
            // One number, one row (and one bar): the same value from several tables is one entry.
            let groups = ScoreRowGroups(sorted).groups
            var rank = 0
            let rows = groups.map { group -> ScoreRow in
                if group.score.isReported { rank += 1 }
                return scoreRow(
                    group, rank: group.score.isReported ? String(rank) : "", subject: link(group.score.model),
                    allPlaces: link(group.score.model))
            }
            let scale = metric.map { "\($0.scale.rawValue), " } ?? ""
            let view = LeaderboardView(
                title: setting.isEmpty ? "Setting not stated" : setting.description,
                note: scale + Self.directionText(direction), rows: rows)
            return PendingLeaderboard(view: view) {
                leaderboardChart(
                    benchmark, setting: setting, metric: metric, scores: groups.map(\.score), id: "board-\(index + 1)")
            }
        }
    }

    /// The metric a setting names; with one metric only, that one.
    static func metric(for setting: Setting, in benchmark: Benchmark) -> Metric? {
        if let metric = benchmark.metrics[setting.metric] { return metric }
        let lowered = benchmark.metrics.first { $0.key.lowercased() == setting.metric.lowercased() }
        return lowered?.value ?? (benchmark.metrics.count == 1 ? benchmark.metrics.first?.value : nil)
    }

    static func directionText(_ direction: Direction) -> String {
        direction == .lowerIsBetter ? "lower is better" : "higher is better"
    }

    /// `scores` best first: by value, then (ties, and scores not reported, last) by model name
    /// and place. The sort orders positions with each model's name looked up once, not twice per
    /// comparison (a hundred cards quoting one peer's score tie a hundred times), and moves no
    /// score until the end.
    func bestFirst(_ scores: [Score], direction: Direction, names: [ModelID: String]) -> [Score] {
        let modelNames = scores.map { names[$0.model] ?? "" }
        let order = scores.indices.sorted { a, b in
            switch (scores[a].value, scores[b].value) {
            case (let x?, let y?) where x != y: return direction == .lowerIsBetter ? x < y : x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default:
                if modelNames[a] != modelNames[b] { return modelNames[a].precedesInUTF8(modelNames[b]) }
                let (placeA, placeB) = (scores[a].source, scores[b].source)
                if placeA.path != placeB.path { return placeA.path.precedesInUTF8(placeB.path) }
                if placeA.line != placeB.line { return placeA.line < placeB.line }
                return placeA.column < placeB.column
            }
        }
        return order.map { scores[$0] }
    }
}
