import Markdown

/// A score cell read into a score: one number, two in one cell (`42.2/36.6`, `- / 60.2†`), a
/// bound or "not reported", with the settings the table's heading and prose give it.
extension ResultsTableReader {
    /// Records one score cell: a number, "not reported", or a diagnostic for anything else.
    mutating func score(
        _ cell: TableCell, model: ModelID, benchmark: BenchmarkID, setting: Setting,
        reading: Reading, row: Int, column: Int
    ) {
        // As shown, a footnote superscript as a mark: `51.6<sup>2</sup>` is `51.6†`, not `51.62`.
        let shown = cell.scoreText
        let raw = shown.trimmed
        let value = value(of: cell)
        if value == nil, let pair = ScoreText.pair(raw).map({ (Double?($0.0), Double?($0.1)) }) ?? halfReported(raw) {
            guard let alternation = Self.alternation(in: setting.qualifier) else {
                report(
                    Diagnostic(
                        .warning, at: cell.location,
                        "'\(raw)' holds two scores; say in the header what each is (`Video-MME (wo/w subs)`), "
                            + "or give each its own column"))
                return
            }
            // Each score's raw text is its half of the cell.
            let halves = raw.split(separator: "/").map { String($0).trimmed }
            let (first, second) = (alternation.first, alternation.second)
            for (number, qualifier, text) in [(pair.0, first, halves[0]), (pair.1, second, halves[1])] {
                var setting = setting
                // `AIME 2024 (pass@1 / cons@64)`: halves that are metrics are the scores' metrics,
                // as `MATH-500 (pass@1)` beside it gives its own (`XQuAD (th)` under a corner
                // `3-shot (EM / F1)` keeps `th`).
                if setting.metric.isEmpty,
                    let metric = BenchmarkHeader.metric(qualifier.half.trimmed, in: config.vocabulary.metrics)
                {
                    setting.metric = metric
                    setting.qualifier = alternation.others
                } else if setting.shots.isEmpty, let shots = BenchmarkHeader.shots(qualifier.half.trimmed) {
                    // `HellaSwag (0-shot/5-shot)`: halves that are shot counts are the scores' shots.
                    setting.shots = shots
                    setting.qualifier = alternation.others
                } else {
                    setting.qualifier = qualifier.whole
                }
                record(
                    Score(
                        model: model, benchmark: benchmark, setting: setting, value: number, raw: text,
                        group: reading.group, source: provenance(cell, reading, row: row, column: column)))
            }
            return
        }
        if value == nil && !isNotReported(raw) && !ScoreText.isBound(raw) {
            report(Self.unreadScore(raw, at: cell.location))
            return
        }
        var setting = setting
        if setting.shots.isEmpty, let shots = reading.headingShots { setting.shots = shots }
        if setting.shots.isEmpty, !reading.proseShots.isEmpty,
            let stated = reading.proseShots.first(where: { benchmarks.id(forKey: $0.name) == benchmark })
        {
            setting.shots = stated.shots
        }
        if setting.shots.isEmpty, let shots = reading.leadInShots { setting.shots = shots }
        if setting.shots.isEmpty, let shots = reading.defaultShots { setting.shots = shots }
        if let qualifier = reading.headingQualifier { qualify(&setting, by: qualifier) }
        if value != nil, raw.utf8.last == UInt8(ascii: ")") { settingInCell(raw, &setting) }
        record(
            Score(
                model: model, benchmark: benchmark, setting: setting, value: value, raw: raw,
                group: reading.group, source: provenance(cell, reading, row: row, column: column)))
    }

    /// `- / 60.2†`: two scores in one cell, one of them not reported (nil); nil for anything else.
    mutating func halfReported(_ raw: String) -> (Double?, Double?)? {
        // The cheap test first: a slash, and a not-reported mark is short.
        guard raw.utf8.contains(UInt8(ascii: "/")) else { return nil }
        let halves = raw.split(separator: "/", omittingEmptySubsequences: false).map { String($0).trimmed }
        guard halves.count == 2 else { return nil }
        let values = halves.map { ScoreText.value($0) }
        guard values.contains(where: { $0 != nil }),
            zip(halves, values).allSatisfy({ half, value in value != nil || isNotReported(half) })
        else { return nil }
        return (values[0], values[1])
    }

    /// Whether a cell holds what `score` records: a number, two (`42.2/36.6`), a bound or "not
    /// reported".
    mutating func holdsScore(_ cell: TableCell) -> Bool {
        let raw = cell.scoreText.trimmed
        return value(of: cell) != nil || isNotReported(raw) || ScoreText.isBound(raw) || ScoreText.pair(raw) != nil
            || halfReported(raw) != nil
    }
}
