import Markdown

/// One `##` section of a document: from its heading up to the next `##` or `#` heading.
public struct SectionOutline: Hashable, Sendable {
    /// The heading's text without citation links.
    public var title: String
    /// Unique across the site; the page is `sections/<slug>.html`.
    public var slug: String
    /// Indices into the document's `blocks` (and `blockHTML`), heading included.
    public var blockRange: Range<Int>
    /// Where the heading starts.
    public var location: SourceLocation
}

/// A document cut into the parts the site shows: title, introduction and sections.
public struct DocumentOutline: Hashable, Sendable {
    public var document: Document
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
        var slugs = SlugAllocator()
        var firstTitle: String?
        self.documents = documents.map { document in
            let outline = Self.outline(of: document, slugs: &slugs)
            if firstTitle == nil, outline.hasTitleHeading { firstTitle = outline.value.title }
            return outline.value
        }
        self.title = firstTitle ?? "Atlas"
    }

    // MARK: - Splitting

    private static func outline(of document: Document, slugs: inout SlugAllocator)
        -> (value: DocumentOutline, hasTitleHeading: Bool)
    {
        var titleIndex: Int?
        var intro: [Int] = []
        var sections: [SectionOutline] = []
        var open: (start: Int, title: String, location: SourceLocation)?

        func closeSection(at end: Int) {
            guard let section = open else { return }
            sections.append(
                SectionOutline(
                    title: section.title, slug: slugs.allocate(for: section.title),
                    blockRange: section.start..<end, location: section.location))
            open = nil
        }

        for (index, block) in document.blocks.enumerated() {
            if case .heading(let level, let inlines) = block.kind, level <= 2 {
                closeSection(at: index)
                if level == 2 {
                    let title = inlines.titleText
                    open = (index, title.isEmpty ? "Untitled section" : title, block.range.start)
                    continue
                }
                if titleIndex == nil {
                    titleIndex = index
                    continue
                }
            }
            if open == nil { intro.append(index) }
        }
        closeSection(at: document.blocks.count)

        let headingTitle = titleIndex.map { document.blocks[$0].inlines.titleText } ?? ""
        let title = headingTitle.isEmpty ? fileTitle(document.path) : headingTitle
        let value = DocumentOutline(document: document, title: title, introBlockIndices: intro, sections: sections)
        return (value, titleIndex != nil)
    }

    /// `Content/notes.md` -> `notes`.
    private static func fileTitle(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}
