import CCmark

/// Pieces of text around tables, parsed again on their own with their offset into the file.
extension TableLifter {
    /// Parses a piece. When it may hold a reference link and the document may define one, the
    /// document follows it in that parse (as `CellParser` does for cells), so that its links
    /// resolve as in GFM; the document's blocks are dropped. Each such piece parses the document
    /// again, so a budget of a few times its size bounds that: past it, links there stay text.
    func parseResolvingReferences(_ bytes: [UInt8], lineCount: Int) -> CmarkNode {
        guard bytes.contains(UInt8(ascii: "[")), documentMayDefineReferences, referenceBudget >= document.count
        else { return cmarkParse(bytes) }
        referenceBudget -= document.count
        let root = cmarkParse(bytes + [0x0A, 0x0A] + document)
        var swallowed = false
        var child = root.firstChild
        while let node = child {
            child = node.next
            if node.startLine > lineCount + 2 {  // the document's (it starts after two blank lines)
                cmark_node_unlink(node)
                cmark_node_free(node)
            } else if node.endLine > lineCount + 2 {
                swallowed = true  // a block of the piece went on into the document: parse it alone
            }
        }
        guard swallowed else { return root }
        cmark_node_free(root)
        return cmarkParse(bytes)
    }

    /// U+00A0: put before the text before a table, it keeps cmark from reading link reference
    /// definitions there, as cmark-gfm does not (that text is a paragraph it never finalizes).
    /// Like the start of a line, it counts as whitespace next to `*` and `_`.
    static let noBreakSpace: [UInt8] = [0xC2, 0xA0]

    /// The block quote marker put before the lines of a piece that were not lazy in the file.
    static let lazinessQuote: [UInt8] = Array("> ".utf8)

    /// Replaces the first child of `root` (the block quote of `lazinessQuote`) by its children.
    static func unwrapFirstChild(of root: CmarkNode) {
        guard let quote = root.firstChild, quote.type == CMARK_NODE_BLOCK_QUOTE else { return }
        while let child = quote.firstChild {
            cmark_node_unlink(child)
            cmark_node_insert_before(quote, child)
        }
        cmark_node_unlink(quote)
        cmark_node_free(quote)
    }

    /// Removes the no-break space `parsePiece` put before the text before a table.
    static func dropLeadingNoBreakSpace(_ root: CmarkNode) {
        guard let text = root.firstChild?.firstChild, text.type == CMARK_NODE_TEXT else { return }
        let literal = Array(text.literal.utf8)
        guard literal.starts(with: noBreakSpace) else { return }
        _ = cmark_node_set_literal(text, String(decoding: literal.dropFirst(2), as: UTF8.self))
    }

    /// The text of a piece: each line without its container markers, its indentation rewritten
    /// for cmark to read it alone. Lines that were lazy in the file must stay lazy (no setext
    /// underline, delimiter row or block in a container): when some are (`keepsLaziness`), the
    /// other lines go into a block quote (`lazinessQuote`) that they miss.
    static func pieceText(_ lines: ArraySlice<PipeTableScanner.Line>, asTextBeforeTable: Bool = false) -> (
        bytes: [UInt8], keepsLaziness: Bool
    ) {
        guard let first = lines.first else { return ([], false) }
        let keepsLaziness = !asTextBeforeTable && !first.isLazy && lines.contains(where: \.isLazy)
        var bytes: [UInt8] = []
        var afterHardBreak = false
        for line in lines {
            // Alone, a tab after container markers could count for more columns than in the file.
            let content = line.bytes.drop { $0 == PipeTableScanner.space || $0 == PipeTableScanner.tab }
            let quoted = keepsLaziness && !line.isLazy
            if quoted { bytes += Self.lazinessQuote }
            bytes += line.reparseIndentation
            bytes += Self.tabStopPadding(line, content: content, at: quoted ? Self.lazinessQuote.count : 0)
            if asTextBeforeTable {
                if line.number == first.number { bytes += Self.noBreakSpace }
                if line.isLazy, afterHardBreak { bytes += Self.keptWhitespace(line.bytes[..<content.startIndex]) }
                afterHardBreak = Self.endsWithHardBreak(content)
                // A lazy `===` or `---` is no underline in GFM; alone, it would be: escaped, it is text.
                if line.isLazy, line.number != first.number, PipeTableScanner.isSetextUnderline(line) {
                    bytes.append(PipeTableScanner.backslash)
                }
                bytes += PipeTableScanner.unescapingPipes(content)
            } else {
                bytes += content
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        return (bytes, keepsLaziness)
    }

    /// Whether a line ends with a backslash hard break (an odd number of backslashes).
    static func endsWithHardBreak(_ content: Bytes) -> Bool {
        var count = 0
        for byte in content.reversed() {
            guard byte == PipeTableScanner.backslash else { break }
            count += 1
        }
        return count % 2 == 1
    }

    /// The indentation of a lazy line after a backslash hard break, which cmark's inline parser
    /// keeps (it skips spaces after a soft break only) and cmark-gfm shows, as the paragraph
    /// lived in a container the line missed: alone, it would be a continuation line, whose
    /// indentation cmark strips. So its first space or tab is written as a character reference,
    /// which is no indentation; the rest stays as it is (the text next to it, as in the file).
    static func keptWhitespace(_ whitespace: Bytes) -> [UInt8] {
        guard let first = whitespace.first else { return [] }
        return Array((first == PipeTableScanner.tab ? "&#9;" : "&#32;").utf8) + whitespace.dropFirst()
    }

    /// Spaces that put a block quote marker starting the line's content (after its indentation)
    /// on the same column, modulo 4, as in the file, when tabs follow it: the tabs then count for
    /// as many columns (an indented code block keeps them). `column`: where the line starts in
    /// the piece. Up to 3 columns of indentation allow it; otherwise none.
    static func tabStopPadding(_ line: PipeTableScanner.Line, content: Bytes, at column: Int) -> [UInt8] {
        guard content.first == UInt8(ascii: ">"), content.contains(PipeTableScanner.tab) else { return [] }
        let indentation = line.reparseIndentation.count
        let padding = ((line.start.column - column) % 4 + 4) % 4
        guard indentation + padding <= 3 else { return [] }
        return [UInt8](repeating: PipeTableScanner.space, count: padding)
    }

    /// Whether cmark, reading these lines alone, starts a block on the last one at the top
    /// (or in the laziness quote): all blocks before it are closed there, as they are in the
    /// file where a block starts on that line, so from there on both read the same.
    func startsBlockOnLastLine(_ lines: ArraySlice<PipeTableScanner.Line>) -> Bool {
        let (bytes, keepsLaziness) = Self.pieceText(lines)
        linesRead += lines.count
        let root = cmarkParse(bytes)
        defer { cmark_node_free(root) }
        var last = root.lastChild
        if keepsLaziness, let quote = last, quote == root.firstChild, quote.type == CMARK_NODE_BLOCK_QUOTE {
            last = quote.lastChild
        }
        return last?.startLine == lines.count
    }

    /// Whether cmark, reading these lines alone, puts a blank line between two blocks at the
    /// top (or in the laziness quote), or after the last when another block follows them.
    func separatesBlocksByBlankLine(_ lines: ArraySlice<PipeTableScanner.Line>, followed: Bool) -> Bool {
        guard lines.contains(where: { $0.bytes.allSatisfy(PipeTableScanner.isWhitespace) }) else { return false }
        let (bytes, keepsLaziness) = Self.pieceText(lines)
        linesRead += lines.count
        let root = cmarkParse(bytes)
        defer { cmark_node_free(root) }
        var parent = root
        if keepsLaziness, let quote = root.firstChild, quote.next == nil, quote.type == CMARK_NODE_BLOCK_QUOTE {
            parent = quote
        }
        var block = parent.firstChild
        while let current = block {
            let next = current.next
            let end = next?.startLine ?? (followed ? lines.count + 1 : current.endLine + 1)
            let between = lines.dropFirst(current.endLine).prefix(max(0, end - current.endLine - 1))
            if between.contains(where: { $0.bytes.allSatisfy(PipeTableScanner.isWhitespace) }) { return true }
            block = next
        }
        return false
    }

    /// Parses some lines on their own and returns the top-level blocks, detached and ready to move.
    /// `asTextBeforeTable`: the lines are the text before a table header in its paragraph, where
    /// cmark-gfm unescapes `\|` and reads no link reference definitions.
    /// `lazyEnd`: a lazy line after a table in the piece that ends the containers the piece is
    /// in (GFM closes them there); the blocks stop before it and its lines are left to the caller.
    func parsePiece(
        _ lines: ArraySlice<PipeTableScanner.Line>, liftTables: Bool,
        asTextBeforeTable: Bool = false, trailing: @escaping () -> Following = { ([], [], 0) }
    ) -> (blocks: [CmarkNode], lazyEnd: PipeTableScanner.Line?) {
        guard let first = lines.first else { return ([], nil) }
        let (bytes, keepsLaziness) = Self.pieceText(lines, asTextBeforeTable: asTextBeforeTable)
        linesRead += lines.count
        let quoteWidth = keepsLaziness ? Self.lazinessQuote.count : 0
        let text = SourceText(bytes: bytes, lineOffset: first.number - 1, columnOffset: first.column - 1 - quoteWidth)
        // Text before a table that starts with `[` may be a definition cmark-gfm leaves as text,
        // and defines nothing: the document's copy of it would resolve its own label.
        let mayBeDefinition = asTextBeforeTable && PipeTableScanner.trimmed(first.bytes).first == UInt8(ascii: "[")
        let root = mayBeDefinition ? cmarkParse(bytes) : parseResolvingReferences(bytes, lineCount: lines.count)
        defer { cmark_node_free(root) }  // empty by then: its blocks have moved
        var lazyEnd: PipeTableScanner.Line?
        if liftTables, CellParser.mayDefineReferences(bytes) {
            textAfterTables += [0x0A, 0x0A] + bytes
        }
        if liftTables {
            if reparseBudget >= bytes.count {
                reparseBudget -= bytes.count
                lazyEnd = lift(
                    in: root, text: text, lazinessQuote: keepsLaziness ? root.firstChild : nil, trailing: trailing)
            } else {
                diagnostics.append(
                    Diagnostic(
                        .warning, at: SourceLocation(path: path, line: first.number, column: first.column),
                        "too many tables interrupted by other blocks in one paragraph; the rest of it is shown as text "
                            + "(separate the tables with blank lines)"))
            }
        }
        if asTextBeforeTable { Self.dropLeadingNoBreakSpace(root) }
        if liftTables, keepsLaziness, lazyEnd == nil, let quote = root.firstChild, let after = quote.next,
            (1...lines.count).contains(after.startLine), lines[lines.startIndex + after.startLine - 1].isLazy
        {
            // cmark closed the laziness quote at a lazy line itself (no paragraph was open to take
            // it): GFM closes the containers outside the piece there too, so its lines are the caller's.
            lazyEnd = lines[lines.startIndex + after.startLine - 1]
            while let extra = quote.next {
                cmark_node_unlink(extra)
                // Kept until the lifter goes: a table lifted in it is pending, and must not dangle.
                takenBlocks.append(extra)
            }
        }
        if keepsLaziness { Self.unwrapFirstChild(of: root) }
        let origin = Origin(lineOffset: text.lineOffset, columnOffset: text.columnOffset)
        let blocks = root.children.map { child in
            cmark_node_unlink(child)
            if origins[child] == nil { origins[child] = origin }  // pieces of pieces keep their own
            return child
        }
        return (blocks, lazyEnd)
    }
}
