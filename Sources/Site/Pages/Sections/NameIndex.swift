/// Spellings of model and benchmark names, each with the page it links to, found in HTML text
/// word by word: a spelling is looked up by its first word, so a text costs its length, not
/// its length times the number of names. Spellings are compared as written (escaped as HTML).
struct NameIndex: Sendable {
    struct Entry: Sendable {
        var spelling: [UInt8]
        var href: String
    }

    /// Entries by the bytes of their first word, longest spelling first.
    private var byFirstWord: [[UInt8]: [Entry]] = [:]

    var isEmpty: Bool { byFirstWord.isEmpty }

    /// `spellings` maps each spelling to the pages it names; one naming several is left out.
    init(_ spellings: [String: Set<String>]) {
        for (spelling, hrefs) in spellings where hrefs.count == 1 {
            let bytes = Array(HTMLEscaping.escape(spelling).utf8)
            let word = bytes.prefix(while: Self.isWord)
            guard !word.isEmpty else { continue }
            byFirstWord[Array(word), default: []].append(Entry(spelling: bytes, href: hrefs.first!))
        }
        for key in byFirstWord.keys {
            // Longest first; equal lengths in byte order, so every build tries them alike.
            byFirstWord[key]!.sort {
                $0.spelling.count != $1.spelling.count
                    ? $0.spelling.count > $1.spelling.count : $0.spelling.lexicographicallyPrecedes($1.spelling)
            }
        }
    }

    /// The first spelling in `text[range]` that stands as a name of its own (not part of a longer
    /// word, `DeepSeek-V3` is not found in `DeepSeek-V3.1`), and where it is.
    func firstMatch(in text: [UInt8], _ range: Range<Int>, skipping: Set<String> = [])
        -> (range: Range<Int>, href: String)?
    {
        var start = range.lowerBound
        while start < range.upperBound {
            guard Self.isWord(text[start]), !Self.continuesWord(text, before: start, from: range.lowerBound) else {
                start += 1
                continue
            }
            var end = start
            while end < range.upperBound, Self.isWord(text[end]) { end += 1 }
            for entry in byFirstWord[Array(text[start..<end])] ?? [] where !skipping.contains(entry.href) {
                let stop = start + entry.spelling.count
                guard stop <= range.upperBound, text[start..<stop].elementsEqual(entry.spelling),
                    !Self.continuesWord(text, after: stop, to: range.upperBound)
                else { continue }
                return (start..<stop, entry.href)
            }
            start = end
        }
        return nil
    }

    /// Letters, digits and any non-ASCII byte (CJK names).
    static func isWord(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
    }

    /// Whether a word goes on at `index` (directly, or after `-` or `.` joining two words).
    private static func continuesWord(_ text: [UInt8], after index: Int, to end: Int) -> Bool {
        guard index < end else { return false }
        if isWord(text[index]) { return true }
        let joiner = text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: ".")
        return joiner && index + 1 < end && isWord(text[index + 1])
    }

    /// Whether a word ends just before `index` (directly, or through a `-` or `.`).
    private static func continuesWord(_ text: [UInt8], before index: Int, from start: Int) -> Bool {
        guard index > start else { return false }
        if isWord(text[index - 1]) { return true }
        let joiner = text[index - 1] == UInt8(ascii: "-") || text[index - 1] == UInt8(ascii: ".")
        return joiner && index - 2 >= start && isWord(text[index - 2])
    }
}
