import CCmark

// MARK: - Lazy lines after a table

extension TableLifter {
    /// Ends the containers around `target` that a lazy line after its table misses, as GFM does:
    /// only a paragraph takes lazy lines, and a table (or code) is none. cmark kept the line, the
    /// rest of the paragraph and all the containers held after it; those lines are parsed again
    /// inside the containers the line does match, and their blocks follow the ones it closed.
    /// A lazy line in them that ends a table again closes more containers, the same way. When
    /// the text's laziness quote closes, the lines are the caller's: the line is returned.
    func closeContainers(
        around target: Target, atLazyLine lazy: PipeTableScanner.Line, text: LiftText
    ) -> PipeTableScanner.Line? {
        var containers = target.containers[...]
        var last = target.node  // the last block left open before the lazy line
        var lazy = lazy
        while true {
            let first = lazy.number - text.lineOffset
            var cursor = LineCursor(text.line(first))
            let matched = containers.prefix { $0.prefix.matchContinuation(&cursor) }.count
            guard matched < containers.count else { return nil }
            // A list item closes with its list: the blocks after it are not in a list.
            var closed = containers[containers.startIndex + matched].node
            if closed.type == CMARK_NODE_ITEM, let list = closed.parent { closed = list }
            takeSiblingsAfter(last, upTo: closed)
            if closed == text.lazinessQuote { return lazy }
            // The lists closed lose what came after the line: blank lines there made them loose.
            for index in containers.indices.dropFirst(matched) where containers[index].node.type == CMARK_NODE_ITEM {
                let outside = containers[..<index].map(\.prefix)
                if let list = containers[index].node.parent,
                    !hasBlankLine(from: list.startLine, before: first, inside: outside, text: text)
                {
                    cmark_node_set_list_tight(list, 1)
                }
            }
            containers = containers.prefix(matched)
            let kept = containers.map(\.prefix)
            var lines = (first...max(first, closed.endLine)).map { line(number: $0, inside: kept, text: text) }
            linesRead += lines.count
            lines += continuedLines(lines, after: closed, inside: kept, text: text)
            if let item = containers.last?.node, item.type == CMARK_NODE_ITEM, let list = item.parent,
                separatesBlocksByBlankLine(lines[...], followed: item.lastChild.map { $0 != closed } ?? false)
            {
                // The blocks after the line are the item's own: a blank line between two makes it loose.
                cmark_node_set_list_tight(list, 0)
            }
            let piece = parsePiece(lines[...], liftTables: true)
            last = closed
            for block in piece.blocks {
                cmark_node_insert_after(last, block)
                last = block
            }
            guard let escaped = piece.lazyEnd else { return nil }
            lazy = escaped
        }
    }

    /// The lines of the blocks after `node` that GFM's blocks in `lines` (read after `node`,
    /// inside `containers`) go on into: a paragraph, fence, HTML block or list there may take in
    /// lines that cmark gave to the blocks after it. They are taken out of the tree up to the
    /// first one that starts a block in GFM too, as cmark read it (from there on both read the
    /// same), with the lines before it. Blocks are tried 1, 2, 4… at a time, so that what is
    /// read stays within a few times what is taken.
    func continuedLines(
        _ lines: [PipeTableScanner.Line], after node: CmarkNode, inside containers: [ContainerPrefix], text: LiftText
    ) -> [PipeTableScanner.Line] {
        guard let last = lines.last else { return [] }
        let from = last.number - text.lineOffset + 1
        var end = from - 1
        var next = node.next
        var step = 1
        while let block = next, !taken.contains(block), block.startLine >= from {
            let probe = lines + (from...block.startLine).map { line(number: $0, inside: containers, text: text) }
            if startsBlockOnLastLine(probe[...]) {
                end = block.startLine - 1
                break
            }
            for _ in 0..<step {
                guard let block = next, !taken.contains(block) else { break }
                next = block.next
                end = max(end, block.endLine)
                cmark_node_unlink(block)
                takenBlocks.append(block)
                markTaken(block)
            }
            step *= 2
        }
        guard end >= from else { return [] }
        linesRead += end - from + 1
        return (from...end).map { line(number: $0, inside: containers, text: text) }
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
