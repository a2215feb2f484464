import CCmark

/// Limits that keep a hostile or mistaken file from stalling or flooding a build.
public struct ParseLimits: Hashable, Sendable {
    /// Files larger than this are refused: cmark 0.30.2 has inputs that take quadratic time.
    public var maxFileSize: Int
    /// Wider tables are shown as text, with an error.
    public var maxTableColumns: Int
    /// Empty cells added to short rows, per document.
    public var maxPaddedCells: Int
    /// Blocks and inlines nested deeper than this are refused: cmark copes, but every reader
    /// of the tree would need as deep a stack.
    public var maxNestingDepth: Int

    public init(
        maxFileSize: Int = 16 << 20, maxTableColumns: Int = 1_000, maxPaddedCells: Int = 1 << 20,
        maxNestingDepth: Int = 256
    ) {
        self.maxFileSize = maxFileSize
        self.maxTableColumns = maxTableColumns
        self.maxPaddedCells = maxPaddedCells
        self.maxNestingDepth = maxNestingDepth
    }
}

/// Parses markdown with cmark, recognises GFM pipe tables, and returns immutable values.
///
/// This is the only entry into the C library: the cmark tree is walked once, copied into
/// `Block` and `Inline` values, rendered to HTML block by block, and freed before returning.
public enum MarkdownParser {
    /// Parses one file's bytes. Throws a diagnostic (and parses nothing) when the file is too large.
    public static func parse(_ input: [UInt8], path: String, limits: ParseLimits = ParseLimits()) throws(Diagnostic)
        -> Document
    {
        let session = try ParseSession(input, path: path, limits: limits, wantsValues: true)
        defer { session.close() }
        let converter = NodeConverter(
            path: path, tables: session.assembled.tables, origins: session.lifter.origins,
            headingEnds: session.lifter.headingEnds, fixedRanges: session.lifter.fixedRanges)
        var blocks: [Block] = []
        var blockHTML: [String] = []
        var scratch: [UInt8] = []
        for node in session.root.children {
            guard let block = converter.block(node, placement: .offset(lines: 0, columns: 0)) else { continue }
            blocks.append(block)
            var html = ""
            session.render(node, scratch: &scratch) { html += String(decoding: $0, as: UTF8.self) }
            blockHTML.append(html)
        }
        return Document(path: path, blocks: blocks, blockHTML: blockHTML, diagnostics: session.diagnostics)
    }

    /// Parses a string (already valid UTF-8).
    public static func parse(_ text: String, path: String = "<input>", limits: ParseLimits = ParseLimits())
        throws(Diagnostic) -> Document
    {
        try parse(Array(text.utf8), path: path, limits: limits)
    }

    /// The HTML of a whole file, as `atlas render` prints it, without building values: the
    /// same HTML as `parse(...).html` at a fraction of the cost. `output` receives the HTML in
    /// pieces, in document order (each buffer valid only during the call), so a large file's
    /// HTML is never held whole. A large file is parsed in parts on every core (`DocumentParts`),
    /// and a file of many blocks rendered on every core (`BlockBatches`). Returns what was found
    /// wrong on the way.
    ///
    /// `freeingMemory: false` leaves the parse in memory for the process's exit to reclaim, for a
    /// command that exits right after: freeing a large file's tree node by node costs a tenth of
    /// the run.
    public static func renderHTML(
        _ input: [UInt8], path: String, limits: ParseLimits = ParseLimits(), freeingMemory: Bool = true,
        output: (UnsafeRawBufferPointer) -> Void
    ) throws(Diagnostic) -> [Diagnostic] {
        let sessions = try DocumentParts.parse(input, path: path, limits: limits)
        defer { for session in sessions { freeingMemory ? session.close() : session.keepUntilExit() } }
        for session in sessions { BlockBatches().render(session, output) }
        return sessions.flatMap(\.diagnostics)
    }
}

/// One file on its way through cmark: checked, parsed, tables lifted and assembled.
struct ParseSession {
    let root: CmarkNode
    let lifter: TableLifter
    let assembled: TableAssembler.Assembled
    let diagnostics: [Diagnostic]
    /// Whether any diagnostic may depend on text beyond its paragraph: a file parsed in parts
    /// with such a one is parsed again whole (`DocumentParts`); rows that are no table are not.
    let hasContextDiagnostics: Bool
    /// Bytes parsed again after tables (see `TableLifter.reparseBudget`) and empty cells added
    /// to short rows: what a part of a file (`DocumentParts`) took of the whole file's budgets.
    let reparsedBytes: Int
    let paddedCells: Int

    /// The budget of bytes to parse again after tables for a file of `count` bytes.
    static func reparseBudget(forFileOf count: Int) -> Int { count + (1 << 16) }

    /// `reparseBudget` is the file's, for a session that parses only a part of it; `firstLine`
    /// the file's line the part starts at.
    init(
        _ input: [UInt8], path: String, limits: ParseLimits, wantsValues: Bool, reparseBudget: Int? = nil,
        firstLine: Int = 1
    ) throws(Diagnostic) {
        guard input.count <= limits.maxFileSize else {
            throw Diagnostic(
                .error, at: SourceLocation(path: path, line: 1, column: 1),
                "file is \(input.count) bytes, over the limit of \(limits.maxFileSize) bytes; it was not parsed "
                    + "(split it, or raise the limit with --max-file-size)")
        }
        let (valid, badOffsets) = UTF8Repair.repair(input)
        let (bytes, nulOffsets) = NULRepair.repair(valid)
        let text = SourceText(bytes: bytes)
        // Offsets are the file's: each earlier replacement made the repaired text longer.
        let fileText = badOffsets.isEmpty && nulOffsets.isEmpty ? text : SourceText(bytes: input)
        var diagnostics = Self.replacementDiagnostics(
            badOffsets, in: fileText, path: path,
            summary: "more invalid UTF-8 sequences were replaced with U+FFFD"
        ) { "invalid UTF-8 at byte offset \($0), replaced with U+FFFD (save the file as UTF-8)" }
        // NULs are found after invalid UTF-8 is replaced: their offsets are the file's only when none was.
        diagnostics += Self.replacementDiagnostics(
            badOffsets.isEmpty ? nulOffsets : Self.nulOffsets(in: input), in: fileText, path: path,
            summary: "more NUL bytes were replaced with U+FFFD"
        ) { "NUL byte at byte offset \($0), replaced with U+FFFD (remove it from the file)" }
        if bytes.count > limits.maxNestingDepth,
            let (line, column) = NestingPrescan.firstTooDeep(text, limit: limits.maxNestingDepth)
        {
            throw Self.tooDeep(path: path, line: line, column: column, limit: limits.maxNestingDepth)
        }
        root = cmarkParse(bytes)
        if bytes.count > limits.maxNestingDepth, let deep = root.firstNode(deeperThan: limits.maxNestingDepth) {
            cmark_node_free(root)
            throw Self.tooDeep(
                path: path, line: max(deep.startLine, 1), column: max(deep.startColumn, 1),
                limit: limits.maxNestingDepth)
        }
        let budget = reparseBudget ?? Self.reparseBudget(forFileOf: bytes.count)
        lifter = TableLifter(path: path, maxColumns: limits.maxTableColumns, reparseBudget: budget, document: bytes)
        lifter.lift(in: root, text: text)
        lifter.dropTablesOutside(root)
        lifter.loosenListsAroundHeaderOnlyTables()
        var assembler = TableAssembler(path: path, maxPaddedCells: limits.maxPaddedCells, wantsValues: wantsValues)
        var definitions = Self.withoutDefinitions(at: lifter.rowDefinitions, in: bytes, text: text)
        if !lifter.textAfterTables.isEmpty { definitions += lifter.textAfterTables }  // else no copy of the file
        assembled = assembler.assemble(lifter.pending, store: lifter.cells, root: root, document: definitions)
        diagnostics += lifter.diagnostics + assembler.diagnostics
        hasContextDiagnostics = !diagnostics.isEmpty
        let nearMisses = (lifter.nearMisses + assembler.rowFindings).map { nearMiss in
            var nearMiss = nearMiss
            nearMiss.location.line += firstLine - 1
            return nearMiss
        }
        self.diagnostics = (diagnostics + nearMisses).sorted { $0.location < $1.location }
        reparsedBytes = budget - lifter.reparseBudget
        paddedCells = assembler.paddedCells
    }

    func close() { cmark_node_free(root) }

    /// Keeps the tree and everything the session holds until the process exits (see `renderHTML`).
    func keepUntilExit() { _ = Unmanaged.passRetained(Kept(self)) }

    private final class Kept {
        let session: ParseSession
        init(_ session: ParseSession) { self.session = session }
    }

    /// The document with the paragraphs of link reference definitions at `starts` defining
    /// nothing (their `[` made a `\`): tables took them in as rows, and cells are parsed with
    /// the document's definitions.
    private static func withoutDefinitions(
        at starts: [(line: Int, column: Int)], in bytes: [UInt8], text: SourceText
    ) -> [UInt8] {
        var document = bytes
        for start in starts {
            let line = text.line(start.line)
            let from = min(line.lowerBound + start.column - 1, line.upperBound)
            if let bracket = document[from..<line.upperBound].firstIndex(of: UInt8(ascii: "[")) {
                document[bracket] = UInt8(ascii: "\\")
            }
        }
        return document
    }

    private static func tooDeep(path: String, line: Int, column: Int, limit: Int) -> Diagnostic {
        Diagnostic(
            .error, at: SourceLocation(path: path, line: line, column: column),
            "blocks or inlines nest more than \(limit) levels deep here; the file was not read (flatten the nesting)")
    }

    /// Hands the HTML of one top-level block to `output`: Atlas's for a table, cmark's otherwise.
    /// `scratch` is a buffer to reuse from block to block.
    func render(_ node: CmarkNode, scratch: inout [UInt8], _ output: (UnsafeRawBufferPointer) -> Void) {
        if assembled.writeTable(node, into: &scratch) {
            scratch.withUnsafeBytes(output)
        } else {
            node.withRenderedHTML(output)
        }
    }

    /// A warning for each of the first ten `offsets` in the file, and one for the rest.
    private static func replacementDiagnostics(
        _ offsets: [Int], in text: SourceText, path: String, summary: String, _ message: (Int) -> String
    ) -> [Diagnostic] {
        var diagnostics = offsets.prefix(10).map { offset in
            let (line, column) = text.position(ofByte: offset)
            return Diagnostic(
                .warning, at: SourceLocation(path: path, line: line, column: column),
                message(offset))
        }
        if offsets.count > 10 {
            diagnostics.append(
                Diagnostic(
                    .warning, at: SourceLocation(path: path, line: 1, column: 1), "\(offsets.count - 10) \(summary)"))
        }
        return diagnostics
    }

    /// The offsets of the NUL bytes of the file.
    private static func nulOffsets(in input: [UInt8]) -> [Int] {
        input.indices.filter { input[$0] == 0 }
    }

}
