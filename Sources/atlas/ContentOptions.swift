import ArgumentParser
import Foundation
import Markdown
import Site

/// Options every command that reads Content/ shares.
struct ContentOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Folder of the markdown sources (*.md) and atlas.yml.", valueName: "folder"))
    var content = "Content"

    @Option(help: ArgumentHelp("Refuse markdown files larger than this many bytes.", valueName: "bytes"))
    var maxFileSize = ParseLimits().maxFileSize

    func validate() throws {
        guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be a positive number of bytes.") }
    }

    func load() -> LoadedContent {
        ContentLoader.load(from: content, limits: ParseLimits(maxFileSize: maxFileSize))
    }
}

/// Prints diagnostics to standard error, one per line, compiler style.
func report(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics {
        FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
    }
}
