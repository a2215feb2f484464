import Markdown
import Testing

@testable import Catalog

/// A finish given the last one's orders keeps its score order only while it still holds.
@Suite struct ScoreOrderTests {
    /// Two scores of one model, benchmark and setting in one file, at `lines`, in reading order.
    private func chunk(_ lines: [Int]) -> [Score] {
        lines.map { line in
            Score(
                model: ModelID(rawValue: "alpha-7b"), benchmark: BenchmarkID(rawValue: "mmlu"), setting: Setting(),
                value: Double(line), raw: "\(line)",
                source: Provenance(SourceLocation(path: "a.md", line: line, column: 3)))
        }
    }

    private func finish(_ scores: [Score], last: Catalog.SortOrders? = nil) -> (Catalog, Catalog.SortOrders) {
        var catalog = Catalog()
        let orders = catalog.finish(
            organizations: [], series: [], models: [], benchmarks: [], tables: [], scores: [scores],
            otherSections: [], last: last)
        return (catalog, orders)
    }

    @Test func linesMovedAlikeKeepTheOrder() {
        let (_, orders) = finish(chunk([10, 20]))
        let (moved, _) = finish(chunk([13, 23]), last: orders)
        #expect(moved.scores.map(\.source.line) == [13, 23])
    }

    @Test func linesMovedPastEachOtherAreSortedAgain() {
        let (_, orders) = finish(chunk([10, 20]))
        let (moved, _) = finish(chunk([30, 20]), last: orders)
        #expect(moved.scores.map(\.source.line) == [20, 30])
    }
}
