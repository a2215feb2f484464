import Foundation
import Markdown

/// Holds the benchmarks found so far; spellings merge by normal form and configured aliases.
struct BenchmarkRegistry {
    private(set) var benchmarks: [Benchmark] = []
    private var byKey: [NameKey: Int] = [:]
    private let aliases: [NameKey: String]
    /// The built-in spellings of one benchmark (`CatalogConfig.builtInBenchmarkSpellings`):
    /// each spelling's normal form → its group's first.
    private let sameBenchmark: [NameKey: NameKey]
    private let categories: [NameKey: String]
    private var slugs = UniqueSlugs()
    /// How often each spelling was seen, to pick the usual one as the name.
    private var spellingCounts: [BenchmarkID: [String: Int]] = [:]
    /// Abbreviations met (`HellaS`) → the normal form of the name they cut short (`HellaSwag`).
    private var abbreviations: [NameKey: NameKey] = [:]
    /// The scale a header or heading stated for a benchmark's metric (`Empathy (1-5)`).
    private var statedScales: [BenchmarkID: [String: Scale]] = [:]

    init(config: CatalogConfig) {
        var aliases: [NameKey: String] = [:]
        for (canonical, spellings) in config.benchmarkAliases.sorted(by: { $0.key < $1.key }) {
            for spelling in spellings { aliases[NameKey(spelling)] = canonical }
        }
        self.aliases = aliases
        var sameBenchmark: [NameKey: NameKey] = [:]
        for spellings in CatalogConfig.builtInBenchmarkSpellings {
            // A spelling the file gives an alias for is the file's to place.
            let keys = spellings.filter { aliases[NameKey($0)] == nil }.map { Self.filingKey($0) }
            for key in keys.dropFirst() { sameBenchmark[key] = keys.first }
        }
        self.sameBenchmark = sameBenchmark
        var categories: [NameKey: String] = [:]
        for (category, names) in config.benchmarkCategories.sorted(by: { $0.key < $1.key }) {
            for name in names { categories[sameBenchmark[Self.filingKey(name)] ?? Self.filingKey(name)] = category }
        }
        self.categories = categories
    }

    /// Whether results tables would be read the same against either registry: the same
    /// benchmarks in the same order (the lookup table is made from them), slugs and spellings.
    /// `asideLines`: the benchmarks' places may differ in lines and columns (`MovedPlaces`).
    func readsLike(_ other: BenchmarkRegistry, asideLines: Bool = false) -> Bool {
        let sameBenchmarks =
            asideLines
            ? benchmarks.equalAsideLines(other.benchmarks, lineless: \.lineless) : benchmarks == other.benchmarks
        return sameBenchmarks && slugs == other.slugs && spellingCounts == other.spellingCounts
            && abbreviations == other.abbreviations && statedScales == other.statedScales
    }

    /// Moves the places its benchmarks hold in `move.paths` to those of `reference`'s benchmarks.
    mutating func movePlaces(to reference: BenchmarkRegistry, _ move: inout PlaceMove) {
        for index in benchmarks.indices where move.holds(benchmarks[index].source.path) {
            guard index < reference.benchmarks.count, reference.benchmarks[index].id == benchmarks[index].id else {
                return move.fail()
            }
            benchmarks[index].source = move.place(benchmarks[index].source, reference.benchmarks[index].source)
        }
    }

    /// The normal form a spelling is filed under: its alias's, or its built-in group's.
    private func key(of canonical: String) -> NameKey {
        let key = Self.filingKey(canonical)
        return sameBenchmark[key] ?? (abbreviations.isEmpty ? key : abbreviations[key] ?? key)
    }

    /// A name's normal form with a version's `v` left out (`AlignBench v1.1` and `Alignbench1.1`,
    /// `VQAv2` and `VQA v2` are one benchmark): a `v` right before a digit, after a letter or at
    /// the start.
    static func filingKey(_ name: String) -> NameKey {
        let key = NameKey(name)
        guard key.value.utf8.contains(UInt8(ascii: "v")) else { return key }
        var out = String.UnicodeScalarView()
        let scalars = Array(key.value.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            let before = index > 0 ? scalars[index - 1] : nil
            if scalar == "v", let next, ("0"..."9").contains(next), before.map(\.properties.isAlphabetic) ?? true {
                continue
            }
            out.append(scalar)
        }
        return NameKey(normalForm: String(out))
    }

    /// The name, of the benchmarks read so far and the common ones, that `spelling` cuts short
    /// inside a word (of several, the one the others begin with): Mixtral's `HellaS`, `WinoG`
    /// and `HumanE` for HellaSwag, WinoGrande and HumanEval. The cut is right after the capital
    /// that starts a word of the full name, and the full name goes on in lower case, so `MMLU`
    /// (of `MMLU-Pro`), `Math` (of `MathVista`) and `Code` (of `Codeforces`) are names of their own.
    private func abbreviated(_ spelling: String) -> String? {
        let letters = Array(spelling.unicodeScalars)
        guard letters.count >= 4, letters.count <= 12, letters.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }),
            letters[letters.count - 1].properties.isUppercase, letters[letters.count - 2].properties.isLowercase
        else { return nil }
        let names = Set(benchmarks.map(\.name) + CatalogConfig.commonBenchmarkNames)
        let cut = names.filter { name in
            let full = Array(name.unicodeScalars)
            return full.count > letters.count && full.starts(with: letters)
                && full[letters.count].properties.isLowercase
        }
        // `HumanE`: HumanEval, whose name the others (`HumanEval+`) begin with.
        guard let shortest = cut.min(by: { $0.count < $1.count }) else { return nil }
        return cut.allSatisfy { $0.hasPrefix(shortest) } ? shortest : nil
    }

    /// Whether a name is one of the built-in spellings of a well-known benchmark (`MMLU`, `BBH`).
    static func isWellKnown(_ spelling: String) -> Bool { wellKnownKeys.contains(NameKey(spelling)) }

    /// The one of `CatalogConfig.commonBenchmarkNames` a name spells (`MMLU Pro`: `MMLU-Pro`).
    static func commonName(_ name: String) -> String? { commonNames[NameKey(name)] }

    private static let commonNames = Dictionary(
        CatalogConfig.commonBenchmarkNames.map { (NameKey($0), $0) }, uniquingKeysWith: { first, _ in first })

    /// Whether a label names one of `CatalogConfig.commonBenchmarkNames`, whatever its setting
    /// after it (`MMLU (5-shot)`, `GSM8K 8-shot`). Asked of every row label of every table, so
    /// it only looks, without parsing: the name, before a parenthesis, or less its last word.
    static func isCommon(_ label: String) -> Bool {
        if commonKeys.contains(NameKey(label)) { return true }
        if let open = label.firstIndex(where: { $0 == "(" || $0 == "[" }),
            commonKeys.contains(NameKey(String(label[..<open])))
        {
            return true
        }
        guard let space = label.lastIndex(of: " ") else { return false }
        return commonKeys.contains(NameKey(String(label[..<space])))
    }

    private static let commonKeys = Set(commonNames.keys)

    private static let wellKnownKeys = Set(CatalogConfig.builtInBenchmarkSpellings.joined().map { NameKey($0) })

    /// Whether a name is a benchmark already read (or configured by an alias).
    func knows(_ spelling: String) -> Bool {
        byKey[key(of: aliases[NameKey(spelling)] ?? spelling)] != nil
    }

    /// The benchmark read already that a spelling's normal form means, if any.
    func id(forKey spelling: NameKey) -> BenchmarkID? {
        let key = aliases[spelling].map { self.key(of: $0) } ?? sameBenchmark[spelling] ?? spelling
        return byKey[key].map { benchmarks[$0].id }
    }

    /// The benchmark a name means, added if new. `category` comes from a Domain or Category cell.
    mutating func resolve(_ spelling: String, category: String?, source: Provenance) -> BenchmarkID {
        var canonical = aliases[NameKey(spelling)] ?? spelling
        var key = key(of: canonical)
        // An abbreviation is filed under its full name, and is no spelling to name it by.
        var isAbbreviation = abbreviations[NameKey(canonical)] != nil
        if byKey[key] == nil, aliases[NameKey(spelling)] == nil, let full = abbreviated(canonical) {
            abbreviations[NameKey(canonical)] = self.key(of: full)
            (canonical, key, isAbbreviation) = (full, self.key(of: full), true)
        }
        let index: Int
        if let found = byKey[key] {
            index = found
        } else {
            let id = slugs.claim(canonical)
            var benchmark = Benchmark(id: BenchmarkID(rawValue: id), name: canonical, source: source)
            benchmark.category = categories[key]
            benchmarks.append(benchmark)
            index = benchmarks.count - 1
            byKey[key] = index
        }
        let counted = isAbbreviation ? benchmarks[index].name : spelling
        for written in [counted, spelling] where !benchmarks[index].aliases.contains(written) {
            benchmarks[index].aliases.append(written)
        }
        spellingCounts[benchmarks[index].id, default: [:]][counted, default: 0] += 1
        if benchmarks[index].category == nil, let category, !category.isEmpty { benchmarks[index].category = category }
        return benchmarks[index].id
    }

    /// Keeps only the benchmarks of `ids`, in their order (a benchmark whose every cell was
    /// unreadable has no score, and no page).
    mutating func keepOnly(_ ids: Set<BenchmarkID>) {
        let old = benchmarks
        benchmarks.removeAll { !ids.contains($0.id) }
        var positions: [BenchmarkID: Int] = [:]
        for (position, benchmark) in benchmarks.enumerated() { positions[benchmark.id] = position }
        byKey = byKey.compactMapValues { positions[old[$0].id] }
    }

    /// Names each benchmark by its most frequent spelling (`HumanEval` over a single `Human Eval`),
    /// unless the configuration names it, and re-derives ids. Returns old id → new id.
    mutating func settleNames() -> [BenchmarkID: BenchmarkID] {
        var renamed: [BenchmarkID: BenchmarkID] = [:]
        var used = UniqueSlugs()
        for index in benchmarks.indices {
            let benchmark = benchmarks[index]
            let configured = aliases.values.contains(benchmark.name)
            let counts = spellingCounts[benchmark.id] ?? [:]
            // The most frequent spelling; on a tie, the first seen.
            let usual = benchmark.aliases.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? benchmark.name
            let name = configured ? benchmark.name : usual
            let id = used.claim(name)
            benchmarks[index].name = name
            benchmarks[index].id = BenchmarkID(rawValue: id)
            renamed[benchmark.id] = benchmarks[index].id
        }
        statedScales = Dictionary(
            statedScales.compactMap { id, scales in renamed[id].map { ($0, scales) } }, uniquingKeysWith: { a, _ in a })
        return renamed
    }

    /// Notes that a header said which way `metric` of benchmark `id` is better (`Error ↓`): the
    /// metric keeps that direction when metrics are assigned (`EnrichmentRun.assignMetrics`).
    mutating func noteDirection(_ direction: Direction?, of metric: String, for id: BenchmarkID) {
        guard let direction, let index = benchmarks.firstIndex(where: { $0.id == id }) else { return }
        benchmarks[index].metrics[metric] = Metric(name: metric, scale: .percent, direction: direction)
    }

    /// Notes the scale a header or heading stated for `metric` of benchmark `id`: its values are
    /// on that scale whatever their size (`EnrichmentRun.assignMetrics`). The first stated holds.
    mutating func noteScale(_ scale: Scale?, of metric: String, for id: BenchmarkID) {
        guard let scale, statedScales[id]?[metric] == nil else { return }
        statedScales[id, default: [:]][metric] = scale
    }

    /// The scale stated for `metric` of benchmark `id`, if any.
    func statedScale(of metric: String, for id: BenchmarkID) -> Scale? { statedScales[id]?[metric] }

    /// Sets the metrics of the benchmark at `position` in `benchmarks` (by place, not by id: a
    /// search per benchmark made a catalog of many benchmarks quadratic).
    mutating func setMetrics(_ metrics: [String: Metric], at position: Int) {
        benchmarks[position].metrics = metrics
    }
}
