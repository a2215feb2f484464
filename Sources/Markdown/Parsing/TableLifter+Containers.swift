import CCmark

// MARK: - Lazy lines after a table

extension TableLifter {
    /// Ends the containers around `target` that a lazy line after its table misses, as GFM does:
    /// only a paragraph takes lazy lines, and a table (or code) is none. cmark kept the line, the
    /// rest of the paragraph and all the containers held after it; those lines are parsed again
    /// inside the containers the line does match, and their blocks follow the ones it closed.
    func closeContainers(around target: Target, atLazyLine lazy: PipeTableScanner.Line, text: LiftText) {
        let first = lazy.number - text.lineOffset
        var cursor = LineCursor(text.line(first))
        let matched = target.containers.prefix { $0.prefix.matchContinuation(&cursor) }.count
        guard matched < target.containers.count else { return }
        // A list item closes with its list: the blocks after it are not in a list.
        var closed = target.containers[matched].node
        if closed.type == CMARK_NODE_ITEM, let list = closed.parent { closed = list }
        let kept = target.containers[..<matched].map(\.prefix)
        let lines = (first...max(first, closed.endLine)).map { line(number: $0, inside: kept, text: text) }
        linesRead += lines.count
        takeSiblingsAfter(target.node, upTo: closed)
        if closed.type == CMARK_NODE_LIST,
            !hasBlankLine(from: closed.startLine, before: first, inside: kept, text: text)
        {
            cmark_node_set_list_tight(closed, 1)  // the items that made it loose are gone
        }
        var previous = closed
        for block in parsePiece(lines[...], liftTables: true) {
            cmark_node_insert_after(previous, block)
            previous = block
        }
    }

    /// The lines of the block after `target` and of the blank lines before it, when GFM's last
    /// block in the target goes on into it: it `is` such a block, or its first line is indented
    /// by `indent` columns or more. The block is taken out of the tree: its lines move.
    func continuation(
        of target: Target, text: LiftText, if isContinued: (CmarkNode) -> Bool, indent: Int
    ) -> [PipeTableScanner.Line] {
        guard let next = target.node.next, !taken.contains(next), next.type != CMARK_NODE_HEADING,
            let last = target.lines.last
        else { return [] }
        let containers = target.containers.map(\.prefix)
        let first = line(number: next.startLine, inside: containers, text: text)
        guard isContinued(next) || first.indent >= indent else { return [] }
        let from = last.number - text.lineOffset + 1
        guard from <= next.startLine, next.endLine >= next.startLine else { return [] }
        let lines = (from...next.endLine).map { line(number: $0, inside: containers, text: text) }
        linesRead += lines.count
        cmark_node_unlink(next)
        takenBlocks.append(next)
        markTaken(next)
        return lines
    }

    /// A line with the markers of `containers` removed, as far as they match: lazy if one does
    /// not and the line is not blank (a blank line goes on in any container).
    private func line(number: Int, inside containers: [ContainerPrefix], text: LiftText) -> PipeTableScanner.Line {
        let raw = text.line(number)
        var cursor = LineCursor(raw)
        let matched = containers.allSatisfy { $0.matchContinuation(&cursor) }
        let isLazy = !matched && !raw.allSatisfy(PipeTableScanner.isWhitespace)
        return PipeTableScanner.Line(
            bytes: raw[cursor.index...], number: number + text.lineOffset,
            column: cursor.index - raw.startIndex + 1 + text.columnOffset, isLazy: isLazy, start: cursor)
    }

    /// Whether a line from `start` up to `end` is blank once the markers of `containers` are removed.
    private func hasBlankLine(from start: Int, before end: Int, inside containers: [ContainerPrefix], text: LiftText)
        -> Bool
    {
        (start..<end).contains { number in
            line(number: number, inside: containers, text: text).bytes.allSatisfy(PipeTableScanner.isWhitespace)
        }
    }

    /// Takes every block after `node` out of the tree, in its parent and each ancestor up to
    /// (not including) `ancestor`: their lines are parsed again.
    private func takeSiblingsAfter(_ node: CmarkNode, upTo ancestor: CmarkNode) {
        var node = node
        while node != ancestor, let parent = node.parent {
            while let next = node.next {
                cmark_node_unlink(next)
                takenBlocks.append(next)
                markTaken(next)
            }
            node = parent
        }
    }

    /// Marks a subtree taken, so that no paragraph in it is lifted.
    private func markTaken(_ node: CmarkNode) {
        taken.insert(node)
        node.forEachChild(markTaken)
    }
}
