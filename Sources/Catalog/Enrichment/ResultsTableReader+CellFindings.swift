import Markdown

/// Findings about score cells that a reading leaves out: the author is told what was not read.
extension ResultsTableReader {
    /// One warning for a table whose cells hold a second number in parentheses (`58.5 (55.1)`):
    /// only the first of each is kept, so the author learns that the others were left out.
    mutating func noteSecondNumbers(since start: Int, in placed: DocumentOutline.PlacedTable) {
        let cells = scores[start...].filter { score in
            score.value.map { ScoreText.secondNumber(score.raw, value: $0) != nil } ?? false
        }
        guard let first = cells.first else { return }
        let count = cells.count == 1 ? "a cell of this table holds" : "\(cells.count) cells of this table hold"
        report(
            Diagnostic(
                .warning, at: first.source.location,
                "\(count) a second number in parentheses, as '\(first.raw)' does here; only the first number "
                    + "of a cell is kept: give the second its own column, "
                    + "or say in the header what it is"))
    }

    /// A benchmark's row or column whose cells hold text but no number that reads as a score
    /// (`Codeforces (Rating)` over `1.2k`, `1,534 Elo`): left out as a row of dates is, but each
    /// such cell is warned at, since the author meant scores there. Only for a benchmark read
    /// before or widely reported, so that rows of links, dates or context lengths stay quiet.
    mutating func warnUnreadScores(label: String, cells: [TableCell]) {
        let name = benchmarkHeader(label).name
        guard !name.isEmpty, knowsBenchmark(name) || BenchmarkRegistry.commonName(name) != nil else { return }
        for cell in cells {
            let raw = cell.scoreText.trimmed
            guard !raw.isEmpty, !isNotReported(raw) else { continue }
            report(
                Diagnostic(
                    .warning, at: cell.location,
                    "cannot read '\(raw)' as a score of \(name); write a number, or '-' when it was not reported"))
        }
    }

    /// One note for the columns of numbers a read table leaves out because their headers name a
    /// property of the models (`Speed (tokens/s)`, `Memory (GB)`): never a silent loss, since a
    /// benchmark's name can hold such a word (`Speed Control`).
    /// `Fleurs`, `Fleurs†`, `Fleurs††` in one table: labels that differ only by a note's mark name
    /// variants the note explains (more languages), so each mark is kept as its label's qualifier,
    /// by position (nil where a label has no such twin). A mark on a label alone is a footnote.
    static func distinguishingMarks(_ labels: [String]) -> [String?] {
        let unmarked = labels.map { BenchmarkHeader.withoutNoteMarks($0.trimmed) }
        var counts: [String: Int] = [:]
        for name in unmarked { counts[name, default: 0] += 1 }
        return labels.indices.map { index in
            let label = labels[index].trimmed
            guard counts[unmarked[index], default: 0] > 1, label != unmarked[index], label.hasPrefix(unmarked[index])
            else { return nil }
            let mark = label.dropFirst(unmarked[index].count).trimmed
            return mark.isEmpty || !mark.allSatisfy(TableCell.noteMarks.contains) ? nil : mark
        }
    }

    /// `| Model | English | Chinese |` under a heading that names no benchmark: a language is what
    /// a benchmark was run in, never one; its scores are left out, with a note, rather than filed
    /// under a benchmark called `English` that every such card would share.
    mutating func noteLanguageLabel(_ language: String, at location: SourceLocation, axis: String) {
        report(
            Diagnostic(
                .note, at: location,
                "left out \(axis) '\(language)': a language is not a benchmark, and nothing above the table names "
                    + "the benchmark it was tested on (name it in the heading, as `## Flores-101` or `### MMLU`)"))
    }

    mutating func notePropertyColumns(_ columns: [Int], of table: Table) {
        guard let first = columns.first else { return }
        let names = columns.prefix(3).map { "'\(table.header[$0].labelText)'" }.joined(separator: ", ")
        report(
            Diagnostic(
                .note, at: table.header[first].location,
                "left out \(columns.count == 1 ? "column" : "columns") \(names)\(columns.count > 3 ? ", …" : ""): "
                    + "\(columns.count == 1 ? "its header names" : "their headers name") a property of the models, "
                    + "not a benchmark; if one is a benchmark, take its word out of `propertyWords` in atlas.yml"))
    }
}
