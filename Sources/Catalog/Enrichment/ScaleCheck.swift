import Markdown

/// Values outside the range of their metric's scale: MMLU `101` or `-5` as a percentage, MT-Bench
/// `11.2` out of 10, a negative rating. Each is a warning at its cell, as it is most likely a typo.
enum ScaleCheck {
    static func outOfScale(_ scores: ScoreList, benchmarks: [Benchmark], config: CatalogConfig) -> [Diagnostic] {
        // Values by benchmark and metric (for the scale) and by part of a benchmark (for fractions:
        // one hard part where every model scores under 1%, `LongBench · Synthesis`, is no fraction
        // among the other parts' percentages).
        var values: [BenchmarkID: [String: [Double]]] = [:]
        var partValues: [PartKey: [Double]] = [:]
        for score in scores {
            guard let value = score.value else { continue }
            values[score.benchmark, default: [:]][score.setting.metric, default: []].append(value)
            partValues[PartKey(score), default: []].append(value)
        }
        // One scale per benchmark and metric, worked out once: a table may hold a million scores.
        var scales: [BenchmarkID: [String: (Scale, name: String)]] = [:]
        let configured = config.scaleOverrides
        for benchmark in benchmarks {
            for (name, metric) in benchmark.metrics {
                let sample = values[benchmark.id]?[name] ?? []
                let scale = expectedScale(
                    of: metric, on: benchmark, values: sample, config: config, configured: configured)
                scales[benchmark.id, default: [:]][name] = (scale, benchmark.name)
            }
        }
        let fractionsStandOut = partValues.mapValues(Self.fractionsStandOut)
        return scores.compactMap { score in
            guard let value = score.value, let (scale, benchmark) = scales[score.benchmark]?[score.setting.metric]
            else { return nil }
            let range = Self.range(of: scale)
            if scale == .percent, value > 0, value <= 1, fractionsStandOut[PartKey(score)] == true {
                return Diagnostic(
                    .warning, at: score.source.location,
                    "'\(score.raw)' looks like a fraction of 1 among percentages on \(benchmark); "
                        + "write it as a percentage (1 = 100)")
            }
            guard !range.contains(value) else { return nil }
            return Diagnostic(
                .warning, at: score.source.location,
                "'\(score.raw)' is outside \(describe(range)), the range of \(name(of: scale)) on \(benchmark); "
                    + "correct the value, or set the benchmark's scale under `benchmarkScales` in atlas.yml")
        }
    }

    /// A benchmark, metric and qualifier: the scores of one part of a benchmark.
    private struct PartKey: Hashable {
        var benchmark: BenchmarkID
        var metric: String
        var qualifier: String

        init(_ score: Score) {
            (benchmark, metric, qualifier) = (score.benchmark, score.setting.metric, score.setting.qualifier)
        }
    }

    /// The metric's scale, except that a scale taken as a rating only because some value is over
    /// 100 is a percentage when at least half the values are percentages (one `101` among MMLU scores).
    /// `configured` is `config.scaleOverrides`, made once by a caller that asks for many metrics.
    static func expectedScale(
        of metric: Metric, on benchmark: Benchmark, values: [Double], config: CatalogConfig,
        configured overrides: [NameKey: Scale]? = nil
    ) -> Scale {
        guard metric.scale == .rating else { return metric.scale }
        let overrides = overrides ?? config.scaleOverrides
        let configured = benchmark.aliases.contains { overrides[NameKey($0)] != nil }
        let namedRating = config.vocabulary.ratingMetrics.contains { NameKey($0) == NameKey(metric.name) }
        let percentages = values.filter { (0...100).contains($0) }.count
        return configured || namedRating || percentages * 2 < values.count ? .rating : .percent
    }

    /// Whether values up to 1 stand out among percentages: most of the values above 1 are 20 or
    /// more (Needle in a Haystack `96.8 | 1 | 1`), and none lies between 1 and 10. Hard
    /// benchmarks where every model scores a few percent do not qualify, nor does a part where
    /// some model scores a few percent (BigBenchHard `67.9 | 2.5 | 0.9`): there a model under 1%
    /// is one more that failed it.
    static func fractionsStandOut(_ values: [Double]) -> Bool {
        let above = values.filter { $0 > 1 }
        return !above.isEmpty && above.count < values.count && above.filter { $0 >= 20 }.count * 2 > above.count
            && !above.contains { $0 < 10 }
    }

    /// The values a scale allows; ratings (Elo, Codeforces) stay well below 10,000.
    static func range(of scale: Scale) -> ClosedRange<Double> {
        switch scale {
        case .percent: return 0...100
        case .outOfTen: return 0...10
        case .rating: return 0...10_000
        case .ratio: return 0...Double.greatestFiniteMagnitude
        }
    }

    private static func describe(_ range: ClosedRange<Double>) -> String {
        range.upperBound == .greatestFiniteMagnitude
            ? "0 or more" : "\(CSVExport.format(range.lowerBound))-\(CSVExport.format(range.upperBound))"
    }

    private static func name(of scale: Scale) -> String {
        switch scale {
        case .percent: return "a percentage"
        case .outOfTen: return "a score out of 10"
        case .rating: return "a rating"
        case .ratio: return "a ratio"
        }
    }
}
