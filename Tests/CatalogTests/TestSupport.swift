import Foundation
import Markdown
import Testing

@testable import Catalog

/// Paths and shared inputs for the Catalog tests. Files are found from this source file's path so
/// that the tests read the real `Content/` of the checkout and record golden files next to them.
enum Fixture {
    /// The package root: two folders above `Tests/CatalogTests/`.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// Reads a document and its configuration and enriches them; `prefix` is the path the
    /// diagnostics and provenance name (relative, so golden files do not depend on the machine).
    static func enrich(folder: URL, markdown: String, prefix: String) throws -> Enrichment {
        let config = try ConfigLoader.load(
            yaml: text(folder.appendingPathComponent("atlas.yml")), path: "\(prefix)/atlas.yml")
        let document = try MarkdownParser.parse(
            text(folder.appendingPathComponent(markdown)), path: "\(prefix)/\(markdown)")
        return Enricher(config: config).enrich([document])
    }
}

/// The seed document, enriched once for all tests.
let seed: Enrichment = {
    do {
        return try Fixture.enrich(
            folder: Fixture.root.appendingPathComponent("Content"),
            markdown: "overview-of-chinese-ai-models.md", prefix: "Content")
    } catch {
        fatalError("cannot read the seed: \(error)")
    }
}()

let seedPath = "Content/overview-of-chinese-ai-models.md"

/// Parses markdown written in a test and enriches it with `config`.
func enrich(_ markdown: String, config: CatalogConfig = CatalogConfig(), path: String = "test.md") throws -> Enrichment
{
    Enricher(config: config).enrich([try MarkdownParser.parse(markdown, path: path)])
}

/// Loads configuration written in a test.
func config(_ yaml: String) throws -> CatalogConfig {
    try ConfigLoader.load(yaml: yaml, path: "atlas.yml")
}

extension Catalog {
    /// The model a reader would look up by its canonical name.
    func model(named name: String) -> Model? { models.first { $0.name == name } }

    /// The model whose recorded spellings include `spelling`.
    func models(spelled spelling: String) -> [Model] { models.filter { $0.aliases.contains(spelling) } }

    func benchmark(named name: String) -> Benchmark? { benchmarks.first { $0.name == name } }

    /// The score read from the cell at `line:column`.
    func score(at line: Int, _ column: Int) -> Score? {
        scores.first { $0.source.line == line && $0.source.column == column }
    }

    /// Scores of a model (by name) on a benchmark (by name).
    func scores(of model: String, on benchmark: String) -> [Score] {
        guard let m = self.model(named: model), let b = self.benchmark(named: benchmark) else { return [] }
        return scores.filter { $0.model == m.id && $0.benchmark == b.id }
    }
}

extension Enrichment {
    /// Diagnostics as `line:column: message`, without the path, for compact expectations.
    func findings(containing text: String) -> [Diagnostic] { diagnostics.filter { $0.message.contains(text) } }
}
