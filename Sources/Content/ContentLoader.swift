import Catalog
import Foundation
import Markdown

/// A content folder read and parsed: the documents, the configuration, and what went wrong.
public struct LoadedContent: Sendable {
    public var documents: [Document] = []
    public var config = CatalogConfig()
    public var diagnostics: [Diagnostic] = []
    /// Set when loaded through a parse cache: what was read, to compare with another load.
    public var fingerprint: ContentFingerprint?

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads `Content/*.md` and `Content/atlas.yml`: the first stage of every command.
public enum ContentLoader {
    public static let configFile = "atlas.yml"

    /// `watchdog`, when given, bounds the time each file may take to parse; `cache`, when given,
    /// holds the last load's documents, and only files that changed since are read and parsed.
    public static func load(
        from folder: String, limits: ParseLimits, watchdog: ParseWatchdog? = nil, cache: ParseCache? = nil
    ) -> LoadedContent {
        var loaded = LoadedContent()
        let paths = ContentReader.markdownPaths(in: folder, diagnostics: &loaded.diagnostics)
        let boundary = FolderBoundary(folder)
        cache?.beginLoad()
        // Files are read and parsed on every core; their results are taken in path order.
        let results = concurrentResults(
            count: paths.count, skip: { false },
            body: { load(paths[$0], inside: boundary, limits: limits, watchdog: watchdog, cache: cache) })
        for case let result? in results {
            switch result {
            case .success(let document):
                loaded.documents.append(document)
                loaded.diagnostics += document.diagnostics
            case .failure(let error):
                loaded.diagnostics.append(error)
            }
        }
        cache?.keepOnly(Set(paths))
        let config = loadConfig(
            ContentReader.join(folder, configFile), inside: boundary, limits: limits, cache: cache, into: &loaded)
        if let versions = cache?.lastVersions {
            let documents = paths.map { ContentFingerprint.DocumentVersion(path: $0, version: versions[$0] ?? 0) }
            loaded.fingerprint = ContentFingerprint(documents: documents, config: config)
        }
        return loaded
    }

    /// One file read and parsed, through the cache when there is one.
    private static func load(
        _ path: String, inside boundary: FolderBoundary?, limits: ParseLimits, watchdog: ParseWatchdog?,
        cache: ParseCache?
    ) -> Result<Document, Diagnostic> {
        let parse = { (bytes: [UInt8]) throws(Diagnostic) -> Document in
            let parse = { () throws(Diagnostic) -> Document in
                // Model cards' front matter is no text, and their HTML tables and pipe tables
                // pasted between ``` fences are read as tables (`atlas render` leaves them as
                // cmark does).
                var document = FencedTables.reading(
                    HTMLTables.reading(
                        try MarkdownParser.parse(FrontMatter.blanked(bytes), path: path, limits: limits), limits: limits
                    ),
                    limits: limits)
                document.frontMatterModel = FrontMatter.modelName(bytes)
                return document
            }
            if let watchdog { return try watchdog.watch(path, parse) }
            return try parse()
        }
        return cache?.document(at: path, inside: boundary, limits: limits, parse: parse)
            ?? readAndParse(path, boundary, limits, parse)
    }

    private static func readAndParse(
        _ path: String, _ boundary: FolderBoundary?, _ limits: ParseLimits,
        _ parse: ([UInt8]) throws(Diagnostic) -> Document
    ) -> Result<Document, Diagnostic> {
        do throws(InputFile.Failure) {
            let bytes = try InputFile.read(path, limit: limits.maxFileSize, inside: boundary)
            return Result { () throws(Diagnostic) in try parse(bytes) }
        } catch {
            return .failure(error.diagnostic(at: path))
        }
    }

    /// Reads `atlas.yml` under the same size limit as the markdown; a missing file configures nothing.
    /// Returns what was read, for the fingerprint. With a cache, the same bytes are decoded once.
    private static func loadConfig(
        _ path: String, inside boundary: FolderBoundary?, limits: ParseLimits, cache: ParseCache?,
        into loaded: inout LoadedContent
    ) -> ContentFingerprint.ConfigRead {
        let bytes: [UInt8]
        do throws(InputFile.Failure) {
            bytes = try InputFile.read(path, limit: limits.maxFileSize, inside: boundary)
        } catch {
            guard error != .missing else { return .missing }
            let diagnostic = error.diagnostic(at: path)
            loaded.diagnostics.append(diagnostic)
            return .unreadable(diagnostic.description)
        }
        let read = { () -> ParseCache.ConfigRead in
            let yaml = String(decoding: bytes, as: UTF8.self)
            let unknown = ConfigLoader.unknownKeys(yaml: yaml, path: path)
            do throws(Diagnostic) {
                return .init(config: try ConfigLoader.load(yaml: yaml, path: path), diagnostics: unknown)
            } catch {
                return .init(config: nil, diagnostics: unknown + [error])
            }
        }
        let config = cache?.config(at: path, bytes: bytes, read: read) ?? read()
        loaded.diagnostics += config.diagnostics
        if let made = config.config { loaded.config = made }
        return .bytes(bytes)
    }
}
