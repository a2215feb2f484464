import Catalog
import Markdown

extension SiteRenderer {
    var publishing: PagePublishing { PagePublishing(baseURL: baseURL) }

    /// `404.html` always; with a base URL also `sitemap.xml` (of every page rendered before it)
    /// and, with the model graph, `feed.xml`. Call it after every page is in `site`.
    func addPublishingFiles(to site: inout RenderedSite, catalog: Catalog?, siteTitle: String) throws(Diagnostic) {
        try site.add(
            try templates.renderBytes(
                notFoundView(siteTitle: siteTitle, hasNav: catalog != nil),
                template: "not-found"), at: PagePublishing.notFoundPath)
        site.pageCount += 1
        guard let baseURL else { return }
        if let catalog {
            let describe = PageDescriptions(catalog: catalog)
            let feed = ReleaseFeed.xml(
                catalog: catalog, baseURL: baseURL, siteTitle: siteTitle, describe: describe.model)
            try site.add(Array(feed.utf8), at: PagePublishing.feedPath)
        }
        let pages = site.sortedPaths.filter { $0.hasSuffix(".html") }
        try site.add(Array(Sitemap.xml(pages: pages, baseURL: baseURL).utf8), at: PagePublishing.sitemapPath)
    }

    /// A host serves `404.html` at whatever address was missing, at any depth, so relative links
    /// cannot work: with a base URL every link is absolute; without one they are relative to the
    /// site root, right for a missing page at the top (`file://` and local servers).
    func notFoundView(siteTitle: String, hasNav: Bool) -> NotFoundPageView {
        var chrome = chrome(
            title: "Page not found · " + siteTitle, siteTitle: siteTitle, depth: 0, hasNav: hasNav, root: baseURL?.text)
        chrome.noIndex = true
        let links = hasNav ? chrome.nav : [NavLink(label: "Home", href: chrome.homeHref, isCurrent: false)]
        return publishing.place(
            NotFoundPageView(chrome: chrome, links: links), at: PagePublishing.notFoundPath,
            description: "There is no page at this address in \(siteTitle).")
    }

    func siteDescription(_ outline: SiteOutline, catalog: Catalog?) -> String {
        catalog.map { PageDescriptions(catalog: $0).site(title: outline.title) }
            ?? "\(outline.title): \(outline.sections.count) sections"
    }

    func sectionDescription(_ view: SectionPageView, document: DocumentOutline) -> String {
        PageDescriptions.section(view.title, document: document.title, tables: view.blocks.count(where: \.isTable))
    }
}
