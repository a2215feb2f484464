import Markdown

/// A header naming two models with a slash, over cells of two values (Step 3.5 Flash's
/// `| Kimi K2 Thinking / K2.5 |` over `94.5 / 96.1`): two columns, one per model, the second
/// name completed from the first (`Kimi K2.5`). Likewise a header naming two benchmarks
/// (`HumanEval/HumanEval+`, `GSM8K / MATH` over `64.2/52.6`; EvalPlus's `HumanEval (+)` over
/// `60.4 (55.5)`): two columns, one per benchmark.
extension ResultsTableReader {
    /// The table with each such column split in two, and the written column of each column
    /// (a score's source is the cell as written); nil when no column is one.
    mutating func splittingPairColumns(_ table: Table) -> (table: Table, origins: [Int])? {
        guard table.header.dropFirst().contains(where: { Self.mayNamePair($0.source) }) else { return nil }
        var splits: [Int: (String, String)] = [:]
        var parenthesized: Set<Int> = []
        for column in table.header.indices.dropFirst() where Self.mayNamePair(table.header[column].source) {
            // The cells next: most such columns hold no pairs, and their labels need not be read.
            let (slashes, parentheses) = Self.pairMarks(table.rows.indices.lazy.map { table.rows[$0][column].source })
            guard slashes >= 2 || parentheses >= 2 else { continue }
            let cells = table.rows.map { $0[column] }
            let label = table.header[column].labelText
            if slashes >= 2, let names = Self.modelPair(label),
                evidence.modelLikeCount([names.0, names.1], models: models, benchmarks: benchmarks)
                    + [names.0, names.1].count(where: isMadeByKnownMaker) >= 2,
                Self.holdsPairs(cells, \.pairHalves)
            {
                splits[column] = names
            } else if slashes >= 2, let names = benchmarkPair(label), Self.holdsPairs(cells, \.pairHalves) {
                splits[column] = names
            } else if parentheses >= 2, let names = Self.plusVariant(label),
                Self.holdsPairs(cells, \.parenthesizedHalves)
            {
                splits[column] = names
                parenthesized.insert(column)
            }
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
                    split.rows[row].append(
                        splits[column] == nil ? cell : cell.half(half, parenthesized: parenthesized.contains(column)))
                }
            }
        }
        return (split, origins)
    }

    /// The same for rows, when benchmarks are rows (`| HumanEval (+) | 60.4 (55.5) | … |`): each
    /// row whose first cell names two benchmarks over cells of two scores is two rows, and the
    /// written row of each row (nil when no row is one). So is a row naming a benchmark's parts
    /// after it (`Librispeech<br>clean | other` over `1.63 | 3.38`): a row per part.
    mutating func splittingPairRows(_ table: Table) -> (table: Table, origins: [Int])? {
        // Which rows split, found before anything is copied: most tables have none.
        var splits: [Int: (names: [String], halves: KeyPath<TableCell, [String]?>)] = [:]
        for (index, row) in table.rows.enumerated() {
            guard let first = row.first else { continue }
            if first.source.utf8.contains(UInt8(ascii: "|")) {
                if let parts = first.namedParts, Self.holdsParts(Array(row.dropFirst()), count: parts.count - 1) {
                    splits[index] = (parts.dropFirst().map { "\(parts[0]) (\($0))" }, \.barParts)
                }
                continue
            }
            guard Self.mayNamePair(first.source) else { continue }
            let (slashes, parentheses) = Self.pairMarks(row.dropFirst().lazy.map(\.source))
            guard slashes >= 2 || parentheses >= 2 else { continue }
            let label = first.labelText
            let cells = Array(row.dropFirst())
            if slashes >= 2, let pair = benchmarkPair(label), Self.holdsPairs(cells, \.pairHalves) {
                splits[index] = ([pair.0, pair.1], \.pairHalves)
            } else if parentheses >= 2, let pair = Self.plusVariant(label),
                Self.holdsPairs(cells, \.parenthesizedHalves)
            {
                splits[index] = ([pair.0, pair.1], \.parenthesizedHalves)
            }
        }
        guard !splits.isEmpty else { return nil }
        var split = table
        split.rows = []
        var origins: [Int] = []
        for (index, row) in table.rows.enumerated() {
            guard let (names, halves) = splits[index] else {
                split.rows.append(row)
                origins.append(index)
                continue
            }
            for part in names.indices {
                split.rows.append(
                    [row[0].replacingText(names[part])] + row.dropFirst().map { $0.part(part, of: halves) })
                origins.append(index)
            }
        }
        return (split, origins)
    }

    /// Whether a row's cells give a number for each of `count` parts (`1.63 | 3.38`; a blank, `-`
    /// or `- | -`, stands for all), at least one such cell, and no cell of one score only.
    private static func holdsParts(_ cells: [TableCell], count: Int) -> Bool {
        guard count >= 2 else { return false }
        var split = 0
        for cell in cells {
            if let parts = cell.barParts {
                guard parts.count == count else { return false }
                if parts.contains(where: { ScoreText.value($0) != nil }) { split += 1 }
            } else if ScoreText.value(cell.scoreText) != nil {
                return false
            }
        }
        return split >= 1
    }

    /// Whether a label may name two (a slash, or parentheses), looked for in its bytes.
    private static func mayNamePair(_ source: String) -> Bool {
        source.utf8.contains { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "(") }
    }

    /// How many cells have a slash, and how many end with `)`: at least two of either for a
    /// column or row of pairs (looked for in the bytes, without reading the cells' text).
    private static func pairMarks(_ sources: some Sequence<String>) -> (slashes: Int, parentheses: Int) {
        var (slashes, parentheses) = (0, 0)
        for source in sources {
            let bytes = source.utf8
            if bytes.contains(UInt8(ascii: "/")) { slashes += 1 }
            if bytes.last(where: { $0 != UInt8(ascii: " ") }) == UInt8(ascii: ")") { parentheses += 1 }
        }
        return (slashes, parentheses)
    }

    /// A name a configured or built-in maker makes (`Kimi …`), known here or not.
    func isMadeByKnownMaker(_ name: String) -> Bool {
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

    /// `HumanEval/HumanEval+`, `GSM8K / MATH`: two benchmarks with a slash between, outside
    /// parentheses, each known (read already, or a common name), or the second the first with a
    /// `+` (`MBPP/MBPP+`). Not settings (`pass@1/cons@64`, `0/5-shot`), which `alternation` reads.
    func benchmarkPair(_ label: String) -> (String, String)? {
        guard !label.contains("(") else { return nil }
        let halves = label.split(separator: "/", omittingEmptySubsequences: false).map { String($0).trimmed }
        guard halves.count == 2, halves.allSatisfy({ $0.contains(where: \.isLetter) }) else { return nil }
        let (first, second) = (halves[0], halves[1])
        if Self.isPlusVariant(second, of: first) { return (first, second) }
        let known = { (name: String) in
            BenchmarkHeader.metric(name, in: self.config.vocabulary.metrics) == nil
                && BenchmarkHeader.shots(name) == nil
                && (self.benchmarks.knows(name) || BenchmarkRegistry.isCommon(name))
        }
        return known(first) && known(second) ? (first, second) : nil
    }

    /// `HumanEval (+)`, `MBPP (MBPP+)`: a benchmark and, in parentheses, its plus variant (the
    /// EvalPlus tests), over cells `60.4 (55.5)` that give the second in parentheses too.
    static func plusVariant(_ label: String) -> (String, String)? {
        guard label.hasSuffix(")"), let open = label.lastIndex(of: "(") else { return nil }
        let name = label[..<open].trimmed
        let inner = label[label.index(after: open)..<label.index(before: label.endIndex)].trimmed
        guard name.contains(where: \.isLetter) else { return nil }
        if inner == "+" { return (name, name + "+") }
        return isPlusVariant(inner, of: name) ? (name, inner) : nil
    }

    /// `HumanEval+` of `HumanEval`, `MBPP Plus` of `MBPP`.
    private static func isPlusVariant(_ second: String, of first: String) -> Bool {
        // Most labels asked (every `MMLU (EM)` of a table of benchmarks as rows) end otherwise.
        guard second.hasSuffix("+") || second.lowercased().hasSuffix("plus") else { return false }
        let key = NameKey(first).value
        let secondKey = NameKey(second).value
        return !key.isEmpty
            && (second.hasSuffix("+") && NameKey(String(second.dropLast())).value == key
                || secondKey == key + "plus")
    }

    /// Whether a column's cells are pairs (`94.5 / 96.1`, `74.3* / —`), or not scores, which stand
    /// for both (`32B`, `-`), with at least two pairs of numbers; a single score makes it no such
    /// column (whose would it be?).
    private static func holdsPairs(_ cells: [TableCell], _ pairHalves: (TableCell) -> [String]?) -> Bool {
        var pairs = 0
        for cell in cells {
            if let halves = pairHalves(cell) {
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

    /// The first or second half of `a / b` (or of `a (b)`); any other cell stands for both
    /// (`32B`, `-`).
    fileprivate func half(_ index: Int, parenthesized: Bool) -> TableCell {
        part(index, of: parenthesized ? \.parenthesizedHalves : \.pairHalves)
    }

    /// The part `index` of the parts `parts` finds in the cell; a cell of no parts stands for all.
    fileprivate func part(_ index: Int, of parts: KeyPath<TableCell, [String]?>) -> TableCell {
        self[keyPath: parts].map { replacingText($0[index]) } ?? self
    }

    /// `1.63 | 3.38`, `- | 4.1`: the values of a cell that gives one per part, `|` apart.
    var barParts: [String]? {
        let parts = scoreText.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmed }
        guard parts.count >= 2,
            parts.allSatisfy({ !$0.isEmpty && ScoreText.value($0) != nil || $0.allSatisfy { "-–—".contains($0) } })
        else { return nil }
        return parts
    }

    /// `Librispeech<br>clean | other`, `WenetSpeech net | meeting`: a benchmark's name, then the
    /// parts it was scored on, `|` apart (the first after the `<br>`, or as many words as the
    /// last), name first; nil for any other label, or parts that are sizes (`Qwen2<br>7B | 72B`
    /// names models).
    fileprivate var namedParts: [String]? {
        let segments = labelText.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmed }
        guard segments.count >= 2, let last = segments.last else { return nil }
        let words = segments[0].split(separator: " ")
        let headWords: Int
        if let lineBreak = source.range(of: "<br", options: .caseInsensitive) {
            headWords = source[..<lineBreak.lowerBound].split { $0 == " " || $0 == "*" || $0 == "_" }.count
        } else {
            headWords = words.count - last.split(separator: " ").count
        }
        guard headWords >= 1, headWords < words.count else { return nil }
        let head = words.prefix(headWords).joined(separator: " ")
        let parts = [words.dropFirst(headWords).joined(separator: " ")] + segments.dropFirst()
        guard head.contains(where: \.isLetter), parts.allSatisfy({ !$0.isEmpty && !ModelName.isSizeWord($0) }) else {
            return nil
        }
        return [head] + parts
    }

    /// `60.4 (55.5)`: a number and a second one in parentheses, as EvalPlus's tables give a
    /// benchmark and its plus variant.
    fileprivate var parenthesizedHalves: [String]? {
        let text = scoreText.trimmed
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
        let first = text[..<open].trimmed
        let second = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmed
        guard ScoreText.value(first) != nil, ScoreText.value(second) != nil else { return nil }
        return [first, second]
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
