#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds GFM pipe tables in the lines of one CommonMark paragraph.
///
/// cmark 0.30 knows no tables, so every table reaches Atlas as a paragraph (or as a setext
/// heading when a `---` line follows it). The scanner looks at the paragraph's raw source lines,
/// container markers already removed, and applies the GFM 0.29 table rules. It is linear in the
/// paragraph's size: each line is looked at a constant number of times.
/// Bytes of the text being scanned: a slice of a buffer that outlives the scan (see `TableLifter`),
/// cheap to pass around: no reference counting.
typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

struct PipeTableScanner {
    /// One physical source line of a paragraph.
    struct Line {
        /// The line's bytes after its container markers (`> `, list indentation), no newline.
        var bytes: Bytes
        var number: Int
        /// 1-based byte column of `bytes.startIndex` in the source line.
        var column: Int
        /// Continuation text without its container's markers: it cannot be part of a table.
        var isLazy: Bool
        /// Columns of indentation before the first non-blank byte, counted from where the
        /// container markers end as cmark counts them (tab stops are the file line's).
        var indent: Int
        /// Where the container markers end, as cmark left it.
        var start: LineCursor

        /// What replaces the leading blanks of `bytes` when the line is parsed again on its own.
        var reparseIndentation: [UInt8] { start.indentationForReparse() }

        /// `start` is where the container markers end, as cmark left it (by default: the
        /// start of a line that has none).
        init(bytes: Bytes, number: Int, column: Int, isLazy: Bool, start: LineCursor? = nil) {
            self.bytes = bytes
            self.number = number
            self.column = column
            self.isLazy = isLazy
            let start = start ?? LineCursor(bytes)
            self.indent = start.firstNonspace().indent
            self.start = start
        }
    }

    /// A table found in a paragraph, and where it stops.
    struct Match {
        var headerIndex: Int
        /// One past the last line that belongs to the table.
        var endIndex: Int
        var alignments: [Table.Alignment]
        var header: [RawCell]
        var rows: TableRows
        /// For each row, its line and the column just after its last non-blank byte: where the
        /// empty cells that pad a short row are said to be.
        var rowEnds: [(line: Int, column: Int)]
    }

    enum Outcome {
        case none
        case table(Match)
        /// A header and delimiter row were found, but the table is wider than allowed.
        case tooWide(columns: Int, line: Line)
    }

    var maxColumns: Int

    /// Finds the first table in `lines`. `hasSetextUnderline` says the last line is the
    /// underline cmark took for a setext heading: it can end a table but never start one.
    ///
    /// Like cmark-gfm, it gives up on the paragraph at the first delimiter row whose header row
    /// has another number of cells: no later line of the paragraph can start a table then.
    /// `start` is the index of the paragraph's first line: lines before it are not looked at.
    func firstTable(in lines: [Line], from start: Int = 0, hasSetextUnderline: Bool, store: inout CellStore) -> Outcome
    {
        let lastCandidate = hasSetextUnderline ? lines.count - 1 : lines.count
        var index = start + 1
        while index < lastCandidate {
            let line = lines[index]
            if !line.isLazy, line.indent < 4, let alignments = Self.delimiterRow(line.bytes) {
                guard Self.cellCount(of: lines[index - 1]) == alignments.count else { return .none }
                if alignments.count > maxColumns {
                    return .tooWide(columns: alignments.count, line: line)
                }
                return .table(
                    collectRows(
                        lines, headerIndex: index - 1, alignments: alignments,
                        hasSetextUnderline: hasSetextUnderline, store: &store))
            }
            index += 1
        }
        return .none
    }

    private func collectRows(
        _ lines: [Line], headerIndex: Int, alignments: [Table.Alignment],
        hasSetextUnderline: Bool, store: inout CellStore
    ) -> Match {
        let underline = hasSetextUnderline ? lines.count - 1 : nil
        let header = Self.cells(of: lines[headerIndex], store: &store)
        let (rows, end) = Self.rows(in: lines, from: headerIndex + 2, setextUnderline: underline, store: &store)
        return Match(
            headerIndex: headerIndex, endIndex: end, alignments: alignments,
            header: header, rows: rows,
            rowEnds: lines[(headerIndex + 2)..<end].map(Self.end))
    }

    /// Continues a table that took all its lines into `more`, lines that come right after them.
    /// `endsInUnderline` says the last of them is a setext underline (a `---` there ends the table).
    func continueRows(of match: inout Match, into more: [Line], endsInUnderline: Bool, store: inout CellStore) {
        let underline = endsInUnderline ? more.count - 1 : nil
        let (rows, end) = Self.rows(in: more, from: 0, setextUnderline: underline, store: &store)
        match.rows.append(contentsOf: rows)
        match.rowEnds += more[..<end].map(Self.end)
        match.endIndex += end
    }

    private static func end(of line: Line) -> (line: Int, column: Int) {
        (line.number, line.column + (trimmed(line.bytes).endIndex - line.bytes.startIndex))
    }

    /// The rows from `start` on, and the index of the first line that is not one.
    private static func rows(
        in lines: [Line], from start: Int, setextUnderline: Int?,
        store: inout CellStore
    ) -> (TableRows, Int) {
        var rows = TableRows()
        var index = start
        while index < lines.count {
            if endsTable(lines[index], isSetextUnderline: index == setextUnderline) { break }
            guard rows.appendRow({ appendCells(of: lines[index], to: &$0, store: &store) }) else { break }
            index += 1
        }
        return (rows, index)
    }
}

// MARK: - Line classification

extension PipeTableScanner {
    static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), pipe = UInt8(ascii: "|")
    static let backslash = UInt8(ascii: "\\"), dash = UInt8(ascii: "-"), colon = UInt8(ascii: ":")

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == 0x0B || byte == 0x0C || byte == 0x0D
    }

    /// Columns of leading indentation, tabs advancing to the next multiple of 4.
    static func indentation(_ bytes: Bytes) -> (columns: Int, end: Int) {
        var columns = 0
        var index = bytes.startIndex
        while index < bytes.endIndex, bytes[index] == space || bytes[index] == tab {
            columns += bytes[index] == tab ? 4 - columns % 4 : 1
            index += 1
        }
        return (columns, index)
    }

    /// Whether a line inside a table starts a block that GFM opens there, though cmark
    /// (which saw a paragraph, not a table) folded the line into the paragraph.
    static func endsTable(_ line: Line, isSetextUnderline: Bool) -> Bool {
        if line.isLazy { return true }
        if line.indent >= 4 { return true }  // an indented code block
        let rest = line.bytes[indentation(line.bytes).end...]
        if isSetextUnderline && isThematicBreak(rest) { return true }
        return startsListItemOutsideParagraph(rest) || HTMLTagLine.isTagLine(rest)
    }

    /// Whether some line after the first looks like a delimiter row: a cheap test that lets
    /// the many paragraphs without tables pass untouched.
    static func mayContainTable(_ lines: [Line]) -> Bool {
        lines.dropFirst().contains { line in
            line.bytes.contains(dash)
                && line.bytes.allSatisfy { $0 == dash || $0 == pipe || $0 == colon || isWhitespace($0) }
        }
    }

    /// `---`, `- - -`: a thematic break made of dashes (the only kind a setext underline can be).
    static func isThematicBreak(_ bytes: Bytes) -> Bool {
        var dashes = 0
        for byte in bytes {
            if byte == dash { dashes += 1 } else if !isWhitespace(byte) { return false }
        }
        return dashes >= 3
    }

    /// `===` or `---` (up to three spaces before, whitespace after): a setext heading underline.
    static func isSetextUnderline(_ line: Line) -> Bool {
        let rest = trimmed(line.bytes)
        guard line.indent < 4, let first = rest.first, first == dash || first == UInt8(ascii: "=") else { return false }
        return rest.allSatisfy { $0 == first }
    }

    /// A list item that may start after a table but not inside a paragraph: an empty item
    /// (`-`, `1.`) or an ordered item whose number is not 1 (`2. x`).
    static func startsListItemOutsideParagraph(_ bytes: Bytes) -> Bool {
        guard let width = ListMarker.width(bytes) else { return false }
        let rest = bytes[(bytes.startIndex + width)...]
        if rest.allSatisfy(isWhitespace) { return true }  // an empty item
        // `2. x`; `1. x` never reaches here: cmark split it off.
        return !ListMarker.isBullet(bytes) && isWhitespace(rest.first!)
    }
}

// MARK: - Rows and cells

/// A cell as it stands in the source, before inline parsing.
struct RawCell: Hashable {
    /// Trimmed content with `\|` unescaped, in the document's `CellStore`.
    var text: Range<Int>
    var line: Int
    var column: Int
}

/// The text of every table cell of a document in one buffer: no allocation per cell.
struct CellStore {
    private(set) var bytes: [UInt8] = []
    /// Bytes reserved at the first cell: the cells' text is no longer than the document they
    /// are in, and growing a buffer of megabytes step by step copies it again and again.
    var expectedSize = 0

    init(expectedSize: Int = 0) {
        self.expectedSize = expectedSize
    }

    subscript(_ cell: RawCell) -> ArraySlice<UInt8> { bytes[cell.text] }

    /// Appends a cell's content with `\|` unescaped. `mayHaveEscapes: false` says the row has
    /// no backslash: nothing to look for.
    mutating func append(_ content: Bytes, mayHaveEscapes: Bool = true) -> Range<Int> {
        if bytes.capacity == 0 { bytes.reserveCapacity(max(expectedSize, content.count)) }
        let start = bytes.count
        let raw = UnsafeBufferPointer(rebasing: content)
        if mayHaveEscapes, let base = raw.baseAddress, memchr(base, Int32(PipeTableScanner.backslash), raw.count) != nil
        {
            bytes += PipeTableScanner.unescapingPipes(content)
        } else {
            bytes += raw
        }
        return start..<bytes.count
    }
}

extension PipeTableScanner {
    /// The alignments of a delimiter row (`| :-- | :-: | --: |`), or nil if the line is not one.
    /// The caller checks the indentation: it depends on the container markers before the bytes.
    static func delimiterRow(_ bytes: Bytes) -> [Table.Alignment]? {
        var alignments: [Table.Alignment] = []
        for segment in segments(bytes) {
            guard let alignment = alignment(of: trimmed(bytes[segment])) else { return nil }
            alignments.append(alignment)
        }
        return alignments.isEmpty ? nil : alignments
    }

    private static func alignment(of cell: Bytes) -> Table.Alignment? {
        guard !cell.isEmpty else { return nil }
        let left = cell.first == colon
        let right = cell.last == colon
        let dashes = cell.dropFirst(left ? 1 : 0).dropLast(right && cell.count > 1 ? 1 : 0)
        guard !dashes.isEmpty, dashes.allSatisfy({ $0 == dash }) else { return nil }
        switch (left, right) {
        case (true, true): return .center
        case (true, false): return .left
        case (false, true): return .right
        case (false, false): return .unspecified
        }
    }

    /// The cells of a row line, trimmed and unescaped, with their source positions.
    static func cells(of line: Line, store: inout CellStore) -> [RawCell] {
        var cells: [RawCell] = []
        appendCells(of: line, to: &cells, store: &store)
        return cells
    }

    /// Appends the cells of a row line to `cells` (see `cells(of:store:)`).
    static func appendCells(of line: Line, to cells: inout [RawCell], store: inout CellStore) {
        // One look for a backslash in the row, rather than one in each cell.
        let raw = UnsafeBufferPointer(rebasing: line.bytes)
        let mayHaveEscapes = raw.baseAddress.map { memchr($0, Int32(backslash), raw.count) != nil } ?? false
        // cmark keeps a lazy line's leading blanks in the paragraph, so a pipe after them is
        // not a leading pipe there: `  | a` is then two cells.
        forEachSegment(line.bytes, skippingBlanks: !line.isLazy) { segment in
            let content = trimmed(line.bytes[segment])
            let column = line.column + (content.startIndex - line.bytes.startIndex)
            let text = store.append(content, mayHaveEscapes: mayHaveEscapes)
            cells.append(RawCell(text: text, line: line.number, column: column))
        }
    }

    /// How many cells `cells(of:store:)` would find, without storing them.
    static func cellCount(of line: Line) -> Int {
        var count = 0
        forEachSegment(line.bytes, skippingBlanks: !line.isLazy) { _ in count += 1 }
        return count
    }

    static func segments(_ bytes: Bytes, skippingBlanks: Bool = true) -> [Range<Int>] {
        var result: [Range<Int>] = []
        forEachSegment(bytes, skippingBlanks: skippingBlanks) { result.append($0) }
        return result
    }

    /// Splits a row on unescaped pipes as cmark-gfm does: an optional leading pipe (after the
    /// leading blanks, when skipping them) is skipped, and a last segment that is only whitespace
    /// (after a trailing pipe) is not a cell.
    static func forEachSegment(_ bytes: Bytes, skippingBlanks: Bool = true, _ body: (Range<Int>) -> Void) {
        // The base buffer, indexed like the slice: no bounds check per byte.
        let base = bytes.base
        var index = skippingBlanks ? indentation(bytes).end : bytes.startIndex
        if index < bytes.endIndex, base[index] == pipe { index += 1 }
        var start = index
        while let found = firstPipe(in: base, from: index, to: bytes.endIndex) {
            if found == bytes.startIndex || base[found - 1] != backslash {
                body(start..<found)
                start = found + 1
            }
            index = found + 1
        }
        if !bytes[start..<bytes.endIndex].allSatisfy(isWhitespace) {
            body(start..<bytes.endIndex)
        }
    }

    /// The index of the first `|` in `buffer[from..<to]`, found by memchr.
    private static func firstPipe(in buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        guard from < to, let base = buffer.baseAddress,
            let found = memchr(base + from, Int32(pipe), to - from)
        else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    static func trimmed(_ bytes: Bytes) -> Bytes {
        let base = bytes.base
        var start = bytes.startIndex
        var end = bytes.endIndex
        // Tables padded for the eye have long runs of spaces: skip them eight at a time.
        if let pointer = base.baseAddress {
            while end - start >= 8, UnsafeRawPointer(pointer + start).loadUnaligned(as: UInt64.self) == eightSpaces {
                start += 8
            }
            while end - start >= 8, UnsafeRawPointer(pointer + end - 8).loadUnaligned(as: UInt64.self) == eightSpaces {
                end -= 8
            }
        }
        while start < end, isWhitespace(base[start]) { start += 1 }
        while end > start, isWhitespace(base[end - 1]) { end -= 1 }
        return bytes[start..<end]
    }

    private static let eightSpaces: UInt64 = 0x2020_2020_2020_2020

    /// `\|` becomes `|`, also inside code spans, as in cmark-gfm; other escapes stay for cmark.
    static func unescapingPipes(_ bytes: Bytes) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == backslash, index + 1 < bytes.endIndex, bytes[index + 1] == pipe {
                index += 1
            }
            out.append(bytes[index])
            index += 1
        }
        return out
    }
}
