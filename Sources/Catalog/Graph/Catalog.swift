import Markdown

/// The typed graph of everything the documents say: organizations, series, models, benchmarks,
/// results tables and scores, linked by ids. A pure value: build it with `Enricher`.
public struct Catalog: Sendable {
    public internal(set) var organizations: [Organization] = []
    public internal(set) var series: [Series] = []
    public internal(set) var models: [Model] = []
    public internal(set) var benchmarks: [Benchmark] = []
    public internal(set) var tables: [ResultsTable] = []
    /// Sorted by model, benchmark, setting, then place in the file.
    public internal(set) var scores = ScoreList()
    /// Sections that belong to no series (overviews, introductions).
    public internal(set) var otherSections: [SectionRef] = []

    private var organizationIndex: [OrganizationID: Int] = [:]
    private var seriesIndex: [SeriesID: Int] = [:]
    private var modelIndex: [ModelID: Int] = [:]
    private var benchmarkIndex: [BenchmarkID: Int] = [:]
    private var tableIndex: [TableID: Int] = [:]
    /// Positions in `scores` and `models` per model, benchmark and organization, so that a page
    /// finds its rows without a scan of everything (the build stays linear in its input).
    private var scoresByModel: [ModelID: [Int]] = [:]
    private var scoresByBenchmark: [BenchmarkID: [Int]] = [:]
    private var modelsByOrganization: [OrganizationID: [Int]] = [:]

    public init() {}

    public func organization(_ id: OrganizationID) -> Organization? { organizationIndex[id].map { organizations[$0] } }
    public func series(_ id: SeriesID) -> Series? { seriesIndex[id].map { series[$0] } }
    public func model(_ id: ModelID) -> Model? { modelIndex[id].map { models[$0] } }
    public func benchmark(_ id: BenchmarkID) -> Benchmark? { benchmarkIndex[id].map { benchmarks[$0] } }
    public func table(_ id: TableID) -> ResultsTable? { tableIndex[id].map { tables[$0] } }

    public func scores(of model: ModelID) -> [Score] { (scoresByModel[model] ?? []).map { scores[$0] } }
    public func scores(on benchmark: BenchmarkID) -> [Score] { (scoresByBenchmark[benchmark] ?? []).map { scores[$0] } }
    /// Where `scores(of:)` are in `scores`, without copying them.
    public func scoreIndices(of model: ModelID) -> [Int] { scoresByModel[model] ?? [] }
    /// Where `scores(on:)` are in `scores`, without copying them.
    public func scoreIndices(on benchmark: BenchmarkID) -> [Int] { scoresByBenchmark[benchmark] ?? [] }
    public func models(of organization: OrganizationID) -> [Model] {
        modelIndices(of: organization).map { models[$0] }
    }
    /// Where `models(of:)` are in `models`, without copying them.
    public func modelIndices(of organization: OrganizationID) -> [Int] { modelsByOrganization[organization] ?? [] }
    /// Where the model `id` is in `models`.
    public func modelIndex(_ id: ModelID) -> Int? { modelIndex[id] }

    /// Sorts every collection by id so that output is the same from run to run, and indexes it:
    /// the scores on one core, the rest on the other. `scores` are in chunks (one per document),
    /// which the catalog keeps as they are (`ScoreList`). With `last`, a collection whose ids (for
    /// scores, whose sort keys) are those of the last finish's, in the same order, is put in that
    /// finish's order without sorting it again, and keeps its index. Returns what the next
    /// finish may take from.
    @discardableResult
    mutating func finish(
        organizations: [Organization], series: [Series], models: [Model],
        benchmarks: [Benchmark], tables: [ResultsTable], scores: [[Score]], otherSections: [SectionRef],
        last: SortOrders? = nil
    ) -> SortOrders {
        let (order, entities) = concurrently(
            { last.flatMap { $0.scores.holds(for: scores) } ?? Self.sortedScores(scores) },
            { () -> (Catalog, SortOrders) in
                var catalog = Catalog()
                var orders = SortOrders()
                (catalog.organizations, orders.organizations) = Self.sorted(organizations, last: last?.organizations)
                (catalog.series, orders.series) = Self.sorted(series, last: last?.series)
                (catalog.models, orders.models) = Self.sorted(models, last: last?.models)
                (catalog.benchmarks, orders.benchmarks) = Self.sorted(benchmarks, last: last?.benchmarks)
                (catalog.tables, orders.tables) = Self.sorted(tables, last: last?.tables)
                catalog.index(orders)
                return (catalog, orders)
            })
        var orders = entities.1
        orders.scores = order
        self = entities.0
        self.scores = ScoreList(chunks: scores, places: order.places)
        scoresByModel = order.byModel
        scoresByBenchmark = order.byBenchmark
        self.otherSections = otherSections
        return orders
    }

    /// The orders one `finish` put its collections in (`atlas serve` keeps the last).
    struct SortOrders: Sendable {
        var organizations = EntityOrder<OrganizationID>()
        var series = EntityOrder<SeriesID>()
        var models = EntityOrder<ModelID>()
        var benchmarks = EntityOrder<BenchmarkID>()
        var tables = EntityOrder<TableID>()
        var scores = ScoreOrder()
    }

    /// The ids of a collection as given, and the positions that sort them.
    struct EntityOrder<ID: EntityID>: Sendable {
        var ids: [ID] = []
        var order: [Int] = []
        /// Each id's position once sorted: the catalog's index, kept with the order it follows.
        var positions: [ID: Int] = [:]
    }

    /// The chunks of scores as given and their sort keys, the places that sort them
    /// (`ScoreList.places`), and each model's and benchmark's positions once sorted.
    struct ScoreOrder: Sendable {
        /// Kept to tell a chunk given again by its storage: its keys need no comparing.
        var chunks: [[Score]] = []
        var keys: [[ScoreSortKey]] = []
        var places: [Int] = []
        var byModel: [ModelID: [Int]] = [:]
        var byBenchmark: [BenchmarkID: [Int]] = [:]

        /// This order for `chunks`, when their scores have the same sort keys in the same places,
        /// or keys that moved to other lines of their file in the same order (a line added above
        /// a table): a chunk is one file's scores, and its keys compare by line within the file.
        func holds(for chunks: [[Score]]) -> ScoreOrder? {
            guard chunks.count == keys.count else { return nil }
            var order = self
            for (index, chunk) in chunks.enumerated() where !ScoreList.sameStorage(chunk, self.chunks[index]) {
                guard chunk.count == keys[index].count else { return nil }
                if zip(chunk, keys[index]).allSatisfy({ ScoreSortKey($0) == $1 }) { continue }
                let new = chunk.map(ScoreSortKey.init)
                guard Self.movedInOrder(from: keys[index], to: new) else { return nil }
                order.keys[index] = new
            }
            order.chunks = chunks
            return order
        }

        /// Whether each key is its old one at another line or column, and any two keys that
        /// compared by place compare the same way.
        private static func movedInOrder(from old: [ScoreSortKey], to new: [ScoreSortKey]) -> Bool {
            guard zip(old, new).allSatisfy({ $0.lineless == $1.lineless }) else { return false }
            let place = { (key: ScoreSortKey) in (key.source.line, key.source.column) }
            let byOldPlace = old.indices.sorted { place(old[$0]) < place(old[$1]) }
            return zip(byOldPlace, byOldPlace.dropFirst()).allSatisfy { a, b in
                place(old[a]) == place(old[b]) ? place(new[a]) == place(new[b]) : place(new[a]) < place(new[b])
            }
        }
    }

    /// What scores are sorted by.
    struct ScoreSortKey: Equatable, Sendable {
        var model: ModelID
        var benchmark: BenchmarkID
        var setting: Setting
        var source: Provenance

        init(_ score: Score) {
            (model, benchmark, setting, source) = (score.model, score.benchmark, score.setting, score.source)
        }

        /// The key without its line and column.
        var lineless: ScoreSortKey {
            var key = self
            key.source = source.lineless
            return key
        }
    }

    /// `items` sorted by id: in `last`'s order when their ids are `last`'s, in the same order.
    private static func sorted<Item: Identifiable>(_ items: [Item], last: EntityOrder<Item.ID>?) -> (
        [Item], EntityOrder<Item.ID>
    ) where Item.ID: EntityID {
        let ids = items.map(\.id)
        if let last, last.ids == ids { return (last.order.map { items[$0] }, last) }
        let order = ids.indices.sorted { ids[$0].rawValue < ids[$1].rawValue }
        let positions = positions(order.map { ids[$0] })
        return (order.map { items[$0] }, EntityOrder(ids: ids, order: order, positions: positions))
    }

    private mutating func index(_ orders: SortOrders) {
        organizationIndex = orders.organizations.positions
        seriesIndex = orders.series.positions
        modelIndex = orders.models.positions
        benchmarkIndex = orders.benchmarks.positions
        tableIndex = orders.tables.positions
        for (position, model) in models.enumerated() {
            if let organization = model.organization {
                modelsByOrganization[organization, default: []].append(position)
            }
        }
    }

    /// Each id's position. Enrichment hands out unique ids; should two items still share one, the
    /// first keeps it rather than the whole program trapping.
    private static func positions<ID: Hashable>(_ ids: [ID]) -> [ID: Int] {
        Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Scores by model, benchmark, setting, then place in the file, with the positions of each
    /// model's and each benchmark's. Positions are sorted, not the scores: moving large values
    /// costs retains and copies. Model and benchmark ids compare by their ranks among the ids
    /// sorted once: integers, not strings, in the many comparisons. The positions are first
    /// counted out by model (stable, one pass), then each model's few scores are sorted: one sort
    /// of 100,000 positions was half of the catalog's `finish`. So a model's positions are one
    /// run, and a benchmark's are collected by rank, not looked up by id for every score.
    private static func sortedScores(_ chunks: [[Score]]) -> ScoreOrder {
        let scores = ScoreList(inReadingOrder: chunks)
        let models = ranks(scores.map(\.model))
        let benchmarks = ranks(scores.map(\.benchmark))
        let keys = scores.map { ScoreKey(model: models.rank[$0.model]!, benchmark: benchmarks.rank[$0.benchmark]!) }
        var starts = [Int](repeating: 0, count: models.ids.count + 1)
        for key in keys { starts[key.model + 1] += 1 }
        for rank in models.ids.indices { starts[rank + 1] += starts[rank] }
        var order = [Int](repeating: 0, count: scores.count)
        var next = starts
        for (position, key) in keys.enumerated() {
            order[next[key.model]] = position
            next[key.model] += 1
        }
        for rank in models.ids.indices where starts[rank + 1] - starts[rank] > 1 {
            order[starts[rank]..<starts[rank + 1]].sort { a, b in
                if keys[a].benchmark != keys[b].benchmark { return keys[a].benchmark < keys[b].benchmark }
                return placeOrder(scores[a], scores[b])
            }
        }
        var byModel: [ModelID: [Int]] = [:]
        byModel.reserveCapacity(models.ids.count)
        for (rank, id) in models.ids.enumerated() { byModel[id] = Array(starts[rank]..<starts[rank + 1]) }
        var benchmarkPositions = [[Int]](repeating: [], count: benchmarks.ids.count)
        for (position, original) in order.enumerated() { benchmarkPositions[keys[original].benchmark].append(position) }
        let byBenchmark = Dictionary(uniqueKeysWithValues: zip(benchmarks.ids, benchmarkPositions))
        return ScoreOrder(
            chunks: chunks, keys: chunks.map { $0.map(ScoreSortKey.init) }, places: order.map { scores.places[$0] },
            byModel: byModel, byBenchmark: byBenchmark)
    }

    /// The distinct ids sorted by raw value, and each one's position among them.
    private static func ranks<ID: EntityID>(_ ids: [ID]) -> (ids: [ID], rank: [ID: Int]) {
        let sorted = Set(ids).sorted { $0.rawValue < $1.rawValue }
        return (sorted, Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) }))
    }

    private struct ScoreKey {
        var model: Int
        var benchmark: Int
    }

    /// Setting, then place in the file, for scores of one model and benchmark: written out, as
    /// generic tuple comparison of this many fields is slow.
    private static func placeOrder(_ a: Score, _ b: Score) -> Bool {
        if a.setting != b.setting { return a.setting < b.setting }
        if a.source.path != b.source.path { return a.source.path < b.source.path }
        if a.source.line != b.source.line { return a.source.line < b.source.line }
        return a.source.column < b.source.column
    }
}
