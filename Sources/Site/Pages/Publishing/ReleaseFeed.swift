import Catalog
import Charts

/// `feed.xml`: an Atom feed of model releases, newest first. Every date comes from the content
/// (a release's first day, UTC), never from the clock, so the feed is the same bytes every run;
/// ids are the models' page addresses, which stay as long as the base URL and the model ids do.
enum ReleaseFeed {
    /// `updated` of a feed with no dated release: Atom requires one, and no clock may give it.
    static let undated = "1970-01-01T00:00:00Z"

    static func xml(
        catalog: Catalog, baseURL: BaseURL, siteTitle: String, describe: (Model) -> String
    ) -> String {
        let released = catalog.models.compactMap { model in model.release.map { (model, $0.value) } }
            .sorted { left, right in
                if left.1 != right.1 { return right.1 < left.1 }
                return (left.0.name, left.0.id.rawValue) < (right.0.name, right.0.id.rawValue)
            }
        let feedURL = baseURL.absolute(PagePublishing.feedPath)
        let head = [
            "<title>\(escape(siteTitle)): model releases</title>",
            "<id>\(escape(feedURL))</id>",
            "<link rel=\"self\" type=\"application/atom+xml\" href=\"\(escape(feedURL))\"/>",
            "<link rel=\"alternate\" type=\"text/html\" href=\"\(escape(baseURL.text))\"/>",
            "<updated>\(released.first.map { timestamp($0.1) } ?? undated)</updated>",
            "<author><name>\(escape(siteTitle))</name></author>",
        ]
        let entries = released.map { model, release in
            let page = escape(baseURL.absolute(EntityFolder.models.rawValue + "/" + model.id.rawValue + ".html"))
            return "<entry>\n<title>\(escape(model.name))</title>\n<id>\(page)</id>\n"
                + "<link rel=\"alternate\" type=\"text/html\" href=\"\(page)\"/>\n"
                + "<updated>\(timestamp(release))</updated>\n<summary>\(escape(describe(model)))</summary>\n</entry>"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
            + (head + entries).joined(separator: "\n") + "\n</feed>\n"
    }

    /// The first day of a release (January for a bare year) as an RFC 3339 time.
    static func timestamp(_ release: Release) -> String {
        let year = String(release.year)
        let month = String(release.month ?? 1)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-"
            + (month.count < 2 ? "0" : "") + month + "-01T00:00:00Z"
    }

    /// XML text: escaped, and without the control characters XML 1.0 cannot carry (a model name
    /// with one made the whole feed ill-formed).
    private static func escape(_ text: String) -> String { SVGEscaping.escape(text) }
}
