import Catalog
import Foundation
import Markdown

/// A content folder read and parsed: the documents, the configuration, and what went wrong.
public struct LoadedContent: Sendable {
    public var documents: [Document] = []
    public var config = CatalogConfig()
    public var diagnostics: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads `Content/*.md` and `Content/atlas.yml`: the first stage of every command.
public enum ContentLoader {
    public static let configFile = "atlas.yml"

    /// `watchdog`, when given, bounds the time each file may take to parse.
    public static func load(from folder: String, limits: ParseLimits, watchdog: ParseWatchdog? = nil) -> LoadedContent {
        var loaded = LoadedContent()
        for source in ContentReader.markdownFiles(in: folder, diagnostics: &loaded.diagnostics) {
            do throws(Diagnostic) {
                let parse = { () throws(Diagnostic) -> Document in
                    try MarkdownParser.parse(source.bytes, path: source.path, limits: limits)
                }
                let document: Document
                if let watchdog { document = try watchdog.watch(source.path, parse) } else { document = try parse() }
                loaded.documents.append(document)
                loaded.diagnostics += document.diagnostics
            } catch {
                loaded.diagnostics.append(error)
            }
        }
        let configPath = ContentReader.join(folder, configFile)
        if let bytes = DiskAccess.readBytes(at: configPath) {
            let yaml = String(decoding: bytes, as: UTF8.self)
            loaded.diagnostics += ConfigLoader.unknownKeys(yaml: yaml, path: configPath)
            do throws(Diagnostic) {
                loaded.config = try ConfigLoader.load(yaml: yaml, path: configPath)
            } catch {
                loaded.diagnostics.append(error)
            }
        }
        return loaded
    }
}
