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

    public static func load(from folder: String, limits: ParseLimits) -> LoadedContent {
        var loaded = LoadedContent()
        for source in ContentReader.markdownFiles(in: folder, diagnostics: &loaded.diagnostics) {
            do throws(Diagnostic) {
                let document = try MarkdownParser.parse(source.bytes, path: source.path, limits: limits)
                loaded.documents.append(document)
                loaded.diagnostics += document.diagnostics
            } catch {
                loaded.diagnostics.append(error)
            }
        }
        let configPath = ContentReader.join(folder, configFile)
        if let bytes = DiskAccess.readBytes(at: configPath) {
            do throws(Diagnostic) {
                loaded.config = try ConfigLoader.load(yaml: String(decoding: bytes, as: UTF8.self), path: configPath)
            } catch {
                loaded.diagnostics.append(error)
            }
        }
        return loaded
    }
}
