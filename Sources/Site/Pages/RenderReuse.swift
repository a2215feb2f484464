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
        /// Each document's outline, link findings and block digests as last made.
        var documents: DocumentMemory
        /// The last name links, and the digest of the names they were made from.
        var names: NameLinkerMemory
        /// What the last render made of every score, and its catalog pages' keys.
        var catalogs: CatalogMemory
    }

    /// The last `NameLinker` (about 30 ms at 7,000 models): the same names give the same links.
    final class NameLinkerMemory: Sendable {
        private let last = Mutex<(names: Int, linker: NameLinker)?>(nil)

        init() {}

        /// The linker of names with digest `names` (`RenderKeys.nameDigests`' `linker`): the
        /// last one when its names had that digest, else `make()`'s.
        func linker(names: Int, make: () -> NameLinker) -> NameLinker {
            if let last = last.withLock({ $0 }), last.names == names { return last.linker }
            let linker = make()
            last.withLock { $0 = (names, linker) }
            return linker
        }
    }

    /// The last catalog.json a process exported: the next export copies what did not change.
    final class CatalogJSONMemory: Sendable {
        private let last = Mutex<JSONExport.Written?>(nil)

        init() {}

        /// `paths` are the same for every build of a process (one content folder).
        func export(_ catalog: Catalog, paths: PublishedPaths) -> [UInt8] {
            let written = JSONExport.bytes(catalog, reusing: last.withLock { $0 }, paths: paths)
            last.withLock { $0 = written }
            return written.bytes
        }
    }
}
