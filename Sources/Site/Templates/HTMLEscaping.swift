/// HTML escaping of `< > & " '`, byte by byte: the one place text is escaped for HTML,
/// in templates, rewritten attributes and the preview's error overlay alike.
public enum HTMLEscaping {
    /// `text` escaped for HTML text or a quoted attribute value.
    public static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `text`, escaped, to `output`: the templates' path, on bytes.
    ///
    /// Byte by byte, never by `Character`: a special character joined to a neighbour in one
    /// grapheme (`"` and a combining mark after it, `&` after a prepended U+0600) is still that
    /// character to a browser, so comparing whole Characters (as swift-mustache does) let `"`
    /// and `<` through unescaped.
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() where Self.isSpecial(byte) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                output.append(contentsOf: Self.replacement(byte))
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    private static func replacement(_ byte: UInt8) -> String.UTF8View {
        switch byte {
        case UInt8(ascii: "<"): "&lt;".utf8
        case UInt8(ascii: ">"): "&gt;".utf8
        case UInt8(ascii: "&"): "&amp;".utf8
        case UInt8(ascii: "\""): "&quot;".utf8
        default: "&#39;".utf8
        }
    }
}
