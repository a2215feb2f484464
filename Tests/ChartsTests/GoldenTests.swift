import Testing

@testable import Charts

/// Whole charts compared byte for byte with reviewed files in Fixtures/.
@Suite struct GoldenTests {
    @Test(arguments: [
        ("leaderboard", Samples.leaderboard),
        ("rating", Samples.rating),
        ("out-of-ten", Samples.outOfTen),
    ])
    func barChart(name: String, chart: BarChart) throws {
        try GoldenFiles.check(chart.svg(), named: name)
    }

    @Test func timeline() throws {
        try GoldenFiles.check(Samples.timeline.svg(), named: "timeline")
    }

    @Test func noData() throws {
        try GoldenFiles.check(BarChart(title: "HumanEval", scale: .percent, bars: []).svg(), named: "no-data")
    }
}
