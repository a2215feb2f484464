import Markdown

/// A header naming two models with a slash, over cells of two values (Step 3.5 Flash's
/// `| Kimi K2 Thinking / K2.5 |` over `94.5 / 96.1`): two columns, one per model, the second
/// name completed from the first (`Kimi K2.5`).
extension ResultsTableReader {
    /// The table with each such column split in two, and the written column of each column
    /// (a score's source is the cell as written); nil when no column is one.
    mutating func splittingModelPairColumns(_ table: Table) -> (table: Table, origins: [Int])? {
        guard table.header.dropFirst().contains(where: { $0.source.contains(" / ") }) else { return nil }
        var splits: [Int: (String, String)] = [:]
        for column in table.header.indices.dropFirst() {
            guard let names = Self.modelPair(table.header[column].labelText),
                evidence.modelLikeCount([names.0, names.1], models: models, benchmarks: benchmarks)
                    + [names.0, names.1].count(where: isMadeByKnownMaker) >= 2,
                Self.holdsPairs(table.rows.map { $0[column] })
            else { continue }
            splits[column] = names
        }
        guard !splits.isEmpty else { return nil }
        var split = table
        var origins: [Int] = []
        split.alignments = []
        split.header = []
        split.rows = table.rows.map { _ in [] }
        for column in table.header.indices {
            let halves: [Int] = splits[column] == nil ? [0] : [0, 1]
            for half in halves {
                origins.append(column)
                split.alignments.append(table.alignments[column])
                let header = table.header[column]
                split.header.append(
                    splits[column].map { header.replacingText(half == 0 ? $0.0 : $0.1) } ?? header)
                for row in table.rows.indices {
                    let cell = table.rows[row][column]
                    split.rows[row].append(splits[column] == nil ? cell : cell.half(half))
                }
            }
        }
        return (split, origins)
    }

    /// A name a configured or built-in maker makes (`Kimi …`), known here or not.
    private func isMadeByKnownMaker(_ name: String) -> Bool {
        models.organizations.organization(forModel: name, hints: []) != nil
    }

    /// `Kimi K2 Thinking / K2.5` → (`Kimi K2 Thinking`, `Kimi K2.5`): two names with a spaced slash
    /// between, outside parentheses; the second, when it does not name its family, takes the
    /// first's words up to the one it stands for (`K2.5` for `K2`; `4.6` for `4.5`).
    static func modelPair(_ label: String) -> (String, String)? {
        let halves = label.components(separatedBy: " / ")
        guard halves.count == 2, !label.contains("("),
            case (let first, let second) = (halves[0].trimmed, halves[1].trimmed),
            first.contains(where: \.isLetter), !second.isEmpty
        else { return nil }
        let words = first.split(separator: " ")
        let secondWords = second.split(separator: " ")
        guard let lead = secondWords.first else { return nil }
        let leadLetters = lead.prefix(while: \.isLetter).lowercased()
        // The word of the first name the second's first word stands in for.
        let standsFor = words.indices.last { index in
            let word = words[index]
            if leadLetters.isEmpty { return word.first?.isNumber == true }
            return word.prefix(while: \.isLetter).lowercased() == leadLetters
        }
        if let standsFor { return (first, (words[..<standsFor] + secondWords).joined(separator: " ")) }
        // `DeepSeek V3 / R1`: a short second name is the first's family too.
        if lead.count <= 3, let family = words.first, words.count > 1 { return (first, "\(family) \(second)") }
        return (first, second)
    }

    /// Whether a column's cells are pairs (`94.5 / 96.1`, `74.3* / —`), or not scores, which stand
    /// for both (`32B`, `-`), with at least two pairs of numbers; a single score makes it no such
    /// column (whose would it be?).
    private static func holdsPairs(_ cells: [TableCell]) -> Bool {
        var pairs = 0
        for cell in cells {
            if let halves = cell.pairHalves {
                if halves.contains(where: { $0.contains(where: \.isNumber) }) { pairs += 1 }
            } else if ScoreText.value(cell.scoreText) != nil {
                return false
            }
        }
        return pairs >= 2
    }
}

extension TableCell {
    /// The cell with other text, where it stood.
    fileprivate func replacingText(_ text: String) -> TableCell {
        let range = inlines.first?.range ?? SourceRange(start: location, end: location)
        return TableCell(source: text, inlines: [Inline(.text(text), range: range)], location: location)
    }

    /// The first or second half of `a / b`; any other cell stands for both (`32B`, `-`).
    fileprivate func half(_ index: Int) -> TableCell {
        pairHalves.map { replacingText($0[index]) } ?? self
    }

    /// `94.5 / 96.1`, `74.3* / —`: the two halves of a cell of two values, which hold no letters
    /// but a `N/A` (not `33 tok/s`).
    fileprivate var pairHalves: [String]? {
        let halves = scoreText.split(separator: "/", omittingEmptySubsequences: false).map { String($0).trimmed }
        guard halves.count == 2,
            halves.allSatisfy({ half in
                !half.isEmpty && (!half.contains(where: \.isLetter) || half.uppercased() == "N/A")
            })
        else { return nil }
        return halves
    }
}
