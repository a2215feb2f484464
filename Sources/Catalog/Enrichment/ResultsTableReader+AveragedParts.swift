import Markdown

/// Columns that name their benchmark's parts beside an average of them, among columns of other
/// benchmarks: Llama-3-SynE's `| SciEval PHY | SciEval CHE | SciEval BIO | SciEval Avg. | SciQ |`.
extension ResultsTableReader {
    /// A column of a benchmark's part (`SciEval PHY`: SciEval, `PHY`) or of its average
    /// (`SciEval Avg.`: SciEval, no part), when the name before the average's last word begins
    /// two columns or more. Not when those columns are benchmarks read already or well known:
    /// `ARC Easy | ARC Challenge | ARC Avg.` are two benchmarks (and an average of them).
    struct AveragedPart {
        var benchmark: String
        var part: String?
    }

    /// The parts and averages of `labels` (by column), among the `candidates` columns and the
    /// columns `roles` call averages.
    func averagedParts(_ labels: [String], roles: [TableRole], candidates: [Int]) -> [Int: AveragedPart] {
        var found: [Int: AveragedPart] = [:]
        for average in roles.indices where roles[average] == .average {
            guard let name = Self.averagedName(labels[average], averageWords: config.vocabulary.averageHeaders) else {
                continue
            }
            let prefix = name + " "
            let parts = candidates.filter { column in
                labels[column].hasPrefix(prefix) && !labels[column].dropFirst(prefix.count).trimmed.isEmpty
            }
            guard parts.count >= 2, !parts.contains(where: { knowsBenchmark(labels[$0]) }) else { continue }
            found[average] = AveragedPart(benchmark: name, part: nil)
            for column in parts {
                found[column] = AveragedPart(benchmark: name, part: labels[column].dropFirst(prefix.count).trimmed)
            }
        }
        return found
    }

    /// A part's name qualifies its scores; what it says of the setting (`PHY (5-shot)`) is read.
    mutating func addPart(_ part: String, to setting: inout Setting) {
        let header = benchmarkHeader(part)
        if setting.shots.isEmpty { setting.shots = header.setting.shots }
        if setting.metric.isEmpty { setting.metric = header.setting.metric }
        qualify(&setting, by: header.name)
        qualify(&setting, by: header.setting.qualifier)
    }

    /// `SciEval Avg.` is SciEval's average: the words before a last word that is one of
    /// `averageWords` (the configuration's `averageHeaders`, which make the column an average).
    static func averagedName(_ label: String, averageWords: [String]) -> String? {
        let words = label.trimmed.split(separator: " ")
        guard words.count >= 2, let last = words.last?.lowercased(),
            averageWords.contains(where: { $0.lowercased() == last })
        else { return nil }
        return words.dropLast().joined(separator: " ")
    }
}
