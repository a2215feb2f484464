import Foundation

extension StringProtocol {
    /// Where `needle` first occurs, found by comparing UTF-8 bytes (memchr, memcmp). Foundation's
    /// `range(of:)` (and `contains` with a string) goes through NSString on Linux, and was a
    /// visible part of rendering section pages and of reading every table cell. The needles are
    /// ASCII markup (`<h`, `href="#`, ` alt=""`, `[^`), which never occurs inside a multi-byte
    /// character, so the range found is the one a character search finds.
    public func firstRange(ofBytes needle: String) -> Range<Index>? {
        guard !needle.isEmpty else { return startIndex..<startIndex }
        let found = utf8.withContiguousStorageIfAvailable { haystack in
            needle.utf8.withContiguousStorageIfAvailable { needle -> Int? in
                guard let base = haystack.baseAddress, let pattern = needle.baseAddress else { return nil }
                return Self.offset(
                    of: UnsafeBufferPointer(start: pattern, count: needle.count), in: base, haystack.count)
            }
        }
        guard let found else { return utf8.firstRange(of: needle.utf8) }  // not contiguous: rare
        guard let offset = found ?? nil else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }

    private static func offset(of needle: UnsafeBufferPointer<UInt8>, in base: UnsafePointer<UInt8>, _ count: Int)
        -> Int?
    {
        var position = 0
        while position + needle.count <= count {
            let window = count - position - needle.count + 1
            guard let hit = memchr(base + position, Int32(needle[0]), window) else { return nil }
            let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + offset, needle.baseAddress!, needle.count) == 0 { return offset }
            position = offset + 1
        }
        return nil
    }

    /// Whether `needle` occurs, compared as `firstRange(ofBytes:)` compares.
    public func contains(bytes needle: String) -> Bool { firstRange(ofBytes: needle) != nil }
}
