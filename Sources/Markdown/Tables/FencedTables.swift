/// Pipe tables written inside a fenced code block: lm-evaluation-harness prints its results as a
/// markdown table, and community model cards paste that output between ``` fences. cmark keeps it
/// as code, so its scores were never read (nor said to be left out). A block of code that is one
/// pipe table and nothing else becomes that table, each cell at its place in the file.
public enum FencedTables {
    public static func reading(_ document: Document, limits: ParseLimits = ParseLimits()) -> Document {
        guard document.blocks.contains(where: { mayHoldTable($0) != nil }) else { return document }
        var result = document
        for index in document.blocks.indices {
            guard let code = mayHoldTable(document.blocks[index]),
                let (table, html) = table(
                    in: code, at: document.blocks[index].range.start, document: document, limits: limits)
            else { continue }
            result.blocks[index].kind = .table(table)
            result.blockHTML[index] = html
        }
        return result
    }

    /// The code of a fenced block without a language (or one of plain text or markdown) whose
    /// first two lines are a pipe table's header and delimiter rows.
    private static func mayHoldTable(_ block: Block) -> String? {
        guard case .codeBlock(let info, let code) = block.kind,
            ["", "markdown", "md", "text", "txt", "plain"].contains(info.trimmed.lowercased())
        else { return nil }
        let lines = code.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
        guard lines.count >= 3, lines[0].trimmed.hasPrefix("|"), isDelimiterRow(lines[1]) else { return nil }
        return code
    }

    /// `|---|:---:|--:|`: dashes, colons, pipes and spaces, with a dash.
    private static func isDelimiterRow(_ line: Substring) -> Bool {
        let text = line.trimmed
        return text.hasPrefix("|") && text.contains("-") && text.allSatisfy { "|-: \t".contains($0) }
    }

    /// The code parsed as markdown, when it is one table and nothing else, placed in the file:
    /// the code's first line is the one after the fence at `fence`.
    private static func table(
        in code: String, at fence: SourceLocation, document: Document, limits: ParseLimits
    ) -> (Table, String)? {
        guard let parsed = try? MarkdownParser.parse(code, path: document.path, limits: limits),
            parsed.blocks.count == 1, case .table(let table) = parsed.blocks[0].kind
        else { return nil }
        let shift = { (location: SourceLocation) in
            SourceLocation(
                path: document.path, line: fence.line + location.line, column: fence.column - 1 + location.column)
        }
        var placed = table
        placed.header = table.header.map { $0.moved(by: shift) }
        placed.rows = table.rows.map { row in row.map { $0.moved(by: shift) } }
        var html = parsed.blockHTML.joined()
        if !html.hasSuffix("\n") { html += "\n" }
        return (placed, html)
    }
}

extension TableCell {
    /// The cell and its inlines at places `move` gives.
    fileprivate func moved(by move: (SourceLocation) -> SourceLocation) -> TableCell {
        var cell = self
        cell.location = move(location)
        cell.inlines = inlines.map { $0.relocated { SourceRange(start: move($0.start), end: move($0.end)) } }
        return cell
    }
}
