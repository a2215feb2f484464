import Markdown

extension Checks {
    /// The same model, benchmark and (compatible) setting reported with different values, in one
    /// table or in several: one finding per model, benchmark and setting, listing every distinct
    /// value with each place it was written. Linear in the scores: they are grouped by hashing, and
    /// only the few distinct settings of one model and benchmark are compared with each other.
    static func conflictingScores(_ scores: ScoreList, models: ModelRegistry, benchmarks: BenchmarkRegistry)
        -> [Diagnostic]
    {
        // Grouped by position: copying 100,000 scores into the groups was most of the check, and
        // most groups hold one score.
        var groups: [ScorePair: [Int]] = [:]
        for (index, score) in scores.enumerated() where score.value != nil {
            groups[ScorePair(model: score.model, benchmark: score.benchmark), default: []].append(index)
        }
        var benchmarkNames: [BenchmarkID: String] = [:]
        for benchmark in benchmarks.benchmarks where benchmarkNames[benchmark.id] == nil {
            benchmarkNames[benchmark.id] = benchmark.name
        }
        var found: [Diagnostic] = []
        for (pair, members) in groups where members.count > 1 {
            let model = models.model(pair.model)?.name ?? pair.model.rawValue
            let benchmark = benchmarkNames[pair.benchmark] ?? pair.benchmark.rawValue
            for cluster in SettingClusters(members.map { scores[$0] }).disagreeing {
                found.append(conflict(cluster, model: model, benchmark: benchmark))
            }
        }
        return found
    }

    /// `HumanEval for Alpha has 2 different values: 42.7 at a.md:5:13; 45.1 at a.md:11:13, b.md:3:9; ...`,
    /// at the first place whose value differs from the first value written.
    private static func conflict(_ cluster: [Score], model: String, benchmark: String) -> Diagnostic {
        let ordered = cluster.sorted { $0.source.location < $1.source.location }
        let settings = Set(ordered.map(\.setting))
        let showsSettings = settings.count > 1
        var values: [(raw: String, value: Double, places: [String])] = []
        var slot: [Double: Int] = [:]
        for score in ordered {
            let value = score.value!
            let place = score.source.description + (showsSettings ? " (\(settingText(score.setting)))" : "")
            if let index = slot[value] {
                values[index].places.append(place)
            } else {
                slot[value] = values.count
                values.append((score.raw, value, [place]))
            }
        }
        let first = ordered.first { $0.value != values[0].value } ?? ordered[0]
        let setting = showsSettings || ordered[0].setting.isEmpty ? "" : " (\(ordered[0].setting))"
        let list = values.map { "\($0.raw) at " + $0.places.joined(separator: ", ") }.joined(separator: "; ")
        return Diagnostic(
            .warning, at: first.source.location,
            "\(benchmark)\(setting) for \(model) has \(values.count) different values: \(list); "
                + "if all are right, say in the headers what differs (metric, shots, version)")
    }

    private static func settingText(_ setting: Setting) -> String {
        setting.isEmpty ? "setting not stated" : setting.description
    }
}

/// A model and a benchmark: the scores that may disagree share one.
struct ScorePair: Hashable {
    var model: ModelID
    var benchmark: BenchmarkID
}

/// One model's scores on one benchmark, clustered by settings that may describe one measurement
/// (`Setting.isCompatible`, followed transitively).
struct SettingClusters {
    /// A setting as compared: letter case does not matter.
    private struct Key: Hashable {
        var metric: String
        var shots: String
        var qualifier: String

        init(_ setting: Setting) {
            (metric, shots, qualifier) = (
                setting.metric.lowercased(), setting.shots.lowercased(), setting.qualifier.lowercased()
            )
        }

        func isCompatible(with other: Key) -> Bool {
            func agree(_ a: String, _ b: String) -> Bool { a.isEmpty || b.isEmpty || a == b }
            return agree(metric, other.metric) && agree(shots, other.shots) && qualifier == other.qualifier
        }
    }

    private var keys: [Key] = []
    private var scoresByKey: [[Score]] = []

    init(_ scores: [Score]) {
        var index: [Key: Int] = [:]
        for score in scores {
            let key = Key(score.setting)
            if let slot = index[key] {
                scoresByKey[slot].append(score)
            } else {
                index[key] = keys.count
                keys.append(key)
                scoresByKey.append([score])
            }
        }
    }

    /// Clusters holding two compatible settings (or one setting) with different values. A cluster
    /// joined only through a setting that states less (no shots) is left alone when the values that
    /// differ belong to settings that are not compatible with each other (`5-shot` and `0-shot`).
    var disagreeing: [[Score]] {
        var parent = Array(keys.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { (parent[i], i) = (parent[parent[i]], parent[i]) }
            return i
        }
        let values = scoresByKey.map { Set($0.map { $0.value! }) }
        var disagrees = Set<Int>()
        for a in keys.indices {
            if values[a].count > 1 { disagrees.insert(a) }
            for b in keys.indices.dropFirst(a + 1) where keys[a].isCompatible(with: keys[b]) {
                parent[root(b)] = root(a)
                if values[a].union(values[b]).count > 1 { disagrees.insert(a) }
            }
        }
        let flagged = Set(disagrees.map(root))
        var clusters: [Int: [Score]] = [:]
        for a in keys.indices where flagged.contains(root(a)) { clusters[root(a), default: []] += scoresByKey[a] }
        return clusters.keys.sorted().map { clusters[$0]! }
    }
}
