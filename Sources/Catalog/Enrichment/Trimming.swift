extension StringProtocol {
    /// The text without leading and trailing whitespace (spaces, tabs, no-break spaces, line ends).
    /// Pure Swift: Foundation's `trimmingCharacters(in:)` goes through NSString on Linux, and
    /// enrichment trims every cell.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmedSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isTrimmedSpace($0) })!
        // Most cells have nothing to trim: no copy scalar by scalar then.
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return String(self) }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[first...last])
        return String(result)
    }
}

/// Unicode's White_Space, answered without a property lookup for ASCII.
private func isTrimmedSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
    return scalar.properties.isWhitespace
}

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
