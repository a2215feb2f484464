import Testing

@testable import Catalog

/// Arrows and words in headers that say which way is better are taken out of the name and
/// give the metric's direction.
struct DirectionMarksTests {
    @Test(
        arguments: [
            ("Hallucination Rate ↓", "Hallucination Rate", Direction.lowerIsBetter),
            ("MMLU ↑", "MMLU", .higherIsBetter),
            ("Tool Selection (Acc.↑)", "Tool Selection (Acc.)", .higherIsBetter),
            ("False Positive Error↓", "False Positive Error", .lowerIsBetter),
            ("WER (lower is better)", "WER", .lowerIsBetter),
            ("MMLU (↑)", "MMLU", .higherIsBetter),
            ("Latency ▼", "Latency", .lowerIsBetter),
        ])
    func marksGiveTheDirection(_ header: String, _ name: String, _ direction: Direction) {
        let taken = DirectionMarks.taken(from: header)
        #expect(taken.text == name)
        #expect(taken.direction == direction)
    }

    @Test(arguments: ["MMLU", "GSM8K (5-shot)", "Up ↑ and down ↓"])
    func noMarkOrBothSayNothing(_ header: String) {
        #expect(DirectionMarks.taken(from: header).direction == nil)
    }

    /// Either orientation: a column's arrow, and a row label's.
    @Test func aHeaderArrowSetsTheMetricsDirection() throws {
        let catalog = try enrich(
            """
            ## Results

            | Model | Hallucination Rate ↓ | MMLU ↑ |
            |---|---|---|
            | Widget-7B | 12.5 | 60.1 |

            ## More

            | Benchmark | Widget-7B | Gadget-13B |
            |---|---|---|
            | Refusal Error ↓ | 3.0 | 4.0 |
            """
        ).catalog
        let directions = Dictionary(
            uniqueKeysWithValues: catalog.benchmarks.map { ($0.name, $0.metrics.values.map(\.direction)) })
        #expect(
            directions == [
                "Hallucination Rate": [.lowerIsBetter], "MMLU": [.higherIsBetter], "Refusal Error": [.lowerIsBetter],
            ])
    }

    /// Speech test sets are scored in error rates, whatever the header calls the number
    /// (FireRedASR's and Moonshine's cards say WER only in the prose): better lower.
    @Test func speechTestSetsAreBetterLower() throws {
        let catalog = try enrich(
            """
            ## Speech recognition

            | Model | LibriSpeech test-clean | aishell1 | AISHELL-2 iOS | AMI | Common Voice 15 | MMLU |
            |---|---|---|---|---|---|---|
            | Widget-ASR | 1.8 | 0.55 | 2.5 | 15.1 | 9.0 | 40.0 |
            """
        ).catalog
        let directions = Dictionary(
            uniqueKeysWithValues: catalog.benchmarks.map { ($0.name, $0.metrics.values.map(\.direction)) })
        #expect(
            directions == [
                "LibriSpeech test-clean": [.lowerIsBetter], "aishell1": [.lowerIsBetter],
                "AISHELL-2 iOS": [.lowerIsBetter], "AMI": [.lowerIsBetter], "Common Voice 15": [.lowerIsBetter],
                "MMLU": [.higherIsBetter],
            ])
        #expect(!EnrichmentRun.isSpeechTestSet("Amicable") && !EnrichmentRun.isSpeechTestSet("Commonsense QA"))
    }
}
