/// The rows and cells of one HTML `<table>`, as model cards write them (Llama, Kimi, EXAONE): cells
/// spanning rows and columns, header rows in `<thead>` or of `<th>` cells, `</td>` and `</tr>` left
/// out. Each cell's content becomes markdown text (`<strong>` as `**`, `<a href>` as a link,
/// `<sup>` kept as inline HTML as a pipe table's cell would have it, other tags dropped, entities
/// decoded, markdown punctuation escaped), so that the table can be read as a pipe table is.
struct HTMLTableGrid {
    struct Cell {
        var markdown: String
        /// Byte offset of the cell's tag in the text the grid was read from.
        var offset: Int
        var isHeader: Bool
        var alignment: Table.Alignment = .unspecified
        /// A cell another one's `rowspan` or `colspan` covers: its offset is that one's.
        var isCovered = false
    }

    /// Rows of equal width, spans laid out.
    private(set) var rows: [[Cell]] = []
    /// How many of the first rows are header rows (`<thead>`, or below a caption `<th>` rows).
    private(set) var headerRows = 0

    /// Takes out a first row that is one cell across the whole table, above a header and a body
    /// (`<th colspan="4">Chinese Tool-Use Benchmark (Version 20231206)</th>`), when no `<thead>`
    /// says where the header is: the table's caption, returned; the header is the row below.
    mutating func takeCaption() -> String? {
        guard headerRows == 0, rows.count >= 3, let first = rows.first, first.count >= 2, !first[0].isCovered,
            !first[0].markdown.isEmpty, first.dropFirst().allSatisfy({ $0.isCovered && $0.offset == first[0].offset })
        else { return nil }
        rows.removeFirst()
        // Below a caption, the rows of `<th>` cells are the header (`Model` spanning two rows
        // beside groups over benchmarks), not the first alone.
        headerRows = max(1, rows.prefix { row in row.allSatisfy(\.isHeader) }.count)
        return first[0].markdown
    }

    /// Without a `<thead>` or a caption, the first rows of `<th>` cells are the header (Qwen's
    /// `<th rowspan="2">Model</th>` beside a group over `<th>Math</th>`), when rows follow them.
    mutating func takeHeaderOfHeaderCells() {
        guard headerRows == 0 else { return }
        let leading = rows.prefix { row in row.allSatisfy(\.isHeader) }.count
        if leading > 1, leading < rows.count { headerRows = leading }
    }

    /// Spans larger than this are cut to it (HTML's own bound for `colspan`).
    static let maxSpan = 1_000

    /// The first table `text` holds, read in one pass over it; nil when anything but tags and
    /// spaces stands before it (words a reader would miss), it is not closed, it holds another
    /// table, or it passes `maxColumns` or `maxCells` once its spans are laid out. What follows
    /// it (Kimi's cards close the table's `<div>` with a `<sup>` footnote and no blank line) is
    /// not read: pages show no HTML block, so that was never shown.
    static func read(_ text: [UInt8], maxColumns: Int, maxCells: Int) -> HTMLTableGrid? {
        var tokenizer = HTMLTokenizer(text: text)
        var started = false
        var reader = RowReader()
        while let (token, offset) = tokenizer.next() {
            if case .text(let words) = token, !started {
                guard words.allSatisfy(\.isWhitespace) else { return nil }
            } else if case .tag(let tag) = token, tag.name == "table" {
                switch (started, tag.isClosing) {
                case (false, false):
                    started = true
                case (true, true):
                    reader.finishRow()
                    return reader.layOut(maxColumns: maxColumns, maxCells: maxCells)
                default:
                    return nil  // a table in a table, or a closing tag first
                }
            } else if started {
                reader.take(token, at: offset)
            }
        }
        return nil
    }

    /// Reads cells and rows as tokens come, before spans are laid out.
    private struct RowReader {
        struct RawCell {
            var cell: Cell
            var rowSpan: Int
            var columnSpan: Int
        }
        var rows: [[RawCell]] = []
        var headRows = 0
        var inHead = false
        var row: [RawCell]?
        var cell: RawCell?
        var content = CellMarkdown()
        /// Inside `<caption>`, `<colgroup>` or a tag whose text is not a cell's.
        var skipping = 0

        mutating func take(_ token: HTMLTokenizer.Token, at offset: Int) {
            switch token {
            case .text(let text):
                if cell != nil, skipping == 0 { content.appendText(text) }
            case .comment:
                break
            case .tag(let tag):
                takeTag(tag, at: offset)
            }
        }

        private mutating func takeTag(_ tag: HTMLTokenizer.Tag, at offset: Int) {
            switch tag.name {
            case "caption", "colgroup", "style", "script":
                skipping = max(0, skipping + (tag.isClosing ? -1 : tag.isSelfClosing ? 0 : 1))
            case "thead":
                finishRow()
                inHead = !tag.isClosing
            case "tbody", "tfoot":
                finishRow()
                inHead = false
            case "tr":
                finishRow()
                if !tag.isClosing { row = [] }
            case "td", "th":
                finishCell()
                guard !tag.isClosing else { return }
                if row == nil { row = [] }
                var opened = Cell(markdown: "", offset: offset, isHeader: tag.name == "th" || inHead)
                opened.alignment = Self.alignment(tag)
                cell = RawCell(
                    cell: opened, rowSpan: Self.span(tag.attributes["rowspan"]),
                    columnSpan: Self.span(tag.attributes["colspan"]))
                content = CellMarkdown()
            default:
                if cell != nil, skipping == 0 { content.appendTag(tag) }
            }
        }

        mutating func finishCell() {
            guard var open = cell else { return }
            open.cell.markdown = content.finished()
            row?.append(open)
            cell = nil
        }

        mutating func finishRow() {
            finishCell()
            guard let finished = row else { return }
            if inHead { headRows = rows.count + 1 }
            rows.append(finished)
            row = nil
        }

        /// 1 unless the attribute is a number from 1 up; at most `maxSpan`.
        static func span(_ value: String?) -> Int {
            guard let value, let number = Int(value.trimmed), number >= 1 else { return 1 }
            return min(number, HTMLTableGrid.maxSpan)
        }

        static func alignment(_ tag: HTMLTokenizer.Tag) -> Table.Alignment {
            let style = (tag.attributes["style"] ?? "").lowercased().filter { $0 != " " }
            let align = tag.attributes["align"]?.lowercased() ?? ""
            if align == "center" || style.contains("text-align:center") { return .center }
            if align == "right" || style.contains("text-align:right") { return .right }
            if align == "left" || style.contains("text-align:left") { return .left }
            return .unspecified
        }

        /// The rows with every span laid out: a cell's text goes down the rows it spans (each
        /// row of a `Category` column names its category) and, in a header row, across the
        /// columns (`Llama 3` over `8B` and `70B`); a body cell spanning columns (a group's
        /// name across the table) fills only its first.
        func layOut(maxColumns: Int, maxCells: Int) -> HTMLTableGrid? {
            var grid = HTMLTableGrid()
            grid.headerRows = headRows
            // Per column, the cell a span from a row above still covers, and for how many rows.
            var carried: [(cell: Cell, rowsLeft: Int)?] = []
            var cells = 0
            for (index, raw) in rows.enumerated() {
                // A span ends with its row group, as in HTML: `<th rowspan="2">` in a `<thead>` of
                // one row covers nothing of the body (Step-Audio 2's card: it pushed the first
                // body row one cell right).
                if headRows > 0, index == headRows { carried = [] }
                var out: [Cell] = []
                var queue = raw[...]
                // Each step places one cell, so a row costs its width; spans this row starts are
                // left of where it is, so only the ones from above can extend it.
                let lastCarried = carried.lastIndex { $0 != nil } ?? -1
                while !queue.isEmpty || out.count <= lastCarried {
                    let column = out.count
                    if column < carried.count, let above = carried[column] {
                        var covered = above.cell
                        covered.isCovered = true
                        out.append(covered)
                        carried[column] = above.rowsLeft > 1 ? (above.cell, above.rowsLeft - 1) : nil
                    } else if let next = queue.popFirst() {
                        let isHead = index < headRows || next.cell.isHeader
                        for spanned in 0..<next.columnSpan {
                            var placed = next.cell
                            if spanned > 0 {
                                placed.isCovered = true
                                if !isHead { placed.markdown = "" }
                            }
                            let at = out.count
                            if at >= carried.count { carried.append(nil) }
                            if next.rowSpan > 1, carried[at] == nil { carried[at] = (placed, next.rowSpan - 1) }
                            out.append(placed)
                            guard out.count <= maxColumns else { return nil }
                        }
                    } else {
                        // A gap before a cell a span covers further right.
                        out.append(Cell(markdown: "", offset: out.last?.offset ?? 0, isHeader: false, isCovered: true))
                    }
                    guard out.count <= maxColumns else { return nil }
                    if out.count > carried.count { carried.append(nil) }
                }
                cells += out.count
                guard cells <= maxCells else { return nil }
                grid.rows.append(out)
            }
            let width = grid.rows.map(\.count).max() ?? 0
            guard width > 0, width <= maxColumns, grid.rows.count * width <= maxCells else { return nil }
            for index in grid.rows.indices where grid.rows[index].count < width {
                let offset = grid.rows[index].last?.offset ?? 0
                grid.rows[index] += Array(
                    repeating: Cell(markdown: "", offset: offset, isHeader: false, isCovered: true),
                    count: width - grid.rows[index].count)
            }
            return grid
        }
    }
}

/// A cell's content as markdown, built from its tokens. Bytes, appended to: a cell of many
/// tags costs its length, not its length for each tag.
struct CellMarkdown {
    private var out: [UInt8] = []
    /// Emphasis markers opened and not yet closed, with the offset they were written at (at most
    /// `maxOpen`: deeper ones are dropped, so closing one scans a bounded part of the cell).
    private var open: [(marker: [UInt8], offset: Int)] = []
    private static let maxOpen = 8
    /// A link's destination while its text is written.
    private var link: String?
    private static let space = UInt8(ascii: " ")
    private static let lineBreak = Array("<br>".utf8)
    /// Whether `out` ends with a line break (`lineBreak`), which white space after it joins.
    private var endsWithBreak = false

    mutating func appendText(_ raw: String) {
        // Runs of white space are one space, as a browser shows them (`Flash <br> Preview`).
        var text = ""
        for character in HTMLEntities.decoded(raw) {
            let isSpace = character.isWhitespace
            if isSpace, text.last == " " || (text.isEmpty && (out.last == Self.space || endsWithBreak)) { continue }
            text.append(isSpace ? " " : character)
        }
        guard !text.isEmpty else { return }
        // A name broken before its hyphen (`GPT-4o<br>-Transcribe`) joins, as a pipe table's is read.
        if endsWithBreak, text.first == "-" { out.removeLast(Self.lineBreak.count) }
        endsWithBreak = false
        // Spaces right after an opened marker go before it: `** 84.5**` would not be strong.
        if let last = open.last, out.count == last.offset + last.marker.count, text.first == " " {
            text = String(text.drop { $0 == " " })
        }
        Self.appendEscaped(text, to: &out)
    }

    mutating func appendTag(_ tag: HTMLTokenizer.Tag) {
        switch tag.name {
        case "strong", "b": emphasis(Array("**".utf8), closing: tag.isClosing)
        case "em", "i": emphasis(Array("*".utf8), closing: tag.isClosing)
        case "br":
            // A name broken after its hyphen (`LLaMA-2-<br>7B`) joins; any other break is a line
            // break (`HTMLTables` makes it one): a row of several models, one per line, over
            // their numbers, one line each, is read as one row per line (`Table.unstackingRows`).
            if out.last == UInt8(ascii: "-") || endsWithBreak || out.isEmpty { return }
            if out.last == Self.space { out.removeLast() }
            out += Self.lineBreak
            endsWithBreak = true
        case "p", "div", "li":
            if out.last != Self.space { out.append(Self.space) }
        case "sub":
            // A remark, as a pipe table's cell writes it (`ChartQA<sub>relaxed</sub>`).
            out += (tag.isClosing ? "</sub>" : "<sub>").utf8
        case "sup":
            superscript(closing: tag.isClosing)
        case "a":
            if tag.isClosing {
                guard let destination = link else { return }
                out += "](<\(destination)>)".utf8
                link = nil
            } else if link == nil, let href = tag.attributes["href"], !href.isEmpty {
                link = href.filter { $0 != "<" && $0 != ">" && !$0.isNewline }
                out.append(UInt8(ascii: "["))
            }
        default:
            break
        }
    }

    /// A short superscript after text is a footnote mark, kept as a pipe table's cell writes it
    /// (`Qwen-7B<sup>1</sup>`, `59.4<sup>*</sup>`); any other is text (cards set whole names
    /// or remarks in `<sup>`: `<sup>Kimi K2 Instruct</sup>`, `<sup>(non-thinking)</sup>`).
    private mutating func superscript(closing: Bool) {
        guard closing else {
            if superscriptStart == nil { superscriptStart = out.count }
            return
        }
        guard let start = superscriptStart else { return }
        superscriptStart = nil
        let content = String(decoding: out[start...], as: UTF8.self).trimmed
        let followsText = out[..<start].contains { $0 != Self.space }
        if followsText, !content.isEmpty, content.count <= Self.maxMarkLength, !content.contains(" ") {
            out.insert(contentsOf: "<sup>".utf8, at: start)
            out += "</sup>".utf8
        } else if followsText, start < out.count, out[start] != Self.space, out[start - 1] != Self.space {
            out.insert(Self.space, at: start)
        }
    }

    /// Where an open `<sup>`'s content starts.
    private var superscriptStart: Int?
    /// The longest footnote mark (`1`, `*`, `a,b`, `†‡`).
    private static let maxMarkLength = 4

    private mutating func emphasis(_ marker: [UInt8], closing: Bool) {
        guard closing else {
            if open.count < Self.maxOpen {
                open.append((marker, out.count))
                out += marker
            }
            return
        }
        guard let index = open.lastIndex(where: { $0.marker == marker }) else { return }
        let offset = open[index].offset
        open.removeSubrange(index...)
        let inner = out[(offset + marker.count)...]
        guard inner.contains(where: { $0 != Self.space }) else {
            out.removeSubrange(offset...)
            return
        }
        // Trailing spaces go after the closing marker, for the same reason.
        let trailing = inner.reversed().prefix { $0 == Self.space }.count
        out.removeLast(trailing)
        out += marker + Array(repeating: Self.space, count: trailing)
    }

    /// The markdown, markers left open dropped, spaces and a last line break trimmed.
    mutating func finished() -> String {
        if endsWithBreak, out.count >= Self.lineBreak.count, Array(out.suffix(Self.lineBreak.count)) == Self.lineBreak {
            out.removeLast(Self.lineBreak.count)
        }
        if let destination = link { out += "](<\(destination)>)".utf8 }
        for marker in open.reversed() { out.removeSubrange(marker.offset..<(marker.offset + marker.marker.count)) }
        open = []
        return String(decoding: out, as: UTF8.self).trimmed
    }

    /// Text with the characters markdown would read as markup escaped.
    static func escaped(_ text: String) -> String {
        var out: [UInt8] = []
        appendEscaped(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        for byte in text.utf8 {
            if Self.markup.contains(byte) { out.append(UInt8(ascii: "\\")) }
            out.append(byte)
        }
    }

    private static let markup = Set("\\`*_[]<>|&~!".utf8)
}
