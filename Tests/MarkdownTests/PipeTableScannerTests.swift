import Testing

@testable import Markdown

@Suite("Pipe table scanner")
struct PipeTableScannerTests {
    let scanner = PipeTableScanner(maxColumns: 8)

    /// Unprefixed lines numbered from 1, as the lifter hands them over for a top-level paragraph.
    func lines(_ text: String) -> [PipeTableScanner.Line] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            PipeTableScanner.Line(bytes: pinned(String(line)), number: index + 1, column: 1, isLazy: false)
        }
    }

    func bytes(_ text: String) -> Bytes { pinned(text) }

    func match(_ text: String, setext: Bool = false) -> PipeTableScanner.Match? {
        var store = CellStore()
        return match(text, setext: setext, store: &store)
    }

    func match(_ text: String, setext: Bool = false, store: inout CellStore) -> PipeTableScanner.Match? {
        if case .table(let match) = scanner.firstTable(in: lines(text), hasSetextUnderline: setext, store: &store) {
            return match
        }
        return nil
    }

    // MARK: - Finding the table

    @Test func findsHeaderDelimiterAndRows() throws {
        var store = CellStore()
        let found = try #require(match("intro\n| a | b |\n|---|:-:|\n| 1 | 2 |\n| 3 | 4 |", store: &store))
        #expect(found.headerIndex == 1)
        #expect(found.endIndex == 5)
        #expect(found.alignments == [.unspecified, .center])
        #expect(found.header.map { text($0, in: store) } == ["a", "b"])
        #expect(found.rows.count == 2)
    }

    @Test func aMismatchedDelimiterRowEndsTheSearch() {
        // cmark-gfm marks the paragraph as visited and never opens a table in it again.
        #expect(match("x|y\n---:\nab|c\n:-|---") == nil)
        #expect(match("x|y\n-- x\nab|c\n:-|---") != nil)
    }

    @Test func lazyLinesNeitherStartNorContinueATable() {
        var store = CellStore()
        var input = lines("| a |\n|---|\n| b |")
        input[1].isLazy = true
        #expect(scanner.firstTable(in: input, hasSetextUnderline: false, store: &store).isNone)
        input = lines("| a |\n|---|\n| b |\n| c |")
        input[3].isLazy = true
        #expect(match(from: input)?.endIndex == 3)
    }

    func match(from input: [PipeTableScanner.Line]) -> PipeTableScanner.Match? {
        var store = CellStore()
        if case .table(let match) = scanner.firstTable(in: input, hasSetextUnderline: false, store: &store) {
            return match
        }
        return nil
    }

    @Test func aSetextUnderlineEndsTheTableButNeverStartsOne() {
        #expect(match("| a |\n|---|\n| b |\n---", setext: true)?.endIndex == 3)
        #expect(match("abc\n---", setext: true) == nil)
    }

    @Test func tooWideTablesAreReported() {
        let wide = "|" + String(repeating: " a |", count: 9) + "\n|" + String(repeating: "---|", count: 9)
        var store = CellStore()
        guard
            case .tooWide(let columns, let line) = scanner.firstTable(
                in: lines(wide), hasSetextUnderline: false, store: &store)
        else {
            Issue.record("expected tooWide")
            return
        }
        #expect(columns == 9)
        #expect(line.number == 2)
    }

    @Test(
        "lines that end a table",
        arguments: [
            ("    code", true), ("\tcode", true), ("2. x", true), ("1.", true), ("-", true), ("*", true),
            ("10) ", true), ("1. x", true), ("| x |", false), ("x", false), ("   | x", false),
            ("1234567890. x", false),
        ])
    func endsTable(line: String, ends: Bool) {
        let input = PipeTableScanner.Line(bytes: bytes(line), number: 1, column: 1, isLazy: false)
        #expect(PipeTableScanner.endsTable(input, isSetextUnderline: false) == ends)
    }

    @Test func theSetextUnderlineEndsOnlyAsTheLastLine() {
        let line = PipeTableScanner.Line(bytes: bytes("---"), number: 1, column: 1, isLazy: false)
        #expect(PipeTableScanner.endsTable(line, isSetextUnderline: true))
        #expect(!PipeTableScanner.endsTable(line, isSetextUnderline: false))
    }

    // MARK: - Delimiter rows

    @Test(
        "delimiter rows",
        arguments: [
            ("|---|", [Table.Alignment.unspecified]),
            ("---|---", [.unspecified, .unspecified]),
            ("| :-- | :-: | --: | --- |", [.left, .center, .right, .unspecified]),
            (":-", [.left]),
            ("-:", [.right]),
            ("-", [.unspecified]),
            ("|\t:-:\t|", [.center]),
            ("   |---|", [.unspecified]),
        ])
    func delimiterRow(line: String, alignments: [Table.Alignment]) {
        #expect(PipeTableScanner.delimiterRow(bytes(line)) == alignments)
    }

    @Test("not delimiter rows", arguments: ["", "|", ":", "::", "- -", "-x", "==", "|-|-||", "a|---", ":-:-"])
    func notDelimiterRow(line: String) {
        #expect(PipeTableScanner.delimiterRow(bytes(line)) == nil)
    }

    @Test func anIndentedDelimiterRowIsCode() {
        #expect(match("a\n    |---|") == nil)
        #expect(match("a\n   |---|") != nil)
        #expect(match("a\n\t|---|") == nil)
    }

    @Test func mayContainTableIsACheapFilter() {
        #expect(PipeTableScanner.mayContainTable(lines("a\n--")))
        #expect(PipeTableScanner.mayContainTable(lines("a\nb\n| :-: |")))
        #expect(!PipeTableScanner.mayContainTable(lines("---\nb")))
        #expect(!PipeTableScanner.mayContainTable(lines("a\n|x|")))
    }

    @Test(
        "setext underlines",
        arguments: [
            ("---", true), ("=", true), ("   ===  ", true), ("- -", false), ("-=", false), ("    ---", false),
            ("", false),
        ])
    func setextUnderline(line: String, isUnderline: Bool) {
        let input = PipeTableScanner.Line(bytes: bytes(line), number: 1, column: 1, isLazy: false)
        #expect(PipeTableScanner.isSetextUnderline(input) == isUnderline)
    }

    // MARK: - Cells

    func cellTexts(_ line: String) -> [String] {
        let input = PipeTableScanner.Line(bytes: bytes(line), number: 3, column: 1, isLazy: false)
        var store = CellStore()
        return PipeTableScanner.cells(of: input, store: &store).map { text($0, in: store) }
    }

    @Test(
        "rows split into cells",
        arguments: [
            ("| a | b |", ["a", "b"]),
            ("a | b", ["a", "b"]),
            ("| a |  ", ["a"]),
            ("|a", ["a"]),
            ("a|", ["a"]),
            ("| | |", ["", ""]),
            ("||x||", ["", "x", ""]),
            ("|", []),
            ("a \\| b | c", ["a | b", "c"]),
            ("a \\\\| b", ["a \\| b"]),
            ("`x\\|y` | z", ["`x|y`", "z"]),
            ("`x|y` | z", ["`x", "y`", "z"]),
            ("\ta\t|\tb\t", ["a", "b"]),
            ("| 模型 | 😀 |", ["模型", "😀"]),
        ])
    func cells(line: String, expected: [String]) {
        #expect(cellTexts(line) == expected)
    }

    @Test func aLazyLineKeepsTheBlanksBeforeItsFirstPipe() {
        // cmark keeps a lazy line's leading blanks in the paragraph: the pipe then ends a cell.
        let lazy = PipeTableScanner.Line(bytes: bytes("  | a"), number: 2, column: 1, isLazy: true)
        var store = CellStore()
        #expect(PipeTableScanner.cells(of: lazy, store: &store).map { text($0, in: store) } == ["", "a"])
        let nonLazy = PipeTableScanner.Line(bytes: bytes("  | a"), number: 2, column: 1, isLazy: false)
        #expect(PipeTableScanner.cells(of: nonLazy, store: &store).count == 1)
        #expect(PipeTableScanner.cellCount(of: lazy) == 2 && PipeTableScanner.cellCount(of: nonLazy) == 1)
    }

    @Test(
        "HTML tag lines end a table",
        arguments: [
            ("<span>", true), ("</span>", true), ("<span class=\"x\" data-y='z' hidden>", true), ("<br/>", true),
            ("<img  onerror=y>  ", true), ("<a-b c:d=e>", true),
            ("<span>x</span>", false), ("<a / >", false), ("< a>", false), ("<1a>", false), ("<a b=>", false),
            ("<a b='c>", false), ("</a b>", false), ("x <b>", false),
        ])
    func htmlTagLine(line: String, isTagLine: Bool) {
        #expect(HTMLTagLine.isTagLine(bytes(line)) == isTagLine)
        let input = PipeTableScanner.Line(bytes: bytes(line), number: 1, column: 1, isLazy: false)
        #expect(PipeTableScanner.endsTable(input, isSetextUnderline: false) == isTagLine)
    }

    @Test func continueRowsTakesRowsUntilALineEndsTheTable() throws {
        var found = try #require(match("a|b\n-|-\n===", setext: true))
        #expect(found.endIndex == 3)
        var store = CellStore()
        scanner.continueRows(of: &found, into: lines("c\nd\n    code\ne"), endsInUnderline: false, store: &store)
        #expect(found.rows.count == 3)
        #expect(found.endIndex == 5)
    }

    @Test func continueRowsStopsAtAThematicBreakThatWasAnUnderline() throws {
        var found = try #require(match("a|b\n-|-\n===", setext: true))
        var store = CellStore()
        scanner.continueRows(of: &found, into: lines("c\n---"), endsInUnderline: true, store: &store)
        #expect(found.rows.count == 2)
        #expect(found.endIndex == 4)
    }

    @Test func cellsKnowWhereTheyStart() {
        let line = PipeTableScanner.Line(bytes: bytes("> | a | bb \\| c |"), number: 7, column: 1, isLazy: false)
        let row = PipeTableScanner.Line(bytes: line.bytes.dropFirst(2), number: 7, column: 3, isLazy: false)
        var store = CellStore()
        let cells = PipeTableScanner.cells(of: row, store: &store)
        #expect(cells.map(\.line) == [7, 7])
        #expect(cells.map(\.column) == [5, 9])
    }
}

extension PipeTableScanner.Outcome {
    var isNone: Bool {
        if case .none = self { return true }
        return false
    }
}
