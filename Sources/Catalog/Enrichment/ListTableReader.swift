import Foundation
import Markdown

/// Reads "List of ... models" tables: one row per model with series, release and notes.
/// A blank series cell means "same as the row above".
struct ListTableReader {
    struct Entry {
        var series: String
        var model: String
        var release: String
        var notes: String
        var modelCell: TableCell
        var releaseCell: TableCell?
        var row: Int
    }

    let vocabulary: CatalogConfig.Vocabulary

    /// The rows of a list table, or nil when the table is not one (it needs a model column and
    /// a series or release column).
    func entries(of table: Table) -> [Entry]? {
        let headers = table.header.map { NameKey($0.text) }
        func column(_ words: [String]) -> Int? {
            let keys = Set(words.map { NameKey($0) })
            return headers.firstIndex { keys.contains($0) }
        }
        guard let modelColumn = column(vocabulary.modelHeaders) else { return nil }
        let seriesColumn = column(vocabulary.seriesHeaders)
        let releaseColumn = column(vocabulary.releaseHeaders)
        guard seriesColumn != nil || releaseColumn != nil else { return nil }
        let notesColumn = column(vocabulary.notesHeaders)
        var series = ""
        var entries: [Entry] = []
        for (index, row) in table.rows.enumerated() {
            let model = row[modelColumn].nameText
            if let seriesColumn, !row[seriesColumn].text.trimmed.isEmpty {
                series = row[seriesColumn].text.trimmed
            }
            guard !model.isEmpty else { continue }
            entries.append(
                Entry(
                    series: series, model: model,
                    release: releaseColumn.map { row[$0].text.trimmed } ?? "",
                    notes: notesColumn.map { row[$0].text.trimmed } ?? "",
                    modelCell: row[modelColumn], releaseCell: releaseColumn.map { row[$0] }, row: index))
        }
        return entries
    }

    /// Whether a list table holds scores too: a column that is none of a list's (model, series,
    /// release, notes) with numbers in it (`| Model | Release date | MMLU | GSM8K |`). Such a
    /// table is also read as results.
    func holdsScores(_ table: Table) -> Bool {
        let listHeaders = Set(
            (vocabulary.modelHeaders + vocabulary.seriesHeaders + vocabulary.releaseHeaders + vocabulary.notesHeaders)
                .map { NameKey($0) })
        return table.header.indices.contains { column in
            !listHeaders.contains(NameKey(table.header[column].text))
                && table.rows.contains { ScoreText.value($0[column].text) != nil }
        }
    }
}
