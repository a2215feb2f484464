import Testing

@testable import Charts

@Suite struct NumberFormattingTests {
    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (-0.001, "0"), (1.0, "1"), (88.5, "88.5"), (2121, "2121"),
        (0.30000000000000004, "0.3"), (1.006, "1.01"), (12.345678, "12.35"), (-3.25, "-3.25"),
        (0.05, "0.05"), (640, "640"), (Double.nan, "0"), (Double.infinity, "0"),
        // Past Int64's hundredths: Swift's shortest text, each tick its own (they all read 9e15).
        (9e15, "9000000000000000"), (3e19, "3e+19"), (-1.5e20, "-1.5e+20"),
        (Double.greatestFiniteMagnitude, "1.7976931348623157e+308"),
    ])
    func formatsDeterministically(value: Double, expected: String) {
        #expect(NumberFormatting.format(value) == expected)
    }
}

/// `format` writes bytes directly; this is the string arithmetic it replaced, kept as the reference.
@Suite struct NumberFormattingReferenceTests {
    private static func reference(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (value * 100).rounded(.toNearestOrAwayFromZero)
        if hundredths == 0 { return "0" }
        if abs(hundredths) > 9e17 { return value.description }
        let magnitude = Int64(abs(hundredths))
        let (whole, fraction) = (magnitude / 100, magnitude % 100)
        var text = (hundredths < 0 ? "-" : "") + String(whole)
        if fraction != 0 {
            text += fraction % 10 == 0 ? "." + String(fraction / 10) : (fraction < 10 ? ".0" : ".") + String(fraction)
        }
        return text
    }

    @Test func agreesWithTheStringArithmeticOnManyValues() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [1e17, -1e17, 9e15, 0.004999, 0.005, -0.005, 99.995, 100, 1234567.891]
        for _ in 0..<5_000 {
            values.append(Double.random(in: -2_000...2_000, using: &generator))
            values.append(Double(Int.random(in: -100_000...100_000, using: &generator)) / 100)
        }
        for value in values { #expect(NumberFormatting.format(value) == Self.reference(value), "\(value)") }
    }
}
