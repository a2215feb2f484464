import Markdown
import Testing

@testable import Catalog

/// `Catalog.scoreChanges(since:)`: the positions of changed scores when nothing else changed,
/// nil for any other change.
struct ScoreChangesTests {
    static let document = """
        ## Results

        ### First results

        | Model    | MMLU | HumanEval |
        |----------|------|-----------|
        | Alpha-7B | 71.5 | 40.0      |
        | Beta-13B | 65.0 | 31.5      |

        Text after the table.
        """

    static func catalog(_ markdown: String) throws -> Catalog { try enrich(markdown).catalog }

    static func edited(_ old: String, _ new: String) throws -> Catalog {
        try catalog(document.replacingOccurrences(of: old, with: new))
    }

    @Test func anUnchangedCatalogHasNoChanges() throws {
        let catalog = try Self.catalog(Self.document)
        #expect(catalog.scoreChanges(since: catalog) == ScoreChanges())
        #expect(seed.catalog.scoreChanges(since: seed.catalog) == ScoreChanges())
        // Prose is not in the graph.
        #expect(try Self.edited("Text after", "Other text after").scoreChanges(since: catalog) == ScoreChanges())
    }

    @Test func aNewValueIsOnePositionOnItsBenchmark() throws {
        let old = try Self.catalog(Self.document)
        let new = try Self.edited("| 65.0 |", "| 66.5 |")
        let changes = try #require(new.scoreChanges(since: old))
        let position = try #require(new.scores.firstIndex { $0.raw == "66.5" })
        #expect(changes.positions == [position])
        #expect(changes.comparedBenchmarks == [new.scores[position].benchmark])
        #expect(!changes.reportingChanged)
        #expect(old.scores[position].raw == "65.0" && old.scores[position].model == new.scores[position].model)
    }

    @Test func aScoreThatStopsBeingReportedChangesTheCounts() throws {
        let old = try Self.catalog(Self.document)
        let changes = try #require(try Self.edited("| 31.5 ", "| -    ").scoreChanges(since: old))
        #expect(changes.positions.count == 1 && changes.reportingChanged)
    }

    @Test func aCellWrittenAnotherWayIsAChangeOfText() throws {
        let old = try Self.catalog(Self.document)
        let new = try Self.edited("| 40.0 ", "| 40   ")
        let changes = try #require(new.scoreChanges(since: old))
        #expect(changes.positions.count == 1 && changes.comparedBenchmarks.count == 1)
        #expect(new.scores[changes.positions[0]].value == old.scores[changes.positions[0]].value)
    }

    /// With the memory `atlas serve` keeps, an unchanged document's scores are the last catalog's
    /// stored array, which is not compared again; but a setting edited in one document can move
    /// another document's score to a new position, where it is a change.
    @Test func aScoreMovedByAnEditInAnotherDocumentIsAChange() throws {
        func table(_ header: String, _ value: String) -> String {
            "## Results\n\n| Model | \(header) |\n|---|---|\n| Alpha-7B | \(value) |\n"
        }
        let memory = EnrichmentMemory()
        func catalog(_ first: String) throws -> Catalog {
            let documents = try [
                MarkdownParser.parse(table(first, "70.0"), path: "Content/a.md"),
                MarkdownParser.parse(table("MMLU (3-shot)", "60.0"), path: "Content/b.md"),
            ]
            return Enricher(config: CatalogConfig()).enrich(documents, memory: memory).catalog
        }
        _ = try catalog("MMLU (4-shot)")  // an edit to a.md: the memory now checkpoints b.md
        let old = try catalog("MMLU (5-shot)")
        let new = try catalog("MMLU (1-shot)")
        #expect(old.scores.map(\.raw) == ["60.0", "70.0"] && new.scores.map(\.raw) == ["70.0", "60.0"])
        #expect(new.scores.sharesChunk(1, with: old.scores))
        let changes = try #require(new.scoreChanges(since: old))
        #expect(changes.positions == [0, 1])
        // Unchanged documents share their stored scores, and are not compared.
        let again = try catalog("MMLU (1-shot)")
        #expect(again.scores.sharesChunk(1, with: new.scores) && again.scoreChanges(since: new) == ScoreChanges())
    }

    /// A renamed model, a new row, a row deleted, columns swapped, a moved or
    /// renamed table: not a change of scores alone.
    @Test(arguments: [
        ("Beta-13B", "Gamma-13B"),
        ("| Beta-13B | 65.0 | 31.5      |", "| Beta-13B | 65.0 | 31.5      |\n| Gamma-2 | 50.0 | 20.0 |"),
        ("\n| Beta-13B | 65.0 | 31.5      |", ""),
        ("| MMLU | HumanEval |", "| HumanEval | MMLU |"),
        ("## Results", "## Results\n\nA paragraph that moves the table down a line."),
        ("## Results", "## Scores"),
        ("### First results", "### Second results"),
    ])
    func otherEditsAreNotScoreChanges(_ old: String, _ new: String) throws {
        let before = try Self.catalog(Self.document)
        let after = try Self.edited(old, new)
        #expect(after.scoreChanges(since: before) == nil)
        #expect(before.scoreChanges(since: after) == nil)
    }
}
