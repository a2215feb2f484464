import Markdown

/// A `<br>` written in a table cell or a paragraph, shown as the line break GitHub shows
/// (`Librispeech<br>clean | other` over two numbers, `GPT-4o<br>-Transcribe`).
///
/// cmark's safe mode, which the Markdown module keeps so that `atlas render` writes what
/// cmark-gfm writes, prints every raw tag as `<!-- raw HTML omitted -->`: the cell read
/// `Librispeechclean | other`. On section pages the omissions that stood for a plain `<br>` (no
/// attributes) are put back; every other tag stays omitted.
enum LineBreakTags {
    private static let omitted = Array("<!-- raw HTML omitted -->".utf8)
    private static let lineBreak = Array("<br>".utf8)

    /// `html`, a table as the Markdown module renders it, with its cells' `<br>` back.
    static func restoring(_ html: String, table: Table) -> String {
        // An HTML table's `<br>` is a line break in its cells' inlines, and an omission in its HTML.
        let rows = ([table.header] + table.rows).map { row in
            row.map { breaks(in: $0.inlines, lineBreaksAreTags: true) }
        }
        guard rows.contains(where: { $0.contains { $0.contains(true) } }) else { return html }
        var row = -1
        var column = -1
        return restoring(html) { tag, rawIndex in
            switch tag {
            case .row: (row, column) = (row + 1, -1)
            case .cell: column += 1
            case .omission:
                guard rows.indices.contains(row), rows[row].indices.contains(column) else { return false }
                return rows[row][column].indices.contains(rawIndex) && rows[row][column][rawIndex]
            }
            return false
        }
    }

    /// `html`, a paragraph as the Markdown module renders it, with its `<br>` back.
    static func restoring(_ html: String, inlines: [Inline]) -> String {
        let raw = breaks(in: inlines)
        guard raw.contains(true) else { return html }
        return restoring(html) { tag, rawIndex in tag == .omission && raw.indices.contains(rawIndex) && raw[rawIndex] }
    }

    /// Whether a raw tag is a plain line break: `<br>`, `<br/>`, `<br />`, in any case.
    static func isBreak(_ raw: String) -> Bool {
        let lower = raw.lowercased().filter { $0 != " " }
        return lower == "<br>" || lower == "<br/>"
    }

    /// Per raw tag of `inlines`, in the order they are written, whether it is a line break.
    /// With `lineBreaksAreTags`, a line break inline counts as a `<br>` tag (a table's cells hold
    /// none of their own: one there was a `<br>` of an HTML table, `HTMLTables`).
    private static func breaks(in inlines: [Inline], lineBreaksAreTags: Bool = false) -> [Bool] {
        var found: [Bool] = []
        func walk(_ inlines: [Inline]) {
            for inline in inlines {
                if case .html(let raw) = inline.kind { found.append(isBreak(raw)) }
                if lineBreaksAreTags, inline.kind == .lineBreak { found.append(true) }
                walk(inline.children)
            }
        }
        walk(inlines)
        return found
    }

    private enum Tag { case row, cell, omission }

    /// `html` with each omission `isBreak` answers true for (given the tags met so far and the
    /// omission's index in its cell) written as `<br>`. Cell text is escaped, so `<` always
    /// opens a tag.
    private static func restoring(_ html: String, isBreak: (Tag, Int) -> Bool) -> String {
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var rawIndex = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                output.append(bytes[index])
                index += 1
                continue
            }
            if hasPrefix(bytes, omitted, at: index) {
                output += isBreak(.omission, rawIndex) ? lineBreak : omitted
                rawIndex += 1
                index += omitted.count
                continue
            }
            if hasPrefix(bytes, Array("<tr>".utf8), at: index) {
                _ = isBreak(.row, 0)
            } else if hasPrefix(bytes, Array("<td".utf8), at: index) || hasPrefix(bytes, Array("<th".utf8), at: index),
                index + 3 < bytes.count, bytes[index + 3] == UInt8(ascii: ">") || bytes[index + 3] == UInt8(ascii: " ")
            {
                _ = isBreak(.cell, 0)
                rawIndex = 0
            }
            output.append(bytes[index])
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func hasPrefix(_ bytes: [UInt8], _ prefix: [UInt8], at offset: Int) -> Bool {
        offset + prefix.count <= bytes.count && bytes[offset..<offset + prefix.count].elementsEqual(prefix)
    }
}
