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
                return Span(
                    firstLine: blocks[first].range.start.line, lastLine: blocks[last].range.end.line,
                    slug: section.slug)
            }
        }
    }

    /// The slug of the section holding `line` of `path`, or nil when no section does.
    func sectionSlug(path: String, line: Int) -> String? {
        spans[path]?.first { $0.firstLine <= line && line <= $0.lastLine }?.slug
    }

    /// A link to the page that shows `source`, from a page `depth` folders deep; nil for a file
    /// the site does not show.
    func href(for source: Provenance, depth: Int) -> String? {
        if let slug = sectionSlug(path: source.path, line: source.line) {
            return PageLinks.up(depth) + SiteRenderer.sectionsFolder + "/" + slug + ".html"
        }
        return knownPaths.contains(source.path) ? PageLinks.up(depth) + "index.html" : nil
    }

    /// `path:line:column` and its link, ready for a template.
    func link(for source: Provenance, depth: Int) -> SourceLink {
        let href = href(for: source, depth: depth) ?? ""
        return SourceLink(text: source.description, href: href, hasHref: !href.isEmpty)
    }
}
