import Markdown

/// Gemma's first cards: `| Benchmark | Metric | 2B Params | 7B Params |` under `# Gemma Model
/// Card`. The columns give sizes only; the card's title names the family they are sizes of.
extension Table {
    /// The table with each size-only header (`2B Params`, `7B`) named for `family` (`Gemma 2B`),
    /// when at least two are and `family` is a name without a size, and each such header as
    /// written; nil otherwise. A size alone names no model (`ModelEvidence.sizesRefusal`), so
    /// without a family such a table is left out.
    func namingSizeColumns(family: @autoclosure () -> String?) -> (table: Table, written: [Int: String])? {
        guard header.count >= 3 else { return nil }
        // Every table is asked: `sizeOfHeader` looks at a label's first byte before anything else.
        let sized = header.indices.dropFirst().compactMap { column in
            ModelName.sizeOfHeader(header[column].labelText).map { (column, $0) }
        }
        guard sized.count >= 2, let family = family(), !ModelName.hasSize(family) else { return nil }
        var table = self
        var written: [Int: String] = [:]
        for (column, size) in sized {
            let cell = header[column]
            written[column] = cell.labelText.trimmed
            table.header[column] = TableCell(reading: family + " " + size, at: cell.location)
        }
        return (table, written)
    }
}

extension ResultsTableReader {
    /// The family a card's `#` heading names (`# Gemma Model Card`): a name without a size that a
    /// known maker's prefix claims, so that `# Report` names none.
    /// A title that names one of the family's models (`# Granite-4.1-8B-Base` over columns `3B
    /// Dense | 8B Dense`) gives the family its name before the size (`Granite-4.1`).
    func family(titled title: String?) -> String? {
        guard var name = Self.titledName(title) else { return nil }
        if ModelName.hasSize(name) {
            let words = name.split(whereSeparator: { $0 == "-" || $0 == " " })
            guard let size = words.firstIndex(where: { ModelName.isSizeWord(String($0)) }), size > 0 else { return nil }
            name = String(name[..<words[size].startIndex]).trimmingCharacters(in: [" ", "-"])
        }
        guard !name.isEmpty, models.organizations.organization(forModel: name, hints: []) != nil else { return nil }
        return name
    }
}
