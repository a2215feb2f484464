import Foundation
import Markdown

/// Consistency checks across tables; each finding is a warning at the place a disagreement begins.
enum Checks {
    /// A results table whose rows repeat an earlier table's rows exactly: usually a copy-paste slip.
    static func duplicateTables(_ tables: [ResultsTable]) -> [Diagnostic] {
        var seen: [[[String]]: ResultsTable] = [:]
        var found: [Diagnostic] = []
        for table in tables.sorted(by: { $0.source.location < $1.source.location }) {
            let body = table.table.rows.map { $0.map(\.source) }
            if let earlier = seen[body] {
                found.append(
                    Diagnostic(
                        .warning, at: table.source.location,
                        "table '\(table.title)' repeats table '\(earlier.title)' at \(earlier.source) row for row; "
                            + "check that the right numbers were pasted"))
            } else {
                seen[body] = table
            }
        }
        return found
    }

    /// The overview lists (several series each), indexed once so that each section list is
    /// compared only with the overviews that name its series, without rebuilding their lookups.
    struct OverviewIndex {
        struct Overview {
            var use: EnrichmentRun.ListTableUse
            /// Entries by the normal form of their series name, in order.
            var entriesBySeries: [NameKey: [ListTableReader.Entry]] = [:]
            /// The first entry of each model.
            var entriesByModel: [NameKey: ListTableReader.Entry] = [:]
        }

        private var overviews: [Overview] = []
        /// Positions in `overviews` by the normal form of a series name they list.
        private var bySeries: [NameKey: [Int]] = [:]

        init(_ uses: [EnrichmentRun.ListTableUse], models: ModelRegistry) {
            for use in uses {
                var overview = Overview(use: use)
                for entry in use.entries {
                    overview.entriesBySeries[NameKey(entry.series), default: []].append(entry)
                    let key = models.key(entry.model)
                    if overview.entriesByModel[key] == nil { overview.entriesByModel[key] = entry }
                }
                for key in overview.entriesBySeries.keys { bySeries[key, default: []].append(overviews.count) }
                overviews.append(overview)
            }
        }

        /// Every disagreement of a section's list with the overviews, in the overviews' order.
        func disagreements(of list: EnrichmentRun.ListTableUse, models: ModelRegistry) -> [Diagnostic] {
            guard let seriesName = list.seriesNames.first else { return [] }
            let key = NameKey(seriesName)
            return (bySeries[key] ?? []).flatMap { position in
                Checks.listDisagreements(
                    list, seriesName: seriesName, expected: overviews[position].entriesBySeries[key] ?? [],
                    overview: overviews[position], models: models)
            }
        }
    }

    /// Differences between a section's list of models and one overview list that names its series.
    private static func listDisagreements(
        _ list: EnrichmentRun.ListTableUse, seriesName: String, expected: [ListTableReader.Entry],
        overview: OverviewIndex.Overview, models: ModelRegistry
    ) -> [Diagnostic] {
        // Series names compare as names do: a section may write `Nimbus 3` for `Nimbus-3`.
        let overviewByKey = overview.entriesByModel
        let listed = Set(list.entries.map { models.key($0.model) })
        var found: [Diagnostic] = []
        for entry in list.entries {
            // Looked up in the whole overview, so that a model listed under another series is
            // reported as such rather than as missing from the overview.
            guard let match = overviewByKey[models.key(entry.model)] else {
                found.append(
                    Diagnostic(
                        .warning, at: entry.modelCell.location,
                        "'\(entry.model)' is listed here but not in the overview list at \(overview.use.entries[0].modelCell.location)"
                    ))
                continue
            }
            for (what, here, there) in [("release", entry.release, match.release), ("notes", entry.notes, match.notes)]
            where !here.isEmpty && !there.isEmpty && here != there {
                found.append(
                    Diagnostic(
                        .warning, at: entry.modelCell.location,
                        "the \(what) of '\(entry.model)' is '\(here)' here but '\(there)' in the overview list at \(match.modelCell.location)"
                    ))
            }
            if NameKey(entry.series) != NameKey(match.series) {
                found.append(
                    Diagnostic(
                        .warning, at: entry.modelCell.location,
                        "'\(entry.model)' is in series '\(entry.series)' here but '\(match.series)' in the overview list at "
                            + "\(match.modelCell.location)"))
            }
        }
        for entry in expected where !listed.contains(models.key(entry.model)) {
            found.append(
                Diagnostic(
                    .warning, at: list.entries[0].modelCell.location,
                    "'\(entry.model)' of series '\(seriesName)' is in the overview list at \(entry.modelCell.location) but missing here"
                ))
        }
        return found
    }

    /// Models whose names have the same words in another order (`Claude-Sonnet-3.5-1022` and
    /// `Claude-3.5-Sonnet-1022`): normalisation keeps them apart, as it must, but they are most
    /// likely one model that wants an alias.
    static func reorderedNames(_ models: [Model], registry: ModelRegistry) -> [Diagnostic] {
        var bySignature: [[String]: [Model]] = [:]
        for model in models {
            let words = NameKey.tokens(model.name).map { registry.synonyms[$0] ?? $0 }
            guard words.count > 1 else { continue }
            bySignature[words.sorted(), default: []].append(model)
        }
        var found: [Diagnostic] = []
        for group in bySignature.values where group.count > 1 {
            let ordered = group.sorted { $0.source.location < $1.source.location }
            for later in ordered.dropFirst() {
                found.append(
                    Diagnostic(
                        .warning, at: later.source.location,
                        "'\(later.name)' has the same words as '\(ordered[0].name)' (\(ordered[0].source)) in another "
                            + "order; if they are one model, list one under the other in modelAliases in atlas.yml"))
            }
        }
        return found
    }
}
