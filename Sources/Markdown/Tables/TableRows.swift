/// The body rows of a table, their cells in one array: a row is a run of cells, not an array
/// of its own, so that a table of thousands of rows does not allocate (and free) one per row.
struct TableRows: RandomAccessCollection {
    /// Every row's cells, row after row.
    private(set) var cells: [RawCell] = []
    /// `ends[i]` is the index in `cells` after row `i`'s last cell.
    private(set) var ends: [Int] = []

    init() {}

    init(_ rows: [[RawCell]]) {
        for row in rows { append(row: row[...]) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { ends.count }

    subscript(row: Int) -> ArraySlice<RawCell> { cells[start(of: row)..<ends[row]] }

    /// Where row `row`'s cells start in `cells`.
    func start(of row: Int) -> Int { row == 0 ? 0 : ends[row - 1] }

    /// How many cells row `row` has.
    func cellCount(of row: Int) -> Int { ends[row] - start(of: row) }

    mutating func append(row: ArraySlice<RawCell>) {
        cells += row
        ends.append(cells.count)
    }

    mutating func append(contentsOf other: TableRows) {
        let offset = cells.count
        cells += other.cells
        ends += other.ends.map { $0 + offset }
    }

    /// Appends the cells `add` appends to `cells` as one row, unless it appends none.
    /// Returns whether it appended any.
    mutating func appendRow(_ add: (inout [RawCell]) -> Void) -> Bool {
        let start = cells.count
        add(&cells)
        guard cells.count > start else { return false }
        ends.append(cells.count)
        return true
    }

    /// Calls `body` with the first `width` cells of each row, row after row.
    func forEachCell(upTo width: Int, _ body: (RawCell) -> Void) {
        cells.withUnsafeBufferPointer { cells in
            var start = 0
            for end in ends {
                for index in start..<Swift.min(end, start + width) { body(cells[index]) }
                start = end
            }
        }
    }

    /// How many cells `forEachCell(upTo:_:)` calls its body with.
    func cellCount(upTo width: Int) -> Int {
        var count = 0
        var start = 0
        for end in ends {
            count += Swift.min(end - start, width)
            start = end
        }
        return count
    }

    /// The first `count` rows.
    func prefix(rows count: Int) -> TableRows {
        var kept = TableRows()
        kept.ends = Array(ends.prefix(count))
        kept.cells = Array(cells.prefix(kept.ends.last ?? 0))
        return kept
    }
}
