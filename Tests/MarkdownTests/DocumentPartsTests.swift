import Testing

@testable import Markdown

@Suite("Document parts")
struct DocumentPartsTests {
    /// The HTML and diagnostics of `markdown` parsed in `parts` parts (any size is large enough).
    func inParts(_ markdown: String, parts: Int, limits: ParseLimits = ParseLimits()) throws -> (String, [String], Int)
    {
        let sessions = try DocumentParts.parse(
            Array(markdown.utf8), path: "t.md", limits: limits, parts: parts, minimumSize: 0)
        defer { for session in sessions { session.close() } }
        var html: [UInt8] = []
        for session in sessions { BlockBatches().render(session) { html += $0 } }
        return (
            String(decoding: html, as: UTF8.self), sessions.flatMap(\.diagnostics).map(\.description), sessions.count
        )
    }

    func whole(_ markdown: String, limits: ParseLimits = ParseLimits()) throws -> (String, [String]) {
        let document = try MarkdownParser.parse(Array(markdown.utf8), path: "t.md", limits: limits)
        return (document.html, document.diagnostics.map(\.description))
    }

    /// The recorded table cases (those without definitions or CR), one document.
    var cases: String {
        TableCase.all.map(\.markdown).filter { !$0.contains("]:") && !$0.contains("\r") }.joined(separator: "\n\n")
    }

    @Test func partsComeOutAsTheWholeFile() throws {
        let markdown = cases
        let (expected, _) = try whole(markdown)
        var split = 0
        for parts in [2, 3, 5, 8] {
            let (html, diagnostics, sessions) = try inParts(markdown, parts: parts)
            #expect(html == expected, "\(parts) parts")
            if sessions > 1 { split += 1 } else { #expect(!diagnostics.isEmpty || html == expected) }
        }
        #expect(split > 0, "the cases were cut at least once")
    }

    /// Rows that are no table are reported from each part where they are in the file, so they
    /// need no second parse of the whole file.
    @Test func rowsThatAreNoTableAreReportedFromParts() throws {
        let block = "Text.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n| a | b |\n| 1 | 2 |\n\n"
        let markdown = String(repeating: block, count: 30)
        let (expectedHTML, expected) = try whole(markdown)
        let (html, diagnostics, sessions) = try inParts(markdown, parts: 4)
        #expect(sessions > 1 && html == expectedHTML)
        #expect(diagnostics.count == 30 && diagnostics == expected)
    }

    /// Cells past a table's header are reported from each part too, at their lines in the file.
    @Test func cellsPastTheHeaderAreReportedFromParts() throws {
        let block = "Text.\n\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n\n"
        let markdown = String(repeating: block, count: 30)
        let (expectedHTML, expected) = try whole(markdown)
        let (html, diagnostics, sessions) = try inParts(markdown, parts: 4)
        #expect(sessions > 1 && html == expectedHTML)
        #expect(diagnostics.count == 30 && diagnostics == expected)
    }

    @Test func cutsFollowABlankLineAndStartUnindented() throws {
        let bytes = Array(cases.utf8)
        let ranges = try #require(DocumentParts.ranges(of: bytes, parts: 4, minimumSize: 0))
        #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == bytes.count)
        for (before, after) in zip(ranges, ranges.dropFirst()) {
            #expect(before.upperBound == after.lowerBound)
            let cut = after.lowerBound
            let blankBefore = bytes[cut - 2] == 0x0A || bytes[cut - 2] == 0x20 || bytes[cut - 2] == 0x09
            #expect(bytes[cut - 1] == 0x0A && blankBefore)
            #expect(bytes[cut] != 0x20 && bytes[cut] != 0x09 && bytes[cut] != UInt8(ascii: "-"))
        }
    }

    @Test func aFileThatMayDefineReferencesOrHasCRIsParsedWhole() {
        let body = String(repeating: "Text\n\n| a |\n|---|\n| 1 |\n\n", count: 50)
        #expect(DocumentParts.ranges(of: Array(body.utf8), parts: 2, minimumSize: 0) != nil)
        #expect(DocumentParts.ranges(of: Array((body + "[x]: /u\n").utf8), parts: 2, minimumSize: 0) == nil)
        #expect(DocumentParts.ranges(of: Array((body + "a\r\n").utf8), parts: 2, minimumSize: 0) == nil)
        #expect(DocumentParts.ranges(of: Array(body.utf8) + [0xFF], parts: 2, minimumSize: 0) == nil)
        #expect(DocumentParts.ranges(of: Array(body.utf8), parts: 2) == nil, "small files are parsed whole")
    }

    /// Fenced code and HTML blocks run across blank lines: a cut inside one is undone.
    @Test(arguments: ["```\n", "~~~~\n", "<pre>\n", "<!--\n", "<script>\n"])
    func aBlockOpenAcrossTheCutFallsBackToTheWholeFile(_ opener: String) throws {
        let before = String(repeating: "Para\n\n", count: 20)
        let inside = String(repeating: "Line\n\nMore | x\n\n", count: 40)
        let markdown = before + opener + inside
        let (expected, _) = try whole(markdown)
        let (html, _, sessions) = try inParts(markdown, parts: 2)
        #expect(html == expected)
        #expect(sessions == 1)
    }

    @Test func partsPaddingPastTheFilesBudgetFallBackToTheWholeFile() throws {
        let table = "| a | b | c |\n|---|---|---|\n| 1 |\n| 2 |\n"
        let markdown = Array(repeating: table, count: 30).joined(separator: "\nText\n\n")
        let limits = ParseLimits(maxPaddedCells: 100)  // 120 cells are missing in all, 60 in each half
        let (expectedHTML, expectedDiagnostics) = try whole(markdown, limits: limits)
        let (html, diagnostics, sessions) = try inParts(markdown, parts: 2, limits: limits)
        #expect(html == expectedHTML && diagnostics == expectedDiagnostics)
        #expect(sessions == 1 && !diagnostics.isEmpty)
        #expect(try inParts(markdown, parts: 2).2 == 2, "within the budget, the file is cut")
    }
}
