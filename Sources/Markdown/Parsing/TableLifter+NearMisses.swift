/// Paragraphs written as tables that are not tables by the GFM rules: rows between pipes with no
/// delimiter row under the header, or one whose cells do not match the header's. Markdown shows
/// them as text, so their numbers would be lost without a word.
extension TableLifter {
    static func nearMiss(_ lines: [PipeTableScanner.Line], path: String) -> Diagnostic? {
        let rows = lines.filter { !$0.isLazy }
        guard rows.count >= 2, rows.count == lines.count, rows.allSatisfy(looksLikeRow) else { return nil }
        let at = SourceLocation(path: path, line: rows[0].number, column: rows[0].column)
        if let delimiter = rows.indices.dropFirst().first(where: {
            PipeTableScanner.delimiterRow(rows[$0].bytes) != nil
        }) {
            let header = PipeTableScanner.cellCount(of: rows[delimiter - 1])
            let cells = PipeTableScanner.cellCount(of: rows[delimiter])
            guard header != cells else { return nil }
            return Diagnostic(
                .warning, at: at,
                "this looks like a table, but its header has \(header) cells and the delimiter row under it "
                    + "\(cells); a table needs as many in both, so it is shown as text")
        }
        return Diagnostic(
            .warning, at: at,
            "this looks like a table, but no delimiter row (| --- | --- |) follows its header, so it is shown as text")
    }

    /// `| a | b |`: a line that starts and ends with a pipe, with a cell between.
    private static func looksLikeRow(_ line: PipeTableScanner.Line) -> Bool {
        let bytes = PipeTableScanner.trimmed(line.bytes)
        return bytes.count >= 3 && bytes.first == UInt8(ascii: "|") && bytes.last == UInt8(ascii: "|")
    }
}
