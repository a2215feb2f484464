import CCmark

/// The HTML of every cell of a document, in one buffer, and (when asked) their inline values.
struct ParsedCells {
    /// Where a cell's HTML is.
    enum Source {
        /// In `text`: the cell's own text, which needs no escaping (most cells).
        case text(Range<Int>)
        /// In `html`.
        case html(Range<Int>)
    }

    /// The text of all cells (the cell store's bytes, shared).
    var text: [UInt8] = []
    /// The HTML of the cells whose text is not their HTML.
    var html: [UInt8] = []
    /// `sources[i]` is where cell `i`'s HTML is.
    var sources: [Source] = []
    var inlines: [[Inline]] = []
}

/// Parses table cells as inline markdown, the way cmark-gfm does, in one cmark run per document.
///
/// Most cells are plain words and numbers: their HTML is their text, escaped, and cmark is not
/// needed. The others become one paragraph each of an auxiliary document, prefixed with a
/// no-break space: the space keeps a cell's first characters from starting a block (`# x`,
/// `1. x`, `> x`), and counts as whitespace for emphasis rules just as the start of a cell does.
/// It is removed again before rendering. The whole auxiliary document is rendered at once and
/// cut at paragraph ends, which is safe because cmark escapes any `</p>` written in a cell.
/// When a cell may hold a reference link and the document may define one, the document follows
/// the cells in that run, so that the link resolves as in GFM (after the cells, so that nothing
/// in it, an unclosed fence say, can swallow one).
struct CellParser {
    let path: String
    let wantsInlines: Bool
    private var parsed = ParsedCells()
    /// The cells that are not plain, one paragraph each, and their indices and cells.
    private var markdown: [UInt8] = []
    private var slow: [SlowCell] = []
    private var slowHasBracket = false

    private struct SlowCell {
        var index: Int
        var cell: RawCell
    }

    /// `store`: the text of the cells to come.
    init(path: String, wantsInlines: Bool, store: CellStore) {
        self.path = path
        self.wantsInlines = wantsInlines
        parsed.text = store.bytes
    }

    /// Takes the next cell, whose text is `text`: its HTML right away when it is plain, else later.
    mutating func add(_ cell: RawCell, text: Bytes) {
        let index = parsed.sources.count
        if wantsInlines { parsed.inlines.append([]) }
        if Self.isPlain(text) {
            if Self.needsEscaping(text) {
                let start = parsed.html.count
                Self.appendEscaped(text, to: &parsed.html)
                parsed.sources.append(.html(start..<parsed.html.count))
            } else {
                parsed.sources.append(.text(cell.text))
            }
            if wantsInlines, !text.isEmpty { parsed.inlines[index] = [plainInline(text, cell)] }
        } else {
            parsed.sources.append(.html(0..<0))
            slow.append(SlowCell(index: index, cell: cell))
            slowHasBracket = slowHasBracket || text.contains(UInt8(ascii: "["))
            markdown += [0xC2, 0xA0]
            markdown += text
            markdown += [0x0A, 0x0A]
        }
    }

    /// The cells taken, those not plain parsed now, with `document` (the whole input) for its
    /// link reference definitions.
    mutating func finish(document: [UInt8]) -> ParsedCells {
        if !slow.isEmpty {
            if slowHasBracket, Self.mayDefineReferences(document) {
                markdown += document
            }
            parseThroughCmark()
        }
        return parsed
    }

    private mutating func parseThroughCmark() {
        let root = cmarkParse(markdown)
        defer { cmark_node_free(root) }
        var paragraph = root.firstChild
        for slowCell in slow {
            let (index, cell) = (slowCell.index, slowCell.cell)
            guard let node = paragraph else { break }  // cannot happen: every cell is one paragraph
            paragraph = node.next
            Self.removeLeadingSpace(node)
            if wantsInlines {
                let at = SourceLocation(path: path, line: cell.line, column: cell.column)
                parsed.inlines[index] = NodeConverter(path: path).inlines(
                    of: node, placement: .fixed(SourceRange(start: at, end: at)))
            }
        }
        let rendered = root.renderHTMLBytes()
        var cursor = rendered.startIndex
        for index in slow.map(\.index) {
            let inner = Self.nextParagraph(in: rendered, from: &cursor)
            let start = parsed.html.count
            parsed.html += inner
            parsed.sources[index] = .html(start..<parsed.html.count)
        }
    }

    /// Whether the text has `]:` at all: every link reference definition does. Parsing the whole
    /// document again costs as much as the first parse, so it is done only when it can matter.
    static func mayDefineReferences(_ document: [UInt8]) -> Bool {
        var previous: UInt8 = 0
        for byte in document {
            if previous == UInt8(ascii: "]"), byte == UInt8(ascii: ":") { return true }
            previous = byte
        }
        return false
    }

    // MARK: - Plain cells

    /// Whether the byte means something to cmark's inline parser (or to HTML): one of
    /// ``\`*_[]!<&``, NUL, CR or LF.
    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00, 0x0A, 0x0D, 0x21, 0x26, 0x2A, 0x3C, 0x5B, 0x5C, 0x5D, 0x5F, 0x60: return true
        default: return false
        }
    }

    static func isPlain(_ text: Bytes) -> Bool {
        !UnsafeBufferPointer(rebasing: text).contains(where: isSpecial)
    }

    /// Whether the text has a byte that cmark escapes in plain text: `"` or `>`.
    static func needsEscaping(_ text: Bytes) -> Bool {
        UnsafeBufferPointer(rebasing: text).contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ">") }
    }

    /// cmark's escaping of text: `"` and `>` (the other two, `<` and `&`, make a cell not plain).
    /// Runs of other bytes are copied whole.
    static func appendEscaped(_ text: Bytes, to html: inout [UInt8]) {
        let text = UnsafeBufferPointer(rebasing: text)
        var runStart = 0
        for index in 0..<text.count {
            let escape: StaticString
            switch text[index] {
            case UInt8(ascii: "\""): escape = "&quot;"
            case UInt8(ascii: ">"): escape = "&gt;"
            default: continue
            }
            html += UnsafeBufferPointer(rebasing: text[runStart..<index])
            html += UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount)
            runStart = index + 1
        }
        html += UnsafeBufferPointer(rebasing: text[runStart...])
    }

    private func plainInline(_ text: Bytes, _ cell: RawCell) -> Inline {
        let at = SourceLocation(path: path, line: cell.line, column: cell.column)
        return Inline(.text(String(decoding: text, as: UTF8.self)), range: SourceRange(start: at, end: at))
    }

    // MARK: - Cells through cmark

    private static func removeLeadingSpace(_ paragraph: CmarkNode) {
        guard let first = paragraph.firstChild, first.type == CMARK_NODE_TEXT,
            let literal = cmark_node_get_literal(first)
        else { return }
        // The literal starts with the two bytes of U+00A0.
        let rest = literal + 2
        if rest.pointee == 0 {
            cmark_node_unlink(first)
            cmark_node_free(first)
        } else {
            cmark_node_set_literal(first, rest)
        }
    }

    /// The inside of the next `<p>…</p>\n` from `cursor` on.
    private static func nextParagraph(in html: [UInt8], from cursor: inout Int) -> ArraySlice<UInt8> {
        let open: [UInt8] = Array("<p>".utf8)
        let close: [UInt8] = Array("</p>\n".utf8)
        guard html[cursor...].starts(with: open) else { return [] }
        let start = cursor + open.count
        var end = start
        while end + close.count <= html.count {
            if html[end] == close[0], html[end..<(end + close.count)].elementsEqual(close) { break }
            end += 1
        }
        cursor = min(html.count, end + close.count)
        return html[start..<min(end, html.count)]
    }
}
