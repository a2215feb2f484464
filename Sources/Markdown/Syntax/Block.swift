/// A block node of a parsed document: immutable, with its source range.
public struct Block: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case paragraph([Inline])
        case heading(level: Int, [Inline])
        case blockQuote([Block])
        case list(ListStyle, items: [Block])
        case item([Block])
        case codeBlock(info: String, code: String)
        /// Raw HTML block. Renderers never pass it through (cmark's safe mode).
        case html(String)
        case thematicBreak
        /// A GFM pipe table, recognised by Atlas on top of CommonMark.
        case table(Table)
    }

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// Child blocks of containers; empty for leaves.
    public var children: [Block] {
        switch kind {
        case .blockQuote(let c), .item(let c): return c
        case .list(_, let items): return items
        default: return []
        }
    }

    /// The inline content of paragraphs and headings; empty for other blocks.
    public var inlines: [Inline] {
        switch kind {
        case .paragraph(let i), .heading(_, let i): return i
        default: return []
        }
    }
}

/// How a list is marked.
public struct ListStyle: Hashable, Sendable {
    public enum Marker: Hashable, Sendable {
        case bullet
        case ordered(start: Int)
    }
    public var marker: Marker
    public var isTight: Bool

    public init(marker: Marker, isTight: Bool) {
        self.marker = marker
        self.isTight = isTight
    }
}
