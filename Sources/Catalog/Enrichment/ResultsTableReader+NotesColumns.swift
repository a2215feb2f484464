import Markdown

extension ResultsTableReader {
    /// `roles`, with a column headed as notes read as scores when every filled cell under it is
    /// a number: `Notes` is also a kind of page in a document benchmark (dots.ocr's `| Book |
    /// Slides | Notes | Newspaper |`), and remarks are words. A column of numbers is never
    /// dropped for its header word alone.
    mutating func scoringNotesColumns(_ roles: [TableRole], of table: Table) -> [TableRole] {
        var roles = roles
        for column in roles.indices where roles[column] == .ignored && self.roles.isNotes(table.header[column].text) {
            let cells = table.rows.compactMap { $0.indices.contains(column) ? $0[column] : nil }
                .filter { !$0.scoreText.trimmed.isEmpty && !isNotReported($0.scoreText.trimmed) }
            if !cells.isEmpty, cells.allSatisfy({ value(of: $0) != nil }) { roles[column] = .other }
        }
        return roles
    }
}
