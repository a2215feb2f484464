import Catalog
import Charts
import Markdown

/// What each page is made from, hashed, so that `atlas serve` renders again only the pages an
/// edit reaches: a page whose key equals its key in the last build of the same process gets
/// that build's bytes (`RenderedSite.add(rendering:reusing:)`).
///
/// A key combines `site` (what any page may read: the theme, the site's settings, the outline's
/// titles, slugs and heading ids, the organizations' and series' names and every results
/// table's title, series and orientation) with what the page itself shows: a model page its
/// model, scores (with their places), standings and the names of the benchmarks and models it
/// links to, a section page its range, blocks and every name (its text links them). So a changed
/// score re-renders its model's page, its benchmark's page and the pages whose standings it
/// moves; a paragraph added re-renders its section and the pages of the scores, entities and
/// tables it moved down; a row for a model named elsewhere already, its section and the pages its
/// scores reach; a renamed or new model the pages that show it, the listings and the sections;
/// a new heading everything.
///
/// A place (a line) is read through `SourceLinker` only for the place's own link and label,
/// which depend on the lines before it in its file: a place whose line is as it was links as
/// it did, and one that moved changes the key of each page that shows it.
/// Keys are `Hasher` values: seeded per process, compared only within one.
struct RenderKeys: Sendable {
    let site: Int
    /// The catalog's names, hashed (`nameDigests`): each page hashes those it shows.
    let names: NameDigests?
    /// Each score of the catalog hashed, by its index in `catalog.scores`: a score is on two pages
    /// (its model's and its benchmark's), hashed once.
    let scoreDigests: [Int]
    /// Per document path, each block's digest (`DocumentRenderParts`): a page hashes the digests of
    /// the blocks it shows, not their syntax and HTML again.
    let blockDigests: [String: [Int]]
    /// The last render's keys of catalog pages no changed score reaches (`CatalogMemory`).
    var carried: KeyCarryOver?

    /// The keys but for the catalog's names, which are hashed beside them (`nameDigests`, on
    /// the other core, where the name links that digest decides on are made). `theme` hashes the
    /// templates and assets the build read; `settings` whatever else of the renderer reaches
    /// every page (language, base URL); `blockDigests[i]` are those of `outline.documents[i]`.
    struct Unfinished: Sendable {
        private var hasher = Hasher()
        private let blockDigests: [String: [Int]]

        init(
            theme: Int, settings: some Hashable, outline: SiteOutline, blockDigests: [[Int]]
        ) {
            hasher.combine(theme)
            hasher.combine(settings)
            hasher.combine(outline.title)
            // What any page reads of the outline: titles, slugs and heading ids (navigation,
            // in-document links), in order. Not where anything is (lines, block indices): a
            // paragraph added would change every page's key. The pages that show blocks or
            // sources hash those themselves (a section its range and blocks, a model its scores).
            for document in outline.documents {
                hasher.combine(document.document.path)
                hasher.combine(document.title)
                for section in document.sections {
                    hasher.combine(section.title)
                    hasher.combine(section.slug)
                    hasher.combine(section.headingID)
                }
                for heading in document.outline.headings {
                    hasher.combine(heading.level)
                    hasher.combine(heading.title)
                    hasher.combine(heading.id)
                    hasher.combine(heading.isTopLevel)
                }
            }
            self.blockDigests = Dictionary(
                zip(outline.documents.map(\.document.path), blockDigests), uniquingKeysWith: { first, _ in first })
        }

        /// `names` are the catalog's names digests (`nameDigests`), nil without a catalog;
        /// `scoreDigests` its scores hashed, in order (`CatalogParts`).
        func finished(names: NameDigests?, scoreDigests: [Int]) -> RenderKeys {
            var hasher = hasher
            hasher.combine(names?.shared)
            return RenderKeys(
                site: hasher.finalize(), names: names, scoreDigests: scoreDigests, blockDigests: blockDigests)
        }
    }

    private init(site: Int, names: NameDigests?, scoreDigests: [Int], blockDigests: [String: [Int]]) {
        self.site = site
        self.names = names
        self.scoreDigests = scoreDigests
        self.blockDigests = blockDigests
    }

    /// The catalog's names, hashed: every entity's and every results table's shape (`names`:
    /// what the search index and the name links in sections read); with each table's place and
    /// its models and benchmarks too, all that `NameLinker` is made from (`linker`); the
    /// organizations', series' and tables' alone (`shared`: what navigation and source labels on
    /// any page read); and each model's and benchmark's own, for the pages that show them.
    static func nameDigests(_ catalog: Catalog) -> NameDigests {
        var hasher = Hasher()
        hashSharedNames(of: catalog, into: &hasher)
        let shared = hasher.finalize()
        var all = Hasher()
        all.combine(shared)
        let models = digests(of: catalog.models, into: &all) { model, hasher in
            hasher.combine(model.id)
            hasher.combine(model.name)
            hasher.combine(model.aliases)
        }
        let benchmarks = digests(of: catalog.benchmarks, into: &all) { benchmark, hasher in
            hasher.combine(benchmark.id)
            hasher.combine(benchmark.name)
            hasher.combine(benchmark.aliases)
            hasher.combine(benchmark.category)
        }
        var linker = all
        for table in catalog.tables {
            linker.combine(table.source)
            linker.combine(table.models)
            linker.combine(table.benchmarks)
        }
        return NameDigests(
            names: all.finalize(), linker: linker.finalize(), shared: shared, models: models,
            benchmarks: benchmarks)
    }

    /// Each entity's digest by id (made by `hash`), each also combined into `all` in order.
    private static func digests<Entity: Identifiable>(
        of entities: [Entity], into all: inout Hasher, _ hash: (Entity, inout Hasher) -> Void
    ) -> [Entity.ID: Int] {
        var digests: [Entity.ID: Int] = [:]
        digests.reserveCapacity(entities.count)
        for entity in entities {
            var hasher = Hasher()
            hash(entity, &hasher)
            let digest = hasher.finalize()
            digests[entity.id] = digest
            all.combine(digest)
        }
        return digests
    }

    struct NameDigests: Sendable, Equatable {
        var names: Int
        var linker: Int
        var shared: Int
        var models: [ModelID: Int]
        var benchmarks: [BenchmarkID: Int]
    }

    /// The organizations' and series' names and every results table's title, series and
    /// orientation: what navigation and source labels on any page read. Models' and
    /// benchmarks' names are left to the pages that show them, scores and facts too.
    private static func hashSharedNames(of catalog: Catalog, into hasher: inout Hasher) {
        for organization in catalog.organizations {
            hasher.combine(organization.id)
            hasher.combine(organization.name)
            hasher.combine(organization.aliases)
        }
        for series in catalog.series {
            hasher.combine(series.id)
            hasher.combine(series.name)
        }
        for table in catalog.tables {
            hasher.combine(table.id)
            hasher.combine(table.headingPath)
            hasher.combine(table.series)
            hasher.combine(table.orientation)
        }
    }

    /// The names of the model `id` as a page showing it hashes them.
    func modelNames(_ id: ModelID?) -> Int? { id.flatMap { names?.models[$0] } }

    /// The names of the benchmark `id` as a page showing it hashes them.
    func benchmarkNames(_ id: BenchmarkID) -> Int? { names?.benchmarks[id] }

    /// A key of `site` and `parts`.
    func key(_ parts: (inout Hasher) -> Void) -> Int {
        var hasher = Hasher()
        hasher.combine(site)
        parts(&hasher)
        return hasher.finalize()
    }

    /// The home page: each document's introduction, the description, the timeline's points and
    /// the front door (counts, series, most reported benchmarks); titles and links are the site's.
    func index(
        _ outline: SiteOutline, description: String, timeline: ReleaseTimeline.Drawn, frontDoor: FrontDoorView?
    ) -> Int {
        key { hasher in
            for document in outline.documents {
                hashBlocks(document.introBlockIndices, of: document, into: &hasher)
            }
            hasher.combine(description)
            hasher.combine(timeline)
            hasher.combine(frontDoor)
        }
    }

    func section(_ section: SectionOutline, in document: DocumentOutline, position: Int) -> Int {
        key { hasher in
            hasher.combine(position)
            hasher.combine(section)
            // Its text links every name it holds (`NameLinker`; a table's own models and
            // benchmarks are in its cells, which the blocks hash).
            hasher.combine(names?.names)
            hashBlocks(section.blockRange, of: document, into: &hasher)
        }
    }

    /// The blocks a page shows: their syntax (levels, table cells, lines) and their HTML, by
    /// their digests (made here when the document has none).
    private func hashBlocks(_ indices: some Sequence<Int>, of document: DocumentOutline, into hasher: inout Hasher) {
        let digests = blockDigests[document.document.path] ?? []
        for index in indices {
            let known = digests.indices.contains(index)
            hasher.combine(known ? digests[index] : DocumentRenderParts.digest(ofBlock: index, in: document.document))
        }
    }
}

extension CatalogPages {
    /// What a model page shows: the model, its scores, where it stands on each benchmark, the
    /// names of those benchmarks and of the model it is a variant of.
    func renderKey(_ model: Model, keys: RenderKeys) -> Int {
        keys.key { hasher in
            hasher.combine(model)
            // Its "Variant of" link (a variant named from its base changes with it anyway).
            hasher.combine(keys.modelNames(model.variantOf))
            let indices = catalog.scoreIndices(of: model.id)
            hasher.combine(indices.count)
            for index in indices {
                hasher.combine(keys.scoreDigests[index])
                hasher.combine(keys.benchmarkNames(catalog.scores[index].benchmark))
            }
            // What `standingRows` reads, without making the rows: each comparison's shared part
            // and the model's rank in it (its labels are the benchmarks' names, hashed above).
            for score in indices.lazy.map({ catalog.scores[$0] }) where score.isReported {
                guard let comparison = standings.comparison(Measure(benchmark: score.benchmark, setting: score.setting))
                else { continue }
                hasher.combine(comparison.digest)
                if let value = comparison.best[model.id]?.value { hasher.combine(comparison.rank(of: value)) }
            }
        }
    }

    /// What a benchmark page shows: the benchmark, every score on it and the names of their
    /// models (which also order ties).
    func renderKey(_ benchmark: Benchmark, keys: RenderKeys) -> Int {
        keys.key { hasher in
            hasher.combine(benchmark)
            let indices = catalog.scoreIndices(on: benchmark.id)
            hasher.combine(indices.count)
            for index in indices {
                hasher.combine(keys.scoreDigests[index])
                hasher.combine(keys.modelNames(catalog.scores[index].model))
            }
        }
    }

    /// What a series page shows: the series, its models' rows and where its tables are.
    func renderKey(_ series: Series, keys: RenderKeys) -> Int {
        keys.key { hasher in
            hasher.combine(series)
            for id in series.resultsTables { hasher.combine(catalog.table(id)?.source) }
            hashModelRows(series.models.compactMap(catalog.modelIndex), into: &hasher)
        }
    }

    /// What an organization page shows: its series rows (model count and release span; names
    /// are the site's) and its models' rows.
    func renderKey(_ organization: Organization, keys: RenderKeys) -> Int {
        keys.key { hasher in
            hasher.combine(organization)
            for series in catalog.series where series.organization == organization.id {
                hasher.combine(series)
                hasher.combine(series.releaseSpan(in: catalog))
            }
            hashModelRows(catalog.modelIndices(of: organization.id), into: &hasher)
        }
    }

    /// The four listing pages.
    enum Listing {
        case models, benchmarks, series, organizations
    }

    /// What a listing shows: a row per entity (names and links are the site's).
    func renderKey(_ listing: Listing, keys: RenderKeys) -> Int {
        keys.key { hasher in
            switch listing {
            case .models:
                hashModelRows(catalog.models.indices, into: &hasher)
            case .benchmarks:
                for benchmark in catalog.benchmarks {
                    hasher.combine(benchmark)
                    hasher.combine(catalog.scoreIndices(on: benchmark.id).count)
                }
            case .series:
                for series in catalog.series {
                    hasher.combine(series)
                    hasher.combine(series.releaseSpan(in: catalog))
                }
            case .organizations:
                hasher.combine(catalog.organizations)
                for series in catalog.series { hasher.combine(series.organization) }
                for model in catalog.models { hasher.combine(model.organization) }
            }
        }
    }

    /// The rows of the models at `indices` in `catalog.models`: by index, as copying thousands
    /// of models for the listings' keys took longer than hashing them.
    private func hashModelRows(_ indices: some Sequence<Int>, into hasher: inout Hasher) {
        for index in indices {
            hasher.combine(catalog.models[index])
            hasher.combine(catalog.scoreIndices(of: catalog.models[index].id).count)
        }
    }
}
