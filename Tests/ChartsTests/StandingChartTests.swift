import Foundation
import Testing

@testable import Charts

@Suite struct StandingChartTests {
    @Test func eachRowSaysItsRankAmongTheComparedModels() {
        let svg = Samples.standing.svg()
        #expect(svg.contains(">88.5 · rank 2 of 6</text>"))
        #expect(svg.contains(">51.6 · rank 1 of 3</text>"))
    }

    @Test func theBestValueIsOnTheRightWhateverTheDirection() throws {
        let higher = try #require(Samples.standing.rows.first)
        #expect(higher.position(88.6) == 1 && higher.position(80.6) == 0)
        let lower = try #require(Samples.standing.rows.first { $0.lowerIsBetter })
        #expect(lower.position(0.542) == 1 && lower.position(0.638) == 0)
    }

    @Test func equalValuesSitInTheMiddle() throws {
        let tied = try #require(Samples.standing.rows.last)
        #expect(tied.position(91.6) == 0.5)
    }

    @Test func theLegendNamesBothMarkers() {
        let svg = Samples.standing.svg()
        #expect(svg.contains(">this model</text>") && svg.contains(">other models · best on the right</text>"))
    }

    @Test func linkedRowsAreNamedLinksInAChartThatIsNoImage() {
        let svg = Samples.standing.svg()
        #expect(!svg.contains("role=") && svg.contains("aria-labelledby=\"chart-where-deepseek-v3-stands-title\""))
        #expect(
            svg.contains(
                "<a href=\"../benchmarks/mmlu.html\" class=\"row\">\n    <title>MMLU · EM, 5-shot: 88.5, rank 2 of 6</title>"
            ))
    }

    /// Other models' values are rings in one path: each distinct value once, the model's own left out.
    @Test func otherValuesAreOneRingEach() {
        let row = StandingChart.Row(
            label: "MMLU", value: 2, display: "2", rank: 2, values: [1, 2, 2, 3, 3, .nan], comparedCount: 5)
        let svg = StandingChart(title: "t", rows: [row]).svg()
        #expect(svg.components(separatedBy: "<path class=\"other\"").count == 2)
        #expect(svg.components(separatedBy: "a3 3 0 1 0 6 0a3 3 0 1 0-6 0").count == 3)
    }

    @Test func noRowsRenderNoData() {
        #expect(StandingChart(title: "t", rows: []).svg().contains(">No data</text>"))
    }
}
