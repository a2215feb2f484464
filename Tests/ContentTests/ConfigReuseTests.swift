import Catalog
import Markdown
import TestSupport
import Testing

@testable import Content

/// Through a parse cache (`atlas serve`), `atlas.yml` is decoded again only when its bytes
/// change, and what reading it gave, findings included, comes back on every load.
@Suite(.timeLimit(.minutes(1)))
struct ConfigReuseTests {
    private static let config = "organizations:\n  - name: Beta Lab\n    prefixes: [Beta]\n"

    private func load(_ folder: TemporaryFolder, _ cache: ParseCache) -> LoadedContent {
        ContentLoader.load(from: folder.path + "/Content", limits: ParseLimits(), cache: cache)
    }

    @Test func anEditedConfigurationIsReadAgain() throws {
        let folder = try TemporaryFolder(files: ["Content/a.md": "# A\n", "Content/atlas.yml": Self.config])
        defer { folder.remove() }
        let cache = ParseCache()
        let first = load(folder, cache)
        #expect(first.config.organizations.map(\.name) == ["Beta Lab"])
        #expect(load(folder, cache).config == first.config)
        try folder.write(Self.config.replacingOccurrences(of: "Beta Lab", with: "Beta Works"), to: "Content/atlas.yml")
        #expect(load(folder, cache).config.organizations.map(\.name) == ["Beta Works"])
    }

    @Test func aRefusedConfigurationIsReportedOnEveryLoadUntilFixed() throws {
        let folder = try TemporaryFolder(files: ["Content/a.md": "# A\n", "Content/atlas.yml": "organizations: ["])
        defer { folder.remove() }
        let cache = ParseCache()
        for _ in 0..<2 {
            let loaded = load(folder, cache)
            #expect(loaded.hasErrors)
            #expect(loaded.diagnostics.contains { $0.location.path.hasSuffix("/Content/atlas.yml") })
            #expect(loaded.config == CatalogConfig())
        }
        try folder.write(Self.config, to: "Content/atlas.yml")
        let fixed = load(folder, cache)
        #expect(!fixed.hasErrors)
        #expect(fixed.config.organizations.map(\.name) == ["Beta Lab"])
    }

    @Test func unknownKeysAreReportedOnEveryLoad() throws {
        let folder = try TemporaryFolder(files: ["Content/a.md": "# A\n", "Content/atlas.yml": "titel: Atlas\n"])
        defer { folder.remove() }
        let cache = ParseCache()
        let warnings = (0..<2).map { _ in load(folder, cache).diagnostics.filter { $0.severity == .warning }.count }
        #expect(warnings == [1, 1])
    }
}
