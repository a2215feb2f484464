import Catalog
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
        // Few values are drawn as they are, each once.
        #expect(Self.comparison([3, 1, 3, 2], .higherIsBetter).strip() == [1, 2, 3])
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
}
