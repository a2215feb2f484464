import Foundation
import Markdown

/// The result of enrichment: the graph, and what was found wrong or doubtful on the way.
public struct Enrichment: Sendable {
    public var catalog: Catalog
    public var diagnostics: [Diagnostic]
    /// The checks across the whole graph (conflicting values, scales, duplicate tables, reordered
    /// names) when they were left for later (`enrich(_:memory:deferringChecks:)`); nil when their
    /// findings are in `diagnostics`. They only warn, so nothing need wait for them but a report.
    public var deferredChecks: GraphChecks?

    /// The order of a report: by place, then message.
    public static func reportOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        (a.location, a.message) < (b.location, b.message)
    }
}

/// The whole-graph checks of an enrichment, to run when the caller chooses (on a core the next
/// steps leave free): `run()` gives their findings, to merge in `reportOrder`.
public struct GraphChecks: Sendable {
    let run: @Sendable () -> [Diagnostic]

    public func callAsFunction() -> [Diagnostic] { run() }
}

/// Reads parsed documents into the typed graph. Pure: no file access, same output for same input.
public struct Enricher: Sendable {
    public let config: CatalogConfig

    public init(config: CatalogConfig) {
        self.config = config
    }

    /// With `memory`, what the last enrichment of this process read is used again where the
    /// documents allow (`ReadingMemory`); the result is the same as without it. With
    /// `deferringChecks`, the whole-graph checks are returned to run (`Enrichment.deferredChecks`).
    public func enrich(
        _ documents: [Document], memory: EnrichmentMemory? = nil, deferringChecks: Bool = false
    ) -> Enrichment {
        enrich(documents, memory: memory, deferringChecks: deferringChecks, besideReading: {}).0
    }

    /// `enrich`, running `side` on the core the reading of results tables leaves free (each
    /// table is read against the models and benchmarks the ones before it gave, so one core
    /// reads them all): work of the caller's that needs no catalog.
    public func enrich<Side>(
        _ documents: [Document], memory: EnrichmentMemory? = nil, deferringChecks: Bool = false,
        besideReading side: @Sendable () -> Side
    ) -> (Enrichment, Side) {
        // The documents that differ from the last enrichment's, compared once for every part
        // of the memory (nil: no memory, or another number of documents).
        let changed = memory.flatMap { memory in
            memory.documents.count == documents.count
                ? documents.indices.filter { documents[$0] != memory.documents[$0] } : nil
        }
        let remembered = changed == nil ? nil : memory?.lists.flatMap { $0.config == config ? $0 : nil }
        let changedSet = Set(changed ?? [])
        // Each document's outline and checks stand alone: made on every core (or remembered).
        let perDocument = concurrentResults(count: documents.count, skip: { false }) { index in
            if let remembered, !changedSet.contains(index) {
                return Result<_, Never>.success((remembered.outlines[index], remembered.findings[index]))
            }
            return .success((DocumentOutline(documents[index]), DocumentCheck.findings(in: documents[index])))
        }.map { $0!.get() }
        let outlines = perDocument.map(\.0)
        var run = EnrichmentRun(config: config, outlines: outlines)
        run.diagnostics += perDocument.flatMap(\.1)
        let findingCount = run.diagnostics.count
        let listsReused = remembered.map { $0.catalogues(outlines, changed: changed ?? []) } ?? false
        memory?.lastListsReused = listsReused
        if let remembered, listsReused {
            let findings = run.diagnostics
            run = remembered.catalogued
            run.outlines = outlines
            run.diagnostics = findings + remembered.listDiagnostics
        } else {
            // The sizes that make a name a family are noted from the outlines alone, beside the
            // cataloguing of the list tables; both are done before any results table is read.
            let (families, catalogued) = concurrently(
                { [run] in run.familyNames() },
                { [run] in
                    var run = run
                    run.catalogueModels()
                    run.attachSections()
                    return run
                })
            run = catalogued
            run.models.familyNames = families
        }
        if let memory {
            memory.documents = documents
            memory.lists = ListPhaseMemory(
                config: config, outlines: outlines, findings: perDocument.map(\.1), catalogued: run,
                listDiagnostics: Array(run.diagnostics[findingCount...]))
        }
        let (read, sideResult) = concurrently(
            { [run, changed, last = memory?.reading] in
                var run = run
                return (run.readResultsTables(memory: last, changed: changed), run)
            }, side)
        let reading = read.0
        run = read.1
        guard let memory else { return (run.finish(deferringChecks: deferringChecks), sideResult) }
        (memory.reading, memory.lastReading) = (reading, reading.reuse)
        (run.sortOrders, run.namedScores) = (memory.sortOrders, memory.namedScores)
        let enrichment = run.finish(deferringChecks: deferringChecks)
        (memory.sortOrders, memory.namedScores) = (run.sortOrders, run.namedScores)
        return (enrichment, sideResult)
    }
}

/// One enrichment in progress: the registries and everything found so far.
struct EnrichmentRun {
    let config: CatalogConfig
    /// The documents' outlines (replaced only when a remembered cataloguing is taken up again).
    var outlines: [DocumentOutline]
    let organizations: OrganizationMatcher
    var models: ModelRegistry
    var benchmarks: BenchmarkRegistry
    var series: [Series] = []
    /// Series ids handed out: `Fam-2` and `Fam.2` are two series with one slug.
    var seriesSlugs = UniqueSlugs()
    var tables: [ResultsTable] = []
    /// Per document, the scores its results tables gave, with the ids the reading gave their
    /// benchmarks (`finish` names them: `namedScores`).
    var scores: [[Score]] = []
    var otherSections: [SectionRef] = []
    var diagnostics: [Diagnostic] = []
    /// List tables by document and section index, to tell them from results tables.
    var listTables: [ListTableUse] = []
    /// Series by the normal form of their name (the first of each), kept with `series`.
    var seriesByKey: [NameKey: SeriesID] = [:]
    /// Section (document index, section index) → its series.
    var sectionSeries: [SectionKey: SeriesID] = [:]
    /// The orders the last catalog of this process was sorted in, to take up when they still
    /// hold; after `finish`, this catalog's.
    var sortOrders: Catalog.SortOrders?
    /// The last enrichment's named scores, to take up per document; after `finish`, this one's.
    var namedScores: NamedScores?

    struct SectionKey: Hashable {
        var document: Int
        var section: Int
    }

    struct ListTableUse {
        var key: SectionKey
        /// Position of the table among its section's tables.
        var position: Int
        var table: Table
        var entries: [ListTableReader.Entry]
        var seriesNames: [String]
        /// The table holds scores beside the list's columns, so it is read as results too.
        var holdsScores = false
    }

    init(config: CatalogConfig, outlines: [DocumentOutline]) {
        self.config = config
        self.outlines = outlines
        organizations = OrganizationMatcher(rules: config.organizations)
        models = ModelRegistry(config: config, organizations: organizations)
        benchmarks = BenchmarkRegistry(config: config)
    }

    func seriesID(named name: String) -> SeriesID? { seriesByKey[NameKey(name)] }

    /// Adds a series; the first of several with one normal form is the one names find.
    mutating func addSeries(_ new: Series) {
        series.append(new)
        let key = NameKey(new.name)
        if seriesByKey[key] == nil { seriesByKey[key] = new.id }
    }

    func sectionRef(_ key: SectionKey) -> SectionRef {
        let section = outlines[key.document].sections[key.section]
        return SectionRef(
            path: outlines[key.document].path, title: section.title, blocks: section.blocks, location: section.location)
    }

    /// The organizations of the catalog: all the configured ones, but of the built-in list only
    /// those that make a model or a series here (a model card names a handful of its forty).
    var madeOrganizations: [Organization] {
        guard config.usesBuiltInOrganizations else { return organizations.organizations }
        let makers = Set(models.models.compactMap(\.organization) + series.compactMap(\.organization))
        return organizations.organizations.filter { makers.contains($0.id) }
    }

    mutating func finish(deferringChecks: Bool = false) -> Enrichment {
        // Grouped in one pass: a filter per series would cost series × models.
        var modelsBySeries: [SeriesID: [ModelID]] = [:]
        for model in models.models { if let id = model.series { modelsBySeries[id, default: []].append(model.id) } }
        for index in series.indices { series[index].models = modelsBySeries[series[index].id] ?? [] }
        let renamed = benchmarks.settleNames()
        let named = NamedScores(read: scores, moved: renamed.filter { $0.key != $0.value }, last: namedScores)
        namedScores = named
        for index in tables.indices { tables[index].benchmarks = tables[index].benchmarks.map { renamed[$0] ?? $0 } }
        let values = named.valuesOverall
        // A benchmark whose every cell was unreadable (`63.6/62.3` under `VideoMME`) has no score.
        if values.count < benchmarks.benchmarks.count {
            let scored = Set(values.keys)
            benchmarks.keepOnly(scored)
            for index in tables.indices { tables[index].benchmarks.removeAll { !scored.contains($0) } }
        }
        assignMetrics(values: values)
        models.inheritShapes()
        // From here on everything is read only: the catalog's sorting and indexing and the
        // checks run side by side (or the checks later), and the findings keep their order.
        let (scores, tables, models, benchmarks, config) = (named.named, tables, models, benchmarks, config)
        let (organizations, series, otherSections, last) = (madeOrganizations, series, otherSections, sortOrders)
        let makeCatalog = { @Sendable in
            var catalog = Catalog()
            let orders = catalog.finish(
                organizations: organizations, series: series, models: models.models,
                benchmarks: benchmarks.benchmarks, tables: tables, scores: scores, otherSections: otherSections,
                last: last)
            return (catalog, orders)
        }
        let checks = GraphChecks {
            let scores = ScoreList(inReadingOrder: scores)
            return ScaleCheck.outOfScale(scores, benchmarks: benchmarks.benchmarks, config: config)
                + Checks.duplicateTables(tables)
                + Checks.conflictingScores(scores, models: models, benchmarks: benchmarks)
                + Checks.reorderedNames(models.models, registry: models)
        }
        let catalog: Catalog
        if deferringChecks {
            (catalog, sortOrders) = makeCatalog()
        } else {
            let made: (Catalog, Catalog.SortOrders)
            let findings: [Diagnostic]
            (made, findings) = concurrently(makeCatalog, checks.run)
            (catalog, sortOrders) = made
            diagnostics += findings
        }
        for model in models.models where model.organization == nil {
            // Named by its repository (`zetalab/zeta-embed`), the owner is what to name the maker by.
            let owner = model.aliases.lazy.compactMap { ModelName.repository($0)?.owner }.first
            diagnostics.append(
                Diagnostic(
                    .warning, at: model.source.location,
                    "no organization is known for model '\(model.name)'; add a model prefix"
                        + (owner.map { ", or its repository's owner '\($0)' as an alias," } ?? "")
                        + " to an organization in atlas.yml"))
        }
        diagnostics += models.diagnostics
        diagnostics.sort(by: Enrichment.reportOrder)
        return Enrichment(catalog: catalog, diagnostics: diagnostics, deferredChecks: deferringChecks ? checks : nil)
    }
}
