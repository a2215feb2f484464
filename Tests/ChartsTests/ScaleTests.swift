import Testing

@testable import Charts

@Suite struct ScaleTests {
    @Test(arguments: [
        (2121.0, 2500.0, 500.0), (2061, 2500, 500), (88.6, 100, 20), (100, 100, 20), (101, 200, 50),
        (7.81, 10, 2), (0.42, 0.5, 0.1), (1, 1, 0.2), (1.2, 2, 0.5), (3, 5, 1), (45_000, 50_000, 10_000),
        (0, 1, 0.2), (-5, 1, 0.2),
    ])
    func niceMaximumReachesTheLargestValue(value: Double, maximum: Double, step: Double) {
        let axis = Axis.nice(above: value)
        #expect(axis == Axis(maximum: maximum, step: step))
        #expect(axis.maximum >= value)
    }

    @Test func openScaleIgnoresNonFiniteValues() {
        #expect(Scale.open.axis(for: [717, .nan, 2121, .infinity]).maximum == 2500)
    }

    @Test func fixedScalesIgnoreTheData() {
        #expect(Scale.percent.axis(for: [12]) == Axis(maximum: 100, step: 20))
        #expect(Scale.outOfTen.axis(for: [9.9]) == Axis(maximum: 10, step: 2))
    }

    @Test func ticksRunFromZeroToTheMaximum() {
        #expect(Axis(maximum: 2500, step: 500).ticks == [0, 500, 1000, 1500, 2000, 2500])
        #expect(Axis(maximum: 10, step: 2).ticks == [0, 2, 4, 6, 8, 10])
        #expect(Axis.nice(above: 0.42).ticks.map(NumberFormatting.format) == ["0", "0.1", "0.2", "0.3", "0.4", "0.5"])
    }
}
