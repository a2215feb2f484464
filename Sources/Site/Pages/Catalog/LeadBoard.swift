import Catalog
import Markdown

/// Scores that may be ranked on one board: the same scale and the same direction (a rating is
/// never ranked with a percentile). `scale` is nil when a score's metric is unknown.
struct Comparability: Hashable {
    var scale: CatalogScale?
    var direction: Direction

    /// `percent, higher is better`.
    var text: String {
        (scale.map { "\($0.rawValue), " } ?? "") + CatalogPages.directionText(direction)
    }

    /// A fixed order, so that a tie in model counts is broken the same way on every run.
    var sortKey: String { (scale?.rawValue ?? "") + "/" + direction.rawValue }
}

extension CatalogPages {
    /// The board a benchmark page leads with: one row per model, its best score across settings
    /// among the comparable ones (a table's whole before its parts, see `wholeBenchmarkFirst`),
    /// best first; `note` says which scores were left to the finer
    /// boards when the benchmark has metrics that cannot be ranked together. Nil without scores.
    func leadBoard(_ benchmark: Benchmark) -> (board: LeaderboardView, note: String)? {
        let scores = catalog.scores(on: benchmark.id)
        let kinds = Dictionary(grouping: scores) { Self.comparability(of: $0.setting, in: benchmark) }
        let ranked = kinds.sorted { Self.leads($0, over: $1) }
        guard let (kind, chosen) = ranked.first else { return nil }
        let names = modelNames(scores)
        let sorted = bestFirst(Self.wholeBenchmarkFirst(chosen), direction: kind.direction, names: names)
        // Best first, so a model's first row is its best; its other rows are left to the finer boards.
        var seen: Set<ModelID> = []
        let groups = ScoreRowGroups(sorted).groups.filter { seen.insert($0.score.model).inserted }
        var rank = 0
        let rows = groups.map { group -> ScoreRow in
            if group.score.isReported { rank += 1 }
            var row = scoreRow(
                group, rank: group.score.isReported ? String(rank) : "", subject: link(group.score.model),
                allPlaces: link(group.score.model))
            if row.setting.isEmpty { row.setting = "not stated" }
            return row
        }
        let metric = kind.scale.map { Metric(name: "", scale: $0, direction: kind.direction) }
        let board = LeaderboardView(
            title: "Leaderboard", note: kind.text, rows: rows,
            chart: leaderboardChart(
                benchmark, setting: Setting(), metric: metric, scores: groups.map(\.score), id: "board-lead"))
        return (board, Self.leadNote(chosen: chosen, kind, others: ranked.dropFirst().map(\.value), in: benchmark))
    }

    /// Without the parts of a benchmark that a table sums up beside them (`| Overall | AST | Relevance |`):
    /// a model's score in a part is dropped when the same table gives it one on the whole (no
    /// qualifier), so that a model's best part (`Relevance`) never outranks another's whole.
    /// Parts from tables without a whole, and variants from other tables, stay.
    static func wholeBenchmarkFirst(_ scores: [Score]) -> [Score] {
        struct Place: Hashable {
            var model: ModelID
            var table: TableID
        }
        let wholes = Set(
            scores.compactMap { score in
                score.setting.qualifier.isEmpty && score.isReported
                    ? score.source.table.map { Place(model: score.model, table: $0) } : nil
            })
        guard !wholes.isEmpty else { return scores }
        return scores.filter { score in
            guard !score.setting.qualifier.isEmpty, let table = score.source.table else { return true }
            return !wholes.contains(Place(model: score.model, table: table))
        }
    }

    /// The kind with more models leads; ties go by a fixed order.
    private static func leads(
        _ a: (key: Comparability, value: [Score]), over b: (key: Comparability, value: [Score])
    ) -> Bool {
        let (countA, countB) = (Set(a.value.map(\.model)).count, Set(b.value.map(\.model)).count)
        if countA != countB { return countA > countB }
        return a.key.sortKey.precedesInUTF8(b.key.sortKey)
    }

    /// How a setting's scores are read; a setting naming no known metric takes the benchmark's
    /// only kind of metric when all its metrics agree.
    static func comparability(of setting: Setting, in benchmark: Benchmark) -> Comparability {
        if let metric = metric(for: setting, in: benchmark) {
            return Comparability(scale: metric.scale, direction: metric.direction)
        }
        let kinds = Set(benchmark.metrics.values.map { Comparability(scale: $0.scale, direction: $0.direction) })
        if kinds.count == 1, let only = kinds.first { return only }
        return Comparability(scale: nil, direction: .higherIsBetter)
    }

    /// One line naming the measures left off the lead board; empty when nothing was left off.
    private static func leadNote(
        chosen: [Score], _ kind: Comparability, others: [[Score]], in benchmark: Benchmark
    ) -> String {
        guard !others.isEmpty else { return "" }
        let left = others.map { scores in
            let kind = comparability(of: scores[0].setting, in: benchmark)
            return "\(measureName(scores, kind)) (\(kind.text))"
        }
        return "Ranked by \(measureName(chosen, kind)), the measure most models have; "
            + left.joined(separator: " and ") + " cannot be ranked with it and "
            + (left.count == 1 ? "is" : "are") + " shown by setting below."
    }

    /// The metric names a group of scores uses (`Percentile`), or its scale when none is named.
    private static func measureName(_ scores: [Score], _ kind: Comparability) -> String {
        let names = Set(scores.map(\.setting.metric).filter { !$0.isEmpty }).sorted()
        return names.isEmpty ? (kind.scale?.rawValue ?? "unnamed metric") : names.joined(separator: ", ")
    }

    /// Model names looked up once per model, not once per comparison of a sort.
    func modelNames(_ scores: [Score]) -> [ModelID: String] {
        var names: [ModelID: String] = [:]
        for score in scores where names[score.model] == nil {
            names[score.model] = catalog.model(score.model)?.name ?? ""
        }
        return names
    }
}
