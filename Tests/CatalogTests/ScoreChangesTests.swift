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
