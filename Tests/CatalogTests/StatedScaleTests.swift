import Testing

@testable import Catalog

/// Ratings whose range a header or heading states: their values alone (2.9 to 4.5) read as a hard
/// benchmark's percentages.
@Suite struct StatedScaleTests {
    @Test(arguments: [
        ("1-5", Scale.rating), ("1 – 5", .rating), ("0~5", .rating), ("out of 5", .rating), ("/5", .rating),
        ("5-point scale", .rating), ("1-10", .outOfTen), ("out of 10", .outOfTen), ("GPT-4o judge, 1-5", .rating),
    ])
    func aRangeStatesAScale(text: String, scale: Scale) {
        #expect(StatedScale.scale(in: text) == scale)
    }

    @Test(arguments: ["5-shot", "Qwen2.5-7B", "1-5 or 1-10", "top-5", "2-5", "pass@5"])
    func otherNumbersStateNone(text: String) {
        #expect(StatedScale.scale(in: text) == nil)
    }

    @Test func aHeadingStatesItInParenthesesOrInWords() {
        #expect(StatedScale.scale(inHeading: "Speech Conversation (GPT-4o judge, 1-5)") == .rating)
        #expect(StatedScale.scale(inHeading: "Judged out of 10") == .outOfTen)
        #expect(StatedScale.scale(inHeading: "Results 1-5") == nil)
    }

    @Test func aHeaderGroupThatStatesOnlyTheScaleIsNoSetting() {
        #expect(StatedScale.scale(ofGroup: "1-5") == .rating)
        #expect(StatedScale.scale(ofGroup: "1–5 scale") == .rating)
        #expect(StatedScale.scale(ofGroup: "GPT-4 judge, 1-5") == nil)
        let header = BenchmarkHeader(parsing: "Empathy (1-5)", metrics: [])
        #expect(header.name == "Empathy" && header.setting.isEmpty && header.statedScale == .rating)
    }

    @Test func ratingsUnderAStatedRangeAreRatingsNotPercentages() throws {
        let catalog = try enrich(
            """
            # Foo

            ### Speech Conversation (GPT-4o judge, 1-5)

            | Model | Accent Control | Empathy |
            |---|---|---|
            | Foo-Audio | 3.45 | 3.39 |
            | Bar-Audio | 2.87 | 3.05 |

            ### Chat quality

            | Model | Helpfulness (1-5) | Fluency (out of 10) | HellaSwag |
            |---|---|---|---|
            | Foo-Audio | 3.45 | 7.39 | 3.1 |
            """
        ).catalog
        let scales = Dictionary(uniqueKeysWithValues: catalog.benchmarks.map { ($0.name, $0.metrics[""]?.scale) })
        #expect(scales["Accent Control"] == .rating && scales["Empathy"] == .rating)
        #expect(scales["Helpfulness"] == .rating && scales["Fluency"] == .outOfTen)
        #expect(scales["HellaSwag"] == .percent)
        #expect(catalog.scores.allSatisfy { $0.setting.qualifier.isEmpty })
    }
}
