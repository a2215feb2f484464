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

    /// Builds and writes the site. `previous` is what the last build of this process published
    /// (`atlas serve` keeps it), so files whose bytes did not change are not hashed again;
    /// `written` receives the in-memory site once it is on disk (`atlas serve` serves from it),
    /// and is not called when the build fails. `cache` holds the last build's parsed markdown
    /// (`atlas serve` keeps it), so only files that changed are read and parsed again.
    public func build(
        previous: PublishedSite? = nil, cache: ParseCache? = nil, written: (RenderedSite) -> Void = { _ in }
    ) async -> BuildResult {
        var result = BuildResult()
        let content = ContentLoader.load(
            from: options.contentDirectory, limits: options.limits, watchdog: options.watchdog, cache: cache)
        let documents = content.documents
        result.diagnostics += content.diagnostics
        result.documentCount = documents.count

        var templates: TemplateSet?
        do throws(Diagnostic) {
            templates = try TemplateSet.load(overriding: options.templatesDirectory)
        } catch {
            result.diagnostics.append(error)
        }
        let assets = ThemeAssets.load(in: options.templatesDirectory, diagnostics: &result.diagnostics)
        guard let templates, mayContinue(result) else { return result }

        do throws(Diagnostic) {
            var renderer = SiteRenderer(templates: templates)
            renderer.maxOutputBytes = options.maxOutputBytes
            renderer.baseURL = options.baseURL ?? content.config.baseURL
            let render = { () throws(Diagnostic) -> (Enrichment, RenderedSite) in
                let enrichment = Enricher(config: content.config).enrich(documents)
                return (enrichment, try renderer.render(documents, catalog: enrichment.catalog, assets: assets))
            }
            // The render deadline ends here, before the first write.
            let (enrichment, site): (Enrichment, RenderedSite)
            if let watchdog = options.renderWatchdog {
                (enrichment, site) = try watchdog.watch(options.outputDirectory, render)
            } else {
                (enrichment, site) = try render()
            }
            // The model graph's findings are `atlas check`'s to list; here they count (for --strict).
            result.diagnostics += enrichment.diagnostics
            result.diagnostics += site.diagnostics
            result.pageCount = site.pageCount
            guard mayContinue(result) else { return result }
            // Replaces the output folder whole or not at all: on any error it still holds the last good site.
            let publication = try OutputWriter(directory: options.outputDirectory).publish(site, previous: previous)
            result.report = publication.report
            result.published = publication.published
            written(site)
        } catch {
            result.diagnostics.append(error)
        }
        return result
    }

    private func mayContinue(_ result: BuildResult) -> Bool {
        result.errorCount == 0 && !(options.warningsAreErrors && result.warningCount > 0)
    }
}
