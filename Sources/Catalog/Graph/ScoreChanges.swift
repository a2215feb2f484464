import Markdown

/// How a catalog differs from an earlier one when only its scores' values, texts or settings
/// do: every score is still at its position in `scores`, for the same model and benchmark, and
/// every results table's cells are all that may differ of it (they hold the scores' text).
/// `atlas serve` patches what the last build made of every score (digests, standings) at these
/// positions instead of making it again for an edit to one number.
public struct ScoreChanges: Sendable, Equatable {
    /// Positions in `scores` (the same in both catalogs) whose score differs in any way.
    public var positions: [Int] = []
    /// The benchmarks of the changed scores whose setting, value or cell text differ: what the
    /// comparisons of scores on a benchmark read (a moved source alone leaves them as they were).
    public var comparedBenchmarks: Set<BenchmarkID> = []
    /// Whether a score became reported or stopped being (`-` to a number, or back): counts of
    /// reported scores differ.
    public var reportingChanged = false

    public init() {}
}

extension Catalog {
    /// The changes since `old`, or nil when anything but scores differs (an entity, a results
    /// table's place or rows and columns, a section) or a score was added, removed or moved to
    /// another model or benchmark.
    public func scoreChanges(since old: Catalog) -> ScoreChanges? {
        guard scores.count == old.scores.count else { return nil }
        let (sameEntities, changes) = concurrently(
            {
                organizations == old.organizations && series == old.series && models == old.models
                    && benchmarks == old.benchmarks && otherSections == old.otherSections
                    && tables.elementsEqual(old.tables, by: ResultsTable.placeAndShapeEqual)
            },
            { () -> ScoreChanges? in
                var changes = ScoreChanges()
                // In the same place of a chunk both share, a score is the one it was: an edit
                // to one document compares that document's scores, not all of them.
                let samePlaces = scores.places == old.scores.places
                let shared = scores.chunks.indices.map { scores.sharesChunk($0, with: old.scores) }
                for index in scores.indices {
                    if samePlaces, shared[scores.places[index] >> 32] { continue }
                    let (new, was) = (scores[index], old.scores[index])
                    guard new.model == was.model, new.benchmark == was.benchmark else { return nil }
                    if new == was { continue }
                    changes.positions.append(index)
                    if new.setting != was.setting || new.value != was.value || new.raw != was.raw {
                        changes.comparedBenchmarks.insert(new.benchmark)
                    }
                    if new.isReported != was.isReported { changes.reportingChanged = true }
                }
                return changes
            })
        return sameEntities ? changes : nil
    }
}

extension ResultsTable {
    /// Equal but for the cells (`table`): every other property.
    static func placeAndShapeEqual(_ a: ResultsTable, _ b: ResultsTable) -> Bool {
        a.id == b.id && a.headingPath == b.headingPath && a.series == b.series && a.orientation == b.orientation
            && a.models == b.models && a.benchmarks == b.benchmarks && a.source == b.source
    }
}
