import Markdown
import Testing

@testable import Catalog

@Suite struct ScaleCheckTests {
    static let document = """
        # Scores
        ## Fam family

        ### List of Fam models

        | Series | Model | Year |
        |---|---|---|
        | Fam | Fam-7B | 2024 |
        | Fam | Fam-13B | 2024 |
        | Fam | Fam-70B | 2024 |

        ### Performance

        | Model | MMLU | MMLU-Pro | MT-Bench | Codeforces (Rating) |
        |---|---|---|---|---|
        | Fam-7B | 88.5 | 70.1 | 8.5 | 1200 |
        | Fam-13B | 101 | -5 | 11.2 | -20 |
        | Fam-70B | 79.0 | 60.0 | 7.9 | 1500 |

        """

    /// `1` beside `96.8` was written as a fraction of 1; a benchmark where every model scores a
    /// few percent (or under 1) is left alone.
    @Test func fractionsAmongPercentagesAreWarnedAtTheirCell() throws {
        let enrichment = try enrich(
            """
            ## Long context

            | Model | Needle | HardMath |
            |---|---|---|
            | Fam-1B | 96.8 | 0.8 |
            | Fam-3B | 1 | 2.7 |
            | Fam-8B | 1 | 9.1 |
            """)
        let fractions = enrichment.diagnostics.filter { $0.message.contains("looks like a fraction") }
        #expect(fractions.map(\.location.line) == [6, 7])
        #expect(fractions.allSatisfy { $0.severity == .warning && $0.message.contains("on Needle") })
        #expect(ScaleCheck.fractionsStandOut([96.8, 1, 1]))
        #expect(!ScaleCheck.fractionsStandOut([0.8, 2.7, 9.1]) && !ScaleCheck.fractionsStandOut([88.5, 79]))
    }

    /// Tülu 3's BigBenchHard row: Magpie 8B scores `0.9` and another model `2.5`. Where some model
    /// scores a few percent, one under 1% is no fraction (it was warned as one).
    @Test func aScoreUnderOnePercentBesideOtherLowScoresIsNoFraction() throws {
        let enrichment = try enrich(
            """
            ## Performance

            | Benchmark (eval) | Fam-8B | Fam-8B-DPO | Magpie 8B | Gemma 2 9B |
            |---|---|---|---|---|
            | **BigBenchHard (3 shot, CoT)** | **67.9** | 65.8 | 0.9 | 2.5 |
            """)
        #expect(!enrichment.diagnostics.contains { $0.message.contains("fraction") })
        #expect(enrichment.catalog.scores.contains { $0.raw == "0.9" && $0.value == 0.9 })
        #expect(!ScaleCheck.fractionsStandOut([67.9, 65.8, 0.9, 2.5]))
    }

    /// One part of a benchmark where every model scores under 1% (`LongBench · Synthesis`) is no
    /// fraction among the other parts' percentages; within one part a `1` among 90s still is.
    @Test func fractionsAreToldApartWithinEachPartOfABenchmark() throws {
        let enrichment = try enrich(
            """
            ### LongBench

            | Model | Average | Summary | Synthesis | Code |
            |---|---|---|---|---|
            | Fam-1B | 30.1 | 25.3 | 0.4 | 52.1 |
            | Fam-3B | 33.0 | 27.7 | 0.8 | 1 |
            | Fam-8B | 40.2 | 30.3 | 0.6 | 60.4 |
            """)
        let warned = enrichment.diagnostics.filter { $0.message.contains("fraction") }
        #expect(warned.map { [$0.location.line, $0.location.column] } == [[6, 32]])
    }

    @Test func valuesOutsideTheirMetricsScaleAreWarnedAtTheirCell() throws {
        let parsed = try MarkdownParser.parse(Self.document, path: "Content/scores.md")
        let config = CatalogConfig(benchmarkScales: ["MT-Bench": .outOfTen])
        let enrichment = Enricher(config: config).enrich([parsed])
        let outside = enrichment.diagnostics.filter { $0.message.contains("outside") }
        let flagged = enrichment.catalog.scores.filter { ["101", "-5", "11.2", "-20"].contains($0.raw) }
        #expect(flagged.count == 4)
        #expect(Set(outside.map(\.location)) == Set(flagged.map(\.source.location)))
        #expect(outside.allSatisfy { $0.severity == .warning && $0.location.line == 17 })
        #expect(outside.contains { $0.message.contains("'101'") && $0.message.contains("0-100") })
        #expect(outside.contains { $0.message.contains("'11.2'") && $0.message.contains("0-10") })
    }

    /// The export and the pages give a metric the scale the check holds its values to: MMLU with
    /// one `101` is a percentage (the check warns at the `101`), not a rating; a metric whose
    /// values are mostly over 100 is a rating.
    @Test func theCatalogsScaleIsTheOneTheCheckHoldsValuesTo() throws {
        let document = Self.document.replacingOccurrences(
            of: "Codeforces (Rating) |\n|---|", with: "Codeforces (Rating) | Arena |\n|---|---|"
        )
        .replacingOccurrences(of: "| 1200 |", with: "| 1200 | 1210 |")
        .replacingOccurrences(of: "| -20 |", with: "| -20 | 1190 |")
        .replacingOccurrences(of: "| 1500 |", with: "| 1500 | 95 |")
        let parsed = try MarkdownParser.parse(document, path: "Content/scores.md")
        let enrichment = Enricher(config: CatalogConfig()).enrich([parsed])
        let scales = Dictionary(
            uniqueKeysWithValues: enrichment.catalog.benchmarks.map { ($0.name, $0.metrics.values.map(\.scale)) })
        #expect(scales["MMLU"] == [.percent])
        #expect(scales["Arena"] == [.rating])
        #expect(scales["Codeforces"] == [.rating])
        for benchmark in enrichment.catalog.benchmarks {
            for metric in benchmark.metrics.values {
                let values = enrichment.catalog.scores(on: benchmark.id).compactMap(\.value)
                let expected = ScaleCheck.expectedScale(
                    of: metric, on: benchmark, values: values, config: CatalogConfig())
                #expect(expected == metric.scale, "\(benchmark.name)")
            }
        }
    }

    /// CIDEr (captioning) runs past 100 whatever the other values: a rating, never warned as a
    /// percentage out of range.
    @Test func ciderIsARating() throws {
        let parsed = try MarkdownParser.parse(
            "## Captions\n\n| Model | NoCaps val CIDEr |\n|---|---|\n| Fam-7B | 95.1 |\n| Fam-13B | 118.7 |\n"
                + "| Fam-70B | 80.0 |\n",
            path: "Content/captions.md")
        let enrichment = Enricher(config: CatalogConfig()).enrich([parsed])
        #expect(enrichment.catalog.benchmarks.flatMap { $0.metrics.values.map(\.scale) } == [.rating])
        #expect(enrichment.diagnostics.filter { $0.message.contains("outside") }.isEmpty)
    }
}

@Suite struct ExpectedScaleTests {
    @Test(arguments: [
        ([88.0, 101.0], Scale.percent), ([70.0, 80.0, 101.0], .percent), ([1200.0, 1300.0], .rating),
        ([101.0], .rating), ([1200.0, 90.0, 1400.0], .rating),
    ])
    func aRatingOnlyBecauseOfOneValueOver100IsAPercentage(_ values: [Double], _ expected: Scale) {
        let metric = Metric(name: "", scale: .rating, direction: .higherIsBetter)
        let benchmark = Benchmark(
            id: BenchmarkID(rawValue: "mmlu"), name: "MMLU", source: Provenance(.init(path: "a.md", line: 1, column: 1))
        )
        #expect(
            ScaleCheck.expectedScale(of: metric, on: benchmark, values: values, config: CatalogConfig()) == expected)
    }

    @Test func aRatingByNameOrConfigurationStaysARating() {
        let benchmark = Benchmark(
            id: BenchmarkID(rawValue: "cf"), name: "Codeforces",
            source: Provenance(.init(path: "a.md", line: 1, column: 1)))
        let rating = Metric(name: "Rating", scale: .rating, direction: .higherIsBetter)
        #expect(
            ScaleCheck.expectedScale(of: rating, on: benchmark, values: [90, 2000], config: CatalogConfig()) == .rating)
        let unnamed = Metric(name: "", scale: .rating, direction: .higherIsBetter)
        let config = CatalogConfig(benchmarkScales: ["Codeforces": .rating])
        #expect(ScaleCheck.expectedScale(of: unnamed, on: benchmark, values: [90, 2000], config: config) == .rating)
    }
}
