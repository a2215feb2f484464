import Catalog
import Markdown
import TestSupport
import Testing

@testable import Content

/// A Hugging Face card opens with YAML front matter: the loaded document has none of it (no
/// rule, no `license:` paragraph, no list of tags), and its tables keep their line numbers.
struct FrontMatterCardTests {
    static let card = """
        ---
        license: apache-2.0
        tags:
        - text-generation
        model-index:
        - name: Orchard-7B-v2
        ---
        # Orchard-7B

        | Model | MMLU |
        |---|---|
        | Orchard-7B-v2 | 60.1 |
        """

    /// The card loaded from a content folder, and the catalog made of it.
    static func load(_ markdown: String) throws -> (Document?, Catalog) {
        let folder = try TemporaryFolder(files: ["Content/card.md": markdown])
        defer { folder.remove() }
        let loaded = ContentLoader.load(from: folder.path + "/Content", limits: ParseLimits())
        return (loaded.documents.first, Enricher(config: loaded.config).enrich(loaded.documents).catalog)
    }

    @Test func theFrontMatterIsNoTextAndLinesKeepTheirNumbers() throws {
        let (loaded, catalog) = try Self.load(Self.card)
        let document = try #require(loaded)
        #expect(!document.html.contains("license") && !document.html.contains("<hr"))
        #expect(document.html.hasPrefix("<h1>Orchard-7B</h1>"))
        #expect(catalog.scores.map(\.source.line) == [12])
    }

    /// The Open LLM Leaderboard's table of one model's values, under a `#` heading that is not
    /// quite the model's name, is the scores of the model the front matter names.
    @Test func theFrontMatterNamesTheModelOfATableOfValues() throws {
        let markdown =
            Self.card + """


                # Open LLM Leaderboard Evaluation Results

                | Metric | Value |
                |---|---:|
                | HellaSwag (10-Shot) | 60.31 |
                """
        let catalog = try Self.load(markdown).1
        #expect(catalog.models.map(\.name) == ["Orchard-7B-v2"])
        #expect(catalog.scores.first { $0.benchmark.rawValue == "hellaswag" }?.model.rawValue == "orchard-7b-v2")
    }

    /// A front matter name no table uses (speechless-code-mistral's `SpeechlessCoder`) gives way
    /// to a `#` heading that is a model's name; without such a heading it is the model.
    @Test(arguments: ["# Orchard-7B", "# Evaluation"])
    func anUnusedFrontMatterNameGivesWayToATitle(title: String) throws {
        let markdown = """
            ---
            model-index:
            - name: OrchardCoder
            ---
            \(title)

            | Metric | Value |
            |---|---:|
            | HellaSwag (10-Shot) | 60.31 |
            """
        let catalog = try Self.load(markdown).1
        #expect(catalog.models.map(\.name) == [title == "# Orchard-7B" ? "Orchard-7B" : "OrchardCoder"])
    }
}
