/// Ids for the data cells of a rendered table, so that a source link lands on the very number
/// (`t3-r5-c2`: the page's third table, its fifth data row, second column, all counted from 1).
/// They depend only on the table's place on its page, so they are the same every build.
enum TableCellAnchors {
    static func id(table: Int, row: Int, column: Int) -> String { "t\(table)-r\(row)-c\(column)" }

    /// `html` (a table as the Markdown module renders it) with an id on every `<td>`. Cell text
    /// is escaped, so a `<tr>` or `<td` in the markup is always a tag.
    static func adding(table: Int, to html: String) -> String {
        guard let body = html.firstRange(of: "<tbody>") else { return html }
        var output = String(html[..<body.upperBound])
        output.reserveCapacity(html.utf8.count * 5 / 4)
        var row = 0
        var column = 0
        var rest = html[body.upperBound...]
        while let tag = rest.firstIndex(of: "<") {
            output += rest[..<tag]
            rest = rest[tag...]
            if rest.hasPrefix("<tr>") {
                row += 1
                column = 0
            } else if rest.hasPrefix("<td>") || rest.hasPrefix("<td ") {
                column += 1
                output += "<td id=\"\(id(table: table, row: row, column: column))\""
                rest = rest.dropFirst(3)
                continue
            }
            output += "<"
            rest = rest.dropFirst()
        }
        return output + rest
    }
}
