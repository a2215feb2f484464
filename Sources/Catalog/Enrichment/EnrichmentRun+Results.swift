import Foundation
import Markdown

extension EnrichmentRun {
    /// Reads every table that is not a list table as a results table.
    mutating func readResultsTables() {
        var reader = ResultsTableReader(
            config: config, makers: leadingMakerNames, models: models, benchmarks: benchmarks)
        var tableIDs = UniqueSlugs()
        let listPositions = Set(listTables.map { ListPosition(key: $0.key, position: $0.position) })
        var seriesIndex: [SeriesID: Int] = [:]
        for (index, series) in series.enumerated() where seriesIndex[series.id] == nil {
            seriesIndex[series.id] = index
        }
        for (documentIndex, outline) in outlines.enumerated() {
            for (sectionIndex, section) in outline.sections.enumerated() {
                let key = SectionKey(document: documentIndex, section: sectionIndex)
                let seriesID = sectionSeries[key]
                for (position, placed) in section.tables.enumerated()
                where !listPositions.contains(ListPosition(key: key, position: position)) {
                    let id = tableIDs.claim(placed.headingPath.joined(separator: " "))
                    guard let table = reader.read(placed, id: TableID(rawValue: id), series: seriesID) else { continue }
                    tables.append(table)
                    if let seriesID, let index = seriesIndex[seriesID] {
                        series[index].resultsTables.append(table.id)
                    }
                }
            }
        }
        models = reader.models
        benchmarks = reader.benchmarks
        scores = reader.scores
        diagnostics += reader.diagnostics
    }

    /// Names of makers that may stand before a model's name (`OpenAI o1-mini`, `文心一言 ERNIE-4.5`):
    /// organizations' names and aliases, except those that start their models' names themselves
    /// (`DeepSeek V3` keeps its first word). Longest first, so `Mistral AI` wins over `Mistral`.
    var leadingMakerNames: [String] {
        let prefixes = Set(config.organizations.flatMap(\.modelPrefixes).map { NameKey($0) })
        let names = config.organizations.flatMap { [$0.name] + $0.aliases }.filter { !prefixes.contains(NameKey($0)) }
        return names.sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// Decides each benchmark's metrics: scale from the configuration, the metric's name or
    /// the values (above 100 is a rating); direction from the metric's name (`BPB`).
    mutating func assignMetrics() {
        let vocabulary = config.vocabulary
        let configured = config.scaleOverrides
        var byBenchmark: [BenchmarkID: [String: [Double]]] = [:]
        for score in scores {
            byBenchmark[score.benchmark, default: [:]][score.setting.metric, default: []] +=
                score.value.map { [$0] } ?? []
        }
        for benchmark in benchmarks.benchmarks {
            var metrics: [String: Metric] = [:]
            for (metric, values) in byBenchmark[benchmark.id] ?? [:] {
                let isLower = vocabulary.lowerIsBetterMetrics.contains { NameKey($0) == NameKey(metric) }
                let scale: Scale
                if let fixed = benchmark.aliases.lazy.compactMap({ configured[NameKey($0)] }).first {
                    scale = fixed
                } else if vocabulary.ratingMetrics.contains(where: { NameKey($0) == NameKey(metric) })
                    || (values.max() ?? 0) > 100
                {
                    scale = .rating
                } else if isLower {
                    scale = .ratio
                } else {
                    scale = .percent
                }
                metrics[metric] = Metric(
                    name: metric, scale: scale, direction: isLower ? .lowerIsBetter : .higherIsBetter)
            }
            benchmarks.setMetrics(metrics, for: benchmark.id)
        }
    }
}

/// A table by section and position, to tell list tables from results tables without comparing tables.
private struct ListPosition: Hashable {
    var key: EnrichmentRun.SectionKey
    var position: Int
}
