/// Writes a table's HTML exactly as cmark-gfm's table extension does, from cells already rendered.
enum TableHTML {
    /// Appends the table to `html`. Cells are taken from `cells` in order, starting at `next`:
    /// the header's, then each row's first `alignments.count`; shorter rows get empty cells.
    static func append(
        alignments: [Table.Alignment], rows: TableRows, cells: ParsedCells, next: inout Int,
        to html: inout [UInt8]
    ) {
        Writer.reading(cells, alignments: alignments) { writer in
            html += Tags.tableStart
            writer.appendRow(alignments.count, tags: Tags.th, next: &next, to: &html)
            html += Tags.headEnd
            if !rows.isEmpty {
                html += Tags.bodyStart
                for row in rows.indices {
                    writer.appendRow(rows.cellCount(of: row), tags: Tags.td, next: &next, to: &html)
                }
                html += Tags.bodyEnd
            }
            html += Tags.tableEnd
        }
    }

    private struct Writer {
        let alignments: [Table.Alignment]
        let cellText: UnsafeBufferPointer<UInt8>
        let cellHTML: UnsafeBufferPointer<UInt8>
        let sources: UnsafeBufferPointer<ParsedCells.Source>

        /// Calls `body` with a writer of `cells` that reads their buffers directly: slicing the
        /// arrays once per cell would retain and release them each time.
        static func reading(_ cells: ParsedCells, alignments: [Table.Alignment], _ body: (Writer) -> Void) {
            cells.text.withUnsafeBufferPointer { text in
                cells.html.withUnsafeBufferPointer { html in
                    cells.sources.withUnsafeBufferPointer { sources in
                        body(Writer(alignments: alignments, cellText: text, cellHTML: html, sources: sources))
                    }
                }
            }
        }

        func appendRow(_ count: Int, tags: Tags.Cell, next: inout Int, to html: inout [UInt8]) {
            html += Tags.rowStart
            for (column, alignment) in alignments.enumerated() {
                html += tags.open[index(alignment)] as StaticString
                if column < count {
                    switch sources[next] {
                    case .text(let range): html += UnsafeBufferPointer(rebasing: cellText[range])
                    case .html(let range): html += UnsafeBufferPointer(rebasing: cellHTML[range])
                    }
                    next += 1
                }
                html += tags.close
            }
            html += Tags.rowEnd
        }
    }

    private static func index(_ alignment: Table.Alignment) -> Int {
        switch alignment {
        case .unspecified: return 0
        case .left: return 1
        case .center: return 2
        case .right: return 3
        }
    }

    /// The fixed pieces of markup: static strings, appended without reference counting.
    private enum Tags {
        struct Cell {
            /// The opening tag for each alignment, in `index(_:)` order.
            var open: [StaticString]
            var close: StaticString
        }

        static let th = Cell(
            open: ["<th>", "<th align=\"left\">", "<th align=\"center\">", "<th align=\"right\">"], close: "</th>\n")
        static let td = Cell(
            open: ["<td>", "<td align=\"left\">", "<td align=\"center\">", "<td align=\"right\">"], close: "</td>\n")
        static let tableStart: StaticString = "<table>\n<thead>\n", headEnd: StaticString = "</thead>\n"
        static let bodyStart: StaticString = "<tbody>\n", bodyEnd: StaticString = "</tbody>\n"
        static let tableEnd: StaticString = "</table>\n"
        static let rowStart: StaticString = "<tr>\n", rowEnd: StaticString = "</tr>\n"
    }
}

extension [UInt8] {
    fileprivate static func += (html: inout [UInt8], tag: StaticString) {
        html += UnsafeBufferPointer(start: tag.utf8Start, count: tag.utf8CodeUnitCount)
    }
}
