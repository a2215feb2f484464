import CCmark

/// Copies a cmark tree into immutable `Block` and `Inline` values.
struct NodeConverter {
    /// How positions of the nodes being converted map to the file.
    enum Placement {
        /// Add these offsets (a node parsed from a piece of the file).
        case offset(lines: Int, columns: Int)
        /// Every node gets this range (a table cell, parsed apart from its table).
        case fixed(SourceRange)
    }

    let path: String
    var tables: [CmarkNode: Table] = [:]
    var origins: [CmarkNode: TableLifter.Origin] = [:]
    /// Corrected ends of setext headings, in their own text's coordinates (see `TableLifter`).
    var headingEnds: [CmarkNode: (line: Int, column: Int)] = [:]
    /// Ranges of blocks that have no cmark positions (see `TableLifter`).
    var fixedRanges: [CmarkNode: SourceRange] = [:]

    func blocks(of parent: CmarkNode, placement: Placement) -> [Block] {
        parent.children.compactMap { block($0, placement: placement) }
    }

    func block(_ node: CmarkNode, placement outer: Placement) -> Block? {
        let placement = origins[node].map { Placement.offset(lines: $0.lineOffset, columns: $0.columnOffset) } ?? outer
        var range = fixedRanges[node] ?? self.range(of: node, placement)
        if let end = headingEnds[node], case .offset(let lines, let columns) = placement {
            range.end = SourceLocation(path: path, line: end.line + lines, column: end.column + columns)
        }
        switch node.type {
        case CMARK_NODE_PARAGRAPH:
            return Block(.paragraph(inlines(of: node, placement: placement)), range: range)
        case CMARK_NODE_HEADING:
            return Block(
                .heading(level: Int(cmark_node_get_heading_level(node)), inlines(of: node, placement: placement)),
                range: range)
        case CMARK_NODE_BLOCK_QUOTE:
            return Block(.blockQuote(blocks(of: node, placement: placement)), range: range)
        case CMARK_NODE_LIST:
            let marker: ListStyle.Marker =
                cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
                ? .ordered(start: Int(cmark_node_get_list_start(node))) : .bullet
            let style = ListStyle(marker: marker, isTight: cmark_node_get_list_tight(node) != 0)
            return Block(.list(style, items: blocks(of: node, placement: placement)), range: range)
        case CMARK_NODE_ITEM:
            return Block(.item(blocks(of: node, placement: placement)), range: range)
        case CMARK_NODE_CODE_BLOCK:
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            return Block(.codeBlock(info: info, code: node.literal), range: range)
        case CMARK_NODE_HTML_BLOCK:
            return Block(.html(node.literal), range: range)
        case CMARK_NODE_THEMATIC_BREAK:
            return Block(.thematicBreak, range: range)
        case CMARK_NODE_CUSTOM_BLOCK:
            guard let table = tables[node] else { return nil }
            let start = table.header.first?.location ?? range.start
            let end = table.rows.last?.last?.location ?? start
            return Block(.table(table), range: SourceRange(start: start, end: end))
        default:
            return nil
        }
    }

    func inlines(of parent: CmarkNode, placement: Placement) -> [Inline] {
        parent.children.compactMap { inline($0, placement: placement) }
    }

    private func inline(_ node: CmarkNode, placement: Placement) -> Inline? {
        let range = self.range(of: node, placement)
        let kind: Inline.Kind
        switch node.type {
        case CMARK_NODE_TEXT: kind = .text(node.literal)
        case CMARK_NODE_SOFTBREAK: kind = .softBreak
        case CMARK_NODE_LINEBREAK: kind = .lineBreak
        case CMARK_NODE_CODE: kind = .code(node.literal)
        case CMARK_NODE_HTML_INLINE: kind = .html(node.literal)
        case CMARK_NODE_EMPH: kind = .emphasis(inlines(of: node, placement: placement))
        case CMARK_NODE_STRONG: kind = .strong(inlines(of: node, placement: placement))
        case CMARK_NODE_LINK:
            kind = .link(
                destination: Self.string(cmark_node_get_url(node)), title: Self.string(cmark_node_get_title(node)),
                inlines(of: node, placement: placement))
        case CMARK_NODE_IMAGE:
            kind = .image(
                source: Self.string(cmark_node_get_url(node)), title: Self.string(cmark_node_get_title(node)),
                inlines(of: node, placement: placement))
        default: return nil
        }
        return Inline(kind, range: range)
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private func range(of node: CmarkNode, _ placement: Placement) -> SourceRange {
        switch placement {
        case .fixed(let range):
            return range
        case .offset(let lines, let columns):
            // cmark leaves inline positions at 0 in some cases; fall back to the line start.
            let start = SourceLocation(
                path: path, line: node.startLine + lines, column: max(node.startColumn, 1) + columns)
            let end = SourceLocation(
                path: path, line: max(node.endLine, node.startLine) + lines, column: max(node.endColumn, 1) + columns)
            return SourceRange(start: start, end: end)
        }
    }
}
