extension String {
    /// The text with every occurrence of `target` replaced, left to right, without overlaps.
    /// Pure Swift on UTF-8 bytes (a whole character never matches inside another, UTF-8 being
    /// self-synchronising): Foundation's `replacingOccurrences` goes through NSString on Linux,
    /// and enrichment runs it on every cell and header; most have nothing to replace.
    func replacingAll(_ target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        guard let head = needle.first, utf8.count >= needle.count, utf8.contains(head) else { return self }
        let bytes = Array(utf8)
        var out: [UInt8] = []
        var index = 0
        var replaced = false
        while index + needle.count <= bytes.count {
            if bytes[index] == head, bytes[index..<index + needle.count].elementsEqual(needle) {
                out += replacement.utf8
                index += needle.count
                replaced = true
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        guard replaced else { return self }
        out += bytes[index...]
        return String(decoding: out, as: UTF8.self)
    }
}
