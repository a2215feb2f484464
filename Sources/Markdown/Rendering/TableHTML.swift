/// Writes a table's HTML exactly as cmark-gfm's table extension does, cells already rendered.
enum TableHTML {
    static func render(alignments: [Table.Alignment], header: [String], rows: [[String]]) -> String {
        var html = "<table>\n<thead>\n<tr>\n"
        appendCells(header, tag: "th", alignments: alignments, to: &html)
        html += "</tr>\n</thead>\n"
        if !rows.isEmpty {
            html += "<tbody>\n"
            for row in rows {
                html += "<tr>\n"
                appendCells(row, tag: "td", alignments: alignments, to: &html)
                html += "</tr>\n"
            }
            html += "</tbody>\n"
        }
        html += "</table>\n"
        return html
    }

    private static func appendCells(_ cells: [String], tag: String, alignments: [Table.Alignment], to html: inout String) {
        for (cell, alignment) in zip(cells, alignments) {
            html += "<\(tag)\(attribute(alignment))>\(cell)</\(tag)>\n"
        }
    }

    private static func attribute(_ alignment: Table.Alignment) -> String {
        switch alignment {
        case .unspecified: return ""
        case .left: return " align=\"left\""
        case .center: return " align=\"center\""
        case .right: return " align=\"right\""
        }
    }
}
