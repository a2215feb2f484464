/// The tags of a template as written, each with where it begins: for the names a template
/// includes (`{{> part}}`), and for messages that point at the tag to fix.
///
/// Tags are found in the UTF-8 bytes as swift-mustache finds them: `{{=<% %>=}}` changes the
/// delimiters for the rest of the section it is in (or of the template).
struct TemplateTags {
    struct Tag: Equatable {
        /// The text between the delimiters, trimmed of spaces and tabs: `#rows`, `> part`, `name`.
        var text: String
        /// UTF-8 offset of the opening delimiter.
        var offset: Int
        /// The delimiters the tag was written with, for quoting it back (`{{` and `}}`).
        var opening: String
        var closing: String

        /// `#`, `^`, `$`, `<`, `/`, `>`, `!`, `=`, `&` or `{`; nil for a variable.
        var sigil: Character? { text.first.flatMap { "#^$</>!=&{".contains($0) ? $0 : nil } }
        /// The name after the sigil: `rows` for `#rows`.
        var name: String { TemplateTags.trimmed(String(sigil == nil ? Substring(text) : text.dropFirst())) }
        var opensSection: Bool { sigil.map { "#^$<".contains($0) } ?? false }
        /// The tag as written, for messages: `{{#rows}}`.
        var quoted: String { opening + text + closing }
    }

    let text: String
    let tags: [Tag]

    init(_ text: String) {
        self.text = text
        tags = Self.scan(text)
    }

    /// Names in `{{>name}}` and `{{<name}}` tags, in order of appearance.
    var includedNames: [String] {
        tags.compactMap { tag in tag.sigil == ">" || tag.sigil == "<" ? tag.name : nil }.filter { !$0.isEmpty }
    }

    /// The first tag that includes `name`.
    func inclusion(of name: String) -> Tag? {
        tags.first { ($0.sigil == ">" || $0.sigil == "<") && $0.name == name }
    }

    /// How sections open and close: the first close that names another section than the one open
    /// (with that one, nil when none is open), or else the innermost section left open at the end.
    enum Nesting: Equatable {
        case wellFormed
        case wrongClose(Tag, open: Tag?)
        case unclosed(Tag)
    }

    var nesting: Nesting {
        var open: [Tag] = []
        for tag in tags {
            if tag.opensSection {
                open.append(tag)
            } else if tag.sigil == "/" {
                guard let last = open.last, last.name == tag.name else { return .wrongClose(tag, open: open.last) }
                open.removeLast()
            }
        }
        return open.last.map { .unclosed($0) } ?? .wellFormed
    }

    /// 1-based line and column (in characters) of a UTF-8 offset.
    func position(of offset: Int) -> (line: Int, column: Int) { Self.position(of: offset, in: text) }

    /// The same in any text (no tags are looked for).
    static func position(of offset: Int, in text: String) -> (line: Int, column: Int) {
        let before = text.utf8.prefix(offset)
        let line = before.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { text.utf8.index(after: $0) } ?? text.startIndex
        let end = text.utf8.index(text.startIndex, offsetBy: offset)
        return (line, text[lineStart..<end].count + 1)
    }

    private static func scan(_ text: String) -> [Tag] {
        var tags: [Tag] = []
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            var (opening, closing) = (Array("{{".utf8), Array("}}".utf8))
            // The delimiters outside each open section, restored when it closes.
            var outside: [([UInt8], [UInt8])] = []
            while let open = find(opening, in: bytes, from: index),
                let close = find(closing, in: bytes, from: open + opening.count)
            {
                var inner = open + opening.count..<close
                index = close + closing.count
                // A triple mustache `{{{name}}}` closes with one more brace.
                if opening == Array("{{".utf8), bytes[inner].first == UInt8(ascii: "{"), index < bytes.count,
                    bytes[index] == UInt8(ascii: "}")
                {
                    index += 1
                    inner = inner.lowerBound..<inner.upperBound + 1
                }
                let tag = Tag(
                    text: trimmed(String(decoding: bytes[inner], as: UTF8.self)), offset: open,
                    opening: String(decoding: opening, as: UTF8.self), closing: String(decoding: closing, as: UTF8.self)
                )
                tags.append(tag)
                if tag.opensSection { outside.append((opening, closing)) }
                if tag.sigil == "/", let restored = outside.popLast() { (opening, closing) = restored }
                if tag.text.count > 2, tag.text.first == "=", tag.text.last == "=" {
                    let parts = tag.text.dropFirst().dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" })
                    if parts.count == 2 { (opening, closing) = (Array(parts[0].utf8), Array(parts[1].utf8)) }
                }
            }
        }
        return tags
    }

    /// The first index at or after `start` where `pattern` occurs.
    private static func find(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = pattern.first else { return nil }
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == first, pattern.indices.allSatisfy({ bytes[index + $0] == pattern[$0] }) { return index }
            index += 1
        }
        return nil
    }

    /// Without leading and trailing spaces and tabs (`CharacterSet.whitespaces`: tab and the
    /// Unicode space separators).
    static func trimmed(_ text: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, isSpace(first) { scalars.removeFirst() }
        while let last = scalars.last, isSpace(last) { scalars.removeLast() }
        return String(scalars)
    }
}
