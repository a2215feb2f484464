import Testing

@testable import Markdown

@Suite("Limits and bad input")
struct LimitsTests {
    func diagnostic(parsing bytes: [UInt8], path: String = "big.md", limits: ParseLimits) -> Diagnostic? {
        do {
            _ = try MarkdownParser.parse(bytes, path: path, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    // MARK: - File size

    @Test func aFileOverTheSizeLimitIsRefusedAtItsFirstLine() throws {
        let error = try #require(diagnostic(parsing: Array("# 12345678\n".utf8), limits: ParseLimits(maxFileSize: 10)))
        #expect(error.severity == .error)
        #expect(error.location == Markdown.SourceLocation(path: "big.md", line: 1, column: 1))
        #expect(error.message.contains("11 bytes"))
        #expect(error.message.contains("10 bytes"))
        #expect(error.description.hasPrefix("big.md:1:1: error: "))
    }

    @Test func aFileAtTheSizeLimitIsParsed() throws {
        #expect(diagnostic(parsing: Array("# 1234567\n".utf8), limits: ParseLimits(maxFileSize: 10)) == nil)
    }

    // MARK: - Nesting

    @Test func nestingDeeperThanTheLimitIsRefusedWhereItGoesTooDeep() throws {
        // 30 nested quotes; the 21st opens at column 41 (each `> ` is two bytes).
        let deep = Array((String(repeating: "> ", count: 30) + "a\n").utf8)
        let error = try #require(diagnostic(parsing: deep, path: "deep.md", limits: ParseLimits(maxNestingDepth: 20)))
        #expect(error.severity == .error)
        #expect(error.location == Markdown.SourceLocation(path: "deep.md", line: 1, column: 41))
        #expect(error.message.contains("more than 20 levels"))
    }

    @Test func nestingAtTheLimitIsRead() throws {
        // Document, 18 quotes, a paragraph and its text: 20 levels below the document node's own.
        let deep = Array((String(repeating: "> ", count: 18) + "a\n").utf8)
        #expect(diagnostic(parsing: deep, limits: ParseLimits(maxNestingDepth: 20)) == nil)
        let deeper = Array((String(repeating: "> ", count: 19) + "a\n").utf8)
        #expect(diagnostic(parsing: deeper, limits: ParseLimits(maxNestingDepth: 20)) != nil)
    }

    @Test func deepEmphasisCountsToo() throws {
        let emphasis = Array(
            (String(repeating: "*a ", count: 40) + "b" + String(repeating: " a*", count: 40) + "\n").utf8)
        #expect(diagnostic(parsing: emphasis, limits: ParseLimits(maxNestingDepth: 20)) != nil)
        #expect(diagnostic(parsing: emphasis, limits: ParseLimits()) == nil)
    }

    // MARK: - Invalid UTF-8

    @Test func invalidUTF8IsReplacedAndReportedWhereItIs() throws {
        let bytes = Array("ab\n".utf8) + [0xFF] + Array("c\n| a | x".utf8) + [0xC3] + Array(" |\n|---|---|\n".utf8)
        let document = try MarkdownParser.parse(bytes, path: "bad.md")
        #expect(
            document.diagnostics.map(\.description) == [
                "bad.md:2:1: warning: invalid UTF-8 at byte offset 3, replaced with U+FFFD (save the file as UTF-8)",
                "bad.md:3:8: warning: invalid UTF-8 at byte offset 13, replaced with U+FFFD (save the file as UTF-8)",
            ])
        #expect(document.html.hasPrefix("<p>ab\n\u{FFFD}c</p>\n"))
        let table = try #require(tables(in: document.blocks).first)
        #expect(table.header.map(\.source) == ["a", "x\u{FFFD}"])
        #expect(table.header.map(\.location.column) == [3, 7])
    }

    @Test func nulBytesAreReplacedAndReportedWhereTheyAre() throws {
        let bytes = Array("a".utf8) + [0] + Array("b\n| x".utf8) + [0] + Array(" |\n|---|\n".utf8)
        let document = try MarkdownParser.parse(bytes, path: "nul.md")
        #expect(
            document.diagnostics.map(\.description) == [
                "nul.md:1:2: warning: NUL byte at byte offset 1, replaced with U+FFFD (remove it from the file)",
                "nul.md:2:4: warning: NUL byte at byte offset 7, replaced with U+FFFD (remove it from the file)",
            ])
        #expect(document.html.hasPrefix("<p>a\u{FFFD}b</p>\n"))
        #expect(try #require(tables(in: document.blocks).first).header.map(\.source) == ["x\u{FFFD}"])
    }

    @Test func manyNULBytesAreSummarised() throws {
        let document = try MarkdownParser.parse([UInt8](repeating: 0, count: 25) + [10], path: "nul.md")
        #expect(document.diagnostics.count == 11)
        #expect(document.diagnostics.contains { $0.message.hasPrefix("15 more NUL bytes") })
    }

    @Test func manyInvalidSequencesAreSummarised() throws {
        let bytes = [UInt8](repeating: 0x80, count: 25) + Array("\n".utf8)
        let document = try MarkdownParser.parse(bytes, path: "bad.md")
        #expect(document.diagnostics.count == 11)
        #expect(document.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(document.diagnostics.contains { $0.message.hasPrefix("15 more invalid UTF-8 sequences") })
        #expect(document.html == "<p>" + String(repeating: "\u{FFFD}", count: 25) + "</p>\n")
    }

    @Test func repairKeepsValidInputAsItIs() {
        let valid = Array("模型 é 😀\n".utf8)
        let (bytes, bad) = UTF8Repair.repair(valid)
        #expect(bytes == valid)
        #expect(bad.isEmpty)
        let truncated = UTF8Repair.repair(Array("é".utf8).dropLast() + Array("x".utf8))
        #expect(truncated.bytes == [0xEF, 0xBF, 0xBD] + Array("x".utf8))
        #expect(truncated.badOffsets == [0])
    }

    @Test func validationAgreesWithTheStandardLibrary() {
        // Sequences of every kind, valid and not, between runs of ASCII long and short.
        let pieces: [[UInt8]] = [
            Array("plain text, long enough to fill words ".utf8), Array("a".utf8), [0x7F],
            Array("é".utf8), Array("模".utf8), Array("😀".utf8), [0xC2, 0x80], [0xDF, 0xBF], [0xEF, 0xBF, 0xBF],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF],
            [0xED, 0xA0, 0x80], [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
            [0x80], [0xBF], [0xFF], [0xE6, 0xA8], [0xF0, 0x9F, 0x98], [0xE6, 0x41, 0x41],
        ]
        var generator = SystemRandomNumberGenerator()
        var valid = 0
        for _ in 0..<5_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...6, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            let expected = (try? UTF8Span(validating: bytes.span)) != nil
            #expect(bytes.withUnsafeBufferPointer(UTF8Repair.isValid) == expected, "\(bytes)")
            if expected { valid += 1 }
        }
        #expect(valid > 500 && valid < 4_500)  // both kinds were tried
    }

    // MARK: - Table size

    @Test func aTableWiderThanTheLimitStaysTextWithAnError() throws {
        let markdown = "| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |\n"
        let document = try parse(markdown, limits: ParseLimits(maxTableColumns: 2))
        #expect(tables(in: document.blocks).isEmpty)
        #expect(document.html.hasPrefix("<p>| a | b | c |\n|---|---|---|"))
        let error = try #require(document.diagnostics.first)
        #expect(error.severity == .error)
        #expect(error.location == Markdown.SourceLocation(path: "t.md", line: 2, column: 1))
        #expect(error.message.contains("3 columns"))
        #expect(try tables(in: parse(markdown, limits: ParseLimits(maxTableColumns: 3)).blocks).count == 1)
    }

    @Test func paddingBeyondTheLimitCutsTheTableWithAnError() throws {
        let markdown = "| a | b | c |\n|---|---|---|\n| 1 |\n| 2 |\n| 3 |\n"
        let document = try parse(markdown, limits: ParseLimits(maxPaddedCells: 5))
        let table = try #require(tables(in: document.blocks).first)
        #expect(table.rows.map { $0[0].source } == ["1", "2"])
        #expect(document.diagnostics.map(\.severity) == [.error])
        #expect(document.diagnostics.first?.location.line == 5)
        #expect(!document.html.contains("<td>3</td>"))
    }

    @Test func thePaddingLimitCountsTheWholeDocument() throws {
        let table = "| a | b | c |\n|---|---|---|\n| 1 |\n| 2 |\n"
        let document = try parse(table + "\n" + table, limits: ParseLimits(maxPaddedCells: 6))
        #expect(tables(in: document.blocks).map(\.rows.count) == [2, 1])
        #expect(document.diagnostics.map(\.location.line) == [9])
    }

    // MARK: - Quadratic inputs

    @Test func aParagraphOfThousandsOfTablesAndCodeLinesIsReadInOnePass() throws {
        // Each table is ended by an indented line (code in GFM): once parsed again per table, this
        // paragraph took quadratic time; now each piece of it is parsed once.
        let markdown = String(repeating: "| a | b |\n|---|---|\n| 1 | 2 |\n    x\n", count: 4_000)
        let document = try parse(markdown)
        #expect(document.diagnostics.isEmpty)
        let found = tables(in: document.blocks)
        #expect(found.count == 4_000)
        #expect(found.allSatisfy { $0.rows.map { $0.map(\.source) } == [["1", "2"]] })
        let code = document.blocks.filter {
            if case .codeBlock(_, "x\n") = $0.kind { return true } else { return false }
        }
        #expect(code.count == 4_000)
        #expect(document.blocks.last?.range.start.line == 16_000)
    }
}

/// Nesting refused before cmark parses: thousands of lines of deep list markers cost cmark
/// seconds and hundreds of megabytes before the check after parsing could refuse them.
@Suite("Nesting pre-scan")
struct NestingPrescanTests {
    @Test func deepListMarkersAreFoundWhereTheyGoTooDeep() {
        // Each item is two levels (list and item): the 11th marker, at column 21, is level 21.
        let found = NestingPrescan.firstTooDeep(
            Array(("a\n" + String(repeating: "- ", count: 30) + "x\n").utf8), limit: 20)
        #expect(found.map { [$0.line, $0.column] } == [2, 21])
    }

    @Test func quotesCountOneLevelEach() {
        let deep = Array((String(repeating: "> ", count: 30) + "a\n").utf8)
        #expect(NestingPrescan.firstTooDeep(deep, limit: 20).map { [$0.line, $0.column] } == [1, 41])
        #expect(NestingPrescan.firstTooDeep(Array((String(repeating: "> ", count: 20) + "a\n").utf8), limit: 20) == nil)
    }

    @Test func thematicBreaksAndTextAreNoNesting() {
        let lines = [String(repeating: "* ", count: 300), "- " + String(repeating: "- ", count: 300), "a - - - - b"]
        for line in lines {
            #expect(NestingPrescan.firstTooDeep(Array((line + "\n").utf8), limit: 20) == nil, "\(line.prefix(12))")
        }
    }

    /// The pre-scan never refuses what the check after parsing accepts.
    @Test(arguments: ["- - - a\n", "> - > 1. a\n", "1. 2) - a\n", "-\t-\t- a\n", "- -    - a\n"])
    func itCountsNoMoreThanCmarkNests(markdown: String) throws {
        let bytes = Array(markdown.utf8)
        for limit in 1...12 where NestingPrescan.firstTooDeep(bytes, limit: limit) != nil {
            #expect(throws: Diagnostic.self, "limit \(limit)") {
                try MarkdownParser.parse(
                    bytes + Array(String(repeating: " ", count: 20).utf8), path: "t.md",
                    limits: ParseLimits(maxNestingDepth: limit))
            }
        }
    }

    @Test func aDeepFileIsRefusedBeforeParsingAtItsPlace() throws {
        let deep = Array(String(repeating: String(repeating: "- ", count: 200) + "a\n", count: 50).utf8)
        do {
            _ = try MarkdownParser.parse(deep, path: "deep.md", limits: ParseLimits(maxNestingDepth: 256))
            Issue.record("not refused")
        } catch {
            #expect(error.description.hasPrefix("deep.md:1:257: error: blocks or inlines nest more than 256 levels"))
        }
    }
}
