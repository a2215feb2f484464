/// Spellings of model and benchmark names, each with the page it links to, found in HTML text
/// word by word. At each word the text is hashed byte by byte up to the longest spelling, and only
/// where a name could end (a word boundary) is the hash looked up, so a text costs its length times
/// the longest spelling, never times the number of names (a large catalog has thousands of names
/// that begin with the same word). Spellings are compared as written (escaped as HTML).
struct NameIndex: Sendable {
    /// The page of each spelling (its bytes).
    private var pages: [[UInt8]: String] = [:]
    /// `wordHash` of every spelling, one bit each (a bit may stand for several): rules out a
    /// candidate without copying its bytes. A bit, not a set: it is asked at every byte scanned,
    /// and a set hashed the hash again each time.
    private var hashBits: [UInt64] = []
    private var hashMask = 0
    private var longest = 0

    var isEmpty: Bool { pages.isEmpty }

    /// `spellings` maps each spelling to the pages it names; one naming several is left out.
    init(_ spellings: [String: Set<String>]) {
        for (spelling, hrefs) in spellings where hrefs.count == 1 {
            let bytes = Array(HTMLEscaping.escape(spelling).utf8)
            guard let first = bytes.first, Self.isWord(first) else { continue }
            pages[bytes] = hrefs.first!
            longest = max(longest, bytes.count)
        }
        // About 32 bits per spelling: one candidate in 30 that is no spelling is looked up.
        var bits = 1 << 12
        while bits < pages.count * 32 { bits <<= 1 }
        hashBits = Array(repeating: 0, count: bits / 64)
        hashMask = bits - 1
        for bytes in pages.keys {
            let bit = Int(truncatingIfNeeded: Self.wordHash(bytes)) & hashMask
            hashBits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    private func mayBeSpelling(_ hash: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: hash) & hashMask
        return hashBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The first spelling in `text[range]` that stands as a name of its own (not part of a longer
    /// word, `DeepSeek-V3` is not found in `DeepSeek-V3.1`), and where it is; at one place the
    /// longest spelling wins.
    func firstMatch(in text: [UInt8], _ range: Range<Int>, skipping: Set<String> = [])
        -> (range: Range<Int>, href: String)?
    {
        // One unsafe view for the whole scan: passing the array to each helper per byte cost a
        // retain and a release each time.
        text.withUnsafeBufferPointer { firstMatch(in: $0, range, skipping: skipping) }
    }

    private func firstMatch(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, skipping: Set<String>)
        -> (range: Range<Int>, href: String)?
    {
        var start = range.lowerBound
        while start < range.upperBound {
            guard Self.isWord(text[start]), !Self.continuesWord(text, before: start, from: range.lowerBound),
                !Self.isInReference(text, at: start)
            else {
                start += 1
                continue
            }
            if let found = longestName(in: text, at: start, before: range.upperBound, skipping: skipping) {
                return found
            }
            while start < range.upperBound, Self.isWord(text[start]) { start += 1 }
        }
        return nil
    }

    /// The longest spelling that starts at `start` and ends at a word boundary.
    private func longestName(
        in text: UnsafeBufferPointer<UInt8>, at start: Int, before end: Int, skipping: Set<String>
    ) -> (range: Range<Int>, href: String)? {
        var hash = Self.hashSeed
        var ends: [Int] = []
        var stop = start
        while stop < min(end, start + longest) {
            hash = Self.hashStep(hash, text[stop])
            stop += 1
            if mayBeSpelling(hash), !Self.continuesWord(text, after: stop, to: end) { ends.append(stop) }
        }
        for stop in ends.reversed() {
            guard let href = pages[Array(text[start..<stop])], !skipping.contains(href) else { continue }
            return (start..<stop, href)
        }
        return nil
    }

    /// Whether a word starts a character reference's name (`&amp;`, `&#39;`, `&#x27;`): the
    /// text is HTML, so a model named `amp` or `39` is never linked inside one (it broke `R&amp;D`).
    private static func isInReference(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start > 0 else { return false }
        if text[start - 1] == UInt8(ascii: "&") { return true }
        return start > 1 && text[start - 1] == UInt8(ascii: "#") && text[start - 2] == UInt8(ascii: "&")
    }

    /// FNV-1a of a spelling's bytes, computed a byte at a time while scanning.
    static func wordHash<Word: Sequence<UInt8>>(_ word: Word) -> UInt64 { word.reduce(hashSeed, hashStep) }
    private static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325
    private static func hashStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }

    /// Letters, digits and any non-ASCII byte (CJK names).
    static func isWord(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
    }

    /// Whether a word goes on at `index` (directly, or after `-` or `.` joining two words). A
    /// footnote mark or an arrow right after a name ends it (`Mistral-7B†`, `Error↓`), though
    /// other non-ASCII text goes on (CJK names).
    private static func continuesWord(_ text: UnsafeBufferPointer<UInt8>, after index: Int, to end: Int) -> Bool {
        guard index < end else { return false }
        if isMark(text, at: index, before: end) { return false }
        if isWord(text[index]) { return true }
        let joiner = text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: ".")
        return joiner && index + 1 < end && isWord(text[index + 1])
    }

    /// `†`, `‡`, `§`, superscript digits and arrows, in UTF-8.
    private static func isMark(_ text: UnsafeBufferPointer<UInt8>, at index: Int, before end: Int) -> Bool {
        switch text[index] {
        case 0xC2:
            // `§`, `²`, `³`, `¹`.
            return index + 1 < end && [0xA7, 0xB2, 0xB3, 0xB9].contains(text[index + 1])
        case 0xE2:
            guard index + 2 < end else { return false }
            let (second, third) = (text[index + 1], text[index + 2])
            // `†`, `‡`; superscripts `⁰` to `⁹`; arrows `←` to `↓`.
            return (second == 0x80 && (third == 0xA0 || third == 0xA1))
                || (second == 0x81 && (0xB0...0xB9).contains(third))
                || (second == 0x86 && (0x90...0x93).contains(third))
        default:
            return false
        }
    }

    /// Whether a word ends just before `index` (directly, or through a `-` or `.`).
    private static func continuesWord(_ text: UnsafeBufferPointer<UInt8>, before index: Int, from start: Int) -> Bool {
        guard index > start else { return false }
        if isWord(text[index - 1]) { return true }
        let joiner = text[index - 1] == UInt8(ascii: "-") || text[index - 1] == UInt8(ascii: ".")
        return joiner && index - 2 >= start && isWord(text[index - 2])
    }
}
