/// YAML front matter, as Hugging Face model cards (and Hugo, Jekyll) begin: a `---` line, the
/// YAML, and a closing `---` or `...` line. cmark would read it as a thematic break and text
/// (`license: apache-2.0` as a paragraph, `- en` as a list), so the site's documents have it
/// blanked first. `atlas render` renders a file as cmark does, front matter and all.
public enum FrontMatter {
    /// `bytes` with the front matter's lines made empty (their line breaks kept, so every line
    /// after it keeps its number), or `bytes` itself when there is none or it is never closed.
    public static func blanked(_ bytes: [UInt8]) -> [UInt8] {
        guard let end = end(of: bytes) else { return bytes }
        var out = bytes
        var write = 0
        for index in 0..<end where bytes[index] == newline || bytes[index] == carriageReturn {
            out[write] = bytes[index]
            write += 1
        }
        out.replaceSubrange(write..<end, with: [])
        return out
    }

    /// The model a Hugging Face card's front matter names: the first `name:` under its
    /// `model-index:` (`- name: TinyLlama-1.1B-intermediate-step-1431k-3T`), quotes and an
    /// account before `/` left out; nil without one.
    public static func modelName(_ bytes: [UInt8]) -> String? {
        guard let end = end(of: bytes) else { return nil }
        var inIndex = false
        var start = 0
        while start < end, let current = line(in: bytes, from: start) {
            start = current.next
            let text = String(decoding: bytes[current.text], as: UTF8.self)
            if text.hasPrefix("model-index:") {
                inIndex = true
            } else if inIndex, let first = text.first, !first.isWhitespace, first != "-" {
                return nil  // the next top-level key: the index named no model
            } else if inIndex {
                var entry = Substring(text).drop { $0 == " " || $0 == "-" }
                guard entry.hasPrefix("name:") else { continue }
                entry = entry.dropFirst(5).drop { $0 == " " }
                var name = entry.trimming { $0 == " " || $0 == "\"" || $0 == "'" || $0 == "\r" }
                if let slash = name.lastIndex(of: "/") { name = String(name[name.index(after: slash)...]) }
                return name.isEmpty ? nil : name
            }
        }
        return nil
    }

    /// Where the closing line ends (after its line break), or nil.
    static func end(of bytes: [UInt8]) -> Int? {
        guard let first = line(in: bytes, from: 0), isFence(bytes[first.text], opening: true),
            let key = line(in: bytes, from: first.next),
            startsWithKey(bytes[key.text]) || isFence(bytes[key.text], opening: false)
        else { return nil }
        var start = first.next
        // A card's front matter is a few kilobytes; a file that opens with `---` and never closes
        // it within this is markdown that starts with a thematic break.
        while start < min(bytes.count, 1 << 18), let current = line(in: bytes, from: start) {
            if isFence(bytes[current.text], opening: false) { return current.next }
            start = current.next
        }
        return nil
    }

    /// The line starting at `start`: its text (without the line break) and where the next begins.
    private static func line(in bytes: [UInt8], from start: Int) -> (text: Range<Int>, next: Int)? {
        guard start < bytes.count else { return nil }
        var end = start
        while end < bytes.count, bytes[end] != newline { end += 1 }
        let next = end < bytes.count ? end + 1 : end
        if end > start, bytes[end - 1] == carriageReturn { end -= 1 }
        return (start..<end, next)
    }

    /// `license: apache-2.0`, `model-index:`: YAML's first line is a key, where a thematic break
    /// that opens a document is followed by text (`Some text`, a setext heading's).
    private static func startsWithKey(_ line: ArraySlice<UInt8>) -> Bool {
        guard let first = line.first, isLetter(first) || first == UInt8(ascii: "_") else { return false }
        for byte in line.dropFirst() {
            if byte == UInt8(ascii: ":") { return true }
            guard
                isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
                    || byte == UInt8(ascii: "-")
            else { return false }
        }
        return false
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// `---` (opening or closing) or `...` (closing), spaces after it allowed.
    private static func isFence(_ line: ArraySlice<UInt8>, opening: Bool) -> Bool {
        var text = line
        while let last = text.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { text = text.dropLast() }
        return text.elementsEqual("---".utf8) || (!opening && text.elementsEqual("...".utf8))
    }

    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
}
