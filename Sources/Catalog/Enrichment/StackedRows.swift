import Markdown

/// Rows that stack several in one with `<br>` (Phi-4's `| Math | MGSM<br>MATH | 80.6<br>80.4 |`,
/// Hunyuan's `AIME 2024<br>AIME 2025`): read as one row per line.
extension Table {
    /// The table with each stacked row unstacked: a row whose cells that split at `<br>` all split
    /// into the same number of lines, two or more such cells, one of them all numbers, and whose
    /// other cells hold no number (a category, a blank) becomes that many rows, the other cells
    /// repeated. Any other row stays as it is (`LLaMA-2<br>-7B` is one name). With the index of
    /// the row each new row came from (a score's source is the cell as written), or nil when no
    /// row was stacked.
    func unstackingRows() -> (table: Table, origins: [Int])? {
        guard rows.contains(where: { row in row.contains { $0.isStacked } }) else { return nil }
        var table = self
        var origins: [Int] = []
        table.rows = rows.enumerated().flatMap { index, row in
            let split = Self.unstacked(row) ?? [row]
            origins += Array(repeating: index, count: split.count)
            return split
        }
        return origins.count == rows.count ? nil : (table, origins)
    }

    private static func unstacked(_ row: [TableCell]) -> [[TableCell]]? {
        let lines = row.map { $0.lines }
        let counts = Set(lines.map(\.count).filter { $0 > 1 })
        guard counts.count == 1, let count = counts.first, lines.count(where: { $0.count == count }) >= 2,
            lines.contains(where: { $0.count == count && $0.allSatisfy { ScoreText.value($0.scoreText) != nil } }),
            !zip(row, lines).contains(where: { cell, parts in parts.count == 1 && ScoreText.value(cell.scoreText) != nil
            })
        else { return nil }
        return (0..<count).map { line in
            zip(row, lines).map { cell, parts in parts.count == count ? parts[line] : cell }
        }
    }
}

extension TableCell {
    /// Whether the cell holds a `<br>` outside any markup.
    fileprivate var isStacked: Bool { inlines.contains { $0.isLineBreakTag } }

    /// The cell's lines, split at each `<br>`: itself when it has none. Each line starts where
    /// its first inline does.
    fileprivate var lines: [TableCell] {
        guard isStacked else { return [self] }
        var parts: [[Inline]] = [[]]
        for inline in inlines {
            if inline.isLineBreakTag { parts.append([]) } else { parts[parts.count - 1].append(inline) }
        }
        let sources = source.split(separator: "<br", omittingEmptySubsequences: false)
        return parts.enumerated().map { index, inlines in
            let text = index < sources.count ? Self.afterTag(sources[index], first: index == 0) : ""
            return TableCell(source: text, inlines: inlines, location: inlines.first?.range.start ?? location)
        }
    }

    /// A line of the source after the rest of its `<br>` tag (`>`, `/>`, ` />`).
    private static func afterTag(_ piece: Substring, first: Bool) -> String {
        guard !first, let end = piece.firstIndex(of: ">") else { return String(piece).trimmed }
        return String(piece[piece.index(after: end)...]).trimmed
    }
}

extension Inline {
    fileprivate var isLineBreakTag: Bool {
        if case .html(let tag) = kind { return tag.lowercased().hasPrefix("<br") }
        return false
    }
}
