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

    /// An arrow that contradicts what its metric is known for marks how the table is sorted
    /// (a leaderboard of win rates, `↓` for descending): the metric keeps its direction, and a
    /// warning says why. Orientations and the long format alike; an arrow on a metric Atlas does
    /// not know, or one that agrees, is taken as written.
    @Test func anArrowAgainstItsMetricsKnownDirectionIsASortMark() throws {
        let enrichment = try enrich(
            """
            ## Arena

            | 系统 | 对战胜率（无平局） ↓ | Accuracy ↓ | Hallucination Rate ↓ | WER ↓ | Perplexity ↑ |
            |---|---|---|---|---|---|
            | Widget-13B | 72.37% | 80.0 | 3.0 | 5.0 | 9.0 |
            | Widget-7B | 20.68% | 70.0 | 2.0 | 6.0 | 8.0 |

            ## Rows

            | Benchmark | Widget-7B | Gadget-13B |
            |---|---|---|
            | GSM8K (Acc.) ↓ | 50.0 | 40.0 |

            ## Long

            | Model | Benchmark | Score |
            |---|---|---|
            | Widget-7B | MATH (Accuracy ↓) | 30.0 |
            """)
        let directions = Dictionary(
            uniqueKeysWithValues: enrichment.catalog.benchmarks.map { ($0.name, $0.metrics.values.map(\.direction)) })
        #expect(directions["对战"] == [.higherIsBetter])
        #expect(directions["Accuracy"] == [.higherIsBetter])
        #expect(directions["Hallucination Rate"] == [.lowerIsBetter])
        #expect(directions["WER"] == [.lowerIsBetter])
        #expect(directions["GSM8K"] == [.higherIsBetter])
        #expect(directions["MATH"] == [.higherIsBetter])
        // Perplexity ↑: better lower all the same.
        #expect(directions["Perplexity"] == [.lowerIsBetter])
        let warnings = enrichment.diagnostics.filter { $0.message.contains("its arrow is read as the order") }
        #expect(warnings.map(\.location.line) == [3, 3, 3, 12, 18])
        #expect(warnings.first?.message.hasPrefix("the header says lower is better, but 胜率 is better higher") == true)
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
