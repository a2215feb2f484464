import Markdown

/// Rows that stack several in one with `<br>` (Phi-4's `| Math | MGSM<br>MATH | 80.6<br>80.4 |`,
/// Hunyuan's `AIME 2024<br>AIME 2025`, Qwen2-Audio's nine models over nine lines of
/// `6.16 | 6.28 | 5.95 | 6.08`): read as one row per line.
extension Table {
    /// The table with each stacked row unstacked: a row with two or more cells of the same number
    /// of lines (split at `<br>`, blank lines at either end aside), one of them all scores (a
    /// number, or numbers `|` apart), and no other cell of a single number becomes that many rows;
    /// its other cells are repeated whole (a category, a blank, a benchmark's name over its parts
    /// on fewer lines). Any other row stays as it is (`LLaMA-2<br>-7B` is one name). With the
    /// index of the row each new row came from (a score's source is the cell as written), or nil
    /// when no row was stacked.
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
        // A line that ends with `|`, or starts with one, goes on with the next: one label broken
        // over lines (`**Chat Benchmark**<br>Speech | Sound |<br>Music | Mixed-Audio`), not a stack.
        let lines = row.map { cell in
            let lines = cell.lines.trimmingBlankEnds
            let continued = zip(lines, lines.dropFirst()).contains { line, next in
                line.scoreText.trimmed.hasSuffix("|") || next.scoreText.trimmed.hasPrefix("|")
            }
            return continued ? [cell] : lines
        }
        let counts = Set(lines.map(\.count).filter { $0 > 1 }).filter { count in
            lines.count(where: { $0.count == count }) >= 2
                && lines.contains(where: { $0.count == count && $0.allSatisfy(\.isStackedScore) })
        }
        guard counts.count == 1, let count = counts.first,
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

extension TableCell {
    /// A line of stacked scores: a number, or numbers (or dashes) `|` apart, one per part
    /// (`barParts`), at least one of them a number.
    fileprivate var isStackedScore: Bool {
        ScoreText.value(scoreText) != nil || barParts?.contains { ScoreText.value($0) != nil } == true
    }
}

extension [TableCell] {
    /// Without blank lines at either end (`AIR-Bench <br>` is one line).
    fileprivate var trimmingBlankEnds: [TableCell] {
        guard count > 1 else { return self }
        var lines = self[...]
        while lines.count > 1, let last = lines.last, last.scoreText.trimmed.isEmpty { lines.removeLast() }
        while lines.count > 1, let first = lines.first, first.scoreText.trimmed.isEmpty { lines.removeFirst() }
        return Array(lines)
    }
}

extension Inline {
    /// `<br>` in a pipe table's cell, or the line break an HTML table's `<br>` is read as.
    fileprivate var isLineBreakTag: Bool {
        if case .html(let tag) = kind { return tag.lowercased().hasPrefix("<br") }
        return kind == .lineBreak
    }
}
