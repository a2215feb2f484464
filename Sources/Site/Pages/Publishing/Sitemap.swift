import Catalog

/// `sitemap.xml`: the absolute address of every page, in path order (so the bytes are the same
/// every run); the 404 page is not one a search engine should list.
enum Sitemap {
    static func xml(pages: [String], baseURL: BaseURL) -> String {
        let entries = pages.filter { $0 != PagePublishing.notFoundPath }.map { path in
            "<url><loc>\(HTMLEscaping.escape(baseURL.absolute(path)))</loc></url>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" + entries.joined() + "</urlset>\n"
    }
}
