/// A parsed markdown file: its blocks, and the HTML of each top-level block.
///
/// The HTML is rendered by cmark (tables by Atlas) while the C tree is still alive, so that
/// consumers can render any run of top-level blocks, such as one section, without C.
public struct Document: Hashable, Sendable {
    public var path: String
    public var blocks: [Block]
    /// `blockHTML[i]` is the HTML of `blocks[i]`.
    public var blockHTML: [String]
    /// Problems found while reading (invalid UTF-8, over-wide tables, ...), in source order.
    public var diagnostics: [Diagnostic]
    /// The model a card's front matter says it is about (`model-index: - name: …`), if any.
    public var frontMatterModel: String?

    public init(path: String, blocks: [Block], blockHTML: [String], diagnostics: [Diagnostic] = []) {
        self.path = path
        self.blocks = blocks
        self.blockHTML = blockHTML
        self.diagnostics = diagnostics
    }

    /// The HTML of the whole document, as `atlas render` prints it.
    public var html: String { blockHTML.joined() }
}
