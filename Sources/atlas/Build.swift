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

    @Option(help: ArgumentHelp("Folder of the markdown sources (*.md).", valueName: "folder"))
    var content = "Content"

    @Option(help: ArgumentHelp("Folder of the Mustache templates and assets/.", valueName: "folder"))
    var templates = "Templates"

    @Option(help: ArgumentHelp("Folder the site is written to.", valueName: "folder"))
    var output = "Public"

    @Option(help: ArgumentHelp("Refuse markdown files larger than this many bytes.", valueName: "bytes"))
    var maxFileSize = ParseLimits().maxFileSize

    @Flag(help: "Treat warnings as errors: write nothing and exit non-zero when there is any.")
    var strict = false

    func validate() throws {
        guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be a positive number of bytes.") }
    }

    func run() async throws {
        var limits = ParseLimits()
        limits.maxFileSize = maxFileSize
        let options = BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: output,
                                   limits: limits, warningsAreErrors: strict)
        let result = await SiteBuilder(options: options).build()

        for diagnostic in result.diagnostics {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
        guard let report = result.report else {
            let problems = strict && result.errorCount == 0
                ? "\(result.warningCount) warning(s) with --strict" : "\(result.errorCount) error(s)"
            let outcome = result.outputMayBeIncomplete
                ? "\(output)/ may be partly updated" : "nothing was written to \(output)/"
            FileHandle.standardError.write(Data("atlas: \(problems); \(outcome)\n".utf8))
            throw ExitCode.failure
        }
        let files = result.documentCount == 1 ? "1 file" : "\(result.documentCount) files"
        let pages = result.pageCount == 1 ? "1 page" : "\(result.pageCount) pages"
        print("atlas: built \(pages) from \(files) into \(output)/ (\(report.counts))")
    }
}
