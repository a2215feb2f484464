import Catalog
import Charts
import Markdown

/// Renders parsed documents into an in-memory site: `index.html` and `sections/<slug>.html`.
///
/// A pure function of its inputs: the same documents, templates and assets give the same bytes.
public struct SiteRenderer: Sendable {
    public var templates: TemplateSet
    /// The `lang` of every page.
    public var language: String
    /// The most bytes the whole site may hold (`RenderedSite.add` enforces it).
    public var maxOutputBytes = RenderedSite.defaultMaxBytes
    /// Where the site is published: adds a sitemap, canonical links and a feed (nil: all relative).
    public var baseURL: BaseURL?
    /// The site's title (`title` in atlas.yml); nil takes the first document's `#` heading.
    public var siteTitle: String?
    /// How source paths are written on pages and in the downloads (`Content/a.md`, not the path given).
    public var publishedPaths = PublishedPaths.asGiven
    /// The last build of this process and a hash of the theme it is rendered with: pages made
    /// from what they were made from then are taken from it (`RenderKeys`). Nil renders all.
    var reuse: RenderReuse?

    /// Folder of the section pages, relative to the output folder.
    public static let sectionsFolder = "sections"
    /// Folder the static assets are copied to; `style.css` in it is linked from every page.
    public static let assetsFolder = "assets"
    /// Folder of the downloadable data: the model graph as JSON and CSV (docs/export.md).
    public static let dataFolder = "data"

    /// Every page may be crawled; the site has nothing private.
    static let robots = "User-agent: *\nAllow: /\n"

    /// A last-column cell longer than this many characters makes the column a prose column.
    static let proseCellLength = 40

    public init(templates: TemplateSet, language: String = "en") {
        self.templates = templates
        self.language = language
    }

    /// Renders every page; `assets` maps paths inside `assets/` to their bytes and is copied as is.
    /// With a `catalog`, its JSON and CSV exports go to `data/` and the home page links them.
    /// `documentParts` are `documentParts(documents)`, when made already (beside the enrichment).
    public func render(
        _ documents: [Document], catalog: Catalog? = nil, assets: [String: [UInt8]] = [:],
        documentParts: DocumentParts? = nil
    ) throws(Diagnostic) -> RenderedSite {
        // What the pages share, made once: from the documents on one core, from the catalog on
        // the other (the keys take the catalog's names digest and score digests from there).
        // There too, first, what the last render made of every score when only some scores
        // changed since (comparing the catalogs is most of that side's work after an edit).
        let (shared, fromCatalog) = concurrently(
            { sharedParts(documentParts ?? self.documentParts(documents), catalog: catalog) },
            {
                catalog.map { catalog in
                    CatalogParts(catalog, names: reuse?.names, carried: reuse?.catalogs.carried(to: catalog))
                }
            })
        let (outline, anchors, sources) = (shared.outline, shared.anchors, shared.sources)
        var keys = shared.keys?.finished(
            names: fromCatalog?.nameDigests, scoreDigests: fromCatalog?.scoreDigests ?? [])
        if let catalog, let site = keys?.site, let fromCatalog {
            keys?.carried = fromCatalog.carried?.keyCarryOver(
                site: site, catalog: catalog, standings: fromCatalog.standings)
        }
        var site = RenderedSite(maxBytes: maxOutputBytes)
        for (path, bytes) in assets { try site.add(bytes, at: Self.assetsFolder + "/" + path) }
        // Every other file is rendered on all cores, in the order they were added one by one.
        var pending: [PendingFile] = []
        let data = catalog.map { Self.dataFiles($0, paths: publishedPaths, catalogJSON: reuse?.catalogJSON) } ?? []
        for file in data {
            let path = Self.dataFolder + "/" + file.name
            // `atlas serve` shows pages before it makes the downloads, which no page shows.
            if reuse != nil {
                site.addLazy(at: path, make: file.render)
            } else {
                pending.append(PendingFile(path: path) { file.render() })
            }
        }
        pending.append(PendingFile(path: "robots.txt") { Array(Self.robots.utf8) })

        let hasNav = catalog != nil
        let siteDescription = shared.siteDescription
        let timeline = fromCatalog?.timeline ?? ReleaseTimeline.Drawn()
        let frontDoor = shared.frontDoor ?? fromCatalog?.frontDoor
        let indexKey = keys.map { keys in
            { @Sendable in keys.index(outline, description: siteDescription, timeline: timeline, frontDoor: frontDoor) }
        }
        pending.append(
            PendingFile(path: "index.html", key: indexKey) { () throws(Diagnostic) in
                var index = indexView(outline, hasNav: hasNav, anchors: anchors)
                index.data = data.map { DataLink(label: $0.label, href: Self.dataFolder + "/" + $0.name) }
                index.timeline = ReleaseTimeline.svg(timeline)
                index.timelineNote = timeline.note
                if hasNav { index.browse = Array(PageLinks.navigation(depth: 0, current: nil).dropFirst()) }
                index.frontDoor = frontDoor
                index = publishing.place(index, at: "index.html", description: siteDescription)
                return try templates.renderBytes(index, template: "index")
            })
        let sections = outline.documents.flatMap { document in document.sections.map { (document, $0) } }
        let allSections = sections.map(\.1)
        let names = fromCatalog?.names
        if let catalog {
            // Names, aliases and links only.
            let key = keys.map { keys in { @Sendable in keys.key { $0.combine(keys.names?.names) } } }
            pending.append(PendingFile(path: SearchIndex.path, key: key) { Array(SearchIndex.script(catalog).utf8) })
        }
        for (position, (document, section)) in sections.enumerated() {
            let path = Self.sectionsFolder + "/" + section.slug + ".html"
            pending.append(
                PendingFile(
                    path: path,
                    key: keys.map { keys in { @Sendable in keys.section(section, in: document, position: position) } }
                ) {
                    () throws(Diagnostic) in
                    var view = sectionView(
                        section, in: document, outline: outline, position: position, of: allSections,
                        hasNav: hasNav, anchors: anchors)
                    view.blocks = finishing(view.blocks, of: section, in: document, names: names)
                    let description = sectionDescription(view, document: document)
                    let placed = publishing.place(view, at: path, description: description)
                    return try templates.renderBytes(placed, template: "section")
                })
        }
        site.pageCount = 1 + sections.count
        if let catalog, let sources, let fromCatalog {
            let pages = CatalogPages(
                catalog: catalog, sources: sources, templates: templates, standings: fromCatalog.standings,
                publishing: publishing,
                chrome: { title, folder in
                    chrome(
                        title: title + " · " + outline.title, siteTitle: outline.title, depth: CatalogPages.depth,
                        hasNav: true, current: folder)
                })
            let catalogPages = pages.pendingPages(keys: keys)
            let compareChrome = chrome(
                title: "Compare models · " + outline.title, siteTitle: outline.title, depth: 0, hasNav: true)
            let comparePage = pages.pendingComparePage(chrome: compareChrome)
            let compareData = PendingFile(
                path: CatalogPages.compareDataPath, isLarge: true, render: pages.compareScript)
            // Only the compare page reads its data: `atlas serve` makes it after the pages are shown.
            if reuse != nil { site.addLazy(at: compareData.path, make: pages.compareScript) }
            pending += catalogPages + (reuse != nil ? [comparePage] : [compareData, comparePage])
            try site.add(rendering: pending, reusing: reuse?.previous)
            site.pageCount += catalogPages.count + 1
            if let keys, let frontDoor, let nameDigests = fromCatalog.nameDigests {
                reuse?.catalogs.remember(
                    CatalogMemory.Parts(
                        catalog: catalog, standings: fromCatalog.standings, scoreDigests: keys.scoreDigests,
                        nameDigests: nameDigests, timeline: timeline, frontDoor: frontDoor, site: keys.site,
                        keys: site.renderKeys))
            }
        } else {
            try site.add(rendering: pending, reusing: reuse?.previous)
        }
        try addPublishingFiles(to: &site, catalog: catalog, siteTitle: outline.title)
        site.diagnostics = outline.documents.filter(\.sections.isEmpty).map { document in
            Diagnostic(
                .warning, at: SourceLocation(path: document.document.path, line: 1, column: 1),
                "no '##' headings, so this file gets no section pages (only its text on the home page)")
        }
        site.diagnostics += shared.linkFindings
        return site
    }

    /// What every page reads of the documents: their outline, heading anchors, source links and
    /// (when reusing) render keys, and the site's description.
    struct SharedParts {
        var outline: SiteOutline
        var anchors: HeadingAnchors
        var sources: SourceLinker?
        var keys: RenderKeys.Unfinished?
        var siteDescription: String
        /// The home page's counts, series and most reported benchmarks: made from the catalog,
        /// but on this core, which has less to do in a build (in `atlas serve`, `CatalogParts`
        /// makes it, or takes the last one).
        var frontDoor: FrontDoorView?
        /// In-document links that name no heading (made here, beside the catalog's parts).
        var linkFindings: [Diagnostic]
    }

    /// What pages read of the documents alone: the outline, heading anchors, in-document link
    /// findings and (when reusing) the unfinished render keys. They need no catalog, so
    /// `SiteBuilder` makes them on the core the enrichment leaves idle.
    public struct DocumentParts: Sendable {
        var outline: SiteOutline
        var anchors: HeadingAnchors
        var keys: RenderKeys.Unfinished?
        var linkFindings: [Diagnostic]
    }

    public func documentParts(_ documents: [Document]) -> DocumentParts {
        let parts =
            reuse.map { $0.documents.parts(of: documents) } ?? documents.map { DocumentRenderParts($0, digests: false) }
        var outline = SiteOutline(documents: documents, headings: parts.map(\.outline))
        if let siteTitle { outline.title = siteTitle }
        let keys = reuse.map {
            RenderKeys.Unfinished(
                theme: $0.theme, settings: [language, baseURL?.description], outline: outline,
                blockDigests: parts.map { $0.blockDigests ?? [] })
        }
        return DocumentParts(
            outline: outline, anchors: HeadingAnchors(outline: outline), keys: keys,
            linkFindings: parts.flatMap(\.linkFindings))
    }

    private func sharedParts(_ parts: DocumentParts, catalog: Catalog?) -> SharedParts {
        let outline = parts.outline
        let sources = catalog.map { SourceLinker(outline: outline, catalog: $0, paths: publishedPaths) }
        return SharedParts(
            outline: outline, anchors: parts.anchors, sources: sources,
            keys: parts.keys, siteDescription: siteDescription(outline, catalog: catalog),
            frontDoor: reuse == nil ? catalog.map(FrontDoor.view) : nil, linkFindings: parts.linkFindings)
    }

    /// What pages read of the catalog alone: standings, name links, the release timeline and
    /// (when keys are made) the digest of the catalog's names.
    struct CatalogParts {
        var standings: MeasureStandings
        var names: NameLinker
        var timeline: ReleaseTimeline.Drawn
        var nameDigests: RenderKeys.NameDigests?
        /// With `memory` (when keys are made): each score hashed (`RenderKeys.scoreDigests`) and
        /// the home page's front door.
        var scoreDigests: [Int]?
        var frontDoor: FrontDoorView?
        /// What the last render made of every score, when only some scores changed since.
        var carried: CatalogMemory.Carried?

        /// With `memory`, the name links are the last ones while the names are the same; with
        /// `carried`, the standings, names, timeline, score digests and front door are the last
        /// ones, patched.
        init(_ catalog: Catalog, names memory: NameLinkerMemory? = nil, carried: CatalogMemory.Carried? = nil) {
            self.carried = carried
            if memory != nil {
                // On every core: at 100,000 scores this was the longest of the shared parts.
                scoreDigests =
                    carried?.scoreDigests(catalog)
                    ?? concurrentMap(count: catalog.scores.count) { catalog.scores[$0].hashValue }
                // It counts reported scores: the last one holds while none became or stopped being one.
                frontDoor =
                    carried.flatMap { $0.changes.reportingChanged ? nil : $0.last.frontDoor } ?? FrontDoor.view(catalog)
            }
            standings =
                carried.map { $0.last.standings.updating($0.changes.comparedBenchmarks, in: catalog) }
                ?? MeasureStandings(catalog)
            let make = { NameLinker(catalog: catalog, depth: 1) }
            if let memory {
                // Names are entities' and tables', which carried parts share.
                let digests = carried?.last.nameDigests ?? RenderKeys.nameDigests(catalog)
                nameDigests = digests
                names = memory.linker(names: digests.linker, make: make)
            } else {
                names = make()
            }
            timeline = carried?.last.timeline ?? ReleaseTimeline.drawn(catalog)
        }
    }

    /// The downloads: the whole graph as JSON, and its flat views as CSV (each rendered when asked).
    /// With `catalogJSON`, the JSON copies the text of entities the last export wrote.
    static func dataFiles(
        _ catalog: Catalog, paths: PublishedPaths = .asGiven, catalogJSON: CatalogJSONMemory? = nil
    ) -> [DataFile] {
        let json = DataFile(name: "catalog.json", label: "Everything (JSON)") {
            guard let catalogJSON else { return JSONExport.bytes(catalog, paths: paths) }
            return catalogJSON.export(catalog, paths: paths)
        }
        return [json]
            + CSVExport.View.allCases.map { view in
                DataFile(name: "\(view.rawValue).csv", label: "\(view.rawValue.capitalized) (CSV)") {
                    CSVExport.bytes(catalog, view: view, paths: paths)
                }
            }
    }

    /// A download: its file name in `data/`, its link text, and how to make it.
    struct DataFile: Sendable {
        var name: String
        var label: String
        var render: @Sendable () -> [UInt8]
    }

    // MARK: - View models

    func indexView(_ outline: SiteOutline, hasNav: Bool = false, anchors: HeadingAnchors? = nil) -> IndexPageView {
        let anchors = anchors ?? HeadingAnchors(outline: outline)
        let documents = outline.documents.map { document in
            DocumentView(
                title: document.title,
                showsTitle: outline.documents.count > 1 || document.title != outline.title,
                fileName: document.document.path.split(separator: "/").last.map(String.init) ?? document.document.path,
                intro: blockViews(document, document.introBlockIndices, anchors: anchors, page: "index.html"),
                sections: document.sections.map {
                    SectionLink(title: $0.title, href: Self.sectionsFolder + "/" + $0.slug + ".html")
                },
                hasSections: !document.sections.isEmpty)
        }
        let sectionCount = outline.sections.count
        return IndexPageView(
            chrome: chrome(title: outline.title, siteTitle: outline.title, depth: 0, hasNav: hasNav),
            documents: documents,
            summary: "\(counted(sectionCount, "section")) in \(counted(outline.documents.count, "document"))")
    }

    func sectionView(
        _ section: SectionOutline, in document: DocumentOutline, outline: SiteOutline,
        position: Int, of all: [SectionOutline], hasNav: Bool = false, anchors: HeadingAnchors? = nil
    ) -> SectionPageView {
        // Section pages sit side by side in one folder, so a sibling's link is just its file name.
        let link = { (other: SectionOutline) in SectionLink(title: other.title, href: other.slug + ".html") }
        let page = Self.sectionsFolder + "/" + section.slug + ".html"
        return SectionPageView(
            chrome: chrome(
                title: section.title + " · " + outline.title, siteTitle: outline.title, depth: 1, hasNav: hasNav),
            title: section.title,
            blocks: blockViews(
                document, Array(section.blockRange), anchors: anchors ?? HeadingAnchors(outline: outline), page: page),
            sourceText: "\(publishedPaths(section.location.path)):\(section.location.line)",
            position: "Section \(position + 1) of \(all.count)",
            previous: position > 0 ? link(all[position - 1]) : nil,
            next: position + 1 < all.count ? link(all[position + 1]) : nil)
    }

    /// The layout's values for a page `depth` folders deep; `hasNav` adds the site-wide
    /// navigation, which only a site built with the model graph has pages for.
    func chrome(
        title: String, siteTitle: String, depth: Int, hasNav: Bool = false, current: EntityFolder? = nil,
        root: String? = nil
    ) -> PageChrome {
        // Every link is relative, so the site works from any sub-path and from file://; `root`
        // replaces the `../` prefix for a page served at any address (404.html).
        let up = root ?? PageLinks.up(depth)
        let nav = hasNav ? PageLinks.navigation(root: up, current: current) : []
        var chrome = PageChrome(
            language: language, documentTitle: title, siteTitle: siteTitle,
            homeHref: up + "index.html", stylesheetHref: up + Self.assetsFolder + "/style.css",
            nav: nav, hasNav: !nav.isEmpty, rootHref: up, hasSearch: hasNav,
            faviconHref: up + Self.assetsFolder + "/favicon.svg")
        chrome.hasFeed = baseURL != nil && hasNav
        chrome.feedHref = chrome.hasFeed ? up + PagePublishing.feedPath : ""
        return chrome
    }

    /// The views of `document`'s blocks at `indices`, shown on `page` (relative to the site root):
    /// headings carry their ids and in-document links point where their headings now are.
    private func blockViews(
        _ document: DocumentOutline, _ indices: [Int], anchors: HeadingAnchors, page: String
    ) -> [BlockView] {
        let depth = page.split(separator: "/").count - 1
        let blocks = document.document.blocks
        var tablesSoFar = 0
        // The heading above each block, carried forward: scanning back from every block cost the
        // square of a long run of blocks without headings.
        var heading: String?
        var previous: Int?
        return indices.map { index in
            let block = blocks[index]
            if previous.map({ $0 + 1 }) != index { heading = ImageAltText.heading(before: index, in: blocks) }
            defer {
                previous = index
                if case .heading(_, let inlines) = block.kind { heading = inlines.plainText }
            }
            let linked = anchors.rewritingLinks(
                in: document.document.blockHTML[index], path: document.document.path, page: page, depth: depth)
            let html = ImageAltText.filling(
                HeadingAnchors.addingIDs(document.outline.idsByBlock[index] ?? [], toHeadingsIn: linked),
                heading: heading)
            guard case .table(let table) = block.kind else { return BlockView(html: html) }
            let lastColumn = table.rows.compactMap(\.last)
            let hasProse = lastColumn.contains { $0.text.count > Self.proseCellLength }
            tablesSoFar += 1
            return BlockView(
                html: html, isTable: true, hasProseColumn: hasProse,
                anchor: Self.tableAnchor(line: block.range.start.line),
                label: Self.tableLabel(number: tablesSoFar, heading: heading))
        }
    }

    /// A name for a table's scrolling region that no other table of the page shares (screen
    /// readers list regions by name): "Table 2, under “Base Model” (scrolls sideways)".
    static func tableLabel(number: Int, heading: String?) -> String {
        let under = heading.map { ", under “\($0)”" } ?? ""
        return "Table \(number)\(under) (scrolls sideways)"
    }

    /// The id of a table on its section page: its first line, so that a link to a number's
    /// source lands on the table the number came from.
    static func tableAnchor(line: Int) -> String { HeadingIDs.tableID(line: line) }

    private func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
