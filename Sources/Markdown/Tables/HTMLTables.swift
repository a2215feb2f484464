/// Reads the tables model cards write in HTML (`<table>`) as tables: a top-level HTML block (or a
/// run of them, split by blank lines) that holds one whole table and otherwise only tags, such as
/// a `<div align="center">` around it, becomes a `.table` block whose cells point at the HTML
/// cells they came from, rendered as a pipe table is (cells escaped, raw HTML dropped). Anything
/// else stays an HTML block, which pages do not show (safe mode).
///
/// The site and the graph read documents this way (`ContentLoader`); `atlas render` does not, as
/// it renders exactly what cmark-gfm renders.
public enum HTMLTables {
    public static func reading(_ document: Document, limits: ParseLimits = ParseLimits()) -> Document {
        guard document.blocks.contains(where: mayHoldTable) else { return document }
        var result = document
        result.blocks = []
        result.blockHTML = []
        var index = 0
        while index < document.blocks.count {
            if let (block, html, next) = table(in: document, at: index, limits: limits) {
                result.blocks.append(block)
                result.blockHTML.append(html)
                index = next
            } else {
                result.blocks.append(document.blocks[index])
                result.blockHTML.append(document.blockHTML[index])
                index += 1
            }
        }
        return result
    }

    private static func mayHoldTable(_ block: Block) -> Bool {
        guard case .html(let html) = block.kind else { return false }
        return html.lowercased().contains("<table")
    }

    /// The most HTML blocks (split by blank lines) one table is read from.
    static let maxPieces = 64

    /// The table of the HTML blocks from `index` on, its HTML, and the index after the blocks.
    private static func table(in document: Document, at index: Int, limits: ParseLimits) -> (Block, String, Int)? {
        guard mayHoldTable(document.blocks[index]) else { return nil }
        // The blocks' text, each at its own line: blank lines between blocks are put back.
        var text: [UInt8] = []
        var end = index
        var lastLine = document.blocks[index].range.start.line
        // At most `maxPieces` blocks: a failed read is tried again from the next block, so a long
        // run of unclosed tables would otherwise be joined over and over.
        while end < document.blocks.count, end - index < maxPieces, case .html(let html) = document.blocks[end].kind {
            let line = document.blocks[end].range.start.line
            text += Array(repeating: UInt8(ascii: "\n"), count: max(0, line - lastLine))
            text += html.utf8
            lastLine = line + html.utf8.count { $0 == UInt8(ascii: "\n") }
            end += 1
            if html.lowercased().contains("</table") { break }
        }
        guard
            var grid = HTMLTableGrid.read(
                text, maxColumns: limits.maxTableColumns, maxCells: limits.maxPaddedCells)
        else { return nil }
        let caption = grid.takeCaption()
        grid.takeHeaderOfHeaderCells()
        guard let (read, html) = parsed(grid, caption: caption, path: document.path, limits: limits) else { return nil }
        var table = read
        let origin = document.blocks[index].range.start
        let lines = LineStarts(text)
        func location(_ offset: Int) -> SourceLocation {
            let (line, column) = lines.position(of: offset)
            return SourceLocation(path: document.path, line: origin.line + line, column: column)
        }
        let rows = grid.rows.dropFirst(max(grid.headerRows, 1))
        table.header = zip(table.header, grid.rows[0]).map { placed($0, at: location($1.offset)) }
        table.rows = zip(table.rows, rows).map { row, cells in
            zip(row, cells).map { placed($0, at: location($1.offset)) }
        }
        let range = SourceRange(start: origin, end: document.blocks[end - 1].range.end)
        return (Block(.table(table), range: range), html, end)
    }

    /// The grid written as a pipe table and parsed as one: its header is the header rows joined
    /// column by column (or the first row), then a row per other row. A caption is shown in bold
    /// above it, as the row across the table showed it.
    private static func parsed(
        _ grid: HTMLTableGrid, caption: String?, path: String, limits: ParseLimits
    ) -> (Table, String)? {
        let headerCount = max(grid.headerRows, 1)
        guard grid.rows.count >= headerCount else { return nil }
        let headerParts = grid.rows[0].indices.map { column in
            var parts: [String] = []
            for (index, row) in grid.rows[..<headerCount].enumerated() where !parts.contains(row[column].markdown) {
                // `Performance` over `Metrics | Results`, `Ability` over `Speed Control | Empathy`:
                // a word that only groups the columns below, which name them one by one.
                if index < headerCount - 1, isGroupWord(row[column].markdown),
                    !grid.rows[headerCount - 1][column].markdown.isEmpty
                {
                    continue
                }
                if !row[column].markdown.isEmpty { parts.append(row[column].markdown) }
            }
            return parts
        }
        // Header rows joined make a name only when the lower ones give sizes (`Llama 3` over `8B`
        // and `70B`), or a measure is written over the benchmarks it was taken on (`Accuracy (%)`
        // over `Math | General`: `Math (Accuracy %)`); a model over tasks (`LLaVA-7B` over `Task 1`
        // to `Task 5`) is no column of models a pipe table could say, so the table is left as it
        // is written.
        func measured(_ parts: [String]) -> Bool { parts.count == 2 && isMeasure(parts[0]) && !isSize(parts[1]) }
        // `MMLU` over `0-shot | 5-shot`, `C-Eval` over `Valid | Test`, `RefCOCO` over `val | test-A`:
        // a benchmark over its settings.
        func set(_ parts: [String]) -> Bool { parts.count == 2 && isSetting(parts[1]) }
        // `Zero-shot Captioning` over `NoCaps | Flickr30K`, `General VQA` over `VQAv2 | GQA`: a kind
        // of task over the benchmarks of that kind, which name their columns alone.
        func grouped(_ parts: [String]) -> Bool {
            parts.count == 2 && isTaskGroup(parts[0]) && !isSize(parts[1]) && !isSetting(parts[1])
        }
        // `GRIT` over `refexp` beside `RefCOCO` over `val | test-A`: a benchmark over the one split
        // it was tested on, told by the benchmarks over settings beside it.
        // `zh` over `WER↓ | SS↑`, `Flickr30K` over `image-to-text` over `R@1 | R@5`: what was
        // measured, then each measure (IndexTTS's, InternVL's retrieval tables).
        func measuredBy(_ parts: [String]) -> Bool {
            parts.count >= 2 && parts.count <= 3 && isMetricWord(parts[parts.count - 1]) && !isMeasure(parts[0])
        }
        let setsBeside = headerParts.contains(where: set)
        func setAlone(_ parts: [String]) -> Bool {
            setsBeside && parts.count == 2 && isOneWord(parts[1]) && !measured(parts) && !grouped(parts)
        }
        guard
            headerParts.allSatisfy({
                $0.count < 2 || $0.dropFirst().allSatisfy(isSize) || measured($0) || set($0) || grouped($0)
                    || setAlone($0) || measuredBy($0)
            })
        else { return nil }
        let header = headerParts.map { parts in
            if measured(parts) { return parts[1] + " (" + parts[0].replacingOccurrences(of: "(%)", with: "%") + ")" }
            if set(parts) || setAlone(parts) { return parts[0] + " (" + parts[1] + ")" }
            if measuredBy(parts) { return parts[0] + " (" + parts.dropFirst().joined(separator: ", ") + ")" }
            if grouped(parts) {
                return parts[1] + (shotsStated(by: parts[0], over: parts[1]).map { " (" + $0 + ")" } ?? "")
            }
            return parts.joined(separator: " ")
        }
        let alignments = grid.rows[0].indices.map { column in
            grid.rows[..<headerCount].lazy.map { $0[column].alignment }.first { $0 != .unspecified } ?? .unspecified
        }
        let captionLine = caption.map { $0.contains("**") ? $0 : "**" + $0 + "**" }.map { $0 + "\n\n" } ?? ""
        var markdown = captionLine + pipeRow(header) + "\n|" + alignments.map(delimiter).joined(separator: "|") + "|\n"
        for row in grid.rows.dropFirst(headerCount) { markdown += pipeRow(row.map(\.markdown)) + "\n" }
        guard let document = try? MarkdownParser.parse(markdown, path: path, limits: limits),
            document.blocks.count == (caption == nil ? 1 : 2), case .table(let table) = document.blocks.last?.kind,
            caption == nil || { if case .paragraph = document.blocks[0].kind { true } else { false } }(),
            table.rows.count == grid.rows.count - headerCount
        else { return nil }
        var html = document.blockHTML.joined()
        if !html.hasSuffix("\n") { html += "\n" }
        return (table, html)
    }

    private static func pipeRow(_ cells: [String]) -> String {
        "| " + cells.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |"
    }

    private static func delimiter(_ alignment: Table.Alignment) -> String {
        switch alignment {
        case .unspecified: "---"
        case .left: ":--"
        case .center: ":-:"
        case .right: "--:"
        }
    }

    /// `cell` where its HTML cell is: its inlines too, which were read from the pipe table's text,
    /// with each `<br>` (`CellMarkdown`) a line break, as the HTML shows it.
    private static func placed(_ cell: TableCell, at location: SourceLocation) -> TableCell {
        var cell = cell
        cell.location = location
        cell.inlines = cell.inlines.map {
            $0.relocated { _ in SourceRange(start: location, end: location) }.breakingLines
        }
        return cell
    }
}

extension Inline {
    /// The inline with every `<br>` tag in it a line break.
    fileprivate var breakingLines: Inline {
        var inline = self
        switch kind {
        case .html(let tag) where tag.lowercased().hasPrefix("<br"): inline.kind = .lineBreak
        case .emphasis(let children): inline.kind = .emphasis(children.map(\.breakingLines))
        case .strong(let children): inline.kind = .strong(children.map(\.breakingLines))
        case .link(let destination, let title, let children):
            inline.kind = .link(destination: destination, title: title, children.map(\.breakingLines))
        default: break
        }
        return inline
    }
}

/// Line and column of byte offsets in a text (both 1-based, the column in bytes).
private struct LineStarts {
    private var starts: [Int] = [0]

    init(_ text: [UInt8]) {
        for (offset, byte) in text.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
    }

    /// The line counted from 0 (added to the block's first line) and the 1-based column.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = starts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle } else { high = middle }
        }
        return (low, offset - starts[low] + 1)
    }
}
