import Foundation
import Markdown

/// Ids for the data cells of a rendered table, so that a source link lands on the very number
/// (`t3-r5-c2`: the page's third table, its fifth data row, second column, all counted from 1).
/// They depend only on the table's place on its page, so they are the same every build.
enum TableCellAnchors {
    static func id(table: Int, row: Int, column: Int) -> String {
        HeadingIDs.cellID(table: table, row: row, column: column)
    }

    /// `html` (a table as the Markdown module renders it) with an id on every `<td>`. Cell text
    /// is escaped, so a `<` in the markup always opens a tag, followed by an ASCII byte: the
    /// tags are found in the UTF-8 bytes (memchr), where searching characters was a visible part
    /// of rendering section pages.
    static func adding(table: Int, to html: String) -> String {
        var text = html
        let anchored: String? = text.withUTF8 { bytes in
            guard let body = bytes.firstOffset(of: Array("<tbody>".utf8)) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count * 5 / 4)
            var start = body + "<tbody>".utf8.count
            output += bytes[..<start]
            var row = 0
            var column = 0
            let tablePrefix = Array("<td id=\"t\(table)-r".utf8)
            while let tag = bytes.firstOffset(of: UInt8(ascii: "<"), from: start) {
                if bytes.hasPrefix("<tr>", at: tag) {
                    row += 1
                    column = 0
                } else if bytes.hasPrefix("<td>", at: tag) || bytes.hasPrefix("<td ", at: tag) {
                    column += 1
                    output += bytes[start..<tag]
                    output += tablePrefix
                    output += String(row).utf8
                    output += "-c".utf8
                    output += String(column).utf8
                    output.append(UInt8(ascii: "\""))
                    start = tag + 3
                    continue
                }
                output += bytes[start...tag]
                start = tag + 1
            }
            output += bytes[start...]
            return String(decoding: output, as: UTF8.self)
        }
        return anchored ?? html
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The offset of the first `byte` at or after `start` (memchr).
    fileprivate func firstOffset(of byte: UInt8, from start: Int) -> Int? {
        guard start < count, let base = baseAddress, let hit = memchr(base + start, Int32(byte), count - start)
        else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// The offset where `needle` first occurs.
    fileprivate func firstOffset(of needle: [UInt8]) -> Int? {
        var start = 0
        while let hit = firstOffset(of: needle[0], from: start) {
            if hasPrefix(needle, at: hit) { return hit }
            start = hit + 1
        }
        return nil
    }

    /// Whether the bytes at `offset` begin with `prefix` (ASCII).
    fileprivate func hasPrefix(_ prefix: StaticString, at offset: Int) -> Bool {
        hasPrefix(UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount), at: offset)
    }

    fileprivate func hasPrefix(_ prefix: some Collection<UInt8>, at offset: Int) -> Bool {
        guard offset + prefix.count <= count else { return false }
        return zip(self[offset...], prefix).allSatisfy { $0 == $1 }
    }
}
