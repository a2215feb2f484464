/// The bytes of a markdown text split into lines, and where those lines sit in the real file.
///
/// Atlas parses some pieces of a file again on their own (cells, text around tables); such a
/// piece knows its offset so that every location still points into the original file.
struct SourceText {
    let bytes: [UInt8]
    /// `lineStarts[i]` is the byte offset where line `i + 1` starts.
    private(set) var lineStarts: [Int] = [0]
    /// Added to a line number of this text to give the line number in the file.
    let lineOffset: Int
    /// Added to columns (approximately: container markers may differ from line to line).
    let columnOffset: Int

    init(bytes: [UInt8], lineOffset: Int = 0, columnOffset: Int = 0) {
        self.bytes = bytes
        self.lineOffset = lineOffset
        self.columnOffset = columnOffset
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                lineStarts.append(index + 1)
            } else if byte == UInt8(ascii: "\r") {
                let next = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? index + 2 : index + 1
                lineStarts.append(next)
                index = next - 1
            }
            index += 1
        }
    }

    var lineCount: Int { lineStarts.count }

    /// The bytes of 1-based line `number`, without its line ending.
    func line(_ number: Int) -> ArraySlice<UInt8> {
        guard number >= 1, number <= lineStarts.count else { return [] }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return bytes[start..<end]
    }

    /// The 1-based line and column of a byte offset.
    func position(ofByte offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return (low + 1 + lineOffset, offset - lineStarts[low] + 1 + columnOffset)
    }
}
