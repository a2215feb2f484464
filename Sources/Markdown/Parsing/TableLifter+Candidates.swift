import CCmark

// MARK: - Finding candidates

extension TableLifter {
    /// Blocks after a setext heading and their lines, the last `definitions` of them lines that
    /// cmark took as link reference definitions (no block).
    typealias Following = (nodes: [CmarkNode], lines: [PipeTableScanner.Line], definitions: Int)

    /// A paragraph or setext heading that may hold a table.
    struct Target {
        var node: CmarkNode
        var lines: [PipeTableScanner.Line]
        var isSetext: Bool
        /// The block quotes and list items around it, outermost first, and their markers.
        var containers: [Container]
        /// For a setext heading, the blocks cmark began right after its underline (see
        /// `blocks(after:)`): GFM sees no heading there, and may go on into them. Read only
        /// when a table reaches the underline: reading them for every heading of a chain of
        /// headings would read the chain once per heading (quadratic).
        var following: () -> Following
    }

    /// A block quote or list item: its node and how its markers are matched on a line.
    struct Container {
        var node: CmarkNode
        var prefix: ContainerPrefix
    }

    /// Collects paragraphs and setext headings that may hold a table, and their lines, before
    /// anything is moved (moving nodes would change the geometry read here).
    func collectTargets(
        _ node: CmarkNode, around: [Container], text: LiftText,
        into targets: inout [Target]
    ) {
        let containers = around.map(\.prefix)
        node.forEachChild { child in
            switch child.type {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                let isSetext = child.type == CMARK_NODE_HEADING
                if isSetext && child.endLine == child.startLine { return }  // ATX heading
                var lines = paragraphLines(child, containers: containers, text: text)
                if isSetext {
                    lines = throughUnderline(lines)
                    if let underline = lines.last {
                        headingEnds[child] = (
                            underline.number - text.lineOffset,
                            underline.column - text.columnOffset + underline.bytes.count - 1
                        )
                    }
                }
                if PipeTableScanner.mayContainTable(lines) || !isSetext && lazyTagLine(in: lines) != nil {
                    let following: () -> Following = {
                        isSetext
                            ? self.blocks(after: child, lines: lines, containers: containers, text: text)
                            : ([], [], 0)
                    }
                    targets.append(
                        Target(
                            node: child, lines: lines, isSetext: isSetext, containers: around, following: following))
                } else if !isSetext, let nearMiss = Self.nearMiss(lines, path: path) {
                    nearMisses.append(nearMiss)
                }
            case CMARK_NODE_BLOCK_QUOTE:
                let quote = ContainerPrefix(kind: .blockQuote, startLine: child.startLine)
                collectTargets(
                    child, around: around + [Container(node: child, prefix: quote)], text: text, into: &targets)
            case CMARK_NODE_ITEM:
                let item = ContainerPrefix(
                    kind: .item(contentOffset: contentOffset(of: child, in: containers, text: text)),
                    startLine: child.startLine)
                collectTargets(
                    child, around: around + [Container(node: child, prefix: item)], text: text, into: &targets)
            case CMARK_NODE_LIST:
                collectTargets(child, around: around, text: text, into: &targets)
            default:
                break
            }
        }
    }

    /// The first lazy line of a paragraph that holds only an HTML tag (`<br>`): cmark 0.30 keeps
    /// it in the paragraph, cmark-gfm ends the containers the line misses and starts an HTML
    /// block there (it lets a tag line interrupt a paragraph it reaches only lazily).
    func lazyTagLine(in lines: [PipeTableScanner.Line]) -> Int? {
        lines.firstIndex { line in
            line.isLazy && line.indent < 4
                && HTMLTagLine.isTagLine(line.bytes[PipeTableScanner.indentation(line.bytes).end...])
        }
    }

    /// The paragraphs, setext headings and indented code blocks that follow a setext heading line
    /// after line, each starting right after the previous one's end or underline, then the link
    /// reference definitions cmark took right after the last underline. A table ending at the
    /// heading's underline can go on into them: as rows when the underline is a row (`===`,
    /// `--`), or as the content of the empty list item an underline `-` is in GFM.
    func blocks(
        after heading: CmarkNode, lines: [PipeTableScanner.Line], containers: [ContainerPrefix],
        text: LiftText
    ) -> Following {
        var nodes: [CmarkNode] = []
        var following: [PipeTableScanner.Line] = []
        var previous = heading
        var end = lines.last
        let leaves = [CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_CODE_BLOCK]
        while let next = previous.next, let last = end, next.startLine == last.number - text.lineOffset + 1,
            leaves.contains(next.type)
        {
            var nextLines = paragraphLines(next, containers: containers, text: text, fromLineStart: true)
            let isSetext = next.type == CMARK_NODE_HEADING && next.endLine > next.startLine
            let isIndentedCode = next.type == CMARK_NODE_CODE_BLOCK && nextLines.first.map { $0.indent >= 4 } == true
            guard next.type == CMARK_NODE_PARAGRAPH || isSetext || isIndentedCode else { break }
            if isSetext { nextLines = throughUnderline(nextLines) }
            nodes.append(next)
            following += nextLines
            guard isSetext else { return (nodes, following, 0) }
            previous = next
            end = nextLines.last
        }
        guard let underline = end else { return (nodes, following, 0) }
        let definitions = definitionLines(
            after: underline, before: previous.next, containers: containers, text: text)
        return (nodes, following + definitions, definitions.count)
    }

    /// The lines right after a setext underline that cmark 0.30 took as link reference
    /// definitions: a paragraph of them leaves no block, so they are the lines in the same
    /// containers up to a blank line or the next block. GFM sees a table's rows there.
    func definitionLines(
        after underline: PipeTableScanner.Line, before next: CmarkNode?, containers: [ContainerPrefix],
        text: LiftText
    ) -> [PipeTableScanner.Line] {
        let limit = next?.startLine ?? text.text.lineCount + 1
        var lines: [PipeTableScanner.Line] = []
        var number = underline.number - text.lineOffset + 1
        while number < limit {
            linesRead += 1
            let raw = text.line(number)
            var cursor = LineCursor(raw)
            guard containers.allSatisfy({ $0.matchContinuation(&cursor) }) else { break }
            let bytes = raw[cursor.index...]
            guard bytes.contains(where: { !PipeTableScanner.isWhitespace($0) }) else { break }
            lines.append(
                PipeTableScanner.Line(
                    bytes: bytes, number: number + text.lineOffset,
                    column: cursor.index - raw.startIndex + 1 + text.columnOffset, isLazy: false, start: cursor))
            number += 1
        }
        guard let first = lines.first, PipeTableScanner.trimmed(first.bytes).first == UInt8(ascii: "[") else {
            return []
        }
        return lines
    }

    /// The columns of indentation an item's continuation lines need, read from its first line
    /// behind the markers of the containers around it.
    func contentOffset(of item: CmarkNode, in containers: [ContainerPrefix], text: LiftText) -> Int {
        var cursor = LineCursor(text.line(item.startLine))
        for container in containers {
            if container.startLine == item.startLine {
                container.matchOpening(&cursor)
            } else {
                _ = container.matchContinuation(&cursor)
            }
        }
        return ContainerPrefix.openItem(&cursor)
    }

    /// The raw source lines of a paragraph, each with its container markers removed. The first
    /// line starts where the paragraph does, or with `fromLineStart` after the markers too (for
    /// a block whose indentation counts).
    func paragraphLines(
        _ node: CmarkNode, containers: [ContainerPrefix], text: LiftText,
        fromLineStart: Bool = false
    ) -> [PipeTableScanner.Line] {
        let count = max(node.startLine, node.endLine) - node.startLine + 1
        var lines: [PipeTableScanner.Line] = []
        lines.reserveCapacity(count)
        linesRead += count
        for number in node.startLine...max(node.startLine, node.endLine) {
            let raw = text.line(number)
            var cursor = LineCursor(raw)
            var isLazy = false
            if number == node.startLine && !fromLineStart {
                cursor.advance(bytes: node.startColumn - 1)
            } else {
                // A lazy line's text starts after the markers that did match.
                for container in containers {
                    guard container.matchContinuation(&cursor) else {
                        isLazy = true
                        break
                    }
                }
            }
            lines.append(
                PipeTableScanner.Line(
                    bytes: raw[cursor.index...], number: number + text.lineOffset,
                    column: cursor.index - raw.startIndex + 1 + text.columnOffset, isLazy: isLazy, start: cursor))
        }
        return lines
    }

    /// A setext heading's lines up to its underline: the first line after the text that is one.
    /// Lines after it are not the heading's, though cmark 0.30.2 counts the next one in.
    func throughUnderline(_ lines: [PipeTableScanner.Line]) -> [PipeTableScanner.Line] {
        guard
            let end = lines.indices.dropFirst().first(where: {
                !lines[$0].isLazy && PipeTableScanner.isSetextUnderline(lines[$0])
            })
        else { return lines }
        return Array(lines[...end])
    }
}
