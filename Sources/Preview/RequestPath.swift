/// Turns the raw request target (`/sections/a%20b.html?x`) into a path inside the site, or refuses.
///
/// Percent-decoding happens once, segment by segment, and a decoded segment may not contain `/`,
/// `\`, NUL or be `.` / `..`: so `..`, `%2e%2e`, `%2f` and backslashes cannot leave the site even
/// before the lookup, which only ever finds files the build produced.
enum RequestPath {
    enum Resolution: Equatable {
        /// A path relative to the site root, `/`-separated; empty for the root.
        case site(String)
        /// Not a path Atlas serves (traversal attempt, bad escape): answer 400.
        case rejected
    }

    static func resolve(_ target: String) -> Resolution {
        let path = target.prefix { $0 != "?" && $0 != "#" }
        guard path.hasPrefix("/") else { return .rejected }
        var segments: [String] = []
        for raw in path.split(separator: "/", omittingEmptySubsequences: true) {
            guard let segment = percentDecoded(raw), isSafe(segment) else { return .rejected }
            segments.append(segment)
        }
        let joined = segments.joined(separator: "/")
        // `/sections/` names a folder: its index.
        return .site(path.hasSuffix("/") && !joined.isEmpty ? joined + "/" : joined)
    }

    /// The site files to try for a resolved path, in order: the file, then the folder's index.
    static func candidates(for path: String) -> [String] {
        if path.isEmpty { return ["index.html"] }
        if path.hasSuffix("/") { return [path + "index.html"] }
        return [path, path + "/index.html"]
    }

    private static func isSafe(_ segment: String) -> Bool {
        segment != "." && segment != ".."
            && !segment.unicodeScalars.contains { $0 == "/" || $0 == "\\" || $0.value == 0 }
    }

    /// Decodes `%XX` escapes; nil for a malformed escape or bytes that are not UTF-8.
    private static func percentDecoded(_ segment: Substring) -> String? {
        var bytes: [UInt8] = []
        var index = segment.utf8.startIndex
        let utf8 = segment.utf8
        while index < utf8.endIndex {
            let byte = utf8[index]
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                index = utf8.index(after: index)
                continue
            }
            let high = utf8.index(after: index)
            guard high < utf8.endIndex, utf8.index(after: high) < utf8.endIndex,
                let first = hexValue(utf8[high]), let second = hexValue(utf8[utf8.index(after: high)])
            else { return nil }
            bytes.append(first << 4 | second)
            index = utf8.index(high, offsetBy: 2)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return Array(text.utf8) == bytes ? text : nil
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
