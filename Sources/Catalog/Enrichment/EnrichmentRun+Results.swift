import Foundation
import Markdown

extension EnrichmentRun {
    /// Reads every table that is not a list table as a results table, in document order (each
    /// is read against the models and benchmarks the tables before it gave). With `memory` of
    /// the last reading, it starts from the last checkpoint before the first changed document and
    /// stops at the first checkpoint after the last one whose state is as it was: the documents
    /// after it read as they did (`ReadingMemory`). `changed` are the documents that differ from
    /// those `memory` was made from (nil: unknown). Returns the new memory.
    mutating func readResultsTables(memory: ReadingMemory? = nil, changed: [Int]? = nil) -> ReadingMemory {
        let start = ReadingStart(
            config: config, models: models, benchmarks: benchmarks, series: series.map(\.id),
            sectionSeries: sectionSeries,
            listTables: Set(
                listTables.filter { !$0.holdsScores }.map { ListPosition(key: $0.key, position: $0.position) }))
        let fresh = ResultsTableReader(
            config: config, makers: leadingMakerNames, models: models, benchmarks: benchmarks)
        var state = ReadingState(reader: fresh, tableIDs: UniqueSlugs())
        var read = ReadingResult()
        let count = outlines.count
        let paths = outlines.map(\.path)
        let spacing = ReadingMemory.checkpointSpacing(count)
        var (last, startMoved, moved) = Self.lastReading(memory, start: start, paths: paths, changed: changed)
        var checkpoints: [Int: ReadingState] = [:]
        var index = 0
        if let memory = last, let changed {
            let resumed = Self.resumption(
                of: memory, changed: changed, fresh: state, moved: startMoved ? moved : nil)
            if let resumed { (index, state, read, checkpoints) = resumed } else { last = nil }
        }
        let changed = last == nil ? nil : changed
        let (firstChanged, lastChanged) = (changed?.first, changed?.last)
        // The last reading's state just after the change, when it kept none there (worked out
        // on reaching the change).
        var lastStateAfterChange: ReadingState?
        while index < count {
            let isBoundary =
                index % spacing == 0 || index == firstChanged || index == lastChanged.map { $0 + 1 }
            if isBoundary {
                let checkpoint = state.forComparison
                if let last, let lastChanged, index > lastChanged,
                    let old = last.checkpoints[index] ?? (index == lastChanged + 1 ? lastStateAfterChange : nil),
                    let rest = Self.rest(of: last, at: index, old: old, now: checkpoint, moved: moved)
                {
                    // Every change is behind, and the state is as it was here: the rest reads as it did.
                    read.adopt(last, final: rest.final, from: index, into: &state)
                    checkpoints.merge(rest.checkpoints) { new, _ in new }
                    checkpoints[index] = checkpoints[index] ?? checkpoint
                    break
                }
                checkpoints[index] = checkpoint
            }
            if let last, let firstChanged, let lastChanged, index == firstChanged, !startMoved {
                lastStateAfterChange = Self.stateAfter(
                    firstChanged...lastChanged, of: last, from: state, start: start)
            }
            read.document(index, of: outlines[index], start: start, into: &state)
            index += 1
        }
        // Kept: the regular checkpoints and those around the last change (an author edits one
        // file again and again; a change to the theme alone keeps them all).
        if changed?.isEmpty != true {
            checkpoints = checkpoints.filter { key, _ in
                key % spacing == 0 || key == firstChanged || key == lastChanged.map { $0 + 1 }
            }
        }
        models = state.reader.models
        benchmarks = state.reader.benchmarks
        scores = read.scores
        diagnostics += state.reader.diagnostics
        tables = read.tables
        var seriesIndex: [SeriesID: Int] = [:]
        for (index, series) in series.enumerated() where seriesIndex[series.id] == nil {
            seriesIndex[series.id] = index
        }
        for table in tables {
            if let id = table.series, let index = seriesIndex[id] { series[index].resultsTables.append(table.id) }
        }
        return ReadingMemory(
            start: start, paths: paths, outlines: outlines, added: read.added, scores: read.scores, final: state.reader,
            tables: read.tables, checkpoints: checkpoints,
            reuse: ReadingReuse(
                documentsRead: read.documentsRead, documentsReused: count - read.documentsRead))
    }

    /// The last reading, when it started the same way from as many documents, or (`startMoved`)
    /// the same way aside lines; `moved`: the changed documents' paths, when the documents are
    /// where they were (lines may have moved in them).
    private static func lastReading(
        _ memory: ReadingMemory?, start: ReadingStart, paths: [String], changed: [Int]?
    ) -> (last: ReadingMemory?, startMoved: Bool, moved: [String]?) {
        guard let memory, let changed, memory.added.count == paths.count else { return (nil, false, nil) }
        let samePaths = !changed.isEmpty && memory.paths == paths
        let moved = samePaths ? changed.map { paths[$0] } : nil
        if memory.start == start { return (memory, false, moved) }
        if samePaths, memory.start.equalsAsideLines(start) { return (memory, true, moved) }
        return (nil, false, nil)
    }

    /// Where a reading after `last` begins: the last checkpoint before the first change (past the
    /// end, when nothing changed), with what was read before it and the checkpoints up to there.
    /// With `moved`, the last start was alike only aside lines: the places the states hold in
    /// those files move to `fresh`'s (nil when they cannot).
    private static func resumption(
        of last: ReadingMemory, changed: [Int], fresh: ReadingState, moved: [String]?
    ) -> (index: Int, state: ReadingState, read: ReadingResult, checkpoints: [Int: ReadingState])? {
        let from =
            changed.isEmpty ? last.added.count : last.checkpoints.keys.filter { $0 <= changed[0] }.max() ?? 0
        var (state, read) = (fresh, ReadingResult())
        var kept = last.checkpoints.filter { $0.key <= from }
        if from > 0 { read.resume(last, at: from, into: &state) }
        // A state kept early knows few answers; the last reading's end knows them all.
        state.reader.adoptMemos(of: last.final)
        if let moved {
            var move = PlaceMove(paths: moved)
            state.reader.movePlaces(to: fresh.reader, &move)
            for key in kept.keys { kept[key]?.reader.movePlaces(to: fresh.reader, &move) }
            if move.failed { return nil }
        }
        return (from, state, read, kept)
    }

    /// The state `last` had after reading its versions of the documents `changed`, worked out
    /// from `state`, the state before them (which this reading shares with it: the documents
    /// before are the same, and so is the start): when `last` kept no checkpoint just after the
    /// change (the first edit of a document after a full reading), so this reading can stop
    /// there instead of at the next checkpoint. Nil when reading to that one costs no more.
    private static func stateAfter(
        _ changed: ClosedRange<Int>, of last: ReadingMemory, from state: ReadingState, start: ReadingStart
    ) -> ReadingState? {
        let after = changed.upperBound + 1
        guard last.checkpoints[after] == nil, after < last.outlines.count else { return nil }
        let next = last.checkpoints.keys.filter { $0 > after }.min() ?? last.outlines.count
        guard changed.count < next - after else { return nil }
        var (state, scratch) = (state, ReadingResult())
        for index in changed { scratch.document(index, of: last.outlines[index], start: start, into: &state) }
        return state.forComparison
    }

    /// What `last` read from document `index` on, to take as it was when its state there (`old`)
    /// reads like this reading's (`now`): its final reader and later checkpoints. When the two
    /// are alike only aside lines, the places these hold in the `moved` documents move to `now`'s.
    private static func rest(
        of last: ReadingMemory, at index: Int, old: ReadingState, now: ReadingState, moved: [String]?
    ) -> (final: ResultsTableReader, checkpoints: [Int: ReadingState])? {
        var final = last.final
        var checkpoints = last.checkpoints.filter { $0.key >= index }
        if old.readsLike(now) { return (final, checkpoints) }
        guard let moved, old.readsLike(now, asideLines: true), !last.notesName(moved, from: index) else { return nil }
        var move = PlaceMove(paths: moved)
        final.movePlaces(to: now.reader, &move)
        for key in checkpoints.keys { checkpoints[key]?.reader.movePlaces(to: now.reader, &move) }
        return move.failed ? nil : (final, checkpoints)
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
    /// `byBenchmark` holds each benchmark's metrics and the highest value of each (-infinity:
    /// none reported): only the highest is read, no array of values per score.
    /// `Win rate`, `LC-winrate`, `Accuracy (%)`: a metric whose name says it is a percentage.
    static func isPercentMetric(_ metric: String) -> Bool {
        let lower = metric.lowercased()
        return lower.contains("%") || lower.contains("win rate") || lower.contains("winrate")
            || lower.contains("win-rate")
    }

    /// `LibriSpeech test-clean`, `aishell1`, `AMI`: a speech test set (`builtInSpeechTestSets`),
    /// the name's first word (or two, `Common Voice 15`) starting with one.
    static func isSpeechTestSet(_ name: String) -> Bool {
        let words = NameKey.tokens(name).map { $0.lowercased() }
        guard let first = words.first else { return false }
        let two = words.prefix(2).joined()
        return speechTestSets.contains { set in
            set == "ami" ? first == "ami" : first.hasPrefix(set) || two.hasPrefix(set)
        }
    }

    private static let speechTestSets = CatalogConfig.builtInSpeechTestSets.map {
        NameKey.tokens($0).joined().lowercased()
    }

    mutating func assignMetrics(values byBenchmark: [BenchmarkID: [String: MetricValues]]) {
        let vocabulary = config.vocabulary
        let configured = config.scaleOverrides
        let lowerBenchmarks = Set(CatalogConfig.builtInLowerIsBetterBenchmarks.map { NameKey($0) })
        for (position, benchmark) in benchmarks.benchmarks.enumerated() {
            var metrics: [String: Metric] = [:]
            // `RealToxicity` is better lower in any metric; `Documentation Perplexity` names its metric.
            let harm =
                benchmark.aliases.contains { lowerBenchmarks.contains(NameKey($0)) }
                || benchmark.aliases.contains(where: Self.isSpeechTestSet)
            let lowerByName = benchmark.aliases.contains { alias in
                alias.split(separator: " ").contains { word in
                    vocabulary.lowerIsBetterMetrics.contains { NameKey($0) == NameKey(String(word)) }
                }
            }
            for (metric, values) in byBenchmark[benchmark.id] ?? [:] {
                let highest = values.highest
                // A measure such as perplexity is a ratio; a harm benchmark's rate stays a percentage.
                let isLowerMeasure =
                    vocabulary.lowerIsBetterMetrics.contains { NameKey($0) == NameKey(metric) }
                    || (lowerByName && metric.isEmpty)
                let isLower = harm || isLowerMeasure
                // A header's arrow (`Error ↓`) says more than the metric's name.
                let hinted = benchmark.metrics[metric]?.direction
                let scale: Scale
                // `MT-bench (win rate %)`: a metric that says it is a percentage is one, whatever
                // the benchmark's own scale.
                if Self.isPercentMetric(metric) {
                    scale = .percent
                } else if let fixed = benchmark.aliases.lazy.compactMap({
                    configured[NameKey($0)] ?? configured[NameKey(Self.withoutVersion($0))]
                }).first {
                    scale = fixed
                } else if let stated = benchmarks.statedScale(of: metric, for: benchmark.id) {
                    // `Empathy (1-5)`: judged 2.9 to 4.5 of 5, not a hard benchmark's percentages.
                    scale = stated
                } else if highest <= 10,
                    benchmark.aliases.contains(where: Self.isNamedAfterMTBench)
                        || (highest > 1 && benchmark.aliases.contains(where: Self.isJudged))
                {
                    scale = .outOfTen
                } else if vocabulary.ratingMetrics.contains(where: { NameKey($0) == NameKey(metric) })
                    || values.exceedsPercentages
                {
                    scale = .rating
                } else if isLowerMeasure && !Self.isErrorRate(metric) || (highest > 0 && highest <= 1) {
                    // `0.970`, `0.921`: fractions (MiniMax's Ruler table), not percentages below one.
                    scale = .ratio
                } else {
                    scale = .percent
                }
                metrics[metric] = Metric(
                    name: metric, scale: scale, direction: hinted ?? (isLower ? .lowerIsBetter : .higherIsBetter))
            }
            benchmarks.setMetrics(metrics, at: position)
        }
    }

    /// `WER`, `CER`, `Error`, `错误率`: a share of errors, a percentage like any other (perplexity
    /// and loss, also better lower, are ratios).
    static func isErrorRate(_ metric: String) -> Bool {
        let key = NameKey(metric).value
        return ["wer", "cer", "per", "ter", "error", "errorrate", "错误率"].contains(key) || key.hasSuffix("errorrate")
    }

    /// `LLM-as-a-Judge`, `Judge Score`: a judge's marks, on its 1–10 scale when every value is
    /// at most 10 (and more than 1: a judge benchmark's accuracy may be a fraction).
    static func isJudged(_ name: String) -> Bool {
        name.lowercased().split { !$0.isLetter }.contains("judge")
    }

    /// `KoMT-Bench`, `Japanese MT-Bench`, `mtbench_dev`: a translation or split of MT-Bench,
    /// judged on its 1–10 scale.
    static func isNamedAfterMTBench(_ name: String) -> Bool {
        String(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic }).contains("mtbench")
    }

    /// `AlignBench v1.1` → `AlignBench`: a name less a trailing version word (`v2`, `1.1`).
    static func withoutVersion(_ name: String) -> String {
        if let cut = name.lastIndex(where: { $0 == " " || $0 == "-" }) {
            var version = name[name.index(after: cut)...]
            if version.first == "v" || version.first == "V" { version = version.dropFirst() }
            if version.first?.isNumber == true, version.allSatisfy({ $0 == "." || ($0.isASCII && $0.isNumber) }) {
                return String(name[..<cut])
            }
        }
        // `Alignbench1.1` (MiMo's card): a dotted version written onto the name.
        let glued = name.reversed().prefix { $0 == "." || ($0.isASCII && $0.isNumber) }
        guard glued.contains("."), glued.last != ".", name.dropLast(glued.count).last?.isLetter == true else {
            return name
        }
        return String(name.dropLast(glued.count))
    }

}

extension EnrichmentRun {
    /// A table by section and position, to tell list tables from results tables without comparing tables.
    struct ListPosition: Hashable {
        var key: SectionKey
        var position: Int
    }
}

/// The tables read so far, and what each document's tables added.
private struct ReadingResult {
    var tables: [ResultsTable] = []
    var added: [ReadingCounts] = []
    /// Per document, the scores its tables gave.
    var scores: [[Score]] = []
    var documentsRead = 0

    /// Reads one document's results tables (those that are not list tables) into `state`.
    mutating func document(
        _ index: Int, of outline: DocumentOutline, start: ReadingStart, into state: inout ReadingState
    ) {
        let before = ReadingCounts(diagnostics: state.reader.diagnostics.count, tables: tables.count)
        for (sectionIndex, section) in outline.sections.enumerated() {
            let key = EnrichmentRun.SectionKey(document: index, section: sectionIndex)
            for (position, placed) in section.tables.enumerated()
            where !start.listTables.contains(EnrichmentRun.ListPosition(key: key, position: position)) {
                let id = state.tableIDs.claim(placed.headingPath.joined(separator: " "))
                if let table = state.reader.read(placed, id: TableID(rawValue: id), series: start.sectionSeries[key]) {
                    tables.append(table)
                }
            }
        }
        for list in outline.featureLists { state.reader.read(list) }
        let after = ReadingCounts(diagnostics: state.reader.diagnostics.count, tables: tables.count)
        added.append(after - before)
        scores.append(state.reader.takeScores())
        documentsRead += 1
    }

    /// Takes what `last` read before document `index` as it was, and its state there (the
    /// checkpoint's, or the final one when `index` is past the last document).
    mutating func resume(_ last: ReadingMemory, at index: Int, into state: inout ReadingState) {
        if let checkpoint = last.checkpoints[index] { state = checkpoint }
        if index == last.added.count { state.reader = last.final }
        let before = last.total(before: index)
        state.reader.takeDiagnostics(of: last.final, upTo: before.diagnostics)
        tables = Array(last.tables[..<before.tables])
        added = Array(last.added[..<index])
        scores = Array(last.scores[..<index])
    }

    /// Takes what `last` read from document `index` on as it was, with the reader it ended with
    /// (`final`: `last.final`, its places moved).
    mutating func adopt(
        _ last: ReadingMemory, final: ResultsTableReader, from index: Int, into state: inout ReadingState
    ) {
        let from = last.total(before: index)
        tables += last.tables[from.tables...]
        added += last.added[index...]
        scores += last.scores[index...]
        state.reader.adoptRest(of: final, diagnosticsFrom: from.diagnostics)
    }
}
