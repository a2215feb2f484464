import Catalog

/// A page view whose layout values can be completed once the page's path is known.
protocol ChromedPage {
    var chrome: PageChrome { get set }
}

extension IndexPageView: ChromedPage {}
extension SectionPageView: ChromedPage {}
extension ModelPageView: ChromedPage {}
extension BenchmarkPageView: ChromedPage {}
extension SeriesPageView: ChromedPage {}
extension OrganizationPageView: ChromedPage {}
extension ListingPageView: ChromedPage {}
extension NotFoundPageView: ChromedPage {}
extension ComparePageView: ChromedPage {}

/// What a page's head says beyond its title: a description and Open Graph tags on every page,
/// and with a base URL the page's canonical address. Without a base URL nothing absolute is
/// written, so the site stays relative and works from any folder.
struct PagePublishing: Sendable {
    var baseURL: BaseURL?

    static let sitemapPath = "sitemap.xml"
    static let feedPath = "feed.xml"
    static let notFoundPath = "404.html"

    /// `view` with the head values of the page at `path` (relative to the output folder).
    func place<View: ChromedPage>(_ view: View, at path: String, description: String) -> View {
        var view = view
        view.chrome.description = description
        view.chrome.hasDescription = !description.isEmpty
        view.chrome.openGraphType = path == "index.html" ? "website" : "article"
        if let baseURL, path != Self.notFoundPath {
            view.chrome.canonicalURL = baseURL.absolute(path)
            view.chrome.hasCanonical = true
        }
        return view
    }
}
