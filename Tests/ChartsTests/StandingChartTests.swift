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

    /// The compared values are dots in one path: each distinct place once, the model's own under
    /// its marker, so every page on a measure draws the same path.
    @Test func otherValuesAreOneDotEach() {
        let row = StandingChart.Row(
            label: "MMLU", value: 2, display: "2", rank: 2, values: [1, 2, 2, 3, 3, .nan], comparedCount: 5)
        let svg = StandingChart(title: "t", rows: [row]).svg()
        #expect(svg.components(separatedBy: "<path class=\"other\"").count == 3)  // the row's and the legend's
        #expect(svg.contains(#"d="M0 0h0M500 0h0M1000 0h0""#))
        #expect(StandingChart.stripSteps([1, 2, 2.0004, 3], lowerIsBetter: true) == [1000, 500, 0])
        #expect(svg.contains(#"<circle class="marker" cx="50%""#))
    }

    /// One drawing for every width: the root fills its container, text is placed in pixels
    /// from either edge, and only the strips stretch, their dots kept round.
    @Test func theChartIsOneFluidDrawing() {
        let svg = Samples.standing.svg()
        #expect(svg.contains(#"class="chart fluid" width="100%""#))
        #expect(svg.components(separatedBy: "<svg").count == 1 + 1 + Samples.standing.rows.count)
        #expect(!svg.components(separatedBy: "\n").first!.contains("viewBox"))
        #expect(svg.contains(#"<text class="value" x="100%" dx="-16""#))
        #expect(svg.contains(#"preserveAspectRatio="none""#) && svg.contains(#"vector-effect="non-scaling-stroke""#))
    }

    /// A label too long for a phone is cut twice, and the style sheet shows one of the two.
    @Test func aLongLabelIsCutForAPhoneAndForAWideScreen() {
        let long = "MMLU-Redux · EM, 5-shot, zero-shot chain of thought, English only"
        let row = StandingChart.Row(label: long, value: 2, display: "2", rank: 2, values: [1, 2, 3])
        let svg = StandingChart(title: "t", rows: [row]).svg()
        let phone = svg.components(separatedBy: #"<text class="label label-phone""#)
        let wide = svg.components(separatedBy: #"<text class="label label-wide""#)
        #expect(phone.count == 2 && wide.count == 2)
        let shown = { (part: String) in part.split(separator: ">")[1].split(separator: "<")[0] }
        #expect(shown(phone[1]).count < shown(wide[1]).count && shown(wide[1]).count <= long.count)
        let short = StandingChart(
            title: "t", rows: [StandingChart.Row(label: "MMLU", value: 2, display: "2", rank: 1, values: [1, 2])])
        #expect(short.svg().contains(#"<text class="label" x="16""#))
    }

    @Test func noRowsRenderNoData() {
        #expect(StandingChart(title: "t", rows: []).svg().contains(">No data</text>"))
    }
}
