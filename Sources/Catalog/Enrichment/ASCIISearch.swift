/// Finding ASCII words in text by its UTF-8 bytes. Foundation's `contains` and `range(of:)` go
/// through NSString on Linux, a few microseconds a call: the prose scans ask every paragraph of
/// every document, and were 3 % of `atlas check` at 100 cards.
enum ASCIISearch {
    /// Whether `text` holds `word` (ASCII), letter case ignored when `ignoringCase`.
    static func contains(_ text: String, _ word: StaticString, ignoringCase: Bool = false) -> Bool {
        let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard let first = needle.first else { return true }
        let fold: (UInt8) -> UInt8 = { ignoringCase && (65...90).contains($0) ? $0 | 0x20 : $0 }
        let start = fold(first)
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            var index = 0
            while index + needle.count <= bytes.count {
                if fold(bytes[index]) == start {
                    var offset = 1
                    while offset < needle.count, fold(bytes[index + offset]) == fold(needle[offset]) { offset += 1 }
                    if offset == needle.count { return true }
                }
                index += 1
            }
            return false
        }
    }
}
