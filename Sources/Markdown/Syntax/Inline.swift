/// An inline node of a parsed document: immutable, with its source range.
public struct Inline: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        /// Raw inline HTML. Renderers never pass it through (cmark's safe mode).
        case html(String)
        case emphasis([Inline])
        case strong([Inline])
        case link(destination: String, title: String, [Inline])
        case image(source: String, title: String, [Inline])
    }

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// Child inlines of emphasis, strong, links and images; empty for leaves.
    public var children: [Inline] {
        switch kind {
        case .emphasis(let c), .strong(let c): return c
        case .link(_, _, let c), .image(_, _, let c): return c
        default: return []
        }
    }
}

extension Array where Element == Inline {
    /// The visible text, markup removed: what a reader sees, with breaks as single spaces.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    func appendPlainText(to out: inout String) {
        for inline in self {
            switch inline.kind {
            case .text(let s), .code(let s): out += s
            case .softBreak, .lineBreak: out += " "
            case .html: break
            default: inline.children.appendPlainText(to: &out)
            }
        }
    }
}

extension Inline {
    /// The inline, and every inline inside it, with each range `move` gives (a table read from
    /// other text is placed where its cells are written in the file).
    func relocated(_ move: (SourceRange) -> SourceRange) -> Inline {
        var inline = self
        inline.range = move(range)
        switch kind {
        case .emphasis(let children): inline.kind = .emphasis(children.map { $0.relocated(move) })
        case .strong(let children): inline.kind = .strong(children.map { $0.relocated(move) })
        case .link(let destination, let title, let children):
            inline.kind = .link(destination: destination, title: title, children.map { $0.relocated(move) })
        case .image(let source, let title, let children):
            inline.kind = .image(source: source, title: title, children.map { $0.relocated(move) })
        default: break
        }
        return inline
    }
}
