import Testing

@testable import Charts

/// Whole charts compared byte for byte with reviewed files in Fixtures/.
@Suite struct GoldenTests {
    @Test(arguments: [
        ("leaderboard", Samples.leaderboard, 640.0),
        ("leaderboard-phone", Samples.leaderboard, 360),
        ("rating", Samples.rating, 640),
        ("rating-phone", Samples.rating, 360),
        ("out-of-ten", Samples.outOfTen, 640),
        ("lower-is-better", Samples.lowerIsBetter, 640),
    ])
    func barChart(name: String, chart: BarChart, width: Double) throws {
        try GoldenFiles.check(chart.svg(width: width), named: name)
    }

    @Test func timeline() throws {
        try GoldenFiles.check(Samples.timeline.svg(), named: "timeline")
    }

    @Test func timelinePhone() throws {
        try GoldenFiles.check(Samples.timeline.svg(width: 360), named: "timeline-phone")
    }

    @Test func standing() throws {
        try GoldenFiles.check(Samples.standing.svg(), named: "standing")
    }

    @Test func noData() throws {
        try GoldenFiles.check(BarChart(title: "HumanEval", scale: .percent, bars: []).svg(), named: "no-data")
    }
}
