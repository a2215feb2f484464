import Catalog
import Markdown
import Testing

@testable import Site

/// Ranks by binary search over a comparison's sorted values; a strip of bounded size.
struct MeasureStandingsTests {
    static func comparison(_ values: [Double], _ direction: Direction) -> MeasureStandings.Comparison {
        MeasureStandings.Comparison(direction: direction, best: [:], sortedValues: values.sorted())
    }

    @Test func ranksCountStrictlyBetterValuesAndTiesShare() {
        let higher = Self.comparison([70, 80, 80, 90], .higherIsBetter)
        #expect([90, 80, 70].map(higher.rank) == [1, 2, 4])
        let lower = Self.comparison([1.5, 2, 2, 3], .lowerIsBetter)
        #expect([1.5, 2, 3].map(lower.rank) == [1, 2, 4])
    }

    @Test func aStripKeepsItsEndsAndStaysBounded() {
        let many = Self.comparison((0..<1000).map(Double.init), .higherIsBetter)
        let strip = many.strip(limit: 48)
        #expect(strip.count == 48 && strip.first == 0 && strip.last == 999)
        #expect(strip == strip.sorted() && Set(strip).count == 48)
        // Few values are drawn each once, on a grid of 200 points from the lowest to the highest.
        let few = Self.comparison([3, 1, 3, 2], .higherIsBetter).strip()
        #expect(few.count == 3 && few.first == 1 && few.last == 3 && abs(few[1] - 2) <= 2.0 / 199)
        #expect(Self.comparison([3, 1, 3, 2.001], .higherIsBetter).strip() == few)
    }

    /// Many values are drawn on a grid from the lowest to the highest: a value added or moved
    /// among them leaves the strip as it was, so no other model's chart changes.
    @Test func aStripOfManyValuesStaysWhenOneMoves() {
        let values = (0..<200).map { 40 + Double($0) * 0.25 }
        let strip = Self.comparison(values, .higherIsBetter).strip()
        var moved = values
        moved[100] += 0.1
        #expect(Self.comparison(moved, .higherIsBetter).strip() == strip)
        #expect(Self.comparison(values + [52.13], .higherIsBetter).strip() == strip)
        #expect(strip.count == 48 && strip.first == 40 && strip.last == 89.75)
    }

    /// The seed's model pages read the same standings the compare data does.
    @Test func seedStandingsMatchACountOfTheScores() async throws {
        let seed = try await SeedPages.load()
        let mmlu = try seed.benchmark("mmlu")
        for (measure, comparison) in seed.pages.standings.comparisons where measure.benchmark == mmlu.id {
            let models = Set(
                seed.catalog.scores(on: mmlu.id).filter { $0.setting == measure.setting && $0.value != nil }.map(
                    \.model))
            #expect(Set(comparison.best.keys) == models)
            #expect(comparison.sortedValues.count == models.count)
        }
    }

    /// `updating` makes again only the comparisons on the benchmarks it is given: after an edit
    /// to scores, with the benchmarks `scoreChanges` names, it gives what making them all gives.
    @Test(arguments: [("| 65.0 | 40.0 |", "| 72.5 | 40.0 |"), ("| 58.0 | 31.5 |", "| -    | 31.5 |")])
    func updatingTheChangedBenchmarksGivesFreshStandings(_ old: String, _ new: String) throws {
        let markdown = """
            ## Results

            | Model    | MMLU | HumanEval |
            |----------|------|-----------|
            | Alpha-7B | 71.5 | 42.0 |
            | Beta-13B | 65.0 | 40.0 |
            | Gamma-2  | 58.0 | 31.5 |
            """
        let catalog = { (text: String) in
            Enricher(config: CatalogConfig()).enrich([try MarkdownParser.parse(text, path: "t.md")]).catalog
        }
        let (before, after) = (try catalog(markdown), try catalog(markdown.replacingOccurrences(of: old, with: new)))
        let changes = try #require(after.scoreChanges(since: before))
        #expect(changes.comparedBenchmarks.count == 1)
        let updated = MeasureStandings(before).updating(changes.comparedBenchmarks, in: after)
        let fresh = MeasureStandings(after)
        #expect(Set(updated.comparisons.keys) == Set(fresh.comparisons.keys))
        for (measure, comparison) in fresh.comparisons {
            let other = try #require(updated.comparison(measure))
            #expect(other.sortedValues == comparison.sortedValues && other.digest == comparison.digest)
            #expect(other.best.mapValues(\.raw) == comparison.best.mapValues(\.raw))
        }
        #expect(
            MeasureStandings(before).comparisons.values.map(\.digest).sorted()
                != fresh.comparisons.values.map(\.digest).sorted())
    }

    /// A middle value moved less than a dot's place (a thousandth of the strip) leaves the
    /// charts of the other models as they were: their pages keep their keys; a value moved
    /// across the strip, or an end moved, changes them.
    @Test func anEditThatMovesNoDotMovesNoOtherPage() throws {
        let rows = (0..<40).map { "| Model-\($0)-7B | \(40 + Double($0) * 0.5) |" }.joined(separator: "\n")
        let markdown = "## R\n\n| Model | MMLU |\n|---|---|\n" + rows
        let standings = { (text: String) in
            MeasureStandings(
                Enricher(config: CatalogConfig()).enrich([try MarkdownParser.parse(text, path: "t.md")]).catalog)
        }
        let before = try standings(markdown)
        let mmlu: Set = [BenchmarkID(rawValue: "mmlu")]
        let nudged = try standings(markdown.replacingOccurrences(of: "| 50.0 |", with: "| 50.01 |"))
        #expect(nudged.modelsMoved(on: mmlu, since: before).isEmpty)
        let moved = try standings(markdown.replacingOccurrences(of: "| 50.0 |", with: "| 52.2 |"))
        #expect(moved.modelsMoved(on: mmlu, since: before).count == 40)
        let end = try standings(markdown.replacingOccurrences(of: "| 59.5 |", with: "| 59.51 |"))
        #expect(end.modelsMoved(on: mmlu, since: before).count == 40)
    }
}
