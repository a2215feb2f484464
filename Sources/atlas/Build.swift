import ArgumentParser
import Catalog
import Content
import Foundation
import Markdown
import Site

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the static site from the markdown in Content/ into Public/.",
        discussion: """
            The new site is built beside the output folder and swapped in as a whole, so after an \
            error, a full disk or a kill the output folder holds the last good site or the new one, \
            never a mix. Only files that changed are written. Only files listed in \
            <output>/.atlas-manifest (files an earlier build wrote, not changed since) are ever replaced or removed; \
            anything else in the output folder is carried over untouched.
            """)

    @OptionGroup var source: ContentOptions

    @Option(
        help: ArgumentHelp(
            "Folder whose *.mustache files and assets/ replace the built-in theme's, file by file "
                + "(default: Templates, when it exists).",
            valueName: "folder"))
    var templates: String?

    @Option(help: ArgumentHelp("Folder the site is written to.", valueName: "folder"))
    var output = "Public"

    @Flag(help: "Treat warnings as errors: write nothing and exit non-zero when there is any.")
    var strict = false

    @Flag(
        help: """
            Say where each template and asset came from (the templates folder or the built-in theme), \
            and how long each stage of the build took.
            """)
    var verbose = false

    @Option(help: ArgumentHelp("Write nothing when the site would be larger than this many bytes.", valueName: "bytes"))
    var maxOutputSize = RenderedSite.defaultMaxBytes

    @Option(
        help: ArgumentHelp("Give up (nothing written) when rendering takes longer than this.", valueName: "seconds"))
    var renderTimeout = 60.0

    @Option(
        help: ArgumentHelp(
            "The address the site is published at (overrides baseURL in atlas.yml): adds sitemap.xml, "
                + "feed.xml and canonical links.", valueName: "url"),
        transform: { address in try BaseURL(validating: address) })
    var baseURL: BaseURL?

    func validate() throws {
        try FolderArgument.check(output, "--output")
        if let templates { try FolderArgument.check(templates, "--templates") }
        // (`nan` is no number of seconds: `> 0` refuses it, as it refuses 0.)
        guard renderTimeout > 0 else { throw ValidationError("--render-timeout must be a positive number of seconds.") }
    }

    func run() async throws {
        let templates = try ThemeOrigins.templatesFolder(given: self.templates)
        if verbose { try ThemeOrigins.print(overriding: templates) }
        let options = BuildOptions(
            contentDirectory: source.content, templatesDirectory: templates, outputDirectory: output,
            limits: source.limits, warningsAreErrors: strict, watchdog: source.watchdog(),
            maxOutputBytes: maxOutputSize, renderWatchdog: makeRenderWatchdog(seconds: renderTimeout),
            baseURL: baseURL)
        let result = await SiteBuilder(options: options).build()

        // Notes (tables not read, and why) are `atlas check`'s to list.
        report(result.diagnostics.filter { $0.severity != .note })
        guard let report = result.report else {
            let problems =
                strict && result.errorCount == 0
                ? "\(result.warningCount) warning(s) with --strict" : "\(result.errorCount) error(s)"
            // The writer swaps in a whole new site or nothing, so a failure leaves the old one.
            let outcome = "\(Self.shown(output)) was left as it was (the last good site, if any, is intact)"
            FileHandle.standardError.write(Data("atlas: \(problems); \(outcome)\n".utf8))
            throw ExitCode.failure
        }
        let files = result.documentCount == 1 ? "1 file" : "\(result.documentCount) files"
        let pages = result.pageCount == 1 ? "1 page" : "\(result.pageCount) pages"
        for note in report.notes {
            FileHandle.standardError.write(Data("atlas: warning: \(TerminalText.safe(note))\n".utf8))
        }
        print(TerminalText.safe("atlas: built \(pages) from \(files) into \(Self.shown(output)) (\(report.counts))"))
        if verbose { print("atlas: \(result.times.summary)") }
    }
}

extension Build {
    /// The output folder as messages name it, with one trailing slash: `Public/`, `/`.
    static func shown(_ output: String) -> String { output.hasSuffix("/") ? output : output + "/" }
}
