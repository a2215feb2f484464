/// Each document's scores with their benchmarks' final ids (`finish` names a benchmark by its
/// most frequent spelling, so a score may have been read under another id), and what the values
/// of each benchmark's metrics among them say about the metric's scale (`MetricValues`).
///
/// Made per document so that `atlas serve`, after an edit to one document, takes every other
/// document's from the last enrichment: a document's scores given again as the same stored array,
/// under the same renames, are named as they were (100,000 scores at 100x were renamed and
/// scanned for metrics on every edit).
struct NamedScores {
    /// The ids that `finish` changed (reading id → final id) when this was made.
    var moved: [BenchmarkID: BenchmarkID] = [:]
    /// Per document, the scores as read: kept to tell a document's scores given again.
    var read: [[Score]] = []
    /// Per document, the scores with their final benchmark ids.
    var named: [[Score]] = []
    /// Per document, the values of each benchmark's (final id) metrics.
    var values: [[BenchmarkID: [String: MetricValues]]] = []

    init() {}

    /// `read`'s scores named by `moved`, taking each document's from `last` when it holds the
    /// same stored scores and was named by the same `moved`.
    init(read: [[Score]], moved: [BenchmarkID: BenchmarkID], last: NamedScores?) {
        self.moved = moved
        self.read = read
        let reusable = last.flatMap { $0.moved == moved ? $0 : nil }
        named.reserveCapacity(read.count)
        values.reserveCapacity(read.count)
        for (index, scores) in read.enumerated() {
            if let reusable, index < reusable.read.count, ScoreList.sameStorage(scores, reusable.read[index]) {
                named.append(reusable.named[index])
                values.append(reusable.values[index])
                continue
            }
            let renamed = Self.renaming(scores, by: moved)
            named.append(renamed)
            values.append(Self.metricValues(renamed))
        }
    }

    /// The values of each benchmark's metrics over every document.
    var valuesOverall: [BenchmarkID: [String: MetricValues]] {
        var all: [BenchmarkID: [String: MetricValues]] = [:]
        for document in values {
            for (benchmark, metrics) in document {
                all[benchmark, default: [:]].merge(metrics) { $0.merged(with: $1) }
            }
        }
        return all
    }

    /// The scores with the moved benchmarks' ids; the same array when none is moved (most
    /// benchmarks keep their id, and an array not written is not copied).
    private static func renaming(_ scores: [Score], by moved: [BenchmarkID: BenchmarkID]) -> [Score] {
        guard !moved.isEmpty, scores.contains(where: { moved[$0.benchmark] != nil }) else { return scores }
        var renamed = scores
        for index in renamed.indices {
            if let id = moved[renamed[index].benchmark] { renamed[index].benchmark = id }
        }
        return renamed
    }

    private static func metricValues(_ scores: [Score]) -> [BenchmarkID: [String: MetricValues]] {
        var values: [BenchmarkID: [String: MetricValues]] = [:]
        for score in scores {
            values[score.benchmark, default: [:]][score.setting.metric, default: MetricValues()].add(score.value)
        }
        return values
    }
}

/// What a metric's values say about its scale: the highest (-infinity when none is reported), and
/// how many are reported and how many of those lie in 0-100.
struct MetricValues: Equatable {
    var highest = -Double.infinity
    var reported = 0
    var inPercentRange = 0

    mutating func add(_ value: Double?) {
        guard let value else { return }
        if value > highest { highest = value }
        reported += 1
        if (0...100).contains(value) { inPercentRange += 1 }
    }

    func merged(with other: MetricValues) -> MetricValues {
        MetricValues(
            highest: max(highest, other.highest), reported: reported + other.reported,
            inPercentRange: inPercentRange + other.inPercentRange)
    }

    /// Values over 100 make a rating only when they are not outnumbered by values a percentage
    /// takes: one `101` among MMLU scores is a typo in a percentage (which `atlas check` points
    /// at), and LLaVA-W's `104.4` among its 60s a relative score that overshoots, not an Elo.
    var exceedsPercentages: Bool { highest > 100 && inPercentRange * 2 < reported }
}
