import Testing

@testable import Charts

@Suite struct NumberFormattingTests {
    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (-0.001, "0"), (1.0, "1"), (88.5, "88.5"), (2121, "2121"),
        (0.30000000000000004, "0.3"), (1.006, "1.01"), (12.345678, "12.35"), (-3.25, "-3.25"),
        (0.05, "0.05"), (640, "640"), (Double.nan, "0"), (Double.infinity, "0"),
    ])
    func formatsDeterministically(value: Double, expected: String) {
        #expect(NumberFormatting.format(value) == expected)
    }
}
