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
        let sources = ContentReader.markdownFiles(
            in: folder, limit: limits.maxFileSize, diagnostics: &loaded.diagnostics)
        for source in sources {
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
        loadConfig(ContentReader.join(folder, configFile), limits: limits, into: &loaded)
        return loaded
    }

    /// Reads `atlas.yml` under the same size limit as the markdown; a missing file configures nothing.
    private static func loadConfig(_ path: String, limits: ParseLimits, into loaded: inout LoadedContent) {
        let bytes: [UInt8]
        do throws(InputFile.Failure) {
            bytes = try InputFile.read(path, limit: limits.maxFileSize)
        } catch {
            if error != .missing { loaded.diagnostics.append(error.diagnostic(at: path)) }
            return
        }
        let yaml = String(decoding: bytes, as: UTF8.self)
        loaded.diagnostics += ConfigLoader.unknownKeys(yaml: yaml, path: path)
        do throws(Diagnostic) {
            loaded.config = try ConfigLoader.load(yaml: yaml, path: path)
        } catch {
            loaded.diagnostics.append(error)
        }
    }
}
