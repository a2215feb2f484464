import Markdown

/// A pipe table whose real header is its first body row, under a header of groups (EAGLE's card):
///
///     |     |       | Knowledge |        |           | Document |         |
///     |-----|-------|-----------|--------|-----------|----------|---------|
///     | LLM | Model | Avg       | SQA(I) | MMMU(Val) | Avg      | ChartQA |
///     | Llama 3-8B | Mini-Gemini-HD | 55.7 | 75.1 | 37.3 | 62.9 | 59.1 |
///
/// Read as the one header `LLM | Model | Knowledge Avg | SQA(I) | MMMU(Val) | Document Avg |
/// ChartQA`: the groups only gather the benchmarks below them (an average or a split under one
/// is the group's). Read as written, the groups were benchmarks and the header row a model.
extension Table {
    /// The table with its first body row as the header, and the written row of each row left;
    /// nil when the table is no such table: a header of names over the columns they span (a blank
    /// first cell, a blank after a name), over a row of labels only, one of which heads the
    /// models' column (by `role`, the vocabulary's), over rows with a score.
    func joiningHeaderBodyRow(role: (String) -> TableRole) -> (table: Table, origins: [Int])? {
        // Asked of every table: most have a score at the end of their first row, looked at first.
        guard rows.count >= 2, header.count >= 3, let last = rows[0].last, ScoreText.value(last.scoreText) == nil,
            header[0].text.trimmed.isEmpty,
            let firstNamed = header.firstIndex(where: { !$0.text.trimmed.isEmpty }),
            header[firstNamed...].contains(where: { $0.text.trimmed.isEmpty }),
            let labels = rows.first, labels.count == header.count,
            labels.allSatisfy({ !$0.text.trimmed.isEmpty && ScoreText.value($0.scoreText) == nil }),
            labels.contains(where: { role($0.labelText) == .model }),
            rows.dropFirst().contains(where: { row in row.contains { ScoreText.value($0.scoreText) != nil } })
        else { return nil }
        var table = self
        var group: String?
        for column in header.indices {
            let top = header[column].labelText.trimmed
            if !top.isEmpty { group = top }
            let name = labels[column].labelText.trimmed
            let joined =
                if let group, column >= firstNamed, Self.isGroupsOwn(name, role: role) {
                    ResultsTableReader.isSplit(name) ? "\(group) (\(name))" : "\(group) \(name)"
                } else {
                    name
                }
            table.header[column] = TableCell(reading: joined, at: labels[column].location)
        }
        table.rows.removeFirst()
        return (table, Array(1..<rows.count))
    }

    /// A label under a group that is the group's own, not a benchmark: its split, its average
    /// (the vocabulary's `averageHeaders`), or its overall or total score.
    private static func isGroupsOwn(_ label: String, role: (String) -> TableRole) -> Bool {
        ResultsTableReader.isSplit(label) || role(label) == .average
            || ["overall", "all", "total"].contains(label.lowercased())
    }
}
