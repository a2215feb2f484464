import Markdown

/// What one document tells on its own, found in one walk over its blocks:
/// - links and images whose URL the one scheme check (`SafeURL`) refuses, each a warning where it
///   was written (pages show such a link's text without the link);
/// - tables written in HTML (`<table>`) that loading could not read as tables (`HTMLTables`:
///   words beside one, a table inside it, not closed): each gets a note where it starts, so a
///   card whose numbers are all in such tables does not pass for one without results;
/// - pipe tables swallowed by the text above them (no blank line between), each a note.
enum DocumentCheck {
    static func findings(in document: Document) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for block in document.blocks { check(block, into: &found) }
        return found
    }

    private static func check(_ block: Block, into found: inout [Diagnostic]) {
        for inline in block.inlines { check(inline, into: &found) }
        for child in block.children { check(child, into: &found) }
        if case .html(let html) = block.kind, html.lowercased().contains("<table") {
            found.append(
                Diagnostic(
                    .note, at: block.range.start,
                    "this HTML table is not read for scores: its header rows could not be made one row of "
                        + "names (as 'Model | MMLU', 'Llama 3' over '8B | 70B', 'RefCOCO' over 'val | test-A' or "
                        + "'General VQA' over 'VQAv2 | GQA' are), or it is not one whole table; write it as a pipe "
                        + "table whose header names each column in full (| Model | RefCOCO (val) |) to catalogue it")
            )
        }
        if case .paragraph(let inlines) = block.kind, let header = swallowedTable(inlines) {
            found.append(
                Diagnostic(
                    .note, at: header,
                    "this table is read as text: it continues the paragraph or list item above it; "
                        + "put a blank line before it so that it is read as a table"))
        }
        if case .table(let table) = block.kind {
            // Row by row: joining the rows would copy every cell of every table.
            for row in [table.header] + table.rows {
                for cell in row {
                    for inline in cell.inlines { check(inline, into: &found) }
                }
            }
        }
    }

    /// Where a pipe table starts inside a paragraph's text (a line with `|` over a delimiter row
    /// such as `|---|:---:|`): written right under a list item or a line of text with no blank
    /// line between, it is that text's lazy continuation, as in cmark-gfm, not a table.
    private static func swallowedTable(_ inlines: [Inline]) -> SourceLocation? {
        // Most paragraphs hold no `|` at all.
        let hasBar = inlines.contains { inline in
            if case .text(let text) = inline.kind { return text.utf8.contains(UInt8(ascii: "|")) }
            return false
        }
        guard hasBar else { return nil }
        var lines: [[Inline]] = [[]]
        for inline in inlines {
            switch inline.kind {
            case .softBreak, .lineBreak: lines.append([])
            default: lines[lines.count - 1].append(inline)
            }
        }
        guard lines.count >= 2 else { return nil }
        for index in 1..<lines.count where isDelimiterRow(lines[index].plainText) {
            let above = lines[index - 1]
            if let first = above.first, above.plainText.contains("|") { return first.range.start }
        }
        return nil
    }

    private static func isDelimiterRow(_ line: String) -> Bool {
        let text = line.trimmed
        return text.contains("|") && text.contains("-") && text.allSatisfy { "|:- ".contains($0) }
    }

    private static func check(_ inline: Inline, into found: inout [Diagnostic]) {
        switch inline.kind {
        case .link(let url, _, _):
            if SafeURL.check(url) == nil { found.append(warning("a link", url, at: inline.range.start)) }
        case .image(let url, _, _):
            if SafeURL.check(url) == nil { found.append(warning("an image", url, at: inline.range.start)) }
        default: break
        }
        for child in inline.children { check(child, into: &found) }
    }

    private static func warning(_ kind: String, _ url: String, at location: SourceLocation) -> Diagnostic {
        let scheme = SafeURL.scheme(of: url) ?? ""
        let allowed = SafeURL.allowedSchemes.sorted().joined(separator: ", ")
        return Diagnostic(
            .warning, at: location,
            "\(kind) with the scheme '\(scheme)' is not allowed, so only its text is shown; "
                + "use \(allowed) or a relative URL")
    }
}
