import ArgumentParser
import Foundation
import Markdown
import Site

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the static site from the markdown in Content/ into Public/.",
        discussion: """
            Nothing is written when there is an error, so the last good site stays in place. \
            Only files listed in <output>/.atlas-manifest (files an earlier build wrote) are ever \
            replaced or removed.
            """)

    @OptionGroup var source: ContentOptions

    @Option(help: ArgumentHelp("Folder of the Mustache templates and assets/.", valueName: "folder"))
    var templates = "Templates"

    @Option(help: ArgumentHelp("Folder the site is written to.", valueName: "folder"))
    var output = "Public"

    @Flag(help: "Treat warnings as errors: write nothing and exit non-zero when there is any.")
    var strict = false

    @Option(help: ArgumentHelp("Write nothing when the site would be larger than this many bytes.", valueName: "bytes"))
    var maxOutputSize = RenderedSite.defaultMaxBytes

    @Option(
        help: ArgumentHelp("Give up (nothing written) when rendering takes longer than this.", valueName: "seconds"))
    var renderTimeout = 60.0

    func run() async throws {
        let options = BuildOptions(
            contentDirectory: source.content, templatesDirectory: templates, outputDirectory: output,
            limits: source.limits, warningsAreErrors: strict, watchdog: source.watchdog(),
            maxOutputBytes: maxOutputSize, renderWatchdog: makeRenderWatchdog(seconds: renderTimeout))
        let result = await SiteBuilder(options: options).build()

        report(result.diagnostics)
        guard let report = result.report else {
            let problems =
                strict && result.errorCount == 0
                ? "\(result.warningCount) warning(s) with --strict" : "\(result.errorCount) error(s)"
            let outcome =
                result.outputMayBeIncomplete
                ? "\(output)/ may be partly updated" : "nothing was written to \(output)/"
            FileHandle.standardError.write(Data("atlas: \(problems); \(outcome)\n".utf8))
            throw ExitCode.failure
        }
        let files = result.documentCount == 1 ? "1 file" : "\(result.documentCount) files"
        let pages = result.pageCount == 1 ? "1 page" : "\(result.pageCount) pages"
        print("atlas: built \(pages) from \(files) into \(output)/ (\(report.counts))")
    }
}
