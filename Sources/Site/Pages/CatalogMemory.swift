import Catalog
import Charts
import Synchronization

extension SiteRenderer {
    /// What the last render of this process made from every score of its catalog. When the next
    /// catalog differs only in some scores (`Catalog.scoreChanges(since:)`, an edit to a number),
    /// those parts are patched where the scores changed, and the pages no changed score reaches
    /// keep their last keys: at 100,000 scores, making all of it again took most of a rebuild.
    final class CatalogMemory: Sendable {
        /// The parts, and the render keys of the render that made them (by path, with the site
        /// key they were made under: any other site key makes every page's key differ).
        struct Parts: Sendable {
            var catalog: Catalog
            var standings: MeasureStandings
            var scoreDigests: [Int]
            var nameDigests: RenderKeys.NameDigests
            var timeline: ReleaseTimeline.Drawn
            var frontDoor: FrontDoorView
            var site: Int
            var keys: [String: Int]
        }

        /// The last parts, and how `catalog` differs from their catalog.
        struct Carried: Sendable {
            var last: Parts
            var changes: ScoreChanges
        }

        private let last = Mutex<Parts?>(nil)

        init() {}

        /// The last parts when `catalog` differs from theirs only in scores; nil otherwise.
        func carried(to catalog: Catalog) -> Carried? {
            guard let last = last.withLock({ $0 }), let changes = catalog.scoreChanges(since: last.catalog) else {
                return nil
            }
            return Carried(last: last, changes: changes)
        }

        /// Keeps `parts`. The last ones are freed on another thread: at 100x their catalog and
        /// standings took milliseconds to free, on the way to the reload of `atlas serve`.
        func remember(_ parts: Parts) {
            let replaced = last.withLock { last in
                defer { last = parts }
                return last
            }
            FreeLater.drop(replaced)
        }
    }
}

extension SiteRenderer.CatalogMemory.Carried {
    /// The last score digests with the changed positions hashed again.
    func scoreDigests(_ catalog: Catalog) -> [Int] {
        var digests = last.scoreDigests
        for position in changes.positions { digests[position] = catalog.scores[position].hashValue }
        return digests
    }

    /// The keys of pages no changed score reaches, under the site key `site`: nil when the last
    /// keys were made under another. `standings` are the catalog's.
    func keyCarryOver(site: Int, catalog: Catalog, standings: MeasureStandings) -> KeyCarryOver? {
        guard site == last.site else { return nil }
        var models = Set<ModelID>()
        var benchmarks = Set<BenchmarkID>()
        for position in changes.positions {
            models.insert(catalog.scores[position].model)
            benchmarks.insert(catalog.scores[position].benchmark)
        }
        // A model page shows where the model stands on each benchmark it has a score on.
        models.formUnion(standings.modelsMoved(on: changes.comparedBenchmarks, since: last.standings))
        return KeyCarryOver(keys: last.keys, models: models, benchmarks: benchmarks)
    }
}

/// The last render's keys of the catalog's pages, for the pages whose inputs did not change: a
/// model page's key reads its model, scores and standings; a benchmark page's its benchmark and
/// scores; series, organization and listing pages read no score but their count (`RenderKeys`).
struct KeyCarryOver: Sendable {
    let keys: [String: Int]
    /// The models and benchmarks whose pages' keys must be made again.
    let models: Set<ModelID>
    let benchmarks: Set<BenchmarkID>

    /// The last key at `path`, unless `changed`.
    func key(at path: String, unless changed: Bool) -> Int? { changed ? nil : keys[path] }
}
