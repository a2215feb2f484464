import Markdown

/// A table of scores as it stands in the source, with how Atlas read it.
public struct ResultsTable: Hashable, Sendable, Identifiable {
    public enum Orientation: String, Hashable, Sendable, Codable {
        /// One row per model, one column per benchmark.
        case modelsAsRows = "models-as-rows"
        /// One column per model, one row per benchmark.
        case modelsAsColumns = "models-as-columns"
    }

    /// Kept `CopyOnWrite`: builds copy and compare the catalog's tables whole many times.
    private var fields: CopyOnWrite<Fields>

    public init(
        id: TableID, headingPath: [String], series: SeriesID?, orientation: Orientation,
        models: [ModelID], benchmarks: [BenchmarkID], table: Table, source: Provenance
    ) {
        fields = CopyOnWrite(
            Fields(
                id: id, headingPath: headingPath, series: series, orientation: orientation, models: models,
                benchmarks: benchmarks, table: table, source: source))
    }

    public var id: TableID {
        get { fields.value.id }
        _modify { yield &fields.value.id }
    }
    /// The headings above the table, outermost first (`DeepSeek V3`, `Base Model`, `Standart benchmarks`).
    public var headingPath: [String] {
        get { fields.value.headingPath }
        _modify { yield &fields.value.headingPath }
    }
    public var series: SeriesID? {
        get { fields.value.series }
        _modify { yield &fields.value.series }
    }
    public var orientation: Orientation {
        get { fields.value.orientation }
        _modify { yield &fields.value.orientation }
    }
    /// Models in the order the table lists them.
    public var models: [ModelID] {
        get { fields.value.models }
        _modify { yield &fields.value.models }
    }
    /// Benchmarks in the order the table lists them.
    public var benchmarks: [BenchmarkID] {
        get { fields.value.benchmarks }
        _modify { yield &fields.value.benchmarks }
    }
    /// The table as parsed, to render it again with links.
    public var table: Table {
        get { fields.value.table }
        _modify { yield &fields.value.table }
    }
    public var source: Provenance {
        get { fields.value.source }
        _modify { yield &fields.value.source }
    }

    /// The nearest heading, as a title for the table.
    public var title: String { headingPath.last ?? id.rawValue }

    private struct Fields: Hashable, Sendable {
        var id: TableID
        var headingPath: [String]
        var series: SeriesID?
        var orientation: Orientation
        var models: [ModelID]
        var benchmarks: [BenchmarkID]
        var table: Table
        var source: Provenance
    }
}
