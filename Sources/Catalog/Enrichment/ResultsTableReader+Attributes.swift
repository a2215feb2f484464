import Markdown

/// The facts a results table states about its models: sizes, architecture, openness, and the
/// group rows that say open or closed.
extension ResultsTableReader {
    /// `B` for a header that gives sizes in billions (`Params (B)`, `Size (in billions)`), `M`
    /// in millions, `T` in trillions; empty otherwise.
    /// So does a unit after a slash (Distil-Whisper's `Params / M`).
    static func sizeUnit(_ header: String) -> String {
        let written: Substring
        if let open = header.lastIndex(of: "("), header.hasSuffix(")") {
            written = header[header.index(after: open)..<header.index(before: header.endIndex)]
        } else if let slash = header.lastIndex(of: "/") {
            written = header[header.index(after: slash)...]
        } else {
            return ""
        }
        let unit = written.lowercased().replacingOccurrences(of: "in ", with: "").trimmed
        switch unit {
        case "b", "bn", "billion", "billions": return "B"
        case "m", "million", "millions": return "M"
        case "t", "trillion", "trillions": return "T"
        default: return ""
        }
    }

    /// `176` under `Params (B)` is `176B`: a bare number takes the header's unit.
    static func withUnit(_ text: String, _ unit: String) -> String {
        let text = text.trimmed
        guard !unit.isEmpty, !text.isEmpty, text.allSatisfy({ $0.isNumber || $0 == "." }) else { return text }
        return text + unit
    }

    /// Applies a model attribute cell (`#TP` `236B`, `Architecture` `MoE`, `开源/闭源` `闭源`).
    /// The first statement of a fact stands; a later one that disagrees is reported.
    mutating func applyAttribute(
        _ role: TableRole, _ cell: TableCell, to model: ModelID, source: Provenance, unit: String = ""
    ) {
        let text = Self.withUnit(cell.text, unit)
        guard !isNotReported(text), let current = models.model(model) else { return }
        switch role {
        case .totalParameters, .activeParameters:
            if let count = ValueParsers.parameters(text) {
                apply(count, as: role, written: text, to: model, at: cell.location, source: source)
            } else if role == .totalParameters,
                let size = ValueParsers.sizeAndShape(text, architectures: config.vocabulary.architectures)
            {
                // `671B MoE (37B act)`, `1T (32B active)`: the total, and the active count and
                // architecture beside it.
                apply(size.total, as: .totalParameters, written: text, to: model, at: cell.location, source: source)
                if let active = size.active {
                    apply(active, as: .activeParameters, written: text, to: model, at: cell.location, source: source)
                }
                if let architecture = size.architecture, current.shape.architecture == nil {
                    models.update(model) { $0.shape.architecture = Sourced(architecture, source: source) }
                }
            } else if !ModelName.isExpertLayout(text) && !ValueParsers.isByteSize(text) {
                // `8x7B` names experts, not a total (Mixtral 8x7B has 46.7B); `5.66 GB` is a file's
                // size (a GGUF card's `Size`): no fact, no typo.
                report(
                    Diagnostic(.warning, at: cell.location, "cannot read '\(text)' as a parameter count such as 21B"))
            }
        case .architecture:
            let word = config.vocabulary.architectures.first { text.lowercased().contains($0.lowercased()) }
            if let word, let known = current.shape.architecture, known.value != word {
                disagreement(current.name, "architecture", word, known.value, known.source, at: cell.location)
                return
            }
            models.update(model) { model in
                if let word, model.shape.architecture == nil {
                    model.shape.architecture = Sourced(word, source: source)
                }
                if text != word, model.shape.architectureDetail == nil {
                    model.shape.architectureDetail = Sourced(text, source: source)
                }
            }
        case .openness:
            guard let openness = self.openness(text) else { return }
            if let known = current.openness, known.value != openness {
                disagreement(current.name, "openness", openness, known.value, known.source, at: cell.location)
            } else if current.openness == nil {
                models.update(model) { $0.openness = Sourced(openness, source: source) }
            }
        default:
            break
        }
    }

    /// Records a parameter count a cell states; one that disagrees with a count stated before
    /// is reported, and a count known only from a name is replaced.
    mutating func apply(
        _ count: ParameterCount, as role: TableRole, written text: String, to model: ModelID,
        at location: SourceLocation, source: Provenance
    ) {
        guard let current = models.model(model) else { return }
        let path: WritableKeyPath<ModelShape, Sourced<ParameterCount>?> =
            role == .totalParameters ? \.totalParameters : \.activeParameters
        let known = current.shape[keyPath: path]
        let refinesName =
            known.map { Self.refines(count, nameSize: $0.value, of: current.name, active: role == .activeParameters) }
            ?? false
        if let known, abs(known.value.billions - count.billions) > 1e-9, !refinesName {
            disagreement(
                current.name, role == .totalParameters ? "total parameters" : "active parameters",
                text, known.value.text, known.source, at: location)
        } else if known.map({ $0.source.table == nil }) ?? true || refinesName {
            // Unknown, known only from a name, or the name's rounding of it: a cell that states
            // the size is the better source.
            models.update(model) { $0.shape[keyPath: path] = Sourced(count, source: source) }
        }
    }

    /// `Gemma 2 2B` is 2.6B: a count a cell states, near the rounded one the model's name gives
    /// (within 40%: `DeepSeek-VL-1.3B` is 1.7B), is the exact size, not a disagreement;
    /// `Qwen-7B` at 14B is one. With `active`, the name's active count (`Qwen3-30B-A3B` is 3.3B).
    static func refines(_ count: ParameterCount, nameSize: ParameterCount?, of name: String, active: Bool = false)
        -> Bool
    {
        let named = active ? ModelName.activeSize(in: name) : ModelName.size(in: name)
        guard let nameSize, nameSize.text == named?.text, nameSize.billions > 0 else { return false }
        let ratio = count.billions / nameSize.billions
        return ratio != 1 && ratio >= 1 / 1.4 && ratio <= 1.4
    }

    private mutating func disagreement(
        _ model: String, _ what: String, _ here: String, _ there: String,
        _ thereSource: Provenance, at location: SourceLocation
    ) {
        report(
            Diagnostic(
                .warning, at: location,
                "the \(what) of \(model) is \(here) here but \(there) at \(thereSource); the first is kept"))
    }

    /// Marks a model open or closed when its group row says so (`Closed-Source Models`).
    mutating func applyGroup(_ group: String?, to model: ModelID, source: Provenance) {
        guard let group, let openness = self.openness(group) else { return }
        models.update(model) { model in
            if model.openness == nil { model.openness = Sourced(openness, source: source) }
        }
    }
}
