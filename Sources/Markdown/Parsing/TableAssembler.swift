import CCmark

/// Parses the cells of all tables of a document as inline markdown, in one cmark run, and turns
/// each pending table into a `Table` value and its HTML.
///
/// Each cell becomes its own paragraph, prefixed with a no-break space: the space keeps the cell's
/// first characters from starting a block (`# x`, `1. x`, `> x`), and counts as whitespace for
/// emphasis rules just as the start of a cell does. It is removed again before rendering.
/// The whole document follows the cells in that run, so that reference links in cells resolve
/// against the document's link reference definitions, as in GFM. It comes after the cells so that
/// nothing in it (an unclosed fence, say) can swallow one.
struct TableAssembler {
    let path: String
    let maxPaddedCells: Int
    private(set) var diagnostics: [Diagnostic] = []
    /// Padding cells added so far, in all tables of the document.
    private var padded = 0

    init(path: String, maxPaddedCells: Int) {
        self.path = path
        self.maxPaddedCells = maxPaddedCells
    }

    /// Fills in the custom block of every pending table and returns the tables by node.
    /// `document` is the whole (repaired) input, for its link reference definitions.
    mutating func assemble(_ pending: [TableLifter.PendingTable], document: [UInt8]) -> [CmarkNode: Table] {
        guard !pending.isEmpty else { return [:] }
        let shaped = pending.map { shape($0.match) }
        let raw = shaped.flatMap { $0.header + $0.rows.joined().compactMap { $0 } }
        let parsed = parseCells(raw, document: document)
        var next = 0
        var tables: [CmarkNode: Table] = [:]
        for (table, shape) in zip(pending, shaped) {
            func take(_ cell: RawCell?, at location: SourceLocation) -> (TableCell, String) {
                guard let cell else { return (TableCell(source: "", inlines: [], location: location, isPadding: true), "") }
                defer { next += 1 }
                let (inlines, html) = parsed[next]
                let source = String(decoding: cell.text, as: UTF8.self)
                return (TableCell(source: source, inlines: inlines, location: self.location(cell)), html)
            }
            let header = shape.header.map { take($0, at: location($0)) }
            let rows = zip(shape.rows, shape.rowEnds).map { row, end in
                row.map { take($0, at: $0.map(location) ?? end) }
            }
            cmark_node_set_on_enter(table.node, TableHTML.render(
                alignments: shape.alignments, header: header.map(\.1), rows: rows.map { $0.map(\.1) }))
            tables[table.node] = Table(alignments: shape.alignments, header: header.map(\.0), rows: rows.map { $0.map(\.0) })
        }
        return tables
    }

    private func location(_ cell: RawCell) -> SourceLocation {
        SourceLocation(path: path, line: cell.line, column: cell.column)
    }

    // MARK: - Shape

    private struct Shape {
        var alignments: [Table.Alignment]
        var header: [RawCell]
        /// nil marks a padding cell.
        var rows: [[RawCell?]]
        /// Where each row's padding cells are: just after the row's text.
        var rowEnds: [SourceLocation]
    }

    /// Pads short rows with empty cells and cuts long ones, as GFM does, within a budget of
    /// padding cells for the whole document so that hostile tables cannot blow the output up.
    private mutating func shape(_ match: PipeTableScanner.Match) -> Shape {
        let width = match.alignments.count
        var rows: [[RawCell?]] = []
        for row in match.rows {
            let missing = max(0, width - row.count)
            if padded + missing > maxPaddedCells {
                let first = row.first ?? match.header[0]
                diagnostics.append(Diagnostic(.error, at: location(first),
                    "table rows are missing more than \(maxPaddedCells) cells in all; the rest of the table is dropped "
                    + "(fill the rows, or split the table)"))
                break
            }
            padded += missing
            rows.append(Array(row.prefix(width)).map { $0 } + Array(repeating: nil, count: missing))
        }
        let ends = match.rowEnds.prefix(rows.count).map { SourceLocation(path: path, line: $0.line, column: $0.column) }
        return Shape(alignments: match.alignments, header: match.header, rows: rows, rowEnds: ends)
    }

    // MARK: - Inline parsing

    private func parseCells(_ cells: [RawCell], document: [UInt8]) -> [([Inline], String)] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(cells.reduce(document.count) { $0 + $1.text.count + 4 })
        for cell in cells {
            bytes += [0xC2, 0xA0]
            bytes += cell.text
            bytes += [0x0A, 0x0A]
        }
        bytes += document
        let root = cmarkParse(bytes)
        defer { cmark_node_free(root) }
        let converter = NodeConverter(path: path)
        var result: [([Inline], String)] = []
        result.reserveCapacity(cells.count)
        var node = root.firstChild
        for cell in cells {
            guard let paragraph = node, paragraph.type == CMARK_NODE_PARAGRAPH else {
                result.append(([], ""))  // cannot happen: every cell is one paragraph
                continue
            }
            node = paragraph.next
            Self.removeLeadingSpace(paragraph)
            let at = location(cell)
            let inlines = converter.inlines(of: paragraph, placement: .fixed(SourceRange(start: at, end: at)))
            result.append((inlines, Self.innerHTML(paragraph.renderHTML())))
        }
        return result
    }

    private static func removeLeadingSpace(_ paragraph: CmarkNode) {
        guard let first = paragraph.firstChild, first.type == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(first) else { return }
        // The literal starts with the two bytes of U+00A0.
        let rest = literal + 2
        if rest.pointee == 0 {
            cmark_node_unlink(first)
            cmark_node_free(first)
        } else {
            cmark_node_set_literal(first, rest)
        }
    }

    /// `<p>…</p>\n` → `…`
    private static func innerHTML(_ html: String) -> String {
        var inner = Substring(html)
        if inner.hasPrefix("<p>") { inner = inner.dropFirst(3) }
        if inner.hasSuffix("</p>\n") { inner = inner.dropLast(5) }
        return String(inner)
    }
}
