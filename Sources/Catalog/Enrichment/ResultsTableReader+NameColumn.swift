import Markdown

/// Whether the first column of a table read with models as rows holds models' names.
extension ResultsTableReader {
    /// Why the name column of a table with models as rows names no models (languages, numbers,
    /// sizes alone, benchmarks), or nil when it may.
    func nameColumnRefusal(_ table: Table, headerRoles: [TableRole], modelColumn: Int) -> String? {
        // SeaLLM's `| Language | ChatGPT's ratio | Our ratio |` over `Vie`, `Tha`: rows of languages.
        if headerRoles[modelColumn].isModelAttribute
            || Self.settingHeaders.contains(table.header[modelColumn].labelText.lowercased())
            || Self.languageHeaders.contains(table.header[modelColumn].labelText.trimmed.lowercased())
        {
            return "its first column is \(table.header[modelColumn].text.trimmed), not the names of models"
        }
        // A training log (`| Training Loss | Epoch | Step | Validation Loss |`): a column of
        // numbers names no models.
        let labels = table.rows.map { $0[modelColumn].text.trimmed }.filter { !$0.isEmpty }
        // (A name starts with a letter: most are passed over without parsing.)
        let numbers = labels.count { label in
            guard let first = label.utf8.first,
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
                    || first == UInt8(ascii: "-") || first == UInt8(ascii: ".")
            else { return false }
            return ScoreText.value(label) != nil
        }
        if numbers * 2 > labels.count {
            return "its first column (\(table.header[modelColumn].text.trimmed)) holds numbers, not the names of models"
        }
        if let refusal = ModelEvidence.sizesRefusal(labels) {
            let header = table.header[modelColumn].text.trimmed
            return "its first column" + (header.isEmpty ? "" : " (\(header))") + " \(refusal)"
        }
        if headerRoles[modelColumn] != .model,
            let refusal = evidence.refusal(table.rows.map { $0[modelColumn].text.trimmed }, benchmarks: benchmarks)
        {
            return "its first column is not models: \(refusal)"
        }
        return nil
    }

    /// Cells that name models rather than give sizes: none a size alone (`7B`), one at least a
    /// name with a size in it (`Qwen2-VL-7B-Instruct`).
    static func namesModels(_ cells: [TableCell]) -> Bool {
        let texts = cells.map { $0.nameText.trimmed }.filter { !$0.isEmpty }
        return !texts.isEmpty && texts.allSatisfy { ValueParsers.parameters($0) == nil }
            && texts.contains { ModelName.hasSize($0) }
    }
}
