import Markdown

/// A column of the language model each row's model was built on, beside the model's own name
/// (EAGLE's `| LLM | Model |`, rows `| Llama 3-8B | Mini-Gemini-HD |` then `| | LLaVA-NeXT |`):
/// the name column is the model's. Where a model recurs on other backbones, the backbone says
/// which build of it scored, a blank under it repeating the one above, as a cell spanning the
/// rows would; elsewhere it is what each model is built on, no setting of its scores.
extension Table {
    /// The backbone column of a table with two columns headed as models' (`roles`), one of them
    /// a backbone's (`LLM`, `Language Model`, `Backbone`); nil for any other table.
    func backboneColumn(_ roles: [TableRole]) -> Int? {
        let named = roles.indices.filter { roles[$0] == .model }
        guard named.count == 2 else { return nil }
        return named.first { Self.backboneHeaders.contains(header[$0].labelText.trimmed.lowercased()) }
    }

    private static let backboneHeaders: Set<String> = [
        "llm", "language model", "base llm", "llm backbone", "backbone", "lm", "基座", "基座模型",
    ]

    /// Whether the models' own column (the other one headed so) names a model in two rows.
    func namesAModelTwice(besides backbone: Int, _ roles: [TableRole]) -> Bool {
        guard let column = roles.indices.first(where: { roles[$0] == .model && $0 != backbone }) else { return false }
        var seen: Set<String> = []
        for row in rows where row.indices.contains(column) {
            let name = row[column].nameText.lowercased()
            if !name.isEmpty, !seen.insert(name).inserted { return true }
        }
        return false
    }

    /// The table with each blank cell of `column` filled with the one above it, in the rows that
    /// name something beside it.
    func fillingDown(_ column: Int) -> Table {
        var table = self
        var above: TableCell?
        for index in table.rows.indices where table.rows[index].indices.contains(column) {
            let row = table.rows[index]
            if !row[column].text.trimmed.isEmpty {
                above = row[column]
            } else if let above, row.indices.contains(where: { $0 != column && !row[$0].text.trimmed.isEmpty }) {
                table.rows[index][column] = above
            }
        }
        return table
    }
}
