/// A GFM pipe table: a header row, an alignment per column and data rows of equal width.
public struct Table: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable { case unspecified, left, center, right }

    public var alignments: [Alignment]
    public var header: [TableCell]
    /// Data rows, padded or cut to the header's width as GFM requires.
    public var rows: [[TableCell]]

    public init(alignments: [Alignment], header: [TableCell], rows: [[TableCell]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }

    public var columnCount: Int { alignments.count }
}

/// One cell of a pipe table.
public struct TableCell: Hashable, Sendable {
    /// The cell's source text, trimmed, with `\|` unescaped: what inline parsing saw.
    public var source: String
    public var inlines: [Inline]
    /// Where the cell's text starts (for an empty or padded cell: where it would be).
    public var location: SourceLocation
    /// Whether the row was too short and this empty cell was added to fill it.
    public var isPadding: Bool

    public init(source: String, inlines: [Inline], location: SourceLocation, isPadding: Bool = false) {
        self.source = source
        self.inlines = inlines
        self.location = location
        self.isPadding = isPadding
    }

    /// The visible text of the cell, markup removed.
    public var text: String { inlines.plainText }
}
