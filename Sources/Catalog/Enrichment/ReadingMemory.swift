import Markdown

/// What a long-running process (`atlas serve`) keeps from one enrichment to the next, so that
/// saving one file again does not read every results table again.
///
/// Results tables are read in document order against registries of models and benchmarks that
/// the tables before them filled, so a table's reading depends on every document before it. The
/// memory keeps checkpoints: the reader's state (registries and table ids) before every few
/// documents (about the square root of their number apart, at most ten), and just before and
/// after the last change. A reading after an edit starts from the last checkpoint before the first changed
/// document; once past the last changed one, at each checkpoint it compares its state with the
/// one kept there, and when they are equal (an edited number, a fixed typo in a cell) the
/// documents after it would read exactly as before: their results are taken as they were. When
/// they are equal only aside lines (a paragraph added above the edited document's tables), they
/// are taken too, with the places they hold in the edited documents moved (`MovedPlaces`). A
/// change to the list tables or the configuration reads everything.
public final class EnrichmentMemory: @unchecked Sendable {
    /// The documents last enriched: what the parts below were made from.
    var documents: [Document] = []
    var lists: ListPhaseMemory?
    var reading: ReadingMemory?
    /// The orders of the last catalog's collections: the next one, with the same ids, is not sorted again.
    var sortOrders: Catalog.SortOrders?
    /// The last catalog's scores with their benchmarks' final ids, per document.
    var namedScores: NamedScores?
    /// How the last enrichment read its results tables (for `--verbose` and tests).
    public internal(set) var lastReading = ReadingReuse(documentsRead: 0, documentsReused: 0)
    /// Whether the last enrichment took the cataloguing of the list tables as it was.
    public internal(set) var lastListsReused = false

    public init() {}
}

/// How many documents' results tables an enrichment read, and how many it took from memory.
public struct ReadingReuse: Equatable, Sendable {
    public var documentsRead: Int
    public var documentsReused: Int
}

/// The last reading of the results tables, with the states needed to redo part of it.
struct ReadingMemory {
    var start: ReadingStart
    /// The documents' paths, in reading order.
    var paths: [String]
    /// The outlines read, to read a changed document as it was (`stateAfter`).
    var outlines: [DocumentOutline]
    /// Per document, what its tables added: reader diagnostics and tables.
    var added: [ReadingCounts]
    /// Per document, the scores its tables gave, as read (before `finish` renames benchmarks).
    var scores: [[Score]]
    /// The reader once every table was read (without scores), and the tables it read.
    var final: ResultsTableReader
    var tables: [ResultsTable]
    /// The reading state (without the scores and notes) before document `key`.
    var checkpoints: [Int: ReadingState]
    /// How much of this reading was done again.
    var reuse: ReadingReuse

    /// Documents between two regular checkpoints: about the square root of their number, so
    /// that an edit reads about that many documents, and the memory holds as many states; but
    /// at most ten states (each holds registries about as large as the catalog's models).
    static func checkpointSpacing(_ documents: Int) -> Int {
        let squareRoot = Int(Double(documents).squareRoot().rounded(.up))
        return max(1, squareRoot, (documents + 9) / 10)
    }

    /// What the reading of documents before `index` added, in all.
    func total(before index: Int) -> ReadingCounts {
        added[..<index].reduce(ReadingCounts()) { $0 + $1 }
    }

    /// Whether a note of the documents from `index` on names a file of `paths` (a disagreement
    /// cites the place of the first value): taken as they were, such notes would keep old lines.
    func notesName(_ paths: [String], from index: Int) -> Bool {
        final.diagnostics[total(before: index).diagnostics...].contains { note in
            paths.contains { note.message.contains($0) }
        }
    }
}

/// Everything the reading starts from, besides the documents: the configuration and what the
/// list tables gave (the catalogued models, the series and the sections they own).
struct ReadingStart: Equatable {
    var config: CatalogConfig
    var models: ModelRegistry
    var benchmarks: BenchmarkRegistry
    var series: [SeriesID]
    var sectionSeries: [EnrichmentRun.SectionKey: SeriesID]
    var listTables: Set<EnrichmentRun.ListPosition>

    static func == (lhs: ReadingStart, rhs: ReadingStart) -> Bool {
        lhs.config == rhs.config && lhs.series == rhs.series && lhs.sectionSeries == rhs.sectionSeries
            && lhs.listTables == rhs.listTables && lhs.models.readsLike(rhs.models)
            && lhs.benchmarks.readsLike(rhs.benchmarks)
    }

    /// `==`, with the lines and columns of the registries' places aside.
    func equalsAsideLines(_ other: ReadingStart) -> Bool {
        config == other.config && series == other.series && sectionSeries == other.sectionSeries
            && listTables == other.listTables && models.readsLike(other.models, asideLines: true)
            && benchmarks.readsLike(other.benchmarks, asideLines: true)
    }
}

/// The reader between two documents, with the table ids handed out so far.
struct ReadingState {
    var reader: ResultsTableReader
    var tableIDs: UniqueSlugs

    /// The state without the scores and notes read so far: all that `readsLike` looks at.
    var forComparison: ReadingState {
        var state = self
        state.reader.dropOutputs()
        return state
    }

    /// Whether the tables of later documents would be read the same from either state: the same
    /// models, benchmarks and table ids (the scores and notes read so far do not matter).
    func readsLike(_ other: ReadingState, asideLines: Bool = false) -> Bool {
        tableIDs == other.tableIDs && reader.models.readsLike(other.reader.models, asideLines: asideLines)
            && reader.benchmarks.readsLike(other.reader.benchmarks, asideLines: asideLines)
    }
}

/// Counts of what a reading added (its scores are kept per document).
struct ReadingCounts: Equatable {
    var diagnostics = 0
    var tables = 0

    static func + (lhs: ReadingCounts, rhs: ReadingCounts) -> ReadingCounts {
        ReadingCounts(diagnostics: lhs.diagnostics + rhs.diagnostics, tables: lhs.tables + rhs.tables)
    }

    static func - (lhs: ReadingCounts, rhs: ReadingCounts) -> ReadingCounts {
        ReadingCounts(diagnostics: lhs.diagnostics - rhs.diagnostics, tables: lhs.tables - rhs.tables)
    }
}
