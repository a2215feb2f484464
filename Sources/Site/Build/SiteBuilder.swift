import Catalog
import Content
import Foundation
import Markdown

/// Runs a build: read `Content/*.md` -> parse -> render -> write.
///
/// Everything up to the write is collected in memory; any error (or, when strict, any warning)
/// stops the build before the output folder is touched, so the last good site stays online.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds and writes the site. `previous` is what the last build of this process published,
    /// so files whose bytes did not change are not hashed again. `cache` holds the last build's
    /// parsed markdown, so only files that changed are read and parsed again.
    public func build(previous: PublishedSite? = nil, cache: ParseCache? = nil) async -> BuildResult {
        var times = StageTimes()
        let (content, theme) = times.measure("read") { [options] in
            concurrently(
                {
                    ContentLoader.load(
                        from: options.contentDirectory, limits: options.limits, watchdog: options.watchdog,
                        cache: cache)
                },
                { LoadedTheme.load(overriding: options.templatesDirectory) })
        }
        return build(content, theme: theme, write: Write(previous: previous), times: times)
    }

    /// Builds as `atlas serve` rebuilds: with the parse cache and published site `memory` keeps,
    /// and not at all when nothing was read differently from the last good build (same markdown
    /// versions, `atlas.yml` and theme bytes, output folder untouched): that build's result is
    /// returned as it was, with nothing written and `siteChanged` false. `accepted` receives the
    /// site, and whether it differs from the one accepted last, once only writing it is left
    /// (`atlas serve` shows it then). When `superseded` turns true before the swap (a newer change
    /// is waiting), the writing stops with the output folder as it was: the next build writes
    /// what changed since the last site written (`BuildResult.writeSuperseded`).
    public func build(
        memory: BuildMemory, superseded: @escaping @Sendable () -> Bool = { false },
        accepted: (RenderedSite, _ changed: Bool) -> Void = { _, _ in }
    ) async -> BuildResult {
        // Read before the build, so a change made during it is seen by the next one.
        var times = StageTimes()
        let theme = times.measure("read") { try? Theme.files(overriding: options.templatesDirectory) }
        let content = times.measure("read") {
            ContentLoader.load(
                from: options.contentDirectory, limits: options.limits, watchdog: options.watchdog,
                cache: memory.parseCache)
        }
        let inputs = content.fingerprint.flatMap { fingerprint in
            theme.map {
                BuildInputs(content: fingerprint, theme: $0, output: FileIdentity(path: options.outputDirectory))
            }
        }
        if let inputs, let last = memory.lastGood, last.inputs == inputs {
            var result = last.result.unchanged()
            result.times = times
            return result
        }
        // The pages are taken from the site last shown (written or not): the render's memories
        // are of that one.
        let shown = memory.shown ?? memory.published?.site
        let reuse = theme.map {
            SiteRenderer.RenderReuse(
                previous: shown, theme: Self.hash($0), catalogJSON: memory.catalogJSON,
                documents: memory.documents, names: memory.names, catalogs: memory.catalogs)
        }
        let loaded = memory.theme(for: theme) { LoadedTheme.load(overriding: options.templatesDirectory) }
        let write = Write(previous: memory.published, shown: shown, superseded: superseded)
        var wasAccepted = false
        let result = build(
            content, theme: loaded, write: write, reuse: reuse, enrichmentMemory: memory.enrichment, times: times
        ) { site, changed in
            wasAccepted = true
            memory.shown = site
            accepted(site, changed)
        }
        if result.writeSuperseded {
            // Not written: the next build cannot be the last written one's again.
            memory.lastGood = nil
            return result
        }
        guard let published = result.published else {
            // Shown, then refused or failed: the server shows the last site written again. (A
            // build that stopped before it was shown leaves the shown site as it was.)
            if wasAccepted { memory.shown = nil }
            return result
        }
        memory.shown = nil
        memory.published = published
        if var inputs {
            inputs.output = FileIdentity(path: options.outputDirectory)
            memory.lastGood = (inputs, result)
        } else {
            memory.lastGood = nil
        }
        return result
    }

    /// How a build writes: over `previous` (the site this process wrote last), compared with
    /// `shown`, stopping when `superseded` says so (`OutputWriter.publish`).
    struct Write {
        var previous: PublishedSite?
        var shown: RenderedSite?
        var superseded: @Sendable () -> Bool = { false }
    }

    private func build(
        _ content: LoadedContent, theme: LoadedTheme, write: Write,
        reuse: SiteRenderer.RenderReuse? = nil, enrichmentMemory: EnrichmentMemory? = nil, times: StageTimes,
        accepted: (RenderedSite, Bool) -> Void = { _, _ in }
    ) -> BuildResult {
        var result = BuildResult()
        result.times = times
        let documents = content.documents
        result.diagnostics += content.diagnostics
        result.documentCount = documents.count
        result.diagnostics += theme.diagnostics
        let assets = theme.assets
        guard let templates = theme.templates, mayContinue(result) else { return result }

        do throws(Diagnostic) {
            var renderer = SiteRenderer(templates: templates)
            renderer.maxOutputBytes = options.maxOutputBytes
            renderer.baseURL = options.baseURL ?? content.config.baseURL
            renderer.siteTitle = content.config.title
            renderer.publishedPaths = PublishedPaths(contentFolder: options.contentDirectory)
            renderer.reuse = reuse
            var renderTimes = StageTimes()
            let render = { () throws(Diagnostic) -> (Enrichment, RenderedSite) in
                // The graph's checks only warn: unless warnings stop the build, they run beside the
                // write instead of before the render (`atlas serve` reloads pages sooner).
                // What the pages read of the documents alone is made on the core the enrichment's
                // reading of results tables leaves free (its time counts in "enrich").
                let (enrichment, documentParts) = renderTimes.measure("enrich") {
                    Enricher(config: content.config).enrich(
                        documents, memory: enrichmentMemory, deferringChecks: !options.warningsAreErrors,
                        besideReading: { [renderer] in renderer.documentParts(documents) })
                }
                let site = try renderTimes.measure("render") { () throws(Diagnostic) in
                    try renderer.render(
                        documents, catalog: enrichment.catalog, assets: assets, documentParts: documentParts)
                }
                return (enrichment, site)
            }
            // The render deadline ends here, before the first write.
            let (enrichment, site): (Enrichment, RenderedSite)
            if let watchdog = options.renderWatchdog {
                (enrichment, site) = try watchdog.watch(options.outputDirectory, render)
            } else {
                (enrichment, site) = try render()
            }
            for stage in renderTimes.stages { result.times.add(stage.name, stage.duration) }
            if let memory = enrichmentMemory, memory.lastReading.documentsReused > 0 || memory.lastListsReused {
                let lists = memory.lastListsReused ? "list tables as before, " : ""
                result.times.detail(
                    "enrich",
                    lists + "results tables of \(memory.lastReading.documentsRead) of \(documents.count) documents read"
                )
            }
            if reuse?.previous != nil {
                result.times.detail("render", "\(site.reusedCount) of \(site.files.count) files reused")
            }
            // The model graph's findings are `atlas check`'s to list; here they count (for --strict).
            let checks = enrichment.deferredChecks.map { checks in BackgroundWork { checks() } }
            let enrichmentFindings = result.diagnostics.count..<result.diagnostics.count + enrichment.diagnostics.count
            result.diagnostics += enrichment.diagnostics
            result.diagnostics += site.diagnostics
            result.pageCount = site.pageCount
            // The checks' findings join the enrichment's, in their order, however the build ends.
            func mergeChecks() {
                guard let checks else { return }
                let merged = (result.diagnostics[enrichmentFindings] + checks.wait()).sorted(by: Enrichment.reportOrder)
                result.diagnostics.replaceSubrange(enrichmentFindings, with: merged)
            }
            guard mayContinue(result) else {
                mergeChecks()
                return result
            }
            // Replaces the output folder whole or not at all: on any error it still holds the last good site.
            let publication: Publication?
            do {
                publication = try result.times.measure("write") { () throws(Diagnostic) in
                    let writer = OutputWriter(directory: options.outputDirectory, fileSystem: options.outputFileSystem)
                    return try writer.publish(
                        site, previous: write.previous, shown: write.shown, superseded: write.superseded
                    ) {
                        accepted(site, $0)
                    }
                }
            } catch {
                mergeChecks()
                throw error
            }
            mergeChecks()
            guard let publication else {
                result.writeSuperseded = true
                result.times.detail("write", "stopped for a newer change; \(options.outputDirectory) left as it was")
                return result
            }
            result.report = publication.report
            result.published = publication.published
            result.siteChanged = publication.siteChanged
        } catch {
            result.diagnostics.append(error)
        }
        return result
    }

    /// The theme's files, hashed: a page rendered with other templates or assets is not reused.
    private static func hash(_ theme: [ThemeFile]) -> Int {
        var hasher = Hasher()
        for file in theme {
            hasher.combine(file.path)
            hasher.combine(file.bytes)
        }
        return hasher.finalize()
    }

    private func mayContinue(_ result: BuildResult) -> Bool {
        result.errorCount == 0 && !(options.warningsAreErrors && result.warningCount > 0)
    }
}
