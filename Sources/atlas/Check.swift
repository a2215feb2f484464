import ArgumentParser
import Catalog
import Content
import Foundation
import Markdown

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Read Content/ into the model graph and report problems as path:line:column diagnostics.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var options: ContentOptions

    @Flag(help: "Fail (exit 1) on warnings too, not only on errors.")
    var strict = false

    @Option(help: "Output format: text (compiler style, to standard error) or json (to standard output).")
    var format: Format = .text

    func run() throws {
        let loaded = options.load()
        var diagnostics = loaded.diagnostics
        if !loaded.hasErrors {
            diagnostics += Enricher(config: loaded.config).enrich(loaded.documents).diagnostics
        }
        switch format {
        case .text:
            report(diagnostics)
            let count = { (severity: Diagnostic.Severity) in diagnostics.count { $0.severity == severity } }
            FileHandle.standardError.write(
                Data("atlas check: \(count(.error)) errors, \(count(.warning)) warnings, \(count(.note)) notes\n".utf8))
        case .json:
            FileHandle.standardOutput.write(Data(Self.json(diagnostics).utf8))
        }
        let fails = diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        if fails { throw ExitCode.failure }
    }

    static func json(_ diagnostics: [Diagnostic]) -> String {
        let list = diagnostics.map { d -> JSONValue in
            .object([
                "path": .string(d.location.path), "line": .optional(d.location.line),
                "column": .optional(d.location.column),
                "severity": .string(d.severity.rawValue), "message": .string(d.message),
            ])
        }
        return JSONValue.object(["diagnostics": .array(list)]).text
    }
}
