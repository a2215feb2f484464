/// Each document's scores with their benchmarks' final ids (`finish` names a benchmark by its
/// most frequent spelling, so a score may have been read under another id), and the highest
/// value of each benchmark's metrics among them, which decides the metric's scale.
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
    /// Per document, the highest value of each benchmark's (final id) metrics; -infinity when
    /// none is reported.
    var highest: [[BenchmarkID: [String: Double]]] = []

    init() {}

    /// `read`'s scores named by `moved`, taking each document's from `last` when it holds the
    /// same stored scores and was named by the same `moved`.
    init(read: [[Score]], moved: [BenchmarkID: BenchmarkID], last: NamedScores?) {
        self.moved = moved
        self.read = read
        let reusable = last.flatMap { $0.moved == moved ? $0 : nil }
        named.reserveCapacity(read.count)
        highest.reserveCapacity(read.count)
        for (index, scores) in read.enumerated() {
            if let reusable, index < reusable.read.count, ScoreList.sameStorage(scores, reusable.read[index]) {
                named.append(reusable.named[index])
                highest.append(reusable.highest[index])
                continue
            }
            let renamed = Self.renaming(scores, by: moved)
            named.append(renamed)
            highest.append(Self.highestValues(renamed))
        }
    }

    /// The highest value of each benchmark's metrics over every document.
    var highestOverall: [BenchmarkID: [String: Double]] {
        var all: [BenchmarkID: [String: Double]] = [:]
        for document in highest {
            for (benchmark, metrics) in document {
                all[benchmark, default: [:]].merge(metrics, uniquingKeysWith: max)
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

    private static func highestValues(_ scores: [Score]) -> [BenchmarkID: [String: Double]] {
        var highest: [BenchmarkID: [String: Double]] = [:]
        for score in scores {
            let value = score.value ?? -.infinity
            highest[score.benchmark, default: [:]][score.setting.metric, default: -.infinity].formMax(value)
        }
        return highest
    }
}

extension Double {
    /// Becomes `other` when that is higher.
    fileprivate mutating func formMax(_ other: Double) { if other > self { self = other } }
}
