/// Finds GFM pipe tables in the lines of one CommonMark paragraph.
///
/// cmark 0.30 knows no tables, so every table reaches Atlas as a paragraph (or as a setext
/// heading when a `---` line follows it). The scanner looks at the paragraph's raw source lines,
/// container markers already removed, and applies the GFM 0.29 table rules. It is linear in the
/// paragraph's size: each line is looked at a constant number of times.
/// Bytes of the text being scanned: a slice of a buffer, cheap to pass around (no reference counting).
typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

struct PipeTableScanner {
    /// One physical source line of a paragraph.
    struct Line {
        /// The line's bytes after its container markers (`> `, list indentation), no newline,
        /// as a range of the scanner's buffer.
        var range: Range<Int>
        var number: Int
        /// 1-based byte column of `bytes.startIndex` in the source line.
        var column: Int
        /// Continuation text without its container's markers: it cannot be part of a table.
        var isLazy: Bool
    }

    /// A table found in a paragraph, and where it stops.
    struct Match {
        var headerIndex: Int
        /// One past the last line that belongs to the table.
        var endIndex: Int
        var alignments: [Table.Alignment]
        var header: [RawCell]
        var rows: [[RawCell]]
    }

    enum Outcome {
        case none
        case table(Match)
        /// A header and delimiter row were found, but the table is wider than allowed.
        case tooWide(columns: Int, line: Line)
    }

    var maxColumns: Int
    /// The text the lines point into. Valid while the scanner is in use (see `TableLifter`).
    let buffer: UnsafeBufferPointer<UInt8>

    func bytes(_ line: Line) -> Bytes { buffer[line.range] }

    /// Finds the first table in `lines`. `hasSetextUnderline` says the last line is the
    /// underline cmark took for a setext heading: it can end a table but never start one.
    func firstTable(in lines: [Line], hasSetextUnderline: Bool, store: inout CellStore) -> Outcome {
        let lastCandidate = hasSetextUnderline ? lines.count - 1 : lines.count
        var index = 1
        while index < lastCandidate {
            let line = lines[index]
            if !line.isLazy, let alignments = Self.delimiterRow(bytes(line)) {
                if Self.segmentCount(bytes(lines[index - 1])) == alignments.count {
                    if alignments.count > maxColumns {
                        return .tooWide(columns: alignments.count, line: line)
                    }
                    return .table(collectRows(lines, headerIndex: index - 1, alignments: alignments,
                                              hasSetextUnderline: hasSetextUnderline, store: &store))
                }
            }
            index += 1
        }
        return .none
    }

    private func collectRows(_ lines: [Line], headerIndex: Int, alignments: [Table.Alignment],
                             hasSetextUnderline: Bool, store: inout CellStore) -> Match {
        let header = cells(of: lines[headerIndex], store: &store)
        var rows: [[RawCell]] = []
        var index = headerIndex + 2
        while index < lines.count {
            let isUnderline = hasSetextUnderline && index == lines.count - 1
            if endsTable(lines[index], isSetextUnderline: isUnderline) { break }
            let row = cells(of: lines[index], store: &store)
            if row.isEmpty { break }
            rows.append(row)
            index += 1
        }
        return Match(headerIndex: headerIndex, endIndex: index, alignments: alignments,
                     header: header, rows: rows)
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
    func endsTable(_ line: Line, isSetextUnderline: Bool) -> Bool {
        if line.isLazy { return true }
        let bytes = bytes(line)
        let (columns, start) = Self.indentation(bytes)
        if columns >= 4 { return true }  // an indented code block
        let rest = bytes[start...]
        if isSetextUnderline && Self.isThematicBreak(rest) { return true }
        return Self.startsListItemOutsideParagraph(rest)
    }

    /// Whether some line after the first looks like a delimiter row: a cheap test that lets
    /// the many paragraphs without tables pass untouched.
    static func mayBeDelimiterRow(_ bytes: Bytes) -> Bool {
        bytes.contains(dash) && bytes.allSatisfy { $0 == dash || $0 == pipe || $0 == colon || isWhitespace($0) }
    }

    /// `---`, `- - -`: a thematic break made of dashes (the only kind a setext underline can be).
    static func isThematicBreak(_ bytes: Bytes) -> Bool {
        var dashes = 0
        for byte in bytes {
            if byte == dash { dashes += 1 } else if !isWhitespace(byte) { return false }
        }
        return dashes >= 3
    }

    /// A list item that may start after a table but not inside a paragraph: an empty item
    /// (`-`, `1.`) or an ordered item whose number is not 1 (`2. x`).
    static func startsListItemOutsideParagraph(_ bytes: Bytes) -> Bool {
        guard let first = bytes.first else { return false }
        var index = bytes.startIndex
        if first == dash || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") {
            index += 1
            return bytes[index...].allSatisfy(isWhitespace)
        }
        while index < bytes.endIndex, index - bytes.startIndex < 10,
              (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            index += 1
        }
        let digits = index - bytes.startIndex
        guard digits >= 1, digits <= 9, index < bytes.endIndex,
              bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else { return false }
        index += 1
        if index == bytes.endIndex || bytes[index...].allSatisfy(isWhitespace) { return true }
        return isWhitespace(bytes[index])  // `2. x`; `1. x` never reaches here: cmark split it off
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

    subscript(_ cell: RawCell) -> ArraySlice<UInt8> { bytes[cell.text] }

    /// Appends a cell's content with `\|` turned into `|` (also inside code spans, as in cmark-gfm;
    /// other escapes stay for cmark).
    mutating func append(_ content: Bytes) -> Range<Int> {
        let start = bytes.count
        guard content.contains(PipeTableScanner.backslash) else {
            bytes.append(contentsOf: content)
            return start..<bytes.count
        }
        var index = content.startIndex
        while index < content.endIndex {
            if content[index] == PipeTableScanner.backslash, index + 1 < content.endIndex,
               content[index + 1] == PipeTableScanner.pipe {
                index += 1
            }
            bytes.append(content[index])
            index += 1
        }
        return start..<bytes.count
    }
}

extension PipeTableScanner {
    /// The alignments of a delimiter row (`| :-- | :-: | --: |`), or nil if the line is not one.
    static func delimiterRow(_ bytes: Bytes) -> [Table.Alignment]? {
        let (columns, _) = indentation(bytes)
        guard columns < 4 else { return nil }
        var alignments: [Table.Alignment] = []
        for segment in segments(bytes) {
            guard let alignment = alignment(of: trimmed(bytes[segment])) else { return nil }
            alignments.append(alignment)
        }
        return alignments.isEmpty ? nil : alignments
    }

    private static func alignment(of cell: Bytes) -> Table.Alignment? {
        guard !cell.isEmpty else { return nil }
        let left = cell.first == colon, right = cell.last == colon
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
    func cells(of line: Line, store: inout CellStore) -> [RawCell] {
        let bytes = bytes(line)
        var cells: [RawCell] = []
        Self.forEachSegment(bytes) { segment in
            let content = Self.trimmed(bytes[segment])
            let column = line.column + (content.startIndex - bytes.startIndex)
            cells.append(RawCell(text: store.append(content), line: line.number, column: column))
        }
        return cells
    }

    static func segments(_ bytes: Bytes) -> [Range<Int>] {
        var result: [Range<Int>] = []
        forEachSegment(bytes) { result.append($0) }
        return result
    }

    static func segmentCount(_ bytes: Bytes) -> Int {
        var count = 0
        forEachSegment(bytes) { _ in count += 1 }
        return count
    }

    /// Splits a row on unescaped pipes as cmark-gfm does: an optional leading pipe is skipped,
    /// and a last segment that is only whitespace (after a trailing pipe) is not a cell.
    static func forEachSegment(_ bytes: Bytes, _ body: (Range<Int>) -> Void) {
        var index = indentation(bytes).end
        if index < bytes.endIndex, bytes[index] == pipe { index += 1 }
        var start = index
        while index < bytes.endIndex {
            if bytes[index] == pipe, index == bytes.startIndex || bytes[index - 1] != backslash {
                body(start..<index)
                start = index + 1
            }
            index += 1
        }
        if !bytes[start..<bytes.endIndex].allSatisfy(isWhitespace) {
            body(start..<bytes.endIndex)
        }
    }

    static func trimmed(_ bytes: Bytes) -> Bytes {
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, isWhitespace(bytes[start]) { start += 1 }
        while end > start, isWhitespace(bytes[end - 1]) { end -= 1 }
        return bytes[start..<end]
    }
}
