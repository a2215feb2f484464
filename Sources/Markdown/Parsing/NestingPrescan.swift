/// Finds container nesting too deep to parse, before cmark runs: cmark takes seconds and
/// hundreds of megabytes on thousands of lines of deeply nested list markers (`- - - … a`),
/// all of which the depth check after parsing would refuse anyway.
///
/// One pass over the bytes, counting the block quote and list markers that open a line. It
/// counts the depth cmark gives them (a block quote is one level, a list item two: the list and
/// the item), so it never refuses a file that the check after parsing accepts; nesting built up
/// over several lines by indentation is left to that check (it needs as many bytes as levels).
enum NestingPrescan {
    /// The line and byte column of the first marker nested deeper than `limit`, if any.
    static func firstTooDeep(_ bytes: [UInt8], limit: Int) -> (line: Int, column: Int)? {
        firstTooDeep(SourceText(bytes: bytes), limit: limit)
    }

    /// The same, for a text already split into lines.
    static func firstTooDeep(_ text: SourceText, limit: Int) -> (line: Int, column: Int)? {
        for line in 1...text.lineCount {
            let range = text.line(line)
            // Most lines open no container: they are passed over without looking further.
            guard opensContainer(text.bytes, range) else { continue }
            if let column = tooDeepMarker(text.bytes[range], limit: limit) { return (line, column) }
        }
        return nil
    }

    /// Whether the line's first byte after at most 3 blanks can start a block quote or list marker.
    private static func opensContainer(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        var index = line.lowerBound
        while index < line.upperBound, index - line.lowerBound < 4, bytes[index] == space || bytes[index] == tab {
            index += 1
        }
        guard index < line.upperBound, index - line.lowerBound < 4 else { return false }
        switch bytes[index] {
        case UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"), digit0...digit9: return true
        default: return false
        }
    }

    /// The 1-based column of the marker on this line that goes deeper than `limit`.
    private static func tooDeepMarker(_ line: ArraySlice<UInt8>, limit: Int) -> Int? {
        var index = line.startIndex
        var depth = 0
        let breakStart = thematicBreakSuffix(line)
        while index < breakStart {
            var blanks = 0
            while index < line.endIndex, line[index] == space || line[index] == tab, blanks < 4 {
                index += 1
                blanks += 1
            }
            guard index < breakStart, blanks < 4 else { return nil }
            let marker = index
            if line[index] == UInt8(ascii: ">") {
                depth += 1
                index += 1
            } else if let width = listMarkerWidth(line[index...]) {
                depth += 2
                index += width
            } else {
                return nil
            }
            if depth > limit { return marker - line.startIndex + 1 }
        }
        return nil
    }

    /// Where the longest tail of the line made of one of `*`, `-`, `_` and blanks starts: a
    /// thematic break there is no nesting (`- * * * …`). Counting stops there, which can only
    /// count less than cmark nests, never more.
    private static func thematicBreakSuffix(_ line: ArraySlice<UInt8>) -> Int {
        var index = line.endIndex
        var kind: UInt8?
        while index > line.startIndex {
            let byte = line[index - 1]
            if byte == space || byte == tab {
                index -= 1
            } else if kind == nil, byte == UInt8(ascii: "*") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                kind = byte
                index -= 1
            } else if byte == kind {
                index -= 1
            } else {
                break
            }
        }
        return kind == nil ? line.endIndex : index
    }

    /// Bytes of a list marker that is followed by a blank or the end of the line: `-`, `+`,
    /// `*`, or 1 to 9 digits and `.` or `)`.
    private static func listMarkerWidth(_ rest: ArraySlice<UInt8>) -> Int? {
        guard let width = ListMarker.width(rest) else { return nil }
        let index = rest.startIndex + width
        guard index == rest.endIndex || rest[index] == space || rest[index] == tab else { return nil }
        return width
    }

    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
    private static let digit0 = UInt8(ascii: "0"), digit9 = UInt8(ascii: "9")
}
