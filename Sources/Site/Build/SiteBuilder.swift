import Catalog
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

    public func build() async -> BuildResult {
        var result = BuildResult()
        let content = ContentLoader.load(
            from: options.contentDirectory, limits: options.limits, watchdog: options.watchdog)
        let documents = content.documents
        result.diagnostics += content.diagnostics
        result.documentCount = documents.count

        var templates: TemplateSet?
        do throws(Diagnostic) {
            templates = try await TemplateSet.load(from: options.templatesDirectory)
        } catch {
            result.diagnostics.append(error)
        }
        let assets = ContentReader.assets(in: options.templatesDirectory, diagnostics: &result.diagnostics)
        guard let templates, mayContinue(result) else { return result }

        do throws(Diagnostic) {
            var renderer = SiteRenderer(templates: templates)
            renderer.maxOutputBytes = options.maxOutputBytes
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
            let writer = OutputWriter(directory: options.outputDirectory)
            try writer.check(site)
            do throws(Diagnostic) {
                result.report = try writer.write(site)
            } catch {
                // The checks passed, so this is the disk failing part-way, not a refusal.
                result.outputMayBeIncomplete = true
                throw error
            }
        } catch {
            result.diagnostics.append(error)
        }
        return result
    }

    private func mayContinue(_ result: BuildResult) -> Bool {
        result.errorCount == 0 && !(options.warningsAreErrors && result.warningCount > 0)
    }
}
