import Markdown

/// A header of two rows written as a pipe table (a transcribed report's table): names in the
/// header row, each over the columns it spans (blank header cells), and what tells those columns
/// apart in the first body row: sizes, variants, settings.
///
///     |          | Gemini 1.5 |      | Gemma 3 |      |
///     |----------|------------|------|---------|------|
///     |          | Flash      | Pro  | 4B      | 27B  |
///
/// Read as one header (`Gemini 1.5 Flash`, `Gemini 1.5 Pro`, `Gemma 3 4B`, `Gemma 3 27B`), as
/// HTML tables' header rows are joined. Read as written, the second row was no scores and each
/// name took its first column's values, while the columns it spans were lost.
extension Table {
    /// The table with its second header row joined into the first, and the written row of each
    /// row left; nil when the first body row is no such row: a blank first cell and a label in
    /// every other (a word, no score), under a header whose second cell is named and that leaves
    /// another blank (a name spanning it).
    func joiningSecondHeaderRow() -> (table: Table, origins: [Int])? {
        guard rows.count >= 2, header.count >= 3, let labels = rows.first, labels[0].text.trimmed.isEmpty,
            !header[1].text.trimmed.isEmpty, header.dropFirst(2).contains(where: { $0.text.trimmed.isEmpty }),
            labels.dropFirst().allSatisfy(Self.isLabel)
        else { return nil }
        var table = self
        var spanning = header[1]
        for column in 1..<header.count {
            if !header[column].text.trimmed.isEmpty { spanning = header[column] }
            let name = spanning.labelText.trimmed + " " + labels[column].labelText.trimmed
            table.header[column] = TableCell(reading: name, at: labels[column].location)
        }
        table.rows.removeFirst()
        return (table, Array(1..<rows.count))
    }

    /// The table with a first body row that goes on with the header joined into it: Nemotron's
    /// `| Details | (95% CI) | 2 LC (SE) | (GPT-4-Turbo) |` under `| Model | Arena Hard |
    /// AlpacaEval | MT-Bench |` (`AlpacaEval 2 LC (SE)`); nil when the row is no such row: its
    /// first cell blank or a word with no digit (no model's name), every other cell blank or a
    /// label under a header cell that names something, at least half of them in parentheses
    /// (remarks on the header above, which a model's row of words rarely is; Kimi K2's
    /// `| **Architecture** | Mixture-of-Experts (MoE) |` under a blank header is a fact).
    func joiningContinuationRow() -> (table: Table, origins: [Int])? {
        // Asked of every table: most have no parenthesis in their first row, looked for first.
        guard rows.count >= 2, header.count >= 2, let remarks = rows.first,
            remarks.dropFirst().contains(where: { $0.source.contains("(") || Self.isBaseline($0.source) }),
            !remarks[0].text.contains(where: \.isNumber), !remarks[0].text.trimmed.contains(" ")
        else { return nil }
        let written = remarks.dropFirst().map { $0.labelText.trimmed }.filter { !$0.isEmpty }
        guard !written.isEmpty,
            written.count { $0.contains("(") } * 2 >= written.count
                || (remarks[0].text.trimmed.isEmpty && written.allSatisfy(Self.isBaseline)),
            zip(header, remarks).dropFirst().allSatisfy({ above, remark in
                remark.text.trimmed.isEmpty || (Self.isLabel(remark) && !above.text.trimmed.isEmpty)
            })
        else { return nil }
        var table = self
        for column in 1..<header.count {
            var remark = Self.withoutSpread(remarks[column].labelText)
            guard !remark.isEmpty else { continue }
            if Self.isBaseline(remark) { remark = "(\(remark))" }  // a setting of the scores
            table.header[column] = TableCell(
                reading: header[column].labelText.trimmed + " " + remark, at: header[column].location)
        }
        table.rows.removeFirst()
        return (table, Array(1..<rows.count))
    }

    /// `v.s. ChatGPT`, `vs GPT-4`: what a win rate was counted against (OpenChat's second header
    /// row), which qualifies it.
    private static func isBaseline(_ remark: String) -> Bool {
        let lower = remark.trimmed.lowercased()
        return ["v.s. ", "vs. ", "vs ", "versus ", "against "].contains {
            lower.hasPrefix($0) && lower.count > $0.count
        }
    }

    /// A remark less the parentheses that say what the cells' second numbers are (`(95% CI)`,
    /// `(SE)`, `(± std)`): how far a score may be off, no setting of it.
    private static func withoutSpread(_ remark: String) -> String {
        var kept = remark.trimmed
        while let open = kept.lastIndex(of: "("), let close = kept[open...].firstIndex(of: ")") {
            let inner = kept[kept.index(after: open)..<close].lowercased()
            let words = inner.split { !$0.isLetter }
            guard words.contains(where: { ["ci", "se", "sd", "std", "stderr", "sem"].contains($0) }) else { break }
            kept = (kept[..<open] + kept[kept.index(after: close)...]).trimmed
        }
        return kept
    }

    /// A cell that names rather than scores: it has a letter (`9B`, `Flash`, `0-shot`), and no
    /// score reads from it.
    private static func isLabel(_ cell: TableCell) -> Bool {
        let text = cell.labelText
        return text.contains(where: \.isLetter) && ScoreText.value(cell.scoreText) == nil
    }
}

extension TableCell {
    /// A header cell as the reader completes it (`Gemma 3 4B` from two header rows, `Gemma 2B` from
    /// `2B Params`), pointing where the cell it stands for was written.
    init(reading text: String, at location: SourceLocation) {
        self.init(
            source: text, inlines: [Inline(.text(text), range: SourceRange(start: location, end: location))],
            location: location)
    }
}
