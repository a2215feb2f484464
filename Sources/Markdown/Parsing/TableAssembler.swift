import CCmark

/// Turns each table the lifter found into its HTML (set on the table's custom block) and,
/// when asked, into a `Table` value.
struct TableAssembler {
    let path: String
    let maxPaddedCells: Int
    let wantsValues: Bool
    private(set) var diagnostics: [Diagnostic] = []

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
            var rows: [[RawCell]]
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
        var ordered: [RawCell] = []
        ordered.reserveCapacity(pending.reduce(0) { $0 + ($1.match.rows.count + 1) * $1.match.alignments.count })
        for (table, rows) in zip(pending, rows) {
            let width = table.match.alignments.count
            ordered += table.match.header
            for row in rows { ordered += row.prefix(width) }
        }
        let cells = CellParser(path: path, wantsInlines: wantsValues).parse(ordered, store: store, document: document)
        var next = 0
        for (table, rows) in zip(pending, rows) {
            let first = next
            next += table.match.alignments.count + rows.reduce(0) { $0 + min($1.count, table.match.alignments.count) }
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
                assembled.tables[table.node] = value(
                    table.match, rows: rows, ordered: ordered, cells: cells, first: first, store: store)
            }
        }
        assembled.cells = cells
        return assembled
    }

    /// The rows of each table, cut where the document's budget of padding cells runs out, so
    /// that a hostile table of many one-cell rows under a wide header cannot blow the output up.
    private mutating func keptRows(_ pending: [TableLifter.PendingTable]) -> [[[RawCell]]] {
        var padded = 0
        return pending.map { table in
            let width = table.match.alignments.count
            let missing = table.match.rows.reduce(0) { $0 + max(0, width - $1.count) }
            if padded + missing <= maxPaddedCells {
                padded += missing
                return table.match.rows  // the usual case: no copy
            }
            var rows: [[RawCell]] = []
            for row in table.match.rows {
                let missing = max(0, width - row.count)
                if padded + missing > maxPaddedCells {
                    let cell = row.first ?? table.match.header[0]
                    diagnostics.append(
                        Diagnostic(
                            .error, at: SourceLocation(path: path, line: cell.line, column: cell.column),
                            "table rows are missing more than \(maxPaddedCells) cells in all; the rest of the table is dropped "
                                + "(fill the rows, or split the table)"))
                    break
                }
                padded += missing
                rows.append(row)
            }
            return rows
        }
    }

    /// The `Table` value of one table whose cells start at `first` in `ordered`.
    private func value(
        _ match: PipeTableScanner.Match, rows: [[RawCell]], ordered: [RawCell], cells: ParsedCells,
        first: Int, store: CellStore
    ) -> Table {
        var next = first
        func take() -> TableCell {
            defer { next += 1 }
            let raw = ordered[next]
            return TableCell(
                source: String(decoding: store[raw], as: UTF8.self), inlines: cells.inlines[next],
                location: SourceLocation(path: path, line: raw.line, column: raw.column))
        }
        let width = match.alignments.count
        let header = (0..<width).map { _ in take() }
        let body = zip(rows, match.rowEnds).map { row, rowEnd in
            // Padding cells sit just after the row's text.
            let end = SourceLocation(path: path, line: rowEnd.line, column: rowEnd.column)
            return (0..<width).map { column in
                column < row.count ? take() : TableCell(source: "", inlines: [], location: end, isPadding: true)
            }
        }
        return Table(alignments: match.alignments, header: header, rows: body)
    }
}
