import Catalog
import Markdown

/// Renders the pages made from the model graph: one per model, benchmark, series and
/// organization, and a listing page per kind.
///
/// Every entity page sits one folder below the output folder, so its links start with `../`.
struct CatalogPages: Sendable {
    var catalog: Catalog
    var sources: SourceLinker
    var templates: TemplateSet
    /// Completes each page's head (description, canonical address) once its path is known.
    var publishing: PagePublishing
    /// Builds the layout's chrome for a page one folder deep.
    var chrome: @Sendable (_ title: String, _ current: EntityFolder) -> PageChrome
    /// Every model's best score per benchmark and setting, made once for all pages.
    let standings: MeasureStandings

    /// `standings` are made from the catalog when not given.
    init(
        catalog: Catalog, sources: SourceLinker, templates: TemplateSet, standings: MeasureStandings? = nil,
        publishing: PagePublishing = .init(baseURL: nil),
        chrome: @escaping @Sendable (_ title: String, _ current: EntityFolder) -> PageChrome
    ) {
        self.catalog = catalog
        self.sources = sources
        self.templates = templates
        self.publishing = publishing
        self.chrome = chrome
        self.standings = standings ?? MeasureStandings(catalog)
    }

    /// Depth of every page this type renders.
    static let depth = 1

    /// The pages' parts, held once by every pending page.
    final class Shared: Sendable {
        let pages: CatalogPages
        let describe: PageDescriptions

        init(pages: CatalogPages, describe: PageDescriptions) {
            self.pages = pages
            self.describe = describe
        }
    }

    /// Every page, still to render, in the order they are added to the site. A page whose path
    /// is refused fails in its place in that order, as it would rendered one by one. With
    /// `keys`, entity pages carry their render keys.
    func pendingPages(keys: RenderKeys? = nil) -> [PendingFile] {
        var pages: [PendingFile] = []
        // Every closure below holds this one reference and an index: each capturing `self` (the
        // catalog, templates, standings: dozens of references) and an entity copied them ten
        // thousand times on one core before the render began.
        let this = Shared(pages: self, describe: PageDescriptions(catalog: catalog))
        // `make` gives the page's view and description, made with the page: a page taken from
        // the last build skips both.
        func page<View: ChromedPage>(
            _ template: String, _ path: Result<String, Diagnostic>, key: (@Sendable () -> Int)?,
            _ make: @escaping @Sendable (Shared) -> (view: View, description: String)
        ) {
            switch path {
            case .success(let path):
                pages.append(
                    PendingFile(path: path, key: key) { () throws(Diagnostic) in
                        let (view, description) = make(this)
                        let placed = this.pages.publishing.place(view, at: path, description: description)
                        return try this.pages.templates.renderBytes(placed, template: template)
                    })
            case .failure(let error):
                pages.append(PendingFile(path: "") { () throws(Diagnostic) in throw error })
            }
        }
        // A page per element of a collection of the catalog, told apart by its index: the page's
        // key, view and description are made from the element where the page is made.
        // `changed` says whether a page's key may differ from the last one `keys` carry over.
        func entityPages<Entity, ID: EntityID, View: ChromedPage>(
            _ template: String, _ folder: EntityFolder, _ entities: @escaping @Sendable (Catalog) -> [Entity],
            id: (Entity) -> ID, source: (Int) -> Provenance,
            key: @escaping @Sendable (CatalogPages, Entity, RenderKeys) -> Int,
            changed: @escaping @Sendable (KeyCarryOver, ID) -> Bool = { _, _ in false },
            make: @escaping @Sendable (Shared, Entity) -> (view: View, description: String)
        ) {
            for index in entities(catalog).indices {
                let (id, source) = (id(entities(catalog)[index]), source(index))
                let path = Result { () throws(Diagnostic) in try folder.path(id, at: source) }
                // A carried key is looked up by the page's id and path alone: most pages of a
                // rebuild take it, and copying each entity out of the catalog first cost more.
                let pageKey = keys.map { keys in
                    { @Sendable in
                        if let carried = keys.carried, case .success(let path) = path,
                            let last = carried.key(at: path, unless: changed(carried, id))
                        {
                            return last
                        }
                        return key(this.pages, entities(this.pages.catalog)[index], keys)
                    }
                }
                page(template, path, key: pageKey) { make($0, entities($0.pages.catalog)[index]) }
            }
        }
        entityPages(
            "model", .models, { $0.models }, id: \.id, source: { catalog.models[$0].source },
            key: { $0.renderKey($1, keys: $2) }, changed: { $0.models.contains($1) },
            make: { ($0.pages.modelPage($1), $0.describe.model($1)) })
        entityPages(
            "benchmark", .benchmarks, { $0.benchmarks }, id: \.id, source: { catalog.benchmarks[$0].source },
            key: { $0.renderKey($1, keys: $2) }, changed: { $0.benchmarks.contains($1) },
            make: { ($0.pages.benchmarkPage($1), $0.describe.benchmark($1)) })
        entityPages(
            "series", .series, { $0.series }, id: \.id, source: { catalog.series[$0].source },
            key: { $0.renderKey($1, keys: $2) }, make: { ($0.pages.seriesPage($1), $0.describe.series($1)) })
        // Organizations come from atlas.yml: a refused id is reported at the first model of one.
        entityPages(
            "organization", .organizations, { $0.organizations }, id: \.id,
            source: { index in
                let first = catalog.modelIndices(of: catalog.organizations[index].id).first
                return first.map { catalog.models[$0].source } ?? Provenance(Self.configLocation)
            },
            key: { $0.renderKey($1, keys: $2) },
            make: { ($0.pages.organizationPage($1), $0.describe.organization($1)) })
        // Listings are made on the rendering threads with their pages (the model listing has a
        // row per model), and not at all when their key says the last build's page still holds.
        // A listing reads no score but their count: its last key holds whenever keys carry over.
        func listing<Row>(
            _ template: String, _ folder: EntityFolder, _ kind: Listing,
            _ view: @escaping @Sendable () -> ListingPageView<Row>
        ) {
            let path = folder.indexPath
            let key = keys.map { keys in
                { @Sendable in keys.carried?.key(at: path, unless: false) ?? renderKey(kind, keys: keys) }
            }
            // Begun with the large files: a listing's key hashes a row per entity, and a listing
            // last of 10,000 files kept one core busy while the other waited.
            pages.append(
                PendingFile(path: path, key: key, isLarge: true) { () throws(Diagnostic) in
                    let listing = view()
                    let description = PageDescriptions.listing(listing.summary, siteTitle: listing.chrome.siteTitle)
                    return try templates.renderBytes(
                        publishing.place(listing, at: path, description: description), template: template)
                })
        }
        listing("model-index", .models, .models) { modelListing() }
        listing("benchmark-index", .benchmarks, .benchmarks) { benchmarkListing() }
        listing("series-index", .series, .series) { seriesListing() }
        listing("organization-index", .organizations, .organizations) { organizationListing() }
        return pages
    }

    /// Organizations come from the configuration, which has no line numbers in the graph.
    static let configLocation = SourceLocation(path: "Content/atlas.yml", line: 1, column: 1)

    // MARK: - Links

    func link(_ id: ModelID?) -> EntityLink {
        guard let id, let model = catalog.model(id) else { return EntityLink(name: "", href: "") }
        return EntityLink(name: model.name, href: EntityFolder.models.href(id, depth: Self.depth))
    }

    func link(_ id: SeriesID?) -> EntityLink {
        guard let id, let series = catalog.series(id) else { return EntityLink(name: "", href: "") }
        return EntityLink(name: series.name, href: EntityFolder.series.href(id, depth: Self.depth))
    }

    func link(_ id: OrganizationID?) -> EntityLink {
        guard let id, let organization = catalog.organization(id) else { return EntityLink(name: "", href: "") }
        return EntityLink(name: organization.name, href: EntityFolder.organizations.href(id, depth: Self.depth))
    }

    func link(_ id: BenchmarkID) -> EntityLink {
        let name = catalog.benchmark(id)?.name ?? id.rawValue
        return EntityLink(name: name, href: EntityFolder.benchmarks.href(id, depth: Self.depth))
    }

    /// A fact with plain text; nil (left out) when the text is empty.
    func fact(_ label: String, _ text: String?) -> Fact? {
        guard let text, !text.isEmpty else { return nil }
        return Fact(label: label, value: EntityLink(name: text, href: ""))
    }

    /// A fact that links to a page; nil (left out) when there is nothing to link.
    func fact(_ label: String, _ link: EntityLink) -> Fact? {
        link.name.isEmpty ? nil : Fact(label: label, value: link)
    }

    // MARK: - Rows

    func modelRow(_ model: Model) -> ModelRow {
        ModelRow(
            model: link(model.id), organization: link(model.organization), series: link(model.series),
            release: model.release?.value.description ?? "",
            parameters: Format.parameters(model.shape), architecture: model.shape.architecture?.value ?? "",
            scoreCount: String(catalog.scoreIndices(of: model.id).count),
            releaseSortKey: Format.sortKey(model.release?.value),
            parametersSortKey: Format.sortKey(
                (model.shape.totalParameters ?? model.shape.activeParameters)?.value.billions))
    }

    func seriesRow(_ series: Series) -> SeriesRow {
        SeriesRow(
            series: link(series.id), organization: link(series.organization),
            releaseSpan: Format.releaseSpan(series.releaseSpan(in: catalog)),
            modelCount: String(series.models.count),
            releaseSortKey: Format.sortKey(series.releaseSpan(in: catalog)?.lowerBound))
    }
}

/// Formatting shared by the catalog pages.
enum Format {
    /// A number as tables.js sorts it: `91.8`, `671`; empty (sorted last) for none.
    static func sortKey(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    /// A release as a sortable number: `202501` for January 2025, `202500` for a bare year.
    static func sortKey(_ release: Release?) -> String {
        guard let release else { return "" }
        return String(release.year * 100 + (release.month ?? 0))
    }

    /// `671B total / 37B active`, `6.7B total`, `37B active`, or empty.
    static func parameters(_ shape: ModelShape) -> String {
        let parts = [
            shape.totalParameters.map { "\($0.value.text) total" },
            shape.activeParameters.map { "\($0.value.text) active" },
        ]
        return parts.compactMap { $0 }.joined(separator: " / ")
    }

    /// `November 2023 – May 2024`, one release when first and last agree, or empty.
    static func releaseSpan(_ span: ClosedRange<Release>?) -> String {
        guard let span else { return "" }
        let (first, last) = (span.lowerBound, span.upperBound)
        if first == last { return first.description }
        // A bare year and a month of that same year: all that is known is the year (a model
        // released "2025" may be later than one released in January 2025).
        if first.year == last.year, !first.isSpan, !last.isSpan, first.month == nil || last.month == nil {
            return String(first.year)
        }
        return "\(first) – \(last)"
    }

    /// `3 models`, `1 model`; `plural` for nouns such as `series`.
    static func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
    }
}
