/// A JSON document, built by the exporters and written by `JSONValue.text`: sorted keys, two-space
/// indentation, UTF-8 kept as is. The one place JSON escaping happens.
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

    /// The document as text, ending with a newline.
    public var text: String {
        var out = ""
        write(to: &out, indent: 0)
        out += "\n"
        return out
    }

    func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let value): out += Self.format(value)
        case .string(let value): Self.writeString(value, to: &out)
        case .array(let values):
            guard !values.isEmpty else {
                out += "[]"
                return
            }
            out += "[\n"
            for (index, value) in values.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                value.write(to: &out, indent: indent + 2)
                out += index + 1 < values.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            let keys = members.keys.sorted()
            Self.writeMembers(keys.map { ($0, members[$0]!) }, to: &out, indent: indent)
        case .ordered(let members):
            assert(zip(members, members.dropFirst()).allSatisfy { $0.0 < $1.0 }, "keys out of order")
            Self.writeMembers(members, to: &out, indent: indent)
        }
    }

    private static func writeMembers(_ members: [(String, JSONValue)], to out: inout String, indent: Int) {
        guard !members.isEmpty else {
            out += "{}"
            return
        }
        out += "{\n"
        for (index, (key, value)) in members.enumerated() {
            out += String(repeating: " ", count: indent + 2)
            writeString(key, to: &out)
            out += ": "
            value.write(to: &out, indent: indent + 2)
            out += index + 1 < members.count ? ",\n" : "\n"
        }
        out += String(repeating: " ", count: indent) + "}"
    }

    /// `22`, `2.4`, `0.606`: integers without a fraction, others in their shortest exact form.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    private static func writeString(_ value: String, to out: inout String) {
        out += "\""
        // Most strings need no escape: appended whole, not scalar by scalar (the export's hot spot).
        let needsEscape = value.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        guard needsEscape else {
            out += value
            out += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
