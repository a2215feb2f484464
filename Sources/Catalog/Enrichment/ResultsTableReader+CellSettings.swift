import Markdown

/// What a score cell or a benchmark's label says of the setting beyond its headers: two scores
/// in one cell (`54.0/56.9` under `Video-MME (wo/w subs)`), a label whose last word names those
/// two settings, and a cell's own shots (`12.0 (8shot CoT)`).
extension ResultsTableReader {
    /// Whether a cell holds two scores (`54.0/56.9`): looked for only in a cell with a slash, as
    /// most cells are names.
    static func holdsPair(_ cell: TableCell) -> Bool {
        cell.source.utf8.contains(UInt8(ascii: "/")) && ScoreText.pair(cell.scoreText) != nil
    }

    /// The two settings a qualifier such as `wo/w subs` or `val/test` names, for a cell of two
    /// scores (`54.0/56.9`), each with the rest of the qualifier: `wo subs` and `w subs`.
    static func alternatives(in qualifier: String) -> (String, String)? {
        alternation(in: qualifier).map { ($0.first.whole, $0.second.whole) }
    }

    /// The two settings of `alternatives`, each as the whole qualifier and as its half alone
    /// (`EM` of `th, EM / F1`, which may be a metric), with the qualifier's other parts (`th`).
    static func alternation(
        in qualifier: String
    ) -> (first: (whole: String, half: String), second: (whole: String, half: String), others: String)? {
        var parts = qualifier.components(separatedBy: ", ")
        guard let index = parts.firstIndex(where: isAlternation) else { return nil }
        let halves = parts[index].split(separator: "/").map { $0.split(separator: " ").map(String.init) }
        guard halves.allSatisfy({ !$0.isEmpty }) else { return nil }
        var first = halves[0]
        // `wo/w subs`: the words after the last half's first word belong to both.
        if first.count == 1 { first += halves[1].dropFirst() }
        // `0/few-shot`, `0/5-shot`: a bare count before shots is a shot count too.
        if first.count == 1, first[0].allSatisfy(\.isNumber), halves[1].count == 1,
            halves[1][0].lowercased().hasSuffix("-shot")
        {
            first = [first[0] + "-shot"]
        }
        var others = parts
        others.remove(at: index)
        func with(_ words: [String]) -> (whole: String, half: String) {
            parts[index] = words.joined(separator: " ")
            return (parts.joined(separator: ", "), parts[index])
        }
        return (with(first), with(halves[1]), others.joined(separator: ", "))
    }

    /// `wo/w subs`, `pass@1 / cons@64`: two words with a slash between, spaced alike on both
    /// sides: `w/ Context Manager` and `w/o CoT` are one setting ("with", "without").
    private static func isAlternation(_ part: String) -> Bool {
        let halves = part.split(separator: "/", omittingEmptySubsequences: false)
        guard halves.count == 2, let before = halves[0].last, let after = halves[1].first else { return false }
        let lower = part.lowercased()
        return before.isWhitespace == after.isWhitespace && !lower.hasPrefix("w/o") && !lower.contains(" w/o")
    }

    /// `MTOB (half book) eng->kgv/kgv->eng` over cells of two scores (`42.2/36.6`): the name's
    /// last word names the two settings, so it is the qualifier, not part of the benchmark's name.
    mutating func splitPairWord(_ header: inout BenchmarkHeader, scoring cells: [TableCell]) {
        guard header.name.utf8.contains(UInt8(ascii: "/")), Self.alternatives(in: header.setting.qualifier) == nil,
            let space = header.name.lastIndex(of: " ")
        else { return }
        let word = String(header.name[header.name.index(after: space)...])
        guard Self.alternatives(in: word) != nil, cells.contains(where: Self.holdsPair) else { return }
        // What is left is read as a header again: `MTOB (half book)` is MTOB, `half book`.
        let rest = benchmarkHeader(header.name[..<space].trimmed)
        header.name = rest.name
        if header.setting.shots.isEmpty { header.setting.shots = rest.setting.shots }
        if header.setting.metric.isEmpty { header.setting.metric = rest.setting.metric }
        header.setting.qualifier = [rest.setting.qualifier, header.setting.qualifier, word].filter { !$0.isEmpty }
            .joined(separator: ", ")
    }

    /// `12.0 (8shot CoT)`, `4.0 (5 shot)`: a cell that gives its own shot count in parentheses
    /// after the number was run so; the rest of the parentheses qualifies it. Parentheses without
    /// a shot count (`72.1 (+2.3)`, `(±0.5)`) say something else and are left.
    mutating func settingInCell(_ raw: String, _ setting: inout Setting) {
        guard let open = raw.lastIndex(of: "(") else { return }
        var cell = Setting()
        BenchmarkHeader.read(
            String(raw[raw.index(after: open)..<raw.index(before: raw.endIndex)]), into: &cell,
            metrics: config.vocabulary.metrics)
        guard !cell.shots.isEmpty else { return }
        setting.shots = cell.shots
        if !cell.metric.isEmpty { qualify(&setting, by: cell.metric) }
        if !cell.qualifier.isEmpty { qualify(&setting, by: cell.qualifier) }
    }

    /// `| Model | Valid | Test |` over `58.2 / 60.1` (what each is said only in the prose): every
    /// score cell holds two numbers and no header or label (not even the corner) has a slash to
    /// say what each is. Refused before any model is resolved: read, the table warned at each
    /// cell, was then left out with a note that no cell holds a score, and its models stayed.
    mutating func undeclaredPairsRefusal(_ table: Table) -> String? {
        var example: String?
        for row in table.rows {
            for cell in row.dropFirst() {
                if value(of: cell) != nil { return nil }
                if example == nil, Self.holdsPair(cell) { example = cell.scoreText.trimmed }
            }
        }
        guard let example else { return nil }
        let labels = table.header.map(\.labelText) + table.rows.compactMap { $0.first?.labelText }
        guard !labels.contains(where: { $0.contains("/") }) else { return nil }
        return "its cells hold two numbers each ('\(example)') and no header says what each is: name both in the "
            + "column headers (`C-Eval (0-shot / 5-shot)`) or in the corner over the names (`3-shot (EM / F1)`)"
    }
}
