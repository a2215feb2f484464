import ArgumentParser
import Catalog
import Content
import Foundation
import Markdown

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the model graph as JSON or CSV with stable ids (schema: docs/export.md).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv }

    @OptionGroup var options: ContentOptions

    @Option(help: "json (the whole graph) or csv (one view, see --view).")
    var format: Format = .json

    @Option(help: "With --format csv: scores, models or benchmarks.")
    var view: String = "scores"

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        if let output { try FolderArgument.check(output, "--output", kind: "file") }
        guard CSVExport.View(rawValue: view) != nil else {
            throw ValidationError(
                "--view must be one of: \(CSVExport.View.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        if let output {
            do throws(Diagnostic) { try ExportTarget.check(output, contentFolder: options.content) } catch {
                report([error])
                throw ExitCode.failure
            }
        }
        let loaded = options.load()
        report(loaded.diagnostics)
        if loaded.hasErrors { throw ExitCode.failure }
        let enrichment = Enricher(config: loaded.config).enrich(loaded.documents)
        // The graph's findings, as `build` prints them (notes are `check`'s): a value exported as
        // it is written may be one the findings doubt.
        report(enrichment.diagnostics.filter { $0.severity != .note })
        let catalog = enrichment.catalog
        // Paths as the site's downloads write them, so the two agree from any working folder.
        let paths = PublishedPaths(contentFolder: options.content)
        let text =
            format == .json
            ? JSONExport.render(catalog, paths: paths)
            : CSVExport.render(catalog, view: CSVExport.View(rawValue: view)!, paths: paths)
        if let output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                report([
                    Diagnostic(
                        .error, at: SourceLocation(path: output, line: 1, column: 1),
                        "cannot write the export here: \(error.localizedDescription) (check the folder exists and is writable)"
                    )
                ])
                throw ExitCode.failure
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
