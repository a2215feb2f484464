import Markdown

/// Where the rows of a table's right half went when it was stacked under its left half.
struct SideBySideOrigin: Equatable {
    /// Rows from this one on are the right half's, in the order written.
    var firstRightRow: Int
    /// Columns of the right half stand this many columns further right as written.
    var shift: Int

    /// The written row and column of a cell read at `row`, `column` of the stacked table.
    func written(row: Int?, column: Int) -> (row: Int?, column: Int) {
        guard let row, row >= firstRightRow else { return (row, column) }
        return (row - firstRightRow, column + shift)
    }
}

extension Table {
    /// `| Model | MMLU | Model | MMLU |`, `| LLaMA Models | C-Eval | Alpaca Models | C-Eval |`: two
    /// lists of models side by side, each half headed alike after its names, stacked into one
    /// list (the right half's rows under the left's). Read as one table, the right half's scores
    /// went to the model named on the left of the same row. Nil for any other table.
    func stackingSideBySide() -> (table: Table, origin: SideBySideOrigin)? {
        let width = header.count
        guard width >= 4, width % 2 == 0 else { return nil }
        let half = width / 2
        let left = header[1..<half].map { NameKey($0.labelText) }
        let right = header[(half + 1)...].map { NameKey($0.labelText) }
        guard left == Array(right), !left.contains(where: { $0.value.isEmpty }) else { return nil }
        // Both name columns hold names (or nothing), no score, and the right one names some.
        guard
            rows.allSatisfy({ row in
                [0, half].allSatisfy { ScoreText.value(row[$0].scoreText) == nil }
            }), rows.contains(where: { !$0[half].text.trimmed.isEmpty })
        else { return nil }
        var table = self
        table.header = Array(header[..<half])
        table.rows = rows.map { Array($0[..<half]) } + rows.map { Array($0[half...]) }
        return (table, SideBySideOrigin(firstRightRow: rows.count, shift: half))
    }
}
