import Catalog
import Markdown

/// Maps a fact's provenance (`path:line:column`) to the section page that shows it.
///
/// The site's outline cuts every document into `##` sections; a line belongs to the section whose
/// blocks span it. Lines outside any section (the introduction) are shown on the home page.
struct SourceLinker: Sendable {
    private struct Span: Sendable {
        var firstLine: Int
        var lastLine: Int
        var slug: String
        /// First lines of the section's top-level tables, in order.
        var tableLines: [Int]
    }

    /// Section spans per document path, in reading order.
    private var spans: [String: [Span]] = [:]
    private var knownPaths: Set<String> = []

    init(outline: SiteOutline) {
        for document in outline.documents {
            let blocks = document.document.blocks
            knownPaths.insert(document.document.path)
            spans[document.document.path] = document.sections.compactMap { section in
                guard let first = section.blockRange.first, let last = section.blockRange.last else { return nil }
                let tableLines = section.blockRange.compactMap { index -> Int? in
                    guard case .table = blocks[index].kind else { return nil }
                    return blocks[index].range.start.line
                }
                return Span(
                    firstLine: blocks[first].range.start.line, lastLine: blocks[last].range.end.line,
                    slug: section.slug, tableLines: tableLines)
            }
        }
    }

    /// The slug of the section holding `line` of `path`, or nil when no section does.
    func sectionSlug(path: String, line: Int) -> String? {
        span(path: path, line: line)?.slug
    }

    private func span(path: String, line: Int) -> Span? {
        spans[path]?.first { $0.firstLine <= line && line <= $0.lastLine }
    }

    /// A link to the page that shows `source`, from a page `depth` folders deep; nil for a file
    /// the site does not show.
    func href(for source: Provenance, depth: Int) -> String? {
        if let span = span(path: source.path, line: source.line) {
            let page = PageLinks.up(depth) + SiteRenderer.sectionsFolder + "/" + span.slug + ".html"
            // The table the fact was read from: the last one starting at or before its line.
            guard let table = span.tableLines.last(where: { $0 <= source.line }) else { return page }
            return page + "#" + SiteRenderer.tableAnchor(line: table)
        }
        return knownPaths.contains(source.path) ? PageLinks.up(depth) + "index.html" : nil
    }

    /// `path:line:column` and its link, ready for a template.
    func link(for source: Provenance, depth: Int) -> SourceLink {
        let href = href(for: source, depth: depth) ?? ""
        return SourceLink(text: source.description, href: href, hasHref: !href.isEmpty)
    }
}
