/// A block quote or list item around a paragraph, and how cmark matches its markers on a line.
///
/// cmark keeps no record of where a container's markers end on each line, so the lifter replays
/// cmark's rules (blocks.c) to find a paragraph's raw text: columns with tabs to multiples of 4,
/// a tab consumed in part, an item's content offset fixed by its first line.
struct ContainerPrefix {
    enum Kind {
        case blockQuote
        /// Columns of indentation, relative to the parent's content, that continuation lines need.
        case item(contentOffset: Int)
    }

    var kind: Kind
    /// The line where the container starts: there an item has its marker, not indentation.
    var startLine: Int

    /// Matches this container's markers at `cursor` on a line after its first, as cmark does;
    /// false when they are missing (the line is lazy).
    func matchContinuation(_ cursor: inout LineCursor) -> Bool {
        let (first, indent) = cursor.firstNonspace()
        switch kind {
        case .blockQuote:
            guard indent <= 3, first < cursor.bytes.endIndex, cursor.bytes[first] == UInt8(ascii: ">") else {
                return false
            }
            cursor.advance(columns: indent + 1)
            if cursor.atSpaceOrTab { cursor.advance(columns: 1) }
            return true
        case .item(let contentOffset):
            guard indent >= contentOffset else { return false }
            cursor.advance(columns: contentOffset)
            return true
        }
    }

    /// Matches the markers on the container's own first line (a block quote's are the same).
    func matchOpening(_ cursor: inout LineCursor) {
        switch kind {
        case .blockQuote: _ = matchContinuation(&cursor)
        case .item: _ = Self.openItem(&cursor)
        }
    }

    /// Passes an item's marker and padding at `cursor` and returns the item's content offset:
    /// the marker's indentation, its width, and 1 to 4 columns of padding (1 when the item starts
    /// blank or with indented code).
    static func openItem(_ cursor: inout LineCursor) -> Int {
        let (first, markerOffset) = cursor.firstNonspace()
        let width = ListMarker.width(cursor.bytes[first...]) ?? 1
        cursor.advance(bytes: first + width - cursor.index)
        let marker = cursor
        while cursor.column - marker.column <= 5, cursor.atSpaceOrTab { cursor.advance(columns: 1) }
        let padding = cursor.column - marker.column
        if padding >= 5 || padding < 1 || cursor.index == cursor.bytes.endIndex {
            cursor = marker
            if padding > 0 { cursor.advance(columns: 1) }
            return markerOffset + width + 1
        }
        return markerOffset + width + padding
    }
}

/// A position on a line as cmark tracks it: a byte index and a column, where a tab advances
/// to the next multiple of 4 and may be consumed in part (the index then stays on it).
struct LineCursor {
    let bytes: Bytes
    private(set) var index: Int
    private(set) var column = 0
    /// The byte at `index` is a tab of which some columns are already consumed.
    private(set) var isInTab = false

    init(_ bytes: Bytes) {
        self.bytes = bytes
        self.index = bytes.startIndex
    }

    var atSpaceOrTab: Bool {
        index < bytes.endIndex && (bytes[index] == PipeTableScanner.space || bytes[index] == PipeTableScanner.tab)
    }

    /// The index of the first byte that is not a space or tab, and the columns of indentation before it.
    func firstNonspace() -> (index: Int, indent: Int) {
        var index = self.index
        var column = self.column
        while index < bytes.endIndex, bytes[index] == PipeTableScanner.space || bytes[index] == PipeTableScanner.tab {
            column += bytes[index] == PipeTableScanner.tab ? 4 - column % 4 : 1
            index += 1
        }
        return (index, column - self.column)
    }

    /// Advances by columns: a tab wider than what is left is consumed in part.
    mutating func advance(columns: Int) {
        var count = columns
        while count > 0, index < bytes.endIndex {
            let width = bytes[index] == PipeTableScanner.tab ? 4 - column % 4 : 1
            let step = min(count, width)
            column += step
            count -= step
            isInTab = step < width
            if !isInTab { index += 1 }
        }
    }

    /// Advances by bytes: tabs are consumed whole.
    mutating func advance(bytes count: Int) {
        for _ in 0..<max(0, min(count, bytes.endIndex - index)) {
            column += bytes[index] == PipeTableScanner.tab ? 4 - column % 4 : 1
            index += 1
            isInTab = false
        }
    }

    /// The indentation from here, rewritten for the line to be parsed alone from column 0:
    /// a space per column below 4; for indented code, 4 spaces and then just what cmark keeps
    /// of the code line after taking 4 columns (the rest of a tab it cuts becomes spaces).
    func indentationForReparse() -> [UInt8] {
        let (first, indent) = firstNonspace()
        var out = [UInt8](repeating: PipeTableScanner.space, count: min(indent, 4))
        guard indent >= 4 else { return out }
        var code = self
        code.advance(columns: 4)
        if code.isInTab {
            out += repeatElement(PipeTableScanner.space, count: 4 - code.column % 4)
            code.advance(bytes: 1)
        }
        return out + bytes[code.index..<first]
    }
}
