/// A document's headings, read once: what the catalog and the site both cut sections from.
public struct Outline: Hashable, Sendable {
    /// One heading of the document, at any level.
    public struct Heading: Hashable, Sendable {
        public var level: Int
        /// The heading's text without citation links such as `[[7]](url)`.
        public var title: String
        /// The GitHub-style id (`HeadingIDs`), unique in the document.
        public var id: String
        /// The top-level block that is or holds the heading.
        public var blockIndex: Int
        /// Whether the heading is itself a top-level block (not inside a quote or list).
        public var isTopLevel: Bool
        public var location: SourceLocation
    }

    /// A table and the top-level headings above it, outermost first.
    public struct PlacedTable: Hashable, Sendable {
        public var table: Table
        /// The top-level block that is or holds the table.
        public var blockIndex: Int
        public var headingPath: [Heading]
        public var location: SourceLocation
        /// Whether the table is inside a list item or a quote (InternVL's card puts each of its
        /// results tables under a bullet naming the task).
        public var isNested = false
    }

    public var headings: [Heading] = []
    public var tables: [PlacedTable] = []
    /// The ids of the headings in or at each top-level block, in document order.
    public private(set) var idsByBlock: [Int: [String]] = [:]
    /// GitHub's id of a heading whose id gave way to the layout's → the heading's id (`HeadingIDs`).
    public private(set) var layoutAliases: [String: String] = [:]

    /// Reads every heading of `document`, nested ones included, in document order: GitHub
    /// numbers repeated ids across all of them.
    public init(_ document: Document) {
        var ids = HeadingIDs()
        var open: [Heading] = []
        for (index, block) in document.blocks.enumerated() {
            collect(block, index: index, isTopLevel: true, ids: &ids)
            // An empty heading (a stray `##`, as Llama 4's card has) names nothing: the headings
            // over the tables after it stay as they were.
            if case .heading(let level, _) = block.kind, let heading = headings.last, !heading.title.isEmpty {
                open.removeAll { $0.level >= level }
                open.append(heading)
            }
            if case .table(let table) = block.kind {
                tables.append(
                    PlacedTable(table: table, blockIndex: index, headingPath: open, location: block.range.start))
            }
            for nested in Self.nestedTables(in: block) {
                tables.append(
                    PlacedTable(
                        table: nested.table, blockIndex: index, headingPath: open, location: nested.location,
                        isNested: true))
            }
        }
        layoutAliases = ids.layoutAliases
    }

    /// The tables inside a list or quote, in document order, with where each starts.
    public static func nestedTables(in block: Block) -> [(table: Table, location: SourceLocation)] {
        var found: [(table: Table, location: SourceLocation)] = []
        func walk(_ children: [Block]) {
            for child in children {
                if case .table(let table) = child.kind { found.append((table, child.range.start)) }
                walk(child.children)
            }
        }
        walk(block.children)
        return found
    }

    /// The first lines of the tables inside `block`'s lists and quotes, in order (what
    /// `nestedTables` finds, without copying the tables).
    public static func appendNestedTableLines(in block: Block, to lines: inout [Int]) {
        switch block.kind {
        case .blockQuote(let children), .list(_, let children), .item(let children):
            for child in children {
                if case .table = child.kind { lines.append(child.range.start.line) }
                appendNestedTableLines(in: child, to: &lines)
            }
        default: return
        }
    }

    private mutating func collect(_ block: Block, index: Int, isTopLevel: Bool, ids: inout HeadingIDs) {
        if case .heading(let level, let inlines) = block.kind {
            // GitHub derives the id from all of the heading's text, citations included.
            let id = ids.claim(inlines.plainText.trimmingOutlineSpace())
            idsByBlock[index, default: []].append(id)
            headings.append(
                Heading(
                    level: level, title: inlines.titleText, id: id, blockIndex: index, isTopLevel: isTopLevel,
                    location: block.range.start))
        }
        for child in block.children { collect(child, index: index, isTopLevel: false, ids: &ids) }
    }
}

extension Array where Element == Inline {
    /// The visible text of a heading without citation links such as `[[7]](url)`.
    ///
    /// Sources are written right after a heading's words (`DeepSeek MoE[[10]](url)`); they are
    /// references, not part of the name, so titles and slugs leave them out.
    public var titleText: String {
        filter { !$0.isCitation }.plainText.trimmingOutlineSpace()
    }
}

extension Inline {
    /// A numbered citation link: its text is `[n]`, as in `[[7]](url)`.
    public var isCitation: Bool {
        guard case .link(_, _, let label) = kind else { return false }
        let scalars = [Unicode.Scalar](label.plainText.unicodeScalars)
        guard scalars.count >= 3, scalars.first == "[", scalars.last == "]" else { return false }
        return scalars.dropFirst().dropLast().allSatisfy { ("0"..."9").contains($0) }
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and newlines.
    func trimmingOutlineSpace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
