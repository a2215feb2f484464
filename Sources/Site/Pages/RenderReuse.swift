import Catalog
import Synchronization

extension SiteRenderer {
    /// What a rebuild may take from the build before it (see `reuse`).
    struct RenderReuse: Sendable {
        var previous: RenderedSite?
        /// A hash of the templates and assets the site is rendered with.
        var theme: Int
        /// The last catalog.json written, and where each entity's text is in it.
        var catalogJSON: CatalogJSONMemory
    }

    /// The last catalog.json a process exported: the next export copies what did not change.
    final class CatalogJSONMemory: Sendable {
        private let last = Mutex<JSONExport.Written?>(nil)

        init() {}

        func export(_ catalog: Catalog) -> [UInt8] {
            let written = JSONExport.bytes(catalog, reusing: last.withLock { $0 })
            last.withLock { $0 = written }
            return written.bytes
        }
    }
}
