import Markdown

/// What the corner cell of a table says: a benchmark over the models' names, or a setting
/// (metric, shots, the two settings of cells of two scores) of every score.
extension ResultsTableReader {
    /// SeaLLM's `| M3Exam / 3-shot (Acc) | En | Zh |`: a corner over the models' names that
    /// names a benchmark, with its setting after a slash or in parentheses.
    mutating func cornerBenchmark(_ cell: TableCell, role: TableRole) -> BenchmarkHeader? {
        let label = cell.labelText.trimmed
        guard ![.model, .empty].contains(role), label.contains(where: \.isLetter) else { return nil }
        let header = benchmarkHeader(label.replacingOccurrences(of: " / ", with: " "))
        // (`3-shot (EM / F1)` names a setting only: `cornerSetting`.)
        guard HeadingBenchmark.looksLikeABenchmark(header.name), !header.name.contains(" "),
            !models.knows(header.name), !ModelName.hasSize(header.name), BenchmarkHeader.shots(header.name) == nil,
            BenchmarkHeader.metric(header.name, in: config.vocabulary.metrics) == nil
        else { return nil }
        return header
    }

    /// Column labels that are all settings of one benchmark: languages or language codes.
    static func isSettingsOnly(_ labels: [String]) -> Bool {
        !labels.isEmpty && labels.allSatisfy { Languages.isLanguageLabel($0) }
    }

    /// `| WER | Moonshine | Whisper |`, `| 3-shot (EM / F1) | XQuAD | TyDiQA |`: a corner over the
    /// labels that names a metric or a shot count, and nothing else but the two settings of cells
    /// of two scores, gives them to every score whose own labels do not say.
    mutating func cornerSetting(_ corner: TableCell) -> Setting? {
        let text = corner.labelText.trimmed
        guard !text.isEmpty, role(of: text) == .other else { return nil }
        let parsed = benchmarkHeader(text)
        var setting = parsed.setting
        let name = parsed.name.trimmed
        if let metric = BenchmarkHeader.metric(name, in: config.vocabulary.metrics), setting.metric.isEmpty {
            setting.metric = metric
        } else if let shots = BenchmarkHeader.shots(name), setting.shots.isEmpty {
            setting.shots = shots
        } else if !name.isEmpty {
            return nil
        }
        guard setting.qualifier.isEmpty || Self.alternatives(in: setting.qualifier) != nil,
            !setting.metric.isEmpty || !setting.shots.isEmpty || !setting.qualifier.isEmpty
        else { return nil }
        return setting
    }

    /// `setting` with what a corner says (`cornerSetting`) where it says nothing itself.
    static func completing(_ setting: inout Setting, from corner: Setting) {
        if setting.metric.isEmpty { setting.metric = corner.metric }
        if setting.shots.isEmpty { setting.shots = corner.shots }
        if !corner.qualifier.isEmpty, alternatives(in: setting.qualifier) == nil {
            setting.qualifier =
                setting.qualifier.isEmpty ? corner.qualifier : setting.qualifier + ", " + corner.qualifier
        }
    }
}
