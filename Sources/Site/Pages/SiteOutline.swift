import Catalog
import Markdown

/// One `##` section of a document: from its heading up to the next `##` or `#` heading, cut
/// from the document's `Outline` (the catalog cuts its sections from the same outline).
public struct SectionOutline: Hashable, Sendable {
    /// The heading's text without citation links.
    public var title: String
    /// Unique across the site; the page is `sections/<slug>.html`.
    public var slug: String
    /// Indices into the document's `blocks` (and `blockHTML`), heading included.
    public var blockRange: Range<Int>
    /// Where the heading starts.
    public var location: SourceLocation
    /// The heading's GitHub-style id, from the document's `Outline`.
    public var headingID: String
}

/// A document cut into the parts the site shows: title, introduction and sections.
public struct DocumentOutline: Hashable, Sendable {
    public var document: Document
    /// Every heading of the document with its id: read once, shared with the catalog's rules.
    public var outline: Outline
    /// The first `#` heading, or the file name without `.md` when there is none.
    public var title: String
    /// Blocks outside any section (except the title heading), shown on the home page so nothing is lost.
    public var introBlockIndices: [Int]
    public var sections: [SectionOutline]
}

/// All documents of a site, split into sections with site-wide unique slugs.
public struct SiteOutline: Hashable, Sendable {
    /// The first `#` heading of the first document that has one ("Atlas" when none has).
    public var title: String
    public var documents: [DocumentOutline]

    /// Every section of every document, in reading order (documents in the order given).
    public var sections: [SectionOutline] { documents.flatMap(\.sections) }

    public init(documents: [Document]) {
        self.init(documents: documents, headings: documents.map(Outline.init))
    }

    /// `headings[i]` is `Outline(documents[i])`, made once for the render's other uses too.
    init(documents: [Document], headings: [Outline]) {
        var slugs = UniqueSlugs()
        var firstTitle: String?
        self.documents = zip(documents, headings).map { document, headings in
            let outline = Self.outline(of: document, headings: headings, slugs: &slugs)
            if firstTitle == nil, outline.hasTitleHeading { firstTitle = outline.value.title }
            return outline.value
        }
        self.title = firstTitle ?? "Atlas"
    }

    // MARK: - Splitting

    private static func outline(of document: Document, headings: Outline, slugs: inout UniqueSlugs)
        -> (value: DocumentOutline, hasTitleHeading: Bool)
    {
        // Only top-level `#` and `##` headings cut the document; the first `#` is its title.
        let cuts = headings.headings.filter { $0.isTopLevel && $0.level <= 2 }
        let documentTitle = document.title(of: headings.headings)
        let titleHeading = documentTitle?.heading
        var sections: [SectionOutline] = []
        var inSection = Set<Int>()
        for (position, cut) in cuts.enumerated() where cut.level == 2 {
            let end = position + 1 < cuts.count ? cuts[position + 1].blockIndex : document.blocks.count
            let title = cut.title.isEmpty ? "Untitled section" : cut.title
            sections.append(
                SectionOutline(
                    title: title, slug: slugs.claim(slug: Slug.make(title)), blockRange: cut.blockIndex..<end,
                    location: cut.location, headingID: cut.id))
            inSection.formUnion(cut.blockIndex..<end)
        }
        let intro = document.blocks.indices.filter { !inSection.contains($0) && $0 != titleHeading?.blockIndex }
        // An HTML `<h1>` before any heading (`<div align="center"><h1>`), else a `#` heading.
        let htmlTitle = titleHeading == nil ? documentTitle?.text : nil
        let title = (titleHeading?.title).flatMap { $0.isEmpty ? nil : $0 } ?? htmlTitle ?? fileTitle(document.path)
        let value = DocumentOutline(
            document: document, outline: headings, title: title, introBlockIndices: intro, sections: sections)
        return (value, titleHeading != nil || htmlTitle != nil)
    }

    /// `Content/notes.md` -> `notes`.
    private static func fileTitle(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}
