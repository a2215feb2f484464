// View models handed to the Mustache templates. Every value is already formatted (hrefs relative
// to the page, titles joined); templates only print them, loop over arrays and test flags.
// `html` fields hold markup produced by the Markdown module and are the only ones printed with `{{{ }}}`.

/// What the layout needs on every page.
public struct PageChrome: Sendable, Equatable {
    /// The `lang` attribute of `<html>`.
    public var language: String
    /// The `<title>`: the page's own title, then the site's.
    public var documentTitle: String
    public var siteTitle: String
    /// Relative link to the home page from this page (`index.html` or `../index.html`).
    public var homeHref: String
    /// Relative link to the stylesheet from this page.
    public var stylesheetHref: String
    /// The site-wide navigation (Home, Series, Models, ...); empty without the model graph.
    public var nav: [NavLink] = []
    public var hasNav = false
    /// `../` per folder this page sits below the output folder: the layout's scripts and the
    /// search results are prefixed with it.
    public var rootHref = ""
    /// Whether the page carries the search box (a site built with the model graph).
    public var hasSearch = false
    /// Relative link to the SVG favicon, so browsers do not ask the host for `/favicon.ico`.
    public var faviconHref = ""
    /// One sentence about the page, for `<meta name="description">` and `og:description`.
    public var description = ""
    public var hasDescription = false
    /// `og:type`: `website` for the home page, `article` for the others.
    public var openGraphType = "article"
    /// The page's absolute address (`<link rel="canonical">`, `og:url`); only with a base URL.
    public var canonicalURL = ""
    public var hasCanonical = false
    /// Link to `feed.xml` from this page; only with a base URL and the model graph.
    public var feedHref = ""
    public var hasFeed = false
    /// Asks search engines not to index the page (the 404 page).
    public var noIndex = false
}

/// A link to a section page, relative to the page that shows it.
public struct SectionLink: Sendable, Equatable {
    public var title: String
    public var href: String
}

/// One top-level block's HTML; tables are flagged so the template can wrap them in a scroller.
public struct BlockView: Sendable, Equatable {
    public var html: String
    public var isTable: Bool
    /// Whether the table's last column holds sentences (a "Notes" column) rather than short
    /// values: the stylesheet gives such a column room to wrap instead of squeezing it.
    public var hasProseColumn: Bool
    /// For tables: the element id that source links point at (`table-line-258`).
    public var anchor: String
    /// For tables: the accessible name of the scrolling region, unique on its page.
    public var label: String

    public init(
        html: String, isTable: Bool = false, hasProseColumn: Bool = false, anchor: String = "",
        label: String = "Table (scrolls sideways)"
    ) {
        self.html = html
        self.isTable = isTable
        self.hasProseColumn = hasProseColumn
        self.anchor = anchor
        self.label = label
    }
}

/// A document as the home page lists it.
public struct DocumentView: Sendable, Equatable {
    public var title: String
    /// Shown only when the site has several documents; with one, its title is the site's title.
    public var showsTitle: Bool
    /// The file name, so an editor knows which file to open.
    public var fileName: String
    public var intro: [BlockView]
    public var sections: [SectionLink]
    public var hasSections: Bool
}

/// The home page: the site title, then each document with links to its sections.
public struct IndexPageView: Sendable, Equatable {
    public var chrome: PageChrome
    public var documents: [DocumentView]
    /// e.g. "15 sections in 1 document".
    public var summary: String
    /// The data downloads (empty when the site is built without the model graph).
    public var data: [DataLink] = [] { didSet { hasData = !data.isEmpty } }
    /// Stored, not computed: templates see stored properties only (Mirror).
    public private(set) var hasData = false
    /// An SVG timeline of the catalogued models' releases (made by `Charts`), or empty.
    public var timeline = ""
    /// What the timeline leaves out, when a catalog has more series than it draws; else empty.
    public var timelineNote = "" { didSet { hasTimelineNote = !timelineNote.isEmpty } }
    public private(set) var hasTimelineNote = false
    /// Links to the listing pages (empty when the site is built without the model graph).
    public var browse: [NavLink] = [] { didSet { hasBrowse = !browse.isEmpty } }
    public private(set) var hasBrowse = false
    /// What the catalog covers, shown before the contents (nil without the model graph).
    public var frontDoor: FrontDoorView?
}

/// A link to a downloadable data file.
public struct DataLink: Sendable, Equatable {
    public var label: String
    public var href: String
}

/// One section's page.
public struct SectionPageView: Sendable, Equatable {
    public var chrome: PageChrome
    public var title: String
    public var blocks: [BlockView]
    /// The document the section comes from, and where (`path:line`), for editors.
    public var sourceText: String
    /// e.g. "Section 3 of 15".
    public var position: String
    public var previous: SectionLink?
    public var next: SectionLink?
}

/// `404.html`, which hosts serve for any missing address: the site's chrome, the search box
/// and links to the home and listing pages.
public struct NotFoundPageView: Sendable, Equatable {
    public var chrome: PageChrome
    /// Home and the listing pages (only Home without the model graph).
    public var links: [NavLink]
}
