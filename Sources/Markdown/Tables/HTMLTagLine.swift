/// Recognises the start of an HTML block of CommonMark's kind 7: a line holding one complete
/// open or closing tag and nothing else (`<span class="x">`, `</span>`).
///
/// Such a block cannot interrupt a paragraph, so cmark folds the line into the paragraph of a
/// table; but a table is no paragraph, and in GFM the line ends the table. Tags of the other
/// kinds (`<div>`, `<script>`, `<!--`) interrupt paragraphs and never reach the scanner.
/// The grammar is cmark's (scanners.re: `opentag`, `closetag`).
enum HTMLTagLine {
    static func isTagLine(_ bytes: Bytes) -> Bool {
        var index = bytes.startIndex
        guard take(UInt8(ascii: "<"), in: bytes, at: &index) else { return false }
        let isClosing = take(UInt8(ascii: "/"), in: bytes, at: &index)
        guard tagName(in: bytes, at: &index) else { return false }
        if isClosing {
            skipBlanks(in: bytes, at: &index)
        } else {
            while attribute(in: bytes, at: &index) {}
            skipBlanks(in: bytes, at: &index)
            _ = take(UInt8(ascii: "/"), in: bytes, at: &index)
        }
        guard take(UInt8(ascii: ">"), in: bytes, at: &index) else { return false }
        return bytes[index...].allSatisfy(PipeTableScanner.isWhitespace)
    }

    // MARK: - Grammar

    /// `[A-Za-z][A-Za-z0-9-]*`
    private static func tagName(in bytes: Bytes, at index: inout Int) -> Bool {
        guard index < bytes.endIndex, isLetter(bytes[index]) else { return false }
        index += 1
        while index < bytes.endIndex,
            isLetter(bytes[index]) || isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "-")
        {
            index += 1
        }
        return true
    }

    /// Blanks, a name `[A-Za-z_:][A-Za-z0-9_.:-]*`, and optionally `=` and a value. Moves `index`
    /// only when it finds one.
    private static func attribute(in bytes: Bytes, at index: inout Int) -> Bool {
        var cursor = index
        guard skipBlanks(in: bytes, at: &cursor) > 0, cursor < bytes.endIndex,
            isLetter(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "_") || bytes[cursor] == UInt8(ascii: ":")
        else { return false }
        cursor += 1
        while cursor < bytes.endIndex,
            isLetter(bytes[cursor]) || isDigit(bytes[cursor]) || "_.:-".utf8.contains(bytes[cursor])
        {
            cursor += 1
        }
        var valueStart = cursor
        skipBlanks(in: bytes, at: &valueStart)
        if take(UInt8(ascii: "="), in: bytes, at: &valueStart) {
            skipBlanks(in: bytes, at: &valueStart)
            guard value(in: bytes, at: &valueStart) else { return false }
            cursor = valueStart
        }
        index = cursor
        return true
    }

    /// An unquoted value, or one in single or double quotes.
    private static func value(in bytes: Bytes, at index: inout Int) -> Bool {
        guard index < bytes.endIndex else { return false }
        let quote = bytes[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            guard let end = bytes[(index + 1)...].firstIndex(of: quote) else { return false }
            index = end + 1
            return true
        }
        let start = index
        while index < bytes.endIndex, !PipeTableScanner.isWhitespace(bytes[index]),
            !"\"'=<>`".utf8.contains(bytes[index])
        {
            index += 1
        }
        return index > start
    }

    @discardableResult
    private static func skipBlanks(in bytes: Bytes, at index: inout Int) -> Int {
        let start = index
        while index < bytes.endIndex, PipeTableScanner.isWhitespace(bytes[index]) { index += 1 }
        return index - start
    }

    private static func take(_ byte: UInt8, in bytes: Bytes, at index: inout Int) -> Bool {
        guard index < bytes.endIndex, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
