import ArgumentParser
import Content
import Foundation
import Markdown

/// Options every command that reads Content/ shares.
struct ContentOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Folder of the markdown sources (*.md) and atlas.yml.", valueName: "folder"))
    var content = "Content"

    @Option(help: ArgumentHelp("Refuse markdown files larger than this many bytes.", valueName: "bytes"))
    var maxFileSize = ParseLimits().maxFileSize

    @Option(
        help: ArgumentHelp(
            "Give up (exit 1, nothing written) when one file takes longer than this to parse.",
            valueName: "seconds"))
    var parseTimeout = 20.0

    func validate() throws {
        try FolderArgument.check(content, "--content")
        guard maxFileSize > 0, maxFileSize <= 1 << 40 else {
            throw ValidationError("--max-file-size must be a positive number of bytes, at most 1 TiB (1099511627776).")
        }
        guard parseTimeout > 0 else { throw ValidationError("--parse-timeout must be a positive number of seconds.") }
    }

    var limits: ParseLimits { ParseLimits(maxFileSize: maxFileSize) }

    func load() -> LoadedContent {
        ContentLoader.load(from: content, limits: limits, watchdog: watchdog())
    }

    func watchdog() -> ParseWatchdog { makeWatchdog(seconds: parseTimeout) }
}

/// A watchdog that ends the process with a diagnostic when a parse overruns.
func makeWatchdog(seconds: Double) -> ParseWatchdog {
    ParseWatchdog(seconds: seconds) { path in
        report([
            Diagnostic(
                .error, at: SourceLocation(path: path, line: 1, column: 1),
                "parsing took longer than \(seconds) s, so it was stopped and nothing was written "
                    + "(cmark 0.30.2 is slow on some inputs, such as thousands of nested lists or `![[]()` repeated; "
                    + "simplify the file, or raise --parse-timeout)")
        ])
        Foundation.exit(1)
    }
}

/// A watchdog that ends `atlas build` when enrichment and rendering overrun, before anything is written.
func makeRenderWatchdog(seconds: Double) -> ParseWatchdog {
    ParseWatchdog(seconds: seconds) { output in
        FileHandle.standardError.write(
            Data(
                ("atlas: error: rendering the site took longer than \(seconds) s, so it was stopped and nothing was "
                    + "written to \(output)/ (split the largest results tables, or raise --render-timeout)\n").utf8))
        Foundation.exit(1)
    }
}

/// Prints diagnostics to standard error, one per line, compiler style.
func report(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics {
        FileHandle.standardError.write(Data((TerminalText.safe(diagnostic.description) + "\n").utf8))
    }
}
