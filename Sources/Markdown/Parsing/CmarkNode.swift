import CCmark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A borrowed pointer to a cmark node. Never stored outside the parser: the tree is freed
/// before `MarkdownParser.parse` returns.
typealias CmarkNode = OpaquePointer

extension OpaquePointer {
    var type: cmark_node_type { cmark_node_get_type(self) }
    var firstChild: CmarkNode? { cmark_node_first_child(self) }
    var lastChild: CmarkNode? { cmark_node_last_child(self) }
    var next: CmarkNode? { cmark_node_next(self) }
    var parent: CmarkNode? { cmark_node_parent(self) }
    var startLine: Int { Int(cmark_node_get_start_line(self)) }
    var startColumn: Int { Int(cmark_node_get_start_column(self)) }
    var endLine: Int { Int(cmark_node_get_end_line(self)) }
    var endColumn: Int { Int(cmark_node_get_end_column(self)) }

    var literal: String { cmark_node_get_literal(self).map { String(cString: $0) } ?? "" }

    /// Node types the iterator never exits (cmark.h): they cannot have children.
    var isLeaf: Bool {
        switch type {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT,
            CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            return true
        default:
            return false
        }
    }

    /// The first node more than `limit` levels below this one, found without recursion.
    func firstNode(deeperThan limit: Int) -> CmarkNode? {
        guard let iterator = cmark_iter_new(self) else { return nil }
        defer { cmark_iter_free(iterator) }
        var depth = -1  // this node itself is level 0
        while true {
            switch cmark_iter_next(iterator) {
            case CMARK_EVENT_ENTER:
                depth += 1
                if depth > limit { return cmark_iter_get_node(iterator) }
                if let node = cmark_iter_get_node(iterator), node.isLeaf { depth -= 1 }  // leaves get no EXIT
            case CMARK_EVENT_EXIT:
                depth -= 1
            default:
                return nil
            }
        }
    }

    /// Calls `body` with each child in turn (no array; the body must not move the children).
    func forEachChild(_ body: (CmarkNode) -> Void) {
        var child = firstChild
        while let node = child {
            child = node.next
            body(node)
        }
    }

    /// The node's children, collected first so the caller may move or free them.
    var children: [CmarkNode] {
        var result: [CmarkNode] = []
        var child = firstChild
        while let node = child {
            result.append(node)
            child = node.next
        }
        return result
    }

    /// Empties the URL of every link and image below this node that `SafeURL` refuses, so that
    /// cmark renders only its text: content links pass the same scheme check as every other URL.
    func dropUnsafeURLs() {
        guard let iterator = cmark_iter_new(self) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { return }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                node.type == CMARK_NODE_LINK || node.type == CMARK_NODE_IMAGE,
                let url = cmark_node_get_url(node), !SafeURL.allows(cString: url)
            else { continue }
            cmark_node_set_url(node, "")
        }
    }

    /// Hands cmark's HTML buffer for this subtree to `body`, then frees it.
    func withRenderedHTML(_ body: (UnsafeRawBufferPointer) -> Void) {
        dropUnsafeURLs()
        guard let html = cmark_render_html(self, CMARK_OPT_DEFAULT) else { return }
        defer { free(html) }
        body(UnsafeRawBufferPointer(start: html, count: strlen(html)))
    }

    /// cmark's HTML for this node and its subtree as bytes, in safe mode.
    func renderHTMLBytes() -> [UInt8] {
        dropUnsafeURLs()
        guard let html = cmark_render_html(self, CMARK_OPT_DEFAULT) else { return [] }
        defer { free(html) }
        return html.withMemoryRebound(to: UInt8.self, capacity: 1) {
            Array(UnsafeBufferPointer(start: $0, count: strlen(html)))
        }
    }

    /// cmark's HTML for this node and its subtree, in safe mode (raw HTML and unsafe URLs dropped).
    func renderHTML() -> String {
        dropUnsafeURLs()
        guard let html = cmark_render_html(self, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}

/// Parses bytes with cmark. The caller owns the returned root and must `cmark_node_free` it.
func cmarkParse(_ bytes: [UInt8]) -> CmarkNode {
    bytes.withUnsafeBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return cmark_parse_document("", 0, CMARK_OPT_DEFAULT) }
        return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
            cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
        }
    }
}
