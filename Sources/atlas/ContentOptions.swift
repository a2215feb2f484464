import ArgumentParser
import Catalog
import Foundation
import Markdown

/// Options every command that reads Content/ shares.
struct ContentOptions: ParsableArguments {
    @Option(help: "The folder of markdown sources and atlas.yml.")
    var content = "Content"

    @Option(help: "Refuse markdown files larger than this many bytes (cmark 0.30 has quadratic inputs).")
    var maxFileSize = ParseLimits().maxFileSize

    /// Reads and parses `content/*.md` and `content/atlas.yml`. Errors come back as diagnostics.
    func load() -> LoadedContent {
        var loaded = LoadedContent()
        let folder = URL(fileURLWithPath: content)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        } catch {
            loaded.diagnostics.append(Diagnostic(.error, at: SourceLocation(path: content, line: 1, column: 1),
                "cannot read the content folder: \(error.localizedDescription)"))
            return loaded
        }
        let limits = ParseLimits(maxFileSize: maxFileSize)
        for name in names {
            let path = content.hasSuffix("/") ? content + name : content + "/" + name
            do {
                let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
                let document = try MarkdownParser.parse(bytes, path: path, limits: limits)
                loaded.documents.append(document)
                loaded.diagnostics += document.diagnostics
            } catch let diagnostic as Diagnostic {
                loaded.diagnostics.append(diagnostic)
            } catch {
                loaded.diagnostics.append(Diagnostic(.error, at: SourceLocation(path: path, line: 1, column: 1),
                    "cannot read file: \(error.localizedDescription)"))
            }
        }
        let configPath = content.hasSuffix("/") ? content + "atlas.yml" : content + "/atlas.yml"
        if let yaml = try? String(contentsOfFile: configPath, encoding: .utf8) {
            do {
                loaded.config = try ConfigLoader.load(yaml: yaml, path: configPath)
            } catch {
                loaded.diagnostics.append(error)
            }
        }
        return loaded
    }
}

struct LoadedContent {
    var documents: [Document] = []
    var config = CatalogConfig()
    var diagnostics: [Diagnostic] = []

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Prints diagnostics to standard error, one per line, compiler style.
func report(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics {
        FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
    }
}
