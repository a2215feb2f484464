import CCmark

/// The text before a table's header row: kept as cmark's own paragraph where that is safe,
/// cut at the header's line.
extension TableLifter {
    /// The paragraph of the lines before a table's header, made of cmark's own inlines for them
    /// (its links resolved against the whole document), when cmark read them as cmark-gfm does:
    /// no inline reaches into the header, no `\|` (which cmark-gfm unescapes, even in code) and no
    /// leading `[` (a link reference definition cmark took, which cmark-gfm leaves as text).
    /// Nil otherwise: the lines are then parsed again on their own.
    func paragraphBefore(_ header: Int, in target: Target, text: LiftText) -> CmarkNode? {
        let lines = target.lines[..<header]
        let hasEscapedPipe = lines.contains { line in
            zip(line.bytes, line.bytes.dropFirst()).contains {
                $0 == PipeTableScanner.backslash && $1 == PipeTableScanner.pipe
            }
        }
        guard !hasEscapedPipe, let first = lines.first, let last = lines.last,
            PipeTableScanner.trimmed(first.bytes).first != UInt8(ascii: "["),
            Self.inlinesEnd(in: target.node, before: target.lines[header].number - text.lineOffset)
        else { return nil }
        let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH)!
        while let child = target.node.firstChild,
            child.startLine == 0 || child.startLine < target.lines[header].number - text.lineOffset
        {
            cmark_node_unlink(child)
            cmark_node_append_child(paragraph, child)
        }
        if let trailing = cmark_node_last_child(paragraph), trailing.type == CMARK_NODE_SOFTBREAK {
            cmark_node_unlink(trailing)
            cmark_node_free(trailing)
        }
        fixedRanges[paragraph] = SourceRange(
            start: SourceLocation(path: path, line: first.number, column: first.column),
            end: SourceLocation(path: path, line: last.number, column: last.column + max(last.bytes.count - 1, 0)))
        return paragraph
    }

    /// Whether every inline of `paragraph` that starts before `line` also ends before it.
    /// A hard break fails too: cmark 0.30 gives the inlines after one the line before.
    static func inlinesEnd(in paragraph: CmarkNode, before line: Int) -> Bool {
        guard hasTrustworthyLines(paragraph) else { return false }
        var child = paragraph.firstChild
        var last: CmarkNode?
        while let node = child, node.startLine == 0 || node.startLine < line {
            if node.startLine > 0, node.endLine >= line { return false }
            last = node
            child = node.next
        }
        return last?.type != CMARK_NODE_LINEBREAK
    }

    /// Whether the line numbers of the paragraph's inlines can be trusted: not after a hard
    /// break (cmark 0.30 counts on from the line before it).
    static func hasTrustworthyLines(_ paragraph: CmarkNode) -> Bool {
        var child = paragraph.firstChild
        while let node = child {
            if node.type == CMARK_NODE_LINEBREAK { return false }
            child = node.next
        }
        return true
    }

    /// Removes the inlines of `paragraph` from line `line` on (and the soft break before them).
    /// False, with nothing removed, when an inline spans that line: the paragraph is parsed again then.
    static func cutInlines(of paragraph: CmarkNode, atLine line: Int) -> Bool {
        guard hasTrustworthyLines(paragraph) else { return false }
        var first: CmarkNode?
        var child = paragraph.firstChild
        while let node = child {
            if node.startLine > 0 {  // soft and hard breaks have no position
                if node.startLine >= line {
                    first = node
                    break
                }
                if node.endLine >= line { return false }
            }
            child = node.next
        }
        guard var cut = first else { return false }
        if let previous = cmark_node_previous(cut), previous.type == CMARK_NODE_SOFTBREAK { cut = previous }
        var next: CmarkNode? = cut
        while let node = next {
            next = node.next
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        return true
    }
}
