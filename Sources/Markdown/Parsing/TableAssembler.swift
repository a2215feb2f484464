import CCmark

/// Turns each table the lifter found into its HTML (set on the table's custom block) and,
/// when asked, into a `Table` value.
struct TableAssembler {
    let path: String
    let maxPaddedCells: Int
    let wantsValues: Bool
    private(set) var diagnostics: [Diagnostic] = []
    /// Findings about one row alone (cells past the header), placed in the text parsed: a part of
    /// a file moves them to its lines, as it moves near misses.
    private(set) var rowFindings: [Diagnostic] = []
    /// Empty cells added to short rows, in all (at most `maxPaddedCells`).
    private(set) var paddedCells = 0

    init(path: String, maxPaddedCells: Int, wantsValues: Bool) {
        self.path = path
        self.maxPaddedCells = maxPaddedCells
        self.wantsValues = wantsValues
    }

    /// What assembling gives: what it takes to write each top-level table's HTML when its turn
    /// comes (nested ones carry theirs in the tree, as the custom block's text), and table values
    /// when asked for.
    struct Assembled {
        /// A top-level table: its columns, its rows, and where its cells start in `cells`.
        struct Layout {
            var alignments: [Table.Alignment]
            var rows: TableRows
            var firstCell: Int
        }

        var cells = ParsedCells()
        var topLevel: [CmarkNode: Layout] = [:]
        var tables: [CmarkNode: Table] = [:]

        /// Writes a top-level table's HTML into `scratch` (emptied first); false for other nodes.
        func writeTable(_ node: CmarkNode, into scratch: inout [UInt8]) -> Bool {
            guard let layout = topLevel[node] else { return false }
            scratch.removeAll(keepingCapacity: true)
            var next = layout.firstCell
            TableHTML.append(alignments: layout.alignments, rows: layout.rows, cells: cells, next: &next, to: &scratch)
            return true
        }
    }

    /// Renders every pending table and returns the table values by node. A table inside a
    /// container gets its HTML set on its custom block, for cmark to render with the container.
    /// `document` is the whole (repaired) input, for its link reference definitions.
    mutating func assemble(
        _ pending: [TableLifter.PendingTable], store: CellStore, root: CmarkNode,
        document: [UInt8]
    ) -> Assembled {
        var assembled = Assembled()
        guard !pending.isEmpty else { return assembled }
        let rows = keptRows(pending)
        for (table, rows) in zip(pending, rows) { warnOfCellsPastTheHeader(rows, width: table.match.alignments.count) }
        var parser = CellParser(path: path, wantsInlines: wantsValues, store: store)
        store.bytes.withUnsafeBufferPointer { bytes in
            // In the order their HTML is written: each table's header, then its rows' first `width` cells.
            for (table, rows) in zip(pending, rows) {
                for cell in table.match.header { parser.add(cell, text: bytes[cell.text]) }
                rows.forEachCell(upTo: table.match.alignments.count) { parser.add($0, text: bytes[$0.text]) }
            }
        }
        let cells = parser.finish(document: document)
        var next = 0
        for (table, rows) in zip(pending, rows) {
            let first = next
            next += table.match.header.count + rows.cellCount(upTo: table.match.alignments.count)
            if table.node.parent == root {
                // Written when rendering reaches it: no HTML of all tables held at once.
                assembled.topLevel[table.node] = .init(alignments: table.match.alignments, rows: rows, firstCell: first)
            } else {
                var html: [UInt8] = []
                var cursor = first
                TableHTML.append(alignments: table.match.alignments, rows: rows, cells: cells, next: &cursor, to: &html)
                html.append(0)
                html.withUnsafeBufferPointer { buffer in
                    buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        _ = cmark_node_set_on_enter(table.node, $0)
                    }
                }
            }
            if wantsValues {
                assembled.tables[table.node] = value(table.match, rows: rows, cells: cells, first: first, store: store)
            }
        }
        assembled.cells = cells
        return assembled
    }

    /// A row with more cells than the header loses the rest, as GFM has it (`| Foo-7B | 60.4 |
    /// 55.5 |` under two header cells drops `55.5`): a score left out without a word. One warning
    /// per table, at the first such cell that holds text; empty ones (`| a | b | |`) say nothing.
    private mutating func warnOfCellsPastTheHeader(_ rows: TableRows, width: Int) {
        var first: RawCell?
        var count = 0
        for row in rows.indices where rows.cellCount(of: row) > width {
            guard let extra = rows[row].dropFirst(width).first(where: { !$0.text.isEmpty }) else { continue }
            count += 1
            first = first ?? extra
        }
        guard let first else { return }
        let rowsText = count == 1 ? "a row" : "\(count) rows"
        rowFindings.append(
            Diagnostic(
                .warning, at: SourceLocation(path: path, line: first.line, column: first.column),
                "\(rowsText) of this table \(count == 1 ? "has" : "have") more cells than its header has (\(width)): "
                    + "the cells past it, as this one, are not read; add header cells for them, or remove them"))
    }

    /// The rows of each table, cut where the document's budget of padding cells runs out, so
    /// that a hostile table of many one-cell rows under a wide header cannot blow the output up.
    private mutating func keptRows(_ pending: [TableLifter.PendingTable]) -> [TableRows] {
        var padded = 0
        defer { paddedCells = padded }
        return pending.map { table in
            let width = table.match.alignments.count
            let rows = table.match.rows
            let missing = rows.indices.reduce(0) { $0 + max(0, width - rows.cellCount(of: $1)) }
            if padded + missing <= maxPaddedCells {
                padded += missing
                return rows  // the usual case: no copy
            }
            for row in rows.indices {
                let missing = max(0, width - rows.cellCount(of: row))
                if padded + missing > maxPaddedCells {
                    let cell = rows[row].first ?? table.match.header[0]
                    diagnostics.append(
                        Diagnostic(
                            .error, at: SourceLocation(path: path, line: cell.line, column: cell.column),
                            "table rows are missing more than \(maxPaddedCells) cells in all; the rest of the table is dropped "
                                + "(fill the rows, or split the table)"))
                    return rows.prefix(rows: row)
                }
                padded += missing
            }
            return rows
        }
    }

    /// The `Table` value of one table whose cells start at `first` in `cells`.
    private func value(
        _ match: PipeTableScanner.Match, rows: TableRows, cells: ParsedCells, first: Int, store: CellStore
    ) -> Table {
        var next = first
        func take(_ raw: RawCell) -> TableCell {
            defer { next += 1 }
            return TableCell(
                source: String(decoding: store[raw], as: UTF8.self), inlines: cells.inlines[next],
                location: SourceLocation(path: path, line: raw.line, column: raw.column))
        }
        let width = match.alignments.count
        let header = match.header.map(take)
        let body = zip(rows, match.rowEnds).map { row, rowEnd in
            // Padding cells sit just after the row's text.
            let end = SourceLocation(path: path, line: rowEnd.line, column: rowEnd.column)
            let padding = TableCell(source: "", inlines: [], location: end, isPadding: true)
            return (0..<width).map { column in column < row.count ? take(row[row.startIndex + column]) : padding }
        }
        return Table(alignments: match.alignments, header: header, rows: body)
    }
}
