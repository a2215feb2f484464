import Catalog
import Charts
import Markdown

/// What each page is made from, hashed, so that `atlas serve` renders again only the pages an
/// edit reaches: a page whose key equals its key in the last build of the same process gets
/// that build's bytes (`RenderedSite.add(rendering:reusing:)`).
///
/// A key combines `site` (what any page may read: the theme, the site's settings, the outline's
/// titles, slugs and heading ids, every entity's names and every results table's title,
/// series and orientation) with what the page itself shows: a model page its model, scores
/// (with their places) and standings, a section page its range and blocks. So a changed score
/// re-renders its model's page, its benchmark's page and the pages whose standings it moves; a
/// paragraph added re-renders its section and the pages of the scores, entities and tables it
/// moved down; a row for a model named elsewhere already, its section and the pages its scores
/// reach; a renamed or new model or a new heading re-renders everything.
///
/// A place (a line) is read through `SourceLinker` only for the place's own link and label,
/// which depend on the lines before it in its file: a place whose line is as it was links as
/// it did, and one that moved changes the key of each page that shows it.
/// Keys are `Hasher` values: seeded per process, compared only within one.
struct RenderKeys: Sendable {
    let site: Int
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

        /// `names` is the catalog's names digest (`nameDigests`), nil without a catalog; `scoreDigests` its
        /// scores hashed, in order (`CatalogParts`).
        func finished(names: Int?, scoreDigests: [Int]) -> RenderKeys {
            var hasher = hasher
            hasher.combine(names)
            return RenderKeys(site: hasher.finalize(), scoreDigests: scoreDigests, blockDigests: blockDigests)
        }
    }

    private init(site: Int, scoreDigests: [Int], blockDigests: [String: [Int]]) {
        self.site = site
        self.scoreDigests = scoreDigests
        self.blockDigests = blockDigests
    }

    /// Every entity's names and every results table's shape, hashed: what links, navigation and
    /// source labels on any page read (`names`); with each table's place and its models and
    /// benchmarks too, all that `NameLinker` is made from (`linker`). Only section pages read a
    /// table's models and benchmarks (its cells' links), and a section page hashes its blocks;
    /// a page that shows a place hashes it itself.
    static func nameDigests(_ catalog: Catalog) -> NameDigests {
        var hasher = Hasher()
        hashNames(of: catalog, into: &hasher)
        var linker = hasher
        for table in catalog.tables {
            linker.combine(table.source)
            linker.combine(table.models)
            linker.combine(table.benchmarks)
        }
        return NameDigests(names: hasher.finalize(), linker: linker.finalize())
    }

    struct NameDigests: Sendable, Equatable {
        var names: Int
        var linker: Int
    }

    /// Every entity's names and every results table's title, series and orientation: what links,
    /// navigation and source labels on any page read. Scores and facts are left to the pages
    /// that show them.
    private static func hashNames(of catalog: Catalog, into hasher: inout Hasher) {
        for organization in catalog.organizations {
            hasher.combine(organization.id)
            hasher.combine(organization.name)
            hasher.combine(organization.aliases)
        }
        for series in catalog.series {
            hasher.combine(series.id)
            hasher.combine(series.name)
        }
        for model in catalog.models {
            hasher.combine(model.id)
            hasher.combine(model.name)
            hasher.combine(model.aliases)
        }
        for benchmark in catalog.benchmarks {
            hasher.combine(benchmark.id)
            hasher.combine(benchmark.name)
            hasher.combine(benchmark.aliases)
            hasher.combine(benchmark.category)
        }
        for table in catalog.tables {
            hasher.combine(table.id)
            hasher.combine(table.headingPath)
            hasher.combine(table.series)
            hasher.combine(table.orientation)
        }
    }

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
        _ outline: SiteOutline, description: String, timeline: [TimelineChart.Point], frontDoor: FrontDoorView?
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
    /// What a model page shows: the model, its scores, where it stands on each benchmark.
    func renderKey(_ model: Model, keys: RenderKeys) -> Int {
        keys.key { hasher in
            hasher.combine(model)
            let indices = catalog.scoreIndices(of: model.id)
            hasher.combine(indices.count)
            for index in indices { hasher.combine(keys.scoreDigests[index]) }
            // What `standingRows` reads, without making the rows: each comparison's shared part
            // and the model's rank in it (labels and links are the site's names).
            for score in indices.lazy.map({ catalog.scores[$0] }) where score.isReported {
                guard let comparison = standings.comparison(Measure(benchmark: score.benchmark, setting: score.setting))
                else { continue }
                hasher.combine(comparison.digest)
                if let value = comparison.best[model.id]?.value { hasher.combine(comparison.rank(of: value)) }
            }
        }
    }

    /// What a benchmark page shows: the benchmark and every score on it.
    func renderKey(_ benchmark: Benchmark, keys: RenderKeys) -> Int {
        keys.key { hasher in
            hasher.combine(benchmark)
            let indices = catalog.scoreIndices(on: benchmark.id)
            hasher.combine(indices.count)
            for index in indices { hasher.combine(keys.scoreDigests[index]) }
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
