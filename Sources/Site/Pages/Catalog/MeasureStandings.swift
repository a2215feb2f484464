import Catalog
import Charts

/// Each model's best reported score on every benchmark in every setting, and the sorted values
/// of each such comparison, made once per build in one pass over the scores. Model pages read
/// ranks from it by binary search and the compare data reads it whole, so neither scans every
/// score of a benchmark per page (that grew with the square of the catalog).
struct MeasureStandings: Sendable {
    struct Comparison: Sendable {
        var direction: Direction
        /// The best score of each model with a value: what pages show of it (not the whole
        /// score, whose copies took a third of the time at 100,000 scores).
        var best: [ModelID: Best]
        /// Their values, ascending.
        var sortedValues: [Double]
        /// What a standing chart draws of them (`strip()`), made once: every model page on the
        /// measure draws the same strip.
        var strip: [Double] = []
        /// A hash of what every standing chart on the measure shares (direction, count, strip):
        /// with a model's rank, all its page reads of the comparison (`RenderKeys`).
        var digest = 0
    }

    /// A model's best value on a measure, and its cell's text.
    struct Best: Sendable {
        var value: Double
        var raw: String
    }

    private(set) var comparisons: [Measure: Comparison] = [:]

    init(_ catalog: Catalog) {
        for benchmark in catalog.benchmarks { compare(on: benchmark, in: catalog) }
    }

    /// These standings with the comparisons on `benchmarks` made again from `catalog`, whose
    /// other scores must be those these were made from (`Catalog.scoreChanges(since:)`).
    func updating(_ benchmarks: Set<BenchmarkID>, in catalog: Catalog) -> MeasureStandings {
        guard !benchmarks.isEmpty else { return self }
        var standings = self
        standings.comparisons = comparisons.filter { !benchmarks.contains($0.key.benchmark) }
        for benchmark in catalog.benchmarks where benchmarks.contains(benchmark.id) {
            standings.compare(on: benchmark, in: catalog)
        }
        return standings
    }

    /// Adds the comparisons of the scores on `benchmark`, one per setting.
    private mutating func compare(on benchmark: Benchmark, in catalog: Catalog) {
        var directions: [Setting: Direction] = [:]
        var made: [Measure: Comparison] = [:]
        // By index: `scores(on:)` would copy every score of the catalog into arrays first.
        for index in catalog.scoreIndices(on: benchmark.id) {
            let score = catalog.scores[index]
            guard let value = score.value else { continue }
            let measure = Measure(benchmark: benchmark.id, setting: score.setting)
            let direction =
                directions[score.setting]
                ?? CatalogPages.metric(for: score.setting, in: benchmark)?.direction ?? .higherIsBetter
            directions[score.setting] = direction
            made[measure, default: Comparison(direction: direction, best: [:], sortedValues: [])]
                .keepBetter(score, value: value)
        }
        for (measure, var comparison) in made {
            comparison.sortedValues = comparison.best.values.map(\.value).sorted()
            comparison.strip = comparison.strip()
            // What the charts draw of the strip: its range (each marker's place) and its dots'
            // places, not its values: an edit that moves no dot re-renders no other page.
            var hasher = Hasher()
            hasher.combine(comparison.direction)
            hasher.combine(comparison.sortedValues.count)
            hasher.combine(comparison.strip.first)
            hasher.combine(comparison.strip.last)
            hasher.combine(
                StandingChart.stripSteps(comparison.strip, lowerIsBetter: comparison.direction == .lowerIsBetter))
            comparison.digest = hasher.finalize()
            comparisons[measure] = comparison
        }
    }

    func comparison(_ measure: Measure) -> Comparison? { comparisons[measure] }

    /// The models whose reads of the comparisons on `benchmarks` (`RenderKeys`: the shared
    /// digest, and their rank) may differ between `old` and these standings. Where a comparison's
    /// digest is as it was, that is the models whose rank moved (at 100x, a number edited on MMLU
    /// moves a few of its 3,000 models); elsewhere every model compared.
    func modelsMoved(on benchmarks: Set<BenchmarkID>, since old: MeasureStandings) -> Set<ModelID> {
        var moved = Set<ModelID>()
        let measures = Set(
            (comparisons.keys.filter { benchmarks.contains($0.benchmark) })
                + old.comparisons.keys.filter { benchmarks.contains($0.benchmark) })
        for measure in measures {
            let (new, was) = (comparisons[measure], old.comparisons[measure])
            guard let new, let was, new.digest == was.digest else {
                for case let compared? in [new, was] { moved.formUnion(compared.best.keys) }
                continue
            }
            for (model, best) in new.best {
                let rankWas = was.best[model].map { was.rank(of: $0.value) }
                if rankWas != new.rank(of: best.value) { moved.insert(model) }
            }
            for model in was.best.keys where new.best[model] == nil { moved.insert(model) }
        }
        return moved
    }
}

extension MeasureStandings.Comparison {
    fileprivate mutating func keepBetter(_ score: Score, value: Double) {
        if let current = best[score.model]?.value {
            let better = direction == .lowerIsBetter ? value < current : value > current
            if !better { return }
        }
        best[score.model] = MeasureStandings.Best(value: value, raw: score.raw)
    }

    /// 1 for the best value; models with equal values share a rank.
    func rank(of value: Double) -> Int {
        let strictlyBetter =
            direction == .lowerIsBetter
            ? sortedValues.partitioningIndex { $0 >= value }
            : sortedValues.count - sortedValues.partitioningIndex { $0 > value }
        return strictlyBetter + 1
    }

    /// At most `limit` distinct values to draw on a strip, the lowest and highest always among
    /// them: a chart's size stays bounded however many models were compared. They are the
    /// points of an even grid from the lowest to the highest that the values are nearest to:
    /// `limit` points beyond `limit` values, else a fine grid (200 points, each within half a
    /// pixel of its values on a 640px chart). An edit that moves a value less than the grid's
    /// step then leaves the strip as it was, so it re-renders no other model's page (picking
    /// every so many values shifted them all when one was added; exact values moved with any edit).
    func strip(limit: Int = 48) -> [Double] {
        var distinct: [Double] = []
        for value in sortedValues where value.isFinite && distinct.last != value { distinct.append(value) }
        guard limit >= 2, let low = distinct.first, let high = distinct.last, high > low else { return distinct }
        let pointCount = distinct.count > limit ? limit : 200
        let intervals = Double(pointCount - 1)
        var points: [Int] = []
        for value in distinct {
            let point = Int(((value - low) / (high - low) * intervals).rounded())
            if points.last != point { points.append(point) }
        }
        return points.map { $0 == pointCount - 1 ? high : low + (high - low) * Double($0) / intervals }
    }
}

extension Array where Element == Double {
    /// The first index whose element satisfies `belongs`, for a predicate false then true along
    /// the (sorted) array.
    fileprivate func partitioningIndex(where belongs: (Double) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if belongs(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
