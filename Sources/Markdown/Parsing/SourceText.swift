#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of a markdown text split into lines, and where those lines sit in the real file.
///
/// Atlas parses some pieces of a file again on their own (cells, text around tables); such a
/// piece knows its offset so that every location still points into the original file.
struct SourceText {
    let bytes: [UInt8]
    /// `lineStarts[i]` is the byte offset where line `i + 1` starts.
    private(set) var lineStarts: [Int]
    /// Added to a line number of this text to give the line number in the file.
    let lineOffset: Int
    /// Added to columns (approximately: container markers may differ from line to line).
    let columnOffset: Int

    init(bytes: [UInt8], lineOffset: Int = 0, columnOffset: Int = 0) {
        self.bytes = bytes
        self.lineOffset = lineOffset
        self.columnOffset = columnOffset
        lineStarts = Self.lineStarts(bytes)
    }

    /// Offsets where lines start. `\n`, `\r\n` and a lone `\r` end lines, as in CommonMark;
    /// files without `\r` take a memchr-speed path.
    private static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
            let hasCarriageReturn = memchr(base, 0x0D, buffer.count) != nil
            if !hasCarriageReturn {
                var cursor = base
                let end = base + buffer.count
                while cursor < end, let found = memchr(cursor, 0x0A, end - cursor) {
                    let newline = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
                    starts.append(newline - base + 1)
                    cursor = newline + 1
                }
                return
            }
            var index = 0
            while index < buffer.count {
                let byte = buffer[index]
                if byte == 0x0A {
                    starts.append(index + 1)
                } else if byte == 0x0D {
                    let next = index + 1 < buffer.count && buffer[index + 1] == 0x0A ? index + 2 : index + 1
                    starts.append(next)
                    index = next - 1
                }
                index += 1
            }
        }
        return starts
    }

    var lineCount: Int { lineStarts.count }

    /// The byte range of 1-based line `number`, without its line ending.
    func line(_ number: Int) -> Range<Int> {
        guard number >= 1, number <= lineStarts.count else { return 0..<0 }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return start..<end
    }

    /// The 1-based line and column of a byte offset.
    func position(ofByte offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return (low + 1 + lineOffset, offset - lineStarts[low] + 1 + columnOffset)
    }
}
