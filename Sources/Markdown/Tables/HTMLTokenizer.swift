/// Splits HTML into tags, text and comments, forgivingly, as a browser reads a model card's
/// table: a `<` that starts no tag is text, attribute values may be quoted or not, names are
/// lowercased. Only what a table's layout needs is kept: tag names and attributes.
struct HTMLTokenizer {
    struct Tag {
        var name: String
        var isClosing: Bool
        var isSelfClosing: Bool
        var attributes: [String: String]
    }

    enum Token {
        case tag(Tag)
        case text(String)
        case comment
    }

    let text: [UInt8]
    /// Where the next token starts.
    private(set) var position: Int

    init(text: [UInt8], position: Int = 0) {
        self.text = text
        self.position = position
    }

    /// The next token and the offset it starts at; nil at the end.
    mutating func next() -> (token: Token, offset: Int)? {
        guard position < text.count else { return nil }
        let start = position
        if text[position] == UInt8(ascii: "<") {
            if starts(with: "<!--") {
                position = find("-->", from: position + 4).map { $0 + 3 } ?? text.count
                return (.comment, start)
            }
            if let tag = readTag() { return (.tag(tag), start) }
            position = start + 1
            return (.text("<"), start)
        }
        while position < text.count, text[position] != UInt8(ascii: "<") { position += 1 }
        return (.text(String(decoding: text[start..<position], as: UTF8.self)), start)
    }

    private func starts(with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard position + count <= text.count else { return false }
        return prefix.withUTF8Buffer { text[position..<(position + count)].elementsEqual($0) }
    }

    private func find(_ needle: StaticString, from: Int) -> Int? {
        needle.withUTF8Buffer { needle in
            var index = from
            while index + needle.count <= text.count {
                if text[index..<(index + needle.count)].elementsEqual(needle) { return index }
                index += 1
            }
            return nil
        }
    }

    /// A tag at `position` (its `<`), or nil (and `position` unchanged) when no name follows.
    /// Once a name does, the tag runs to its `>` whatever comes between, as in a browser: nothing
    /// is read twice, so a run of unclosed tags costs its length once.
    private mutating func readTag() -> Tag? {
        var index = position + 1
        let isClosing = index < text.count && text[index] == UInt8(ascii: "/")
        if isClosing { index += 1 }
        let nameStart = index
        while index < text.count, Self.isNameByte(text[index]) { index += 1 }
        guard index > nameStart, Self.isLetter(text[nameStart]) else { return nil }
        var tag = Tag(
            name: String(decoding: text[nameStart..<index], as: UTF8.self).lowercased(), isClosing: isClosing,
            isSelfClosing: false, attributes: [:])
        while index < text.count {
            skipSpaces(&index)
            guard index < text.count else { break }
            switch text[index] {
            case UInt8(ascii: ">"):
                position = index + 1
                return tag
            case UInt8(ascii: "/"):
                tag.isSelfClosing = true
                index += 1
            default:
                let (name, value) = readAttribute(&index)
                if tag.attributes[name] == nil { tag.attributes[name] = value }
            }
        }
        position = text.count  // the tag runs to the end of the text
        return tag
    }

    /// One attribute; reads at least one byte.
    private func readAttribute(_ index: inout Int) -> (String, String) {
        let start = index
        index += 1  // even a `=` starts a name, as in a browser
        while index < text.count, !Self.isSpace(text[index]),
            ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(text[index])
        {
            index += 1
        }
        let name = String(decoding: text[start..<index], as: UTF8.self).lowercased()
        skipSpaces(&index)
        guard index < text.count, text[index] == UInt8(ascii: "=") else { return (name, "") }
        index += 1
        skipSpaces(&index)
        guard index < text.count else { return (name, "") }
        let quote = text[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let valueStart = index + 1
            let end = text[valueStart...].firstIndex(of: quote) ?? text.count
            index = min(end + 1, text.count)
            return (name, HTMLEntities.decoded(String(decoding: text[valueStart..<end], as: UTF8.self)))
        }
        let valueStart = index
        while index < text.count, !Self.isSpace(text[index]), text[index] != UInt8(ascii: ">") { index += 1 }
        return (name, HTMLEntities.decoded(String(decoding: text[valueStart..<index], as: UTF8.self)))
    }

    private func skipSpaces(_ index: inout Int) {
        while index < text.count, Self.isSpace(text[index]) { index += 1 }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-")
    }
}
