/// Hands out heading ids the way GitHub does (github-slugger), so that `#anchor` links written
/// for GitHub keep working: lowercase, every character that is not a letter, mark, number,
/// connector (`_`), `-` or space removed, each space turned into `-`; a repeated id gets `-1`,
/// `-2`, ... in document order.
public struct HeadingIDs: Sendable {
    /// How many times each id was asked for beyond the first.
    private var occurrences: [String: Int] = [:]

    /// Ids the site's layout gives on every page (`<main id="main">`, the search box's): a heading
    /// that would take one gets the next free one instead (`## Main` is `main-1`), so that no page
    /// holds an id twice.
    public static let layoutIDs: Set<String> = [
        "main", "site-search-input", "site-search-status", "site-search-results", "front-door-title",
    ]

    /// `main` → `main-1`: the id GitHub gives a heading, where a layout id (or a table's or cell's)
    /// took it, and the id the heading got instead (its first such heading's), so that `#main` links still find it.
    public private(set) var layoutAliases: [String: String] = [:]

    public init() {
        for id in Self.layoutIDs { occurrences[id] = 0 }
    }

    /// The next id for a heading whose visible text is `text`.
    public mutating func claim(_ text: String) -> String {
        let base = Self.base(for: text)
        var id = base
        while occurrences[id] != nil || Self.isGenerated(id) {
            let count = occurrences[base, default: 0] + 1
            occurrences[base] = count
            id = base + "-" + String(count)
        }
        occurrences[id] = 0
        if Self.layoutIDs.contains(base) || Self.isGenerated(base), layoutAliases[base] == nil {
            layoutAliases[base] = id
        }
        return id
    }

    /// The id pages give a table: source links point at it.
    public static func tableID(line: Int) -> String { "table-line-\(line)" }

    /// The id pages give a table's cell (`t2-r1-c2`): a score's source link points at it.
    public static func cellID(table: Int, row: Int, column: Int) -> String { "t\(table)-r\(row)-c\(column)" }

    /// Whether `id` is a `tableID` or a `cellID`: a heading `### T2 R1 C2` that took one drew
    /// those links to itself.
    static func isGenerated(_ id: String) -> Bool {
        // Every heading is asked: most ids start with another letter.
        guard id.utf8.first == UInt8(ascii: "t") else { return false }
        func digits(_ text: Substring) -> Bool { !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) } }
        if id.hasPrefix("table-line-") { return digits(id.dropFirst("table-line-".count)) }
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3
            && zip(parts, ["t", "r", "c"]).allSatisfy { part, letter in
                part.hasPrefix(letter) && digits(part.dropFirst())
            }
    }

    /// The id of `text` before duplicates are counted.
    public static func base(for text: String) -> String {
        var id = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                id += "-"
            } else if scalar == "-" || isKept(scalar) {
                id.unicodeScalars.append(scalar)
            }
        }
        return id
    }

    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber,
            .connectorPunctuation:
            return true
        default:
            return false
        }
    }
}
