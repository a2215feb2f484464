import Markdown

/// A table of scores as it stands in the source, with how Atlas read it.
public struct ResultsTable: Hashable, Sendable, Identifiable {
    public enum Orientation: String, Hashable, Sendable, Codable {
        /// One row per model, one column per benchmark.
        case modelsAsRows = "models-as-rows"
        /// One column per model, one row per benchmark.
        case modelsAsColumns = "models-as-columns"
    }

    public var id: TableID
    /// The headings above the table, outermost first (`DeepSeek V3`, `Base Model`, `Standart benchmarks`).
    public var headingPath: [String]
    public var series: SeriesID?
    public var orientation: Orientation
    /// Models in the order the table lists them.
    public var models: [ModelID]
    /// Benchmarks in the order the table lists them.
    public var benchmarks: [BenchmarkID]
    /// The table as parsed, to render it again with links.
    public var table: Table
    public var source: Provenance

    public init(
        id: TableID, headingPath: [String], series: SeriesID?, orientation: Orientation,
        models: [ModelID], benchmarks: [BenchmarkID], table: Table, source: Provenance
    ) {
        self.id = id
        self.headingPath = headingPath
        self.series = series
        self.orientation = orientation
        self.models = models
        self.benchmarks = benchmarks
        self.table = table
        self.source = source
    }

    /// The nearest heading, as a title for the table.
    public var title: String { headingPath.last ?? id.rawValue }
}
