import Foundation
import Markdown

/// Where each heading of each document is shown once sections become pages, so that an
/// in-document link `[Results](#results)` still lands on its heading.
struct HeadingAnchors: Sendable {
    /// A heading's place: the page (relative to the site root) and the fragment on it.
    struct Target: Hashable, Sendable {
        var page: String
        /// Nil for a heading the page does not show (the document's title).
        var fragment: String?
    }

    /// Per document path, heading id → where it is shown.
    private var targets: [String: [String: Target]] = [:]

    init(outline: SiteOutline) {
        for document in outline.documents {
            targets[document.document.path] = Self.targets(of: document)
        }
    }

    private static func targets(of document: DocumentOutline) -> [String: Target] {
        let intro = Set(document.introBlockIndices)
        var found: [String: Target] = [:]
        var sections = document.sections[...]
        for heading in document.outline.headings {
            // Headings and sections are both in block order: one pass over each.
            while let first = sections.first, first.blockRange.upperBound <= heading.blockIndex {
                sections = sections.dropFirst()
            }
            if let section = sections.first, section.blockRange.contains(heading.blockIndex) {
                let page = SiteRenderer.sectionsFolder + "/" + section.slug + ".html"
                found[heading.id] = Target(page: page, fragment: heading.id)
            } else {
                // The introduction is on the home page; the title heading is the page itself.
                found[heading.id] = Target(
                    page: "index.html", fragment: intro.contains(heading.blockIndex) ? heading.id : nil)
            }
        }
        // `[…](#main)`, written for GitHub, still lands on `## Main`, whose id gave way to the layout's.
        for (github, id) in document.outline.layoutAliases where found[github] == nil { found[github] = found[id] }
        return found
    }

    /// Where `#id` of the document at `path` is shown; nil when no heading has that id.
    func target(path: String, id: String) -> Target? {
        targets[path]?[id]
    }

    /// A block's HTML with `ids` added to its headings in order: `<h2>` becomes
    /// `<h2 id="results">`. Raw HTML never passes through, so every `<hN>` tag is a heading's.
    static func addingIDs(_ ids: [String], toHeadingsIn html: String) -> String {
        guard !ids.isEmpty else { return html }
        var out = ""
        var rest = html[...]
        var pending = ids[...]
        while let id = pending.first, let tag = rest.firstRange(ofBytes: "<h") {
            let level = rest[tag.upperBound...].prefix(2)
            out += rest[..<tag.upperBound]
            rest = rest[tag.upperBound...]
            guard level.count == 2, let digit = level.first, ("1"..."6").contains(digit), level.last == ">" else {
                continue
            }
            out.append(digit)
            // An empty heading has an empty id, and `id=""` is not valid HTML.
            if !id.isEmpty { out += " id=\"" + HTMLEscaping.escape(id) + "\"" }
            rest = rest.dropFirst()
            pending = pending.dropFirst()
        }
        return out + rest
    }

    /// `html` (blocks of the document at `path`, shown on `page`, `depth` folders deep) with every
    /// `href="#id"` pointing at the page that now holds the heading; unknown ids stay as written.
    func rewritingLinks(in html: String, path: String, page: String, depth: Int) -> String {
        let marker = "href=\"#"
        guard html.contains(bytes: marker) else { return html }
        var out = ""
        var rest = html[...]
        while let start = rest.firstRange(ofBytes: marker) {
            out += rest[..<start.lowerBound]
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else {
                out += marker
                continue
            }
            let written = String(rest[..<end])
            rest = rest[end...]
            out += "href=\"" + href(written, path: path, page: page, depth: depth)
        }
        return out + rest
    }

    private func href(_ written: String, path: String, page: String, depth: Int) -> String {
        let id = Self.decodedFragment(written)
        guard let target = target(path: path, id: id) else { return "#" + written }
        // As written, unless the heading's id gave way to the layout's (`#main` → `#main-1`).
        let fragment = target.fragment.map { $0 == id ? written : $0 }
        if target.page == page, let fragment { return "#" + fragment }
        let file = PageLinks.up(depth) + target.page
        return fragment.map { file + "#" + $0 } ?? file
    }

    /// A fragment as written in an `href` (HTML-escaped, percent-encoded) as the id it names.
    static func decodedFragment(_ written: String) -> String {
        let unescaped = written.replacingOccurrences(of: "&amp;", with: "&")
        return unescaped.removingPercentEncoding ?? unescaped
    }

    /// A warning at each in-document link of `document` that names no heading of it (`outline`
    /// is the document's): made from the document alone, so a long-running process keeps it.
    static func linkFindings(in document: Document, outline: Outline) -> [Diagnostic] {
        let ids = Set(outline.headings.map(\.id)).union(outline.layoutAliases.keys)
        var found: [Diagnostic] = []
        for block in document.blocks { collect(block, ids: ids, into: &found) }
        return found
    }

    private static func collect(_ block: Block, ids: Set<String>, into found: inout [Diagnostic]) {
        for inline in block.inlines { collect(inline, ids: ids, into: &found) }
        if case .table(let table) = block.kind {
            // Row by row: joining the rows copied every cell of every table on each rebuild.
            for row in [table.header] + table.rows {
                for cell in row { for inline in cell.inlines { collect(inline, ids: ids, into: &found) } }
            }
        }
        for child in block.children { collect(child, ids: ids, into: &found) }
    }

    private static func collect(_ inline: Inline, ids: Set<String>, into found: inout [Diagnostic]) {
        if case .link(let destination, _, _) = inline.kind, destination.hasPrefix("#"), destination.count > 1 {
            let id = decodedFragment(String(destination.dropFirst()))
            if !ids.contains(id) {
                found.append(
                    Diagnostic(
                        .warning, at: inline.range.start,
                        "link '\(destination)' names no heading of this document; use a heading's id "
                            + "(its text in lowercase, punctuation removed, spaces as '-', e.g. '#results')"))
            }
        }
        for child in inline.children { collect(child, ids: ids, into: &found) }
    }
}
