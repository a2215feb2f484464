import Foundation
import Testing

@testable import Markdown

// MARK: - Parsing

/// Parses markdown with the test path `t.md`, turning the typed throw into an ordinary one.
func parse(_ markdown: String, limits: ParseLimits = ParseLimits()) throws -> Document {
    try MarkdownParser.parse(markdown, path: "t.md", limits: limits)
}

/// The tables of a document, in document order, containers included.
func tables(in blocks: [Block]) -> [Table] {
    blocks.flatMap { block -> [Table] in
        if case .table(let table) = block.kind { return [table] }
        return tables(in: block.children)
    }
}

/// The only table of a document; records an issue when there is not exactly one.
func onlyTable(_ markdown: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Table {
    let found = tables(in: try parse(markdown).blocks)
    #expect(found.count == 1, "expected one table, found \(found.count)", sourceLocation: sourceLocation)
    return try #require(found.first, sourceLocation: sourceLocation)
}

// MARK: - HTML

/// HTML with the line breaks between two tags removed when one of them is block-level
/// (`</p>\n<table>`): the only place renderers may differ. Every other byte counts: spaces between
/// tags (`<em>a</em> <strong>`), line breaks in text and between inline tags.
/// Line breaks after a last block tag go too.
func normalizedHTML(_ html: String) -> String {
    let bytes = Array(html.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
        guard bytes[index] == UInt8(ascii: "\n"), out.last == UInt8(ascii: ">") else {
            out.append(bytes[index])
            index += 1
            continue
        }
        var end = index
        while end < bytes.count, bytes[end] == UInt8(ascii: "\n") { end += 1 }
        let previousTag = out.lastIndex(of: UInt8(ascii: "<")).map { tagName(out[$0...]) } ?? ""
        let nextTag = end < bytes.count && bytes[end] == UInt8(ascii: "<") ? tagName(bytes[end...]) : nil
        let between =
            end == bytes.count
            ? blockTags.contains(previousTag)
            : nextTag.map { blockTags.contains(previousTag) || blockTags.contains($0) } ?? false
        if !between { out += bytes[index..<end] }
        index = end
    }
    return String(decoding: out, as: UTF8.self)
}

/// Block-level elements cmark and cmark-gfm write.
let blockTags: Set<String> = [
    "p", "table", "thead", "tbody", "tr", "th", "td", "ul", "ol", "li", "blockquote", "pre", "hr",
    "h1", "h2", "h3", "h4", "h5", "h6", "div",
]

/// The name of the tag at the start of `tag` (`<`, an optional `/`, letters and digits).
func tagName(_ tag: ArraySlice<UInt8>) -> String {
    let name = tag.dropFirst().drop { $0 == UInt8(ascii: "/") }.prefix {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
    }
    return String(decoding: name, as: UTF8.self).lowercased()
}

// MARK: - Files and oracles

/// The repository root, found from this file's path (Tests/MarkdownTests/Support.swift).
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The seed document that ships with the project.
let seedURL = repositoryRoot.appendingPathComponent("Content/overview-of-chinese-ai-models.md")

/// Set by `make test`: a missing oracle then fails the tests that need it instead of skipping them.
let oraclesRequired = ProcessInfo.processInfo.environment["ATLAS_REQUIRE_ORACLES"] == "1"

/// Fails the test when an oracle is missing (only reached when it is required, see `oraclesRequired`).
func requireOracle(_ present: Bool, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    try #require(
        present, "\(name) is missing; install it with `make test-deps`", sourceLocation: sourceLocation)
}

/// Debian's `cmark` command: the oracle for everything outside tables.
let cmarkCommand = "/usr/bin/cmark"
let hasCmarkCommand = FileManager.default.isExecutableFile(atPath: cmarkCommand)

/// Python with the cmarkgfm package (the oracle for tables), found on the PATH, when installed.
let hasCmarkGFM: Bool =
    (try? run("/usr/bin/env", ["python3", "-c", "import cmarkgfm; print('ok')"], input: [])) == "ok\n"

/// Runs a command with `input` on standard input and returns its standard output.
func run(_ command: String, _ arguments: [String], input: [UInt8]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: command)
    process.arguments = arguments
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Write from another thread: a large input could fill the pipe while the output does too.
    let writer = Thread {
        stdin.fileHandleForWriting.write(Data(input))
        try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: output, as: UTF8.self)
}

/// cmark's own HTML for `markdown` (safe mode, its default).
func cmarkHTML(_ markdown: [UInt8]) throws -> String {
    try run(cmarkCommand, [], input: markdown)
}

// MARK: - Scanner inputs

/// Bytes of `text` in a buffer that lives as long as the test process, as the scanner's lines
/// need (in Atlas the lifter pins the document's buffer while it scans).
func pinned(_ text: String) -> Bytes {
    let bytes = Array(text.utf8)
    let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
    _ = buffer.initialize(from: bytes)
    return UnsafeBufferPointer(rebasing: buffer[..<bytes.count])[...]
}

/// A scanned cell's text.
func text(_ cell: RawCell, in store: CellStore) -> String {
    String(decoding: store[cell], as: UTF8.self)
}

/// A table's HTML from cells given as HTML strings (the renderer on its own).
func renderTable(alignments: [Table.Alignment], header: [String], rows: [[String]]) -> String {
    var cells = ParsedCells()
    for cell in header + rows.joined() {
        let start = cells.html.count
        cells.html += Array(cell.utf8)
        cells.sources.append(.html(start..<cells.html.count))
    }
    let rawRows = TableRows(rows.map { row in row.map { _ in RawCell(text: 0..<0, line: 1, column: 1) } })
    var next = 0
    var html: [UInt8] = []
    TableHTML.append(alignments: alignments, rows: rawRows, cells: cells, next: &next, to: &html)
    return String(decoding: html, as: UTF8.self)
}
