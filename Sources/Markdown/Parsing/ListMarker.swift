/// CommonMark's list markers: `-`, `+` or `*`, or 1 to 9 digits then `.` or `)`. One reading of
/// them for every scan that looks at the start of a line (containers, nesting, tables).
enum ListMarker {
    /// The bytes of the marker that starts `bytes`, or nil when none does. What follows the marker
    /// (a blank, the end of the line) is the caller's to check.
    static func width<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int? where Bytes.Index == Int {
        guard let first = bytes.first else { return nil }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") { return 1 }
        let digits = bytes.prefix(10).prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
        let end = bytes.startIndex + digits
        guard (1...9).contains(digits), end < bytes.endIndex,
            bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")")
        else { return nil }
        return digits + 1
    }

    /// Whether the marker is a bullet (`-`, `+`, `*`) rather than ordered.
    static func isBullet(_ bytes: some Collection<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        return first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*")
    }
}
