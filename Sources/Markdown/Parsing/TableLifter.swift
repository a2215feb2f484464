import CCmark

/// Lifts GFM pipe tables out of cmark's paragraphs and setext headings.
///
/// A paragraph holding a table is replaced in the cmark tree by up to three parts: a paragraph
/// of the lines before the header row, a custom block standing for the table (its HTML is filled
/// in once the cells are parsed), and the blocks cmark finds in the lines after the table.
/// Both text parts are parsed again on their own, with their offset into the file remembered.
///
/// The parts live in extensions beside this file: finding candidates (`+Candidates`), containers
/// (`+Containers`), the text before a header (`+Paragraphs`) and pieces parsed again (`+Pieces`).
final class TableLifter {
    struct PendingTable {
        var node: CmarkNode
        var match: PipeTableScanner.Match
    }

    /// Where a moved subtree's positions point: its text's offsets in the file.
    struct Origin {
        var lineOffset: Int
        var columnOffset: Int
    }

    let path: String
    let scanner: PipeTableScanner
    private(set) var pending: [PendingTable] = []
    /// The text of all cells of all pending tables.
    private(set) var cells = CellStore()
    var origins: [CmarkNode: Origin] = [:]
    /// The true end (line and column in the node's own text) of each setext heading: cmark 0.30.2
    /// ends a setext heading on the line after its underline, where it closed it.
    var headingEnds: [CmarkNode: (line: Int, column: Int)] = [:]
    /// Where blocks made without a parse are, in the file (they have no cmark positions).
    var fixedRanges: [CmarkNode: SourceRange] = [:]
    var diagnostics: [Diagnostic] = []
    /// Rows that are no table (`nearMiss`): kept apart, as they depend on their paragraph alone.
    var nearMisses: [Diagnostic] = []
    /// Source lines read so far, counting a line again each time it is read again: the work
    /// that tests hold linear in the input.
    var linesRead = 0
    /// Blocks taken into tables, out of the tree; freed with the lifter.
    var takenBlocks: [CmarkNode] = []
    /// Where (line, column in the document) each line starts that cmark read after a setext
    /// heading, maybe as a link reference definition, and a table took in as a row.
    var rowDefinitions: [(line: Int, column: Int)] = []
    /// Blocks after setext headings that tables took in: no longer in the tree.
    var taken: Set<CmarkNode> = []
    /// Bytes still allowed to be parsed again as text after tables. A paragraph that alternates
    /// tables and breaking lines would otherwise be re-parsed once per table: quadratic.
    var reparseBudget: Int
    /// The whole file, parsed again after a piece for its link reference definitions.
    let document: [UInt8]
    lazy var documentMayDefineReferences = CellParser.mayDefineReferences(document)
    /// Bytes of the document still allowed to be parsed again for that.
    var referenceBudget: Int
    /// The text of the pieces parsed again after tables, where GFM may find link reference
    /// definitions that cmark read as a paragraph's text (or in a container GFM closed before
    /// them): cells are parsed with it after the document, so that their links resolve.
    var textAfterTables: [UInt8] = []

    init(path: String, maxColumns: Int, reparseBudget: Int, document: [UInt8] = []) {
        self.path = path
        self.document = document
        self.referenceBudget = 4 * document.count + (1 << 16)
        self.scanner = PipeTableScanner(maxColumns: maxColumns)
        self.cells = CellStore(expectedSize: document.count)
        self.reparseBudget = reparseBudget
    }

    deinit {
        for block in takenBlocks { cmark_node_free(block) }
    }

    /// Finds and replaces every table below `root`, whose positions refer to `text`.
    /// `trailing` are the blocks that follow a piece ending in a setext underline (see `Target`).
    /// `lazinessQuote` is the block quote `parsePiece` put around the piece's lines that were not
    /// lazy in the file: a lazy line that closes it ends containers outside the piece, so its
    /// lines are left to the caller, which gets that line back.
    /// Lines point into the text's buffer, which stays valid until the lifting is done.
    @discardableResult
    func lift(
        in root: CmarkNode, text: SourceText, lazinessQuote: CmarkNode? = nil,
        trailing: @escaping () -> Following = { ([], [], 0) }
    ) -> PipeTableScanner.Line? {
        text.bytes.withUnsafeBufferPointer { buffer in
            lift(
                in: root, text: LiftText(text: text, buffer: buffer, lazinessQuote: lazinessQuote), trailing: trailing)
        }
    }

    /// A text being lifted, with its bytes pinned.
    struct LiftText {
        let text: SourceText
        let buffer: UnsafeBufferPointer<UInt8>
        /// See `lift(in:text:lazinessQuote:trailing:)`.
        let lazinessQuote: CmarkNode?

        var lineOffset: Int { text.lineOffset }
        var columnOffset: Int { text.columnOffset }
        func line(_ number: Int) -> Bytes { buffer[text.line(number)] }
    }

    private func lift(in root: CmarkNode, text: LiftText, trailing: @escaping () -> Following) -> PipeTableScanner.Line?
    {
        var targets: [Target] = []
        collectTargets(root, around: [], text: text, into: &targets)
        if let last = targets.indices.last, targets[last].isSetext, targets[last].node.next == nil,
            targets[last].node.parent == root
        {
            // The blocks after the text follow it, unless definitions cmark took end it.
            let own = targets[last].following
            targets[last].following = {
                let definitions = own()
                return definitions.lines.isEmpty ? trailing() : definitions
            }
        }
        for target in targets where !taken.contains(target.node) {
            // A lazy line that leaves the piece takes every block after it in the piece: the last.
            if let escaped = replaceTable(in: target, text: text) { return escaped }
        }
        return nil
    }

    /// Forgets the tables that are no longer in the tree below `root`: they were lifted in
    /// blocks that were then taken out (lines a piece handed back to its caller, which lifts
    /// them again). Call once, after all tables are lifted.
    func dropTablesOutside(_ root: CmarkNode) {
        pending.removeAll { table in
            var node = table.node
            while let parent = node.parent { node = parent }
            return node != root
        }
    }

    /// Makes lists loose where cmark-gfm would: it marks a table that has no data rows as ending
    /// with a blank line (the delimiter row looks blank once consumed), and a list whose item has
    /// such a block before another block or item is loose. Call once, after all tables are lifted.
    func loosenListsAroundHeaderOnlyTables() {
        for table in pending where table.match.rows.isEmpty {
            // Walk up through items and lists as cmark's `S_ends_with_blank_line` walks down.
            var node = table.node
            while let item = node.parent, item.type == CMARK_NODE_ITEM, let list = item.parent {
                if node.next != nil || item.next != nil {
                    cmark_node_set_list_tight(list, 0)
                    break
                }
                node = list
            }
        }
    }

    // MARK: - Replacing

    /// Replaces the target by its parts when it holds a table. Returns the lazy line that ends
    /// containers outside the text (see `lift`), if one does.
    private func replaceTable(in target: Target, text: LiftText) -> PipeTableScanner.Line? {
        var lines = target.lines
        // A lazy tag line ends the paragraph and its containers in GFM: tables are looked for before it.
        let tagLine = target.isSetext ? nil : lazyTagLine(in: lines).map { lines[$0] }
        if let tagLine { lines = lines.filter { $0.number < tagLine.number } }
        var replacement: [CmarkNode] = []
        var start = 0  // the first line not placed yet
        // The blocks after a setext heading are taken at most once, by the table that reaches
        // its underline; after that the lines end where the taken blocks end.
        var askedFollowing = !target.isSetext
        var tookFollowing = false
        var endsInUnderline = target.isSetext
        while true {
            let outcome = scanner.firstTable(
                in: lines, from: start, hasSetextUnderline: endsInUnderline, store: &cells)
            if case .tooWide(let columns, let line) = outcome {
                diagnostics.append(
                    Diagnostic(
                        .error, at: SourceLocation(path: path, line: line.number, column: line.column),
                        "table has \(columns) columns; at most \(scanner.maxColumns) are allowed, so it is shown as text "
                            + "(split the table)"))
            }
            guard case .table(var match) = outcome else { break }
            linesRead += match.endIndex - start
            if !askedFollowing, match.endIndex >= lines.count - 1 {
                askedFollowing = true
                if let endsInHeading = takeFollowing(target.following(), into: &match, lines: &lines) {
                    tookFollowing = true
                    endsInUnderline = endsInHeading
                }
            }
            if start == 0, match.headerIndex > 0, !target.isSetext,
                let before = paragraphBefore(match.headerIndex, in: target, text: text)
            {
                replacement.append(before)
            } else if match.headerIndex > start {
                // cmark-gfm unescapes `\|` in the text before a table too, not only in its cells.
                replacement +=
                    parsePiece(
                        lines[start..<match.headerIndex], liftTables: false, asTextBeforeTable: true
                    ).blocks
            }
            let tableNode = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
            pending.append(PendingTable(node: tableNode, match: match))
            replacement.append(tableNode)
            start = match.endIndex
            // Indented code after a table ends at the first line that is not indented, and GFM
            // starts a paragraph there: read it in this loop, so that a paragraph alternating
            // tables and code is not parsed again once per table (quadratic).
            guard let codeEnd = indentedCodeEnd(lines, from: start, isSetext: endsInUnderline) else { break }
            var code = Array(lines[start..<codeEnd])
            if codeEnd == lines.count {  // GFM's code block goes on past the blank lines that ended cmark's paragraph
                // Into indented code only (4 columns in): a fence line starts a new block in GFM too.
                code += continuation(of: target, text: text, if: { _ in false }, indent: 4)
            }
            replacement.append(indentedCode(code[...]))
            start = codeEnd
            if codeEnd < lines.count, lines[codeEnd].isLazy { break }
        }
        if replacement.isEmpty, !target.isSetext, let nearMiss = Self.nearMiss(lines, path: path) {
            nearMisses.append(nearMiss)
        }
        guard !replacement.isEmpty || tagLine != nil else { return nil }
        if let tagLine, replacement.isEmpty, Self.cutInlines(of: target.node, atLine: tagLine.number - text.lineOffset)
        {
            // No table: the paragraph keeps what it had before the line (its links resolved).
            return closeContainers(around: target, atLazyLine: tagLine, text: text)
        }
        var escaped: PipeTableScanner.Line?
        if start < lines.count, lines[start].isLazy {
            // No paragraph is open to take the lazy line: GFM closes the containers it misses.
            escaped = closeContainers(around: target, atLazyLine: lines[start], text: text)
        } else if let tagLine {
            if start < lines.count { replacement += parsePiece(lines[start...], liftTables: false).blocks }
            escaped = closeContainers(around: target, atLazyLine: tagLine, text: text)
        } else if start < lines.count {
            // Other blocks (a list, an HTML block) may take in the rest: cmark parses it. The text
            // after the table still ends in the underline: a table there may go on past it.
            var rest = Array(lines[start...])
            var trailing = tookFollowing ? { ([], [], 0) } : target.following
            let startsList = PipeTableScanner.startsListItemOutsideParagraph(
                PipeTableScanner.trimmed(lines[start].bytes))
            if startsList {
                // The list GFM starts there goes on into what cmark began after the paragraph.
                rest += continuation(of: target, text: text, if: { $0.type == CMARK_NODE_LIST }, indent: 1)
            }
            if target.isSetext, !askedFollowing, !startsList || rest.count == lines.count - start {
                // The table split the heading: its underline is text in GFM, and a paragraph
                // there goes on into the blocks cmark began after the heading (after a list
                // GFM starts, where the underline is a paragraph's line, in the list or after it).
                let following = target.following()
                if !startsList || following.lines.first.map({ !startsBlockOnLastLine((rest + [$0])[...]) }) == true {
                    rest += take(following)
                    trailing = { ([], [], 0) }
                }
                if following.lines.isEmpty {
                    rest += continuedLines(
                        rest, after: target.node, inside: target.containers.map(\.prefix), text: text)
                }
            } else if !target.isSetext, !startsList {
                rest += continuedLines(rest, after: target.node, inside: target.containers.map(\.prefix), text: text)
            }
            let piece = parsePiece(rest[...], liftTables: true, trailing: trailing)
            replacement += piece.blocks
            if let lazy = piece.lazyEnd {
                // A lazy line in the piece ended the containers it was parsed in: they are these.
                escaped = closeContainers(around: target, atLazyLine: lazy, text: text)
            }
        }
        for part in replacement { cmark_node_insert_before(target.node, part) }
        cmark_node_unlink(target.node)
        // Freed now, not kept until the lifter goes: keeping it changed the HTML of a random
        // document (against cmark-gfm's), so some step still reads a replaced node; not found yet.
        cmark_node_free(target.node)
        return escaped
    }

    /// An indented code block of these lines, made directly: cmark would give the same node, but
    /// starting a parser per block costs more than all the rest in a paragraph of many of them.
    private func indentedCode(_ lines: ArraySlice<PipeTableScanner.Line>) -> CmarkNode {
        // Blank lines at its end are no part of it (the continuation after a paragraph takes them).
        var lines = lines
        while let last = lines.last, lines.count > 1,
            last.bytes.allSatisfy({ $0 == PipeTableScanner.space || $0 == PipeTableScanner.tab })
        {
            lines.removeLast()
        }
        var literal: [UInt8] = []
        for line in lines {
            // What cmark keeps of the line after 4 columns: the rest of a cut tab as spaces, then the text.
            literal += line.reparseIndentation.dropFirst(4)
            literal += line.bytes.drop { $0 == PipeTableScanner.space || $0 == PipeTableScanner.tab }
            literal.append(UInt8(ascii: "\n"))
        }
        literal.append(0)
        let node = cmark_node_new(CMARK_NODE_CODE_BLOCK)!
        literal.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                _ = cmark_node_set_literal(node, $0)
            }
        }
        if let first = lines.first, let last = lines.last {
            var code = first.start  // cmark starts the block after its 4 columns of indentation
            code.advance(columns: 4)
            let column = first.column + (code.index - first.bytes.startIndex)
            fixedRanges[node] = SourceRange(
                start: SourceLocation(path: path, line: first.number, column: column),
                end: SourceLocation(path: path, line: last.number, column: last.column + max(last.bytes.count - 1, 0)))
        }
        return node
    }

    /// Where the indented code block starting at `start` ends, when one does and is followed by
    /// a line that starts a plain paragraph or is lazy; nil otherwise.
    private func indentedCodeEnd(_ lines: [PipeTableScanner.Line], from start: Int, isSetext: Bool) -> Int? {
        guard start < lines.count, !lines[start].isLazy, lines[start].indent >= 4 else { return nil }
        var end = start
        while end < lines.count, !lines[end].isLazy, lines[end].indent >= 4 { end += 1 }
        if end < lines.count, !lines[end].isLazy,
            PipeTableScanner.endsTable(lines[end], isSetextUnderline: isSetext && end == lines.count - 1)
        {
            return nil
        }
        return end
    }

    /// Takes blocks after a setext heading out of the tree and returns their lines.
    private func take(_ following: Following) -> [PipeTableScanner.Line] {
        linesRead += following.lines.count
        for block in following.nodes {
            cmark_node_unlink(block)
            takenBlocks.append(block)
            taken.insert(block)
        }
        return following.lines
    }

    /// Takes the blocks after a setext heading out of the tree and their lines into the table's,
    /// when the table goes on into them. Returns nil when it does not, else whether the lines
    /// now end in a setext underline (the last block taken is a setext heading).
    private func takeFollowing(
        _ following: Following, into match: inout PipeTableScanner.Match,
        lines: inout [PipeTableScanner.Line]
    ) -> Bool? {
        guard goesOn(match, lines: lines, into: following.lines) else { return nil }
        let endsInHeading = following.nodes.last?.type == CMARK_NODE_HEADING && following.definitions == 0
        if match.endIndex == lines.count {  // the underline was a row
            scanner.continueRows(of: &match, into: following.lines, endsInUnderline: endsInHeading, store: &cells)
            // Rows in GFM define nothing: cells must not see definitions cmark may have read there.
            for line in following.lines.prefix(match.endIndex - lines.count)
            where PipeTableScanner.trimmed(line.bytes).first == UInt8(ascii: "[") {
                rowDefinitions.append((line.number, line.column))
            }
        }
        lines += take(following)
        return endsInHeading
    }

    /// Whether a table found in a setext heading goes on into the lines after it: its underline
    /// is a row, or an empty list item (`-`) whose content the next line is indented to be.
    /// Else they stay as cmark has them (parsed again, they would lose reference links).
    private func goesOn(
        _ match: PipeTableScanner.Match, lines: [PipeTableScanner.Line],
        into following: [PipeTableScanner.Line]
    ) -> Bool {
        guard let next = following.first, let underline = lines.last else { return false }
        if match.endIndex == lines.count { return true }
        guard match.endIndex == lines.count - 1, PipeTableScanner.endsTable(underline, isSetextUnderline: false) else {
            return false
        }
        var cursor = LineCursor(underline.bytes)
        return next.indent >= ContainerPrefix.openItem(&cursor)
    }
}
