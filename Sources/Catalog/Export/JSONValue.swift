/// A JSON document, built by the exporters and written by `JSONValue.text` (sorted keys, two-space
/// indentation), `compactText` (no spaces) or `linesText` (one entity a line), UTF-8 kept as is.
/// The one place JSON escaping happens.
public indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
    /// An object whose members are given in key order (sorted by the caller, checked in debug
    /// builds): written as `.object` would write them, without hashing or sorting the keys, for
    /// the exports' hot spots (one per score).
    case ordered([(String, JSONValue)])

    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    public static func optional(_ value: Int?) -> JSONValue { value.map { .number(Double($0)) } ?? .null }
    public static func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
    public static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    /// `text` as UTF-8, without the final newline.
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        write(to: &out, indent: 0)
        return out
    }

    /// The document as text, ending with a newline.
    public var text: String {
        var out: [UInt8] = []
        write(to: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }

    /// `compactText` as UTF-8, without the final newline.
    public var compactBytes: [UInt8] {
        var out: [UInt8] = []
        writeCompact(to: &out)
        return out
    }

    /// The document without spaces or line breaks but the last: for files read by programs
    /// (the site's search index and comparison data, loaded by every page).
    public var compactText: String {
        var out: [UInt8] = []
        writeCompact(to: &out)
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }

    /// An object of lists as one member a line and, in a list, one element a line, each written
    /// compact: the shape of `atlas export` (a third smaller than indented, and still read line
    /// by line: `grep`, `diff`). Other values are written compact.
    public var linesText: String {
        var out: [UInt8] = []
        guard case .object(let members) = self else {
            writeCompact(to: &out)
            out.append(UInt8(ascii: "\n"))
            return String(decoding: out, as: UTF8.self)
        }
        out.append(UInt8(ascii: "{"))
        for (index, key) in members.keys.sorted().enumerated() {
            if index > 0 { out += ",\n".utf8 }
            Self.writeString(key, to: &out)
            out.append(UInt8(ascii: ":"))
            guard case .array(let values) = members[key]!, !values.isEmpty else {
                members[key]!.writeCompact(to: &out)
                continue
            }
            out += "[\n".utf8
            for (position, value) in values.enumerated() {
                value.writeCompact(to: &out)
                out += (position + 1 < values.count ? ",\n" : "\n").utf8
            }
            out.append(UInt8(ascii: "]"))
        }
        out += "}\n".utf8
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the value's UTF-8 text without whitespace.
    func writeCompact(to out: inout [UInt8]) {
        switch self {
        case .array(let values):
            out.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                value.writeCompact(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            Self.writeCompactMembers(members.keys.sorted().map { ($0, members[$0]!) }, to: &out)
        case .ordered(let members):
            assert(zip(members, members.dropFirst()).allSatisfy { $0.0 < $1.0 }, "keys out of order")
            Self.writeCompactMembers(members, to: &out)
        default: write(to: &out, indent: 0)
        }
    }

    private static func writeCompactMembers(_ members: [(String, JSONValue)], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (index, (key, value)) in members.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            writeString(key, to: &out)
            out.append(UInt8(ascii: ":"))
            value.writeCompact(to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// Appends the value's UTF-8 text, nested `indent` spaces deep. Bytes, not a `String`: the
    /// catalog export writes tens of megabytes, and appending to a string checked every piece.
    func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .number(let value): out += Self.format(value).utf8
        case .string(let value): Self.writeString(value, to: &out)
        case .array(let values):
            guard !values.isEmpty else {
                out += "[]".utf8
                return
            }
            out += "[\n".utf8
            for (index, value) in values.enumerated() {
                Self.pad(indent + 2, &out)
                value.write(to: &out, indent: indent + 2)
                out += (index + 1 < values.count ? ",\n" : "\n").utf8
            }
            Self.pad(indent, &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            let keys = members.keys.sorted()
            Self.writeMembers(keys.map { ($0, members[$0]!) }, to: &out, indent: indent)
        case .ordered(let members):
            assert(zip(members, members.dropFirst()).allSatisfy { $0.0 < $1.0 }, "keys out of order")
            Self.writeMembers(members, to: &out, indent: indent)
        }
    }

    private static func writeMembers(_ members: [(String, JSONValue)], to out: inout [UInt8], indent: Int) {
        guard !members.isEmpty else {
            out += "{}".utf8
            return
        }
        out += "{\n".utf8
        for (index, (key, value)) in members.enumerated() {
            pad(indent + 2, &out)
            writeString(key, to: &out)
            out += ": ".utf8
            value.write(to: &out, indent: indent + 2)
            out += (index + 1 < members.count ? ",\n" : "\n").utf8
        }
        pad(indent, &out)
        out.append(UInt8(ascii: "}"))
    }

    private static func pad(_ count: Int, _ out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    /// `22`, `2.4`, `0.606`: integers without a fraction, others in their shortest exact form.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    static func writeString(_ value: String, to out: inout [UInt8]) {
        var value = value
        // Read through one buffer (a short string's is on the stack): most strings need no
        // escape and are appended whole (the export's hot spot).
        value.withUTF8 { bytes in writeString(utf8: bytes, to: &out) }
    }

    private static func writeString(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let needsEscape = bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        guard needsEscape else {
            out.append(contentsOf: bytes)
            out.append(UInt8(ascii: "\""))
            return
        }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): out += "\\\"".utf8
            case UInt8(ascii: "\\"): out += "\\\\".utf8
            case UInt8(ascii: "\n"): out += "\\n".utf8
            case UInt8(ascii: "\r"): out += "\\r".utf8
            case UInt8(ascii: "\t"): out += "\\t".utf8
            case _ where byte < 0x20:
                let hex = String(byte, radix: 16)
                out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
            // Bytes of multi-byte scalars are all 0x80 or above: copied as they are.
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// A compact JSON object written member by member, in the order given (the caller keeps keys
/// sorted, as `JSONValue.object` writes them): the same text as the value, without the value.
struct CompactObject {
    /// The text so far, taken from the caller and handed back by `finish()`.
    private var out: [UInt8]
    /// Per open object, innermost in the lowest bit: whether it has a member yet.
    private var hasMembers: UInt64 = 0

    /// Opens an object at the end of `out`, which is moved in (not copied) until `finish()`.
    init(appendingTo out: inout [UInt8]) {
        self.out = []
        swap(&self.out, &out)
        self.out.append(UInt8(ascii: "{"))
    }

    private mutating func key(_ key: String) {
        if hasMembers & 1 == 1 { out.append(UInt8(ascii: ",")) }
        hasMembers |= 1
        JSONValue.writeString(key, to: &out)
        out.append(UInt8(ascii: ":"))
    }

    mutating func member(_ name: String, _ value: String?) {
        key(name)
        if let value { JSONValue.writeString(value, to: &out) } else { out += "null".utf8 }
    }

    mutating func member(_ name: String, _ value: Int?) { member(name, value.map(Double.init)) }

    mutating func member(_ name: String, _ value: Double?) {
        key(name)
        out += (value.map(JSONValue.format) ?? "null").utf8
    }

    /// A member whose value is an object, open until `close()`.
    mutating func open(_ name: String) {
        key(name)
        out.append(UInt8(ascii: "{"))
        hasMembers <<= 1
    }

    mutating func close() {
        out.append(UInt8(ascii: "}"))
        hasMembers >>= 1
    }

    /// Closes the outermost object and hands the text back to `out`.
    mutating func finish(into out: inout [UInt8]) {
        close()
        swap(&self.out, &out)
    }
}
