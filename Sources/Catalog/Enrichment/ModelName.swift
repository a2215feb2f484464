import Foundation

/// A model name as written in a cell, taken apart: `DeepSeek-V2 Chat (SFT)`, `Mixtral 8x22B`,
/// `DeepSeek-V1 (Dense-67B)`, `erniebot-4.0-202404 (文心一言)`, `OpenAI o1-mini`, `X + MC`.
struct ModelName: Hashable {
    /// The name without parenthesised remarks, qualifiers or a leading maker's name.
    var core: String
    /// Parts that make it a different model: training stages `(SFT)`, `(RL)`, additions `+ MC`.
    var qualifiers: [String]
    /// Names of the maker or product, from `(文心一言)` or a leading `OpenAI `.
    var makerHints: [String]
    /// Architecture and size given in parentheses: `(Dense-67B)`, `(MoE-16B)`, `(Dense)`.
    var architecture: String?
    var parameters: ParameterCount?
    /// How the row's numbers were obtained, from `(reported)` or `(our reproduction)`: the same
    /// model, measured another way, so it qualifies the scores' setting, not the model.
    var remark: String?

    /// The model's identity written out: core, then qualifiers in parentheses.
    var identity: String {
        qualifiers.reduce(core) { name, qualifier in
            qualifier.hasPrefix("+") ? "\(name) \(qualifier)" : "\(name) (\(qualifier))"
        }
    }

    init(
        core: String, qualifiers: [String] = [], makerHints: [String] = [], architecture: String? = nil,
        parameters: ParameterCount? = nil, remark: String? = nil
    ) {
        self.core = core
        self.qualifiers = qualifiers
        self.makerHints = makerHints
        self.architecture = architecture
        self.parameters = parameters
        self.remark = remark
    }

    /// Takes a cell's text apart. `makers` are organization names that may lead a name
    /// (`OpenAI o1-mini`); `architectures` are words such as `MoE` and `Dense`.
    init(parsing text: String, makers: [String], architectures: [String]) {
        var rest = text.trimmed
        var qualifiers: [String] = []
        var hints: [String] = []
        var architecture: String?
        var parameters: ParameterCount?
        var remarks: [String] = []
        if let (name, added) = Self.addition(rest) {
            // `GPT-4-Turbo + CoT`, `Qwen2-7B +PoT`: a way of running the model, as `(CoT)` is;
            // `GPT-4o + RAG`: a system built on the model.
            if Self.isModeRemark(added) { remarks.append(added) } else { qualifiers.append("+ " + added) }
            rest = name
        }
        if let (name, mode) = Self.trailingWith(rest) {
            remarks.append(mode)  // `GPT-4 w/ CoT`, `Llama-3-8B with tools`
            rest = name
        }
        // Taken from the end group by group, without copying what is left each time (a name of
        // thousands of groups was quadratic); what each group gives is put first, in order.
        var tail = rest[...]
        var (groupRemarks, groupQualifiers, groupHints): ([String], [String], [String]) = ([], [], [])
        // `Florence-2-base[[HF]](url)`: a link's tag after the name, no part of it.
        while let open = tail.lastIndex(of: "["), tail.hasSuffix("]"),
            Self.linkTags.contains(
                tail[tail.index(after: open)..<tail.index(before: tail.endIndex)].trimmed.lowercased())
        {
            tail = tail[..<open]
            while let last = tail.last, last.isWhitespace { tail.removeLast() }
        }
        while let open = tail.lastIndex(of: "("), tail.hasSuffix(")") {
            let inner = tail[tail.index(after: open)..<tail.index(before: tail.endIndex)].trimmed
            tail = tail[..<open]
            while let last = tail.last, last.isWhitespace { tail.removeLast() }
            if Self.isAuthorship(inner) {
                continue  // `Skywork-13B-Base (ours)` is Skywork-13B-Base
            } else if makers.contains(where: { $0.caseInsensitiveCompare(inner) == .orderedSame }) {
                groupHints.append(inner)  // `text-embedding-ada-002(OpenAI)`: its maker, as `OpenAI o1` says
            } else if Self.isMeasurementRemark(inner) || Self.isModeRemark(inner) || Self.isPrecision(inner)
                || Self.isGloss(inner) || BenchmarkHeader.shots(inner) != nil  // `GPT4 (0-shot)`
            {
                groupRemarks.append(inner)
            } else if let (arch, size) = Self.descriptor(inner, architectures: architectures) {
                architecture = arch ?? architecture
                parameters = size ?? parameters
            } else if Self.isSizeAndVariant(inner), !Self.hasSize(String(tail)) {
                tail = Substring(tail + " " + inner)  // `**Llama-3.3** (70B instruct)` is Llama-3.3 70B instruct
            } else if inner.unicodeScalars.contains(where: { $0.properties.isIdeographic }) {
                groupHints.append(inner)
            } else if !inner.isEmpty {
                groupQualifiers.append(inner)
            }
        }
        rest = String(tail)
        remarks = groupRemarks.reversed() + remarks
        qualifiers = groupQualifiers.reversed() + qualifiers
        hints = groupHints.reversed() + hints
        if let (name, mode) = Self.trailingMode(rest) ?? Self.trailingPrecision(rest) {
            remarks.append(mode)
            rest = name
        }
        if let (owner, name) = Self.repository(rest) {
            hints.append(owner)
            rest = name
        }
        // `OpenAI o1`, and `Meta-Llama-3-8B` as Hugging Face names it: the maker, then the model.
        let lower = rest.lowercased()
        for maker in makers where rest.count > maker.count + 1 {
            let lowerMaker = maker.lowercased()
            guard lower.hasPrefix(lowerMaker + " ") || lower.hasPrefix(lowerMaker + "-") else { continue }
            let model = String(rest.dropFirst(maker.count + 1)).trimmed
            hints.append(maker)
            // `Cohere May 2024`: a maker's snapshot, named by its date only, keeps the maker in its
            // name: the date alone names no model (every maker's `May 2024` would be one).
            if !Self.isDateOnly(model) { rest = model }
            break
        }
        self.init(
            core: rest, qualifiers: qualifiers, makerHints: hints, architecture: architecture, parameters: parameters,
            remark: remarks.isEmpty ? nil : remarks.joined(separator: ", "))
    }
}
