import CCmark
import Synchronization

/// The character references of HTML table cells and attributes (`CharacterReferences`): the
/// named ones tables of results use most, looked up at once, and any other of HTML's named
/// references (`&uparrow;`, `&NotEqualTilde;`) as cmark decodes it, since cmark holds the whole
/// table; what cmark says of a name is remembered.
enum HTMLEntities {
    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "plusmn": "±", "times": "×",
        "minus": "−", "ndash": "–", "mdash": "—", "uarr": "↑", "darr": "↓", "rarr": "→", "larr": "←", "le": "≤",
        "ge": "≥", "deg": "°", "hellip": "…", "middot": "·", "dagger": "†", "Dagger": "‡", "sect": "§",
        "para": "¶", "copy": "©", "reg": "®", "trade": "™", "laquo": "«", "raquo": "»", "ensp": " ",
        "emsp": " ", "thinsp": " ", "check": "✓", "cross": "✗",
    ]

    static func decoded(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: CharacterReferences.decoding(text, named: named, other: cmarkDecoded))
        return String(out)
    }

    /// What cmark asked about, by name: the scalars, or nil for no reference.
    private static let asked = Mutex<[String: [Unicode.Scalar]?]>([:])

    /// `name`'s scalars when `&name;` is one of HTML's named references, as cmark reads it.
    static func cmarkDecoded(_ name: String) -> [Unicode.Scalar]? {
        // Names are short: a long one is none, and is not worth a parse (or a place in memory).
        guard name.utf8.count <= 32 else { return nil }
        if let known = asked.withLock({ $0[name] }) { return known }
        let written = "&" + name + ";"
        let root = cmarkParse(Array(written.utf8))
        defer { cmark_node_free(root) }
        let literal = root.firstChild?.firstChild.map(\.literal)
        let decoded = literal.flatMap { $0 == written || $0.isEmpty ? nil : Array($0.unicodeScalars) }
        // Bounded: a hostile file can spell any number of names.
        asked.withLock { if $0.count < 10_000 { $0[name] = .some(decoded) } }
        return decoded
    }
}
