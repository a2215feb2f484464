import Markdown

/// Where a fact came from: the file and position, and for table cells the table, row and column.
public struct Provenance: Hashable, Sendable, Codable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    /// The results or list table the fact was read from, if any.
    public var table: TableID?
    /// 0-based data row and column of the cell in its table (the header row is not counted).
    public var row: Int?
    public var tableColumn: Int?

    public init(_ location: SourceLocation, table: TableID? = nil, row: Int? = nil, column: Int? = nil) {
        self.path = location.path
        self.line = location.line
        self.column = location.column
        self.table = table
        self.row = row
        self.tableColumn = column
    }

    public var location: SourceLocation { SourceLocation(path: path, line: line, column: column) }
    public var description: String { location.description }
}

extension Provenance {
    /// The place without its line and column: its file, table and cell (what stays when lines
    /// above it move).
    var lineless: Provenance {
        var place = self
        (place.line, place.column) = (0, 0)
        return place
    }
}
