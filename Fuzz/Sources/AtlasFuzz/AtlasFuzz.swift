import Catalog
import Content
import Dispatch
import Foundation
import Markdown
import Site

/// One fuzz input through the whole pipeline, in memory: markdown parse -> table lifting -> HTML
/// tables -> enrichment into the model graph -> every page rendered (nothing is written to disk).
///
/// An input may carry its own configuration after a line `%%atlas.yml%%`; without one, the
/// configuration of `Content/` applies, so that model names meet real organizations and aliases.
func atlasFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzPipeline.shared.run(FuzzInput(bytes))
    return 0
}

/// The markdown and, when the input gives one, the configuration.
struct FuzzInput {
    static let separator = Array("\n%%atlas.yml%%\n".utf8)
    var markdown: [UInt8]
    var yaml: String?

    init(_ bytes: [UInt8]) {
        guard let start = Self.find(Self.separator, in: bytes) else {
            markdown = bytes
            return
        }
        markdown = Array(bytes[..<start])
        yaml = String(decoding: bytes[(start + Self.separator.count)...], as: UTF8.self)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        return (0...(haystack.count - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}

/// What every input shares: the templates and the default configuration, loaded once.
final class FuzzPipeline: Sendable {
    static let shared = FuzzPipeline()

    let templates: TemplateSet
    let config: CatalogConfig

    private init() {
        let root = ProcessInfo.processInfo.environment["ATLAS_ROOT"] ?? FileManager.default.currentDirectoryPath
        let loaded = ContentLoader.load(from: root + "/Content", limits: ParseLimits())
        config = loaded.config
        templates = Self.loadTemplates(root + "/Templates")
    }

    /// `TemplateSet.load` is async; the fuzzer's entry point is not.
    private static func loadTemplates(_ folder: String) -> TemplateSet {
        final class Box: @unchecked Sendable { var result: Result<TemplateSet, Diagnostic>? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        Task {
            do throws(Diagnostic) {
                box.result = .success(try await TemplateSet.load(from: folder))
            } catch {
                box.result = .failure(error)
            }
            done.signal()
        }
        done.wait()
        switch box.result {
        case .success(let templates)?: return templates
        case .failure(let error)?: fatalError("fuzz setup: \(error) (run from the repository root or set ATLAS_ROOT)")
        case nil: fatalError("fuzz setup: templates not loaded")
        }
    }

    func run(_ input: FuzzInput) {
        var config = self.config
        if let yaml = input.yaml {
            _ = ConfigLoader.unknownKeys(yaml: yaml, path: "atlas.yml")
            guard let loaded = try? ConfigLoader.load(yaml: yaml, path: "atlas.yml") else { return }
            config = loaded
        }
        // The path `atlas render` takes (HTML without values), then the one builds take.
        _ = try? MarkdownParser.renderHTML(input.markdown, path: "fuzz.md") { _ in }
        guard let parsed = try? MarkdownParser.parse(input.markdown, path: "fuzz.md") else { return }
        let document = HTMLTables.reading(parsed)  // as `ContentLoader` reads files
        let enrichment = Enricher(config: config).enrich([document])
        _ = try? SiteRenderer(templates: templates).render([document], catalog: enrichment.catalog)
    }
}
