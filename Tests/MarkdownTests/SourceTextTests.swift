import Testing

@testable import Markdown

@Suite("Source text")
struct SourceTextTests {
    @Test(
        "lines end at LF, CRLF or CR",
        arguments: [
            ("a\nb\n", ["a", "b", ""]),
            ("a\r\nb", ["a", "b"]),
            ("a\rb\r\n\rc", ["a", "b", "", "c"]),
            ("", [""]),
        ])
    func lines(text: String, expected: [String]) {
        let source = SourceText(bytes: Array(text.utf8))
        #expect(source.lineCount == expected.count)
        #expect(
            (1...source.lineCount).map { String(decoding: source.bytes[source.line($0)], as: UTF8.self) } == expected)
        #expect(source.line(0).isEmpty && source.line(source.lineCount + 1).isEmpty)
    }

    @Test func positionsOfBytes() {
        let source = SourceText(bytes: Array("ab\r\nc\ndé".utf8))
        #expect(source.position(ofByte: 0) == (1, 1))
        #expect(source.position(ofByte: 4) == (2, 1))
        #expect(source.position(ofByte: 7) == (3, 2))
    }

    @Test func offsetsMapAPieceBackToTheFile() {
        let piece = SourceText(bytes: Array("x\ny".utf8), lineOffset: 9, columnOffset: 2)
        #expect(piece.position(ofByte: 2) == (11, 3))
    }
}
