import Markdown

/// Rows drawn as lines inside a table (Goedel-Prover's `|------|------|` between groups of rows,
/// `| --- | --- |`, `|-----|:----:|`): no model and no score, so they are left out before reading.
extension Table {
    /// The table without its rule rows, and the row each remaining row was; nil when it has none.
    func droppingRuleRows() -> (table: Table, origins: [Int])? {
        guard rows.contains(where: Self.isRule) else { return nil }
        var table = self
        let kept = rows.indices.filter { !Self.isRule(rows[$0]) }
        table.rows = kept.map { rows[$0] }
        return (table, kept)
    }

    /// Every cell empty or a line of `-`, `=` or `:` at least three long, one cell at least such a line.
    static func isRule(_ row: [TableCell]) -> Bool {
        var drawn = false
        for cell in row {
            let text = cell.text.trimmed
            if text.isEmpty { continue }
            guard text.utf8.count >= 3,
                text.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ":") }),
                text.utf8.contains(where: { $0 != UInt8(ascii: ":") })
            else { return false }
            drawn = true
        }
        return drawn
    }
}
