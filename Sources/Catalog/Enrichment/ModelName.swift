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

    /// `May 2024`, `March 2024`, `2024-05-13`, `Nov. 2023`: month names and numbers only (a
    /// number alone, `Qwen 72`, names no model either).
    static func isDateOnly(_ text: String) -> Bool {
        let words = text.lowercased().split { $0 == " " || $0 == "-" || $0 == "/" || $0 == "." || $0 == "," }
        return !words.isEmpty
            && words.allSatisfy { word in word.allSatisfy(\.isNumber) || monthNames.contains(String(word)) }
    }

    private static let monthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Tags of links written after a model's name (`[HF]`, `[🤗]`, `[paper]`).
    private static let linkTags: Set<String> = [
        "hf", "huggingface", "hugging face", "🤗", "link", "links", "paper", "code", "github", "ckpt", "checkpoint",
        "weights", "download", "demo", "modelscope", "ms", "blog",
    ]

    /// `ibm-granite/granite-3.1-8b-instruct`, `Qwen/Qwen2.5-7B-Instruct`: a model named by its
    /// Hugging Face repository, split into owner and name. Not a pair of models (`GPT-4/GPT-4o`,
    /// `DeepSeek-V3/R1`, `7B/13B`): the owner holds no version or size (`-4`, `V3`, `3.1`) and the
    /// name, with a digit as model names have, starts with a letter.
    static func repository(_ text: String) -> (owner: String, name: String)? {
        guard text.utf8.contains(UInt8(ascii: "/")) else { return nil }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !text.contains(where: \.isWhitespace) else { return nil }
        let (owner, name) = (parts[0], parts[1])
        guard name.count >= 3, name.first?.isLetter == true, name.contains(where: \.isNumber),
            owner.first.map({ $0.isLetter || $0.isNumber }) == true,
            owner.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) })
        else { return nil }
        let words = owner.split { "-_.".contains($0) }
        let versioned = words.enumerated().contains { index, word in
            word.contains(where: \.isNumber) && (word.contains(where: \.isLetter) || index > 0)
        }
        return versioned ? nil : (String(owner), String(name))
    }

    /// `(ours)`, `(Ours)`, `(this work)`: the card's own model, marked as such.
    static func isAuthorship(_ remark: String) -> Bool {
        authorshipRemarks.contains(remark.lowercased().trimming { $0 == "." || $0 == "!" }.trimmed)
    }

    private static let authorshipRemarks: Set<String> = [
        "ours", "our", "our model", "our models", "this work", "this paper", "this model", "proposed",
    ]

    /// `(reported)`, `(our reproduction)`, `(re-evaluated)`, `(official)`, `(From InfiniteBench)`,
    /// `(lmdeploy)`, `(API)`: a word about where the numbers come from. Such remarks are parenthesised words, none of
    /// them a size, stage or product name, with one of the words below.
    static func isMeasurementRemark(_ remark: String) -> Bool {
        let words = remark.lowercased().split { !$0.isLetter }
        return !words.isEmpty && words.count <= 4 && words.contains { measurementWords.contains(String($0)) }
    }

    private static let measurementWords: Set<String> = [
        "report", "reported", "reproduced", "reproduction", "reproduce", "evaluated", "evaluation", "eval", "official",
        "paper", "measured", "retested", "rerun", "replicated", "leaderboard", "from", "via", "cited", "source",
        // the engine or access it was run through: `(lmdeploy)`, `(vLLM)`, `(API)`
        "lmdeploy", "vllm", "sglang", "tgi", "tensorrt", "api",
    ]

    /// `(w/o extended thinking)`, `(Non-thinking)`, `(CoT)`, `(w/ tools)`, `(maj@64)`: how the model
    /// was run for these numbers, a switch of the same model, so it qualifies the scores' setting.
    /// A training stage such as `(RL)` or `(w/o RL)` stays a qualifier of the model.
    static func isModeRemark(_ remark: String) -> Bool {
        let words = remark.lowercased().split { !$0.isLetter }
        return !words.isEmpty && words.count <= 5 && words.contains { modeWords.contains(String($0)) }
    }

    /// `(First version)`, `(w/ syn.)`: words in parentheses that describe how this row's model was
    /// made or run, none of them a size, a version, a training stage or a variant: a remark on
    /// the scores, as `(reported)` is, not a part of the model's name (`gpt4-first-version`).
    /// One word (`(SFT)`, `(GPT-3.5)`, `(0513)`) still names another model.
    static func isGloss(_ remark: String) -> Bool {
        let words = remark.lowercased().split { !($0.isLetter || $0.isNumber) }
        return (2...4).contains(words.count)
            && words.allSatisfy { word in
                word.allSatisfy(\.isLetter) && !glossStopWords.contains(String(word))
            }
    }

    /// Words that make a parenthesised remark a different model: training stages and variants.
    private static let glossStopWords: Set<String> = [
        "sft", "rl", "rlhf", "dpo", "ppo", "grpo", "base", "chat", "instruct", "it", "pretrained", "pretrain",
        "distill", "distilled", "preview", "lite", "mini", "pro", "max", "plus", "turbo", "moe", "dense", "mc",
    ]

    /// `70B instruct`, `14B chat`: a size and the words after it, in parentheses after a name
    /// that gives no size (Microsoft's cards): part of the name.
    static func isSizeAndVariant(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count >= 2, words.count <= 3, let first = words.first else { return false }
        return ValueParsers.parameters(String(first)) != nil
            && words.dropFirst().allSatisfy { $0.allSatisfy(\.isLetter) }
    }

    private static let modeWords: Set<String> = [
        "thinking", "think", "nothink", "reasoning", "tools", "tool", "search", "browsing", "cot", "tir", "budget",
        "effort", "maj", "pass", "sampling", "greedy", "pot", "pal", "sc", "consistency",
        // the inputs it took: `Llama 3.3 (text only)`, `(multimodal)`
        "text", "only", "multimodal", "vision",
    ]

    /// `Qwen3-235B-A22B Non-Thinking`, `Claude 3.7 Sonnet Thinking`: a mode written after the name
    /// as a word of its own, as `(Non-thinking)` is. Joined to the name (`Qwen3-30B-A3B-Thinking-2507`)
    /// it names another model and stays.
    static func trailingMode(_ text: String) -> (name: String, mode: String)? {
        // Every name is asked: most end in no such word, told apart before anything is made.
        guard let last = text.utf8.last,
            last == UInt8(ascii: "g") || last == UInt8(ascii: "G") || last == UInt8(ascii: "k")
                || last == UInt8(ascii: "K"),
            let space = text.lastIndex(of: " ")
        else { return nil }
        let word = text[text.index(after: space)...]
        guard trailingModeWords.contains(word.lowercased()) else { return nil }
        let name = text[..<space].trimmed
        return name.isEmpty ? nil : (name, String(word))
    }

    /// `A + B`, `A +B`: the name before the plus, and what is added.
    static func addition(_ text: String) -> (name: String, added: String)? {
        guard text.utf8.contains(UInt8(ascii: "+")), let plus = text.range(of: " +") else { return nil }
        let added = text[plus.upperBound...].trimmed
        let name = text[..<plus.lowerBound].trimmed
        guard !added.isEmpty, !name.isEmpty, added.first?.isLetter == true || added.first?.isNumber == true else {
            return nil
        }
        return (name, added)
    }

    /// `GPT-4 w/ CoT`, `Model with tools`, `Model w/o CoT`: a way of running the model after its
    /// name, without parentheses (a mode remark, as `(w/ CoT)` is).
    static func trailingWith(_ text: String) -> (name: String, mode: String)? {
        // Every name is asked: most have no word starting with `w` after a space.
        let bytes = text.utf8
        guard zip(bytes, bytes.dropFirst()).contains(where: { $0 == 0x20 && $1 | 0x20 == UInt8(ascii: "w") }) else {
            return nil
        }
        for marker in [" w/ ", " w/o ", " with ", " without "] {
            guard let found = text.range(of: marker, options: .caseInsensitive) else { continue }
            let mode = text[found.lowerBound...].trimmed
            let name = text[..<found.lowerBound].trimmed
            guard !name.isEmpty, isModeRemark(mode) else { continue }
            return (name, mode)
        }
        return nil
    }

    private static let trailingModeWords: Set<String> = [
        "thinking", "non-thinking", "nonthinking", "no-thinking", "non-reasoning", "nothink",
    ]

    /// `Dense-67B` → (Dense, 67B); `MoE` → (MoE, nil); `16B` → (nil, 16B); else nil.
    private static func descriptor(_ text: String, architectures: [String]) -> (String?, ParameterCount?)? {
        if let size = ValueParsers.parameters(text) { return (nil, size) }
        // `Llama 4 Scout (17Bx16E)`: active parameters times experts, which the same tables
        // leave out of the name (`Llama 4 Scout`). Not `Mixtral (8x7B)`, where it tells 8x22B apart.
        if isActiveTimesExperts(text) {
            return (architectures.first { $0.caseInsensitiveCompare("MoE") == .orderedSame }, nil)
        }
        // `(94B/398B)`, `(12.9B/46.7B)`: active and total parameters; the total is the size.
        let parts = text.split(separator: "/").compactMap { ValueParsers.parameters(String($0)) }
        if parts.count == 2, text.split(separator: "/").count == 2 {
            return (nil, parts.max { $0.billions < $1.billions })
        }
        for arch in architectures {
            let lower = text.lowercased()
            let archLower = arch.lowercased()
            if lower == archLower { return (arch, nil) }
            if lower.hasPrefix(archLower + "-"),
                let size = ValueParsers.parameters(String(text.dropFirst(arch.count + 1)))
            {
                return (arch, size)
            }
        }
        return nil
    }
}

// MARK: - Name surgery

extension ModelName {
    /// The active parameters a mixture of experts' name gives: `3B` in `Qwen3-30B-A3B`, `13B` in
    /// `Hunyuan-A13B`, `2.7B` in `Qwen1.5-MoE-A2.7B` (a word of its own: `A`, then a size).
    static func activeSize(in name: String) -> ParameterCount? {
        for word in name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" })
        where word.count >= 3 && word.first == "A" && word.dropFirst().first?.isNumber == true {
            if let count = ValueParsers.parameters(String(word.dropFirst())) { return count }
        }
        return nil
    }

    /// The first size-like word of a name: `6.7B` in `DeepSeek-Coder-6.7B-base`, `1.3B` in `VL1.3B`.
    static func size(in name: String) -> ParameterCount? {
        // `Qwen-1_8B-Chat`: a word of digits, `_`, digits and a unit is a decimal size (1.8B), as
        // repository names write the point; elsewhere `_` separates words (`llama_7b`).
        for word in name.split(whereSeparator: { $0 == " " || $0 == "-" })
        where word.utf8.contains(UInt8(ascii: "_")) {
            let parts = word.split(separator: "_", omittingEmptySubsequences: false)
            if parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy(\.isNumber), parts[1].first?.isNumber == true,
                let count = ValueParsers.parameters(parts[0] + "." + parts[1])
            {
                return count
            }
        }
        for word in name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }) where mayEndInUnit(word) {
            if let count = ValueParsers.parameters(String(word)) { return count }
            // A size glued to letters: `VL1.3B`, `A4B` is an active count and is skipped.
            let digits = word.drop(while: { $0.isLetter })
            if digits.count < word.count, !word.hasPrefix("A"), let count = ValueParsers.parameters(String(digits)),
                digits.first?.isNumber == true, word.first != "x"
            {
                return count
            }
        }
        return nil
    }

    /// Whether a word has a letter that ends a size (`B`, `M`, `T`): the sizes above all end in
    /// one, and most words of a name (`DeepSeek`, `Coder`, `V2`) have none, so they are passed
    /// over without parsing.
    private static func mayEndInUnit(_ word: Substring) -> Bool {
        word.utf8.contains { byte in
            switch byte {
            case UInt8(ascii: "B"), UInt8(ascii: "b"), UInt8(ascii: "M"), UInt8(ascii: "m"), UInt8(ascii: "T"),
                UInt8(ascii: "t"):
                return true
            default: return false
            }
        }
    }

    /// Whether a name gives a size: `72B`, `VL1.3B`, or an expert layout such as `8x22B`.
    static func hasSize(_ name: String) -> Bool {
        size(in: name) != nil || name.split(whereSeparator: { $0 == " " || $0 == "-" }).contains(where: isExpertLayout)
    }

    /// `8x22B`, `8x7b`: a count of experts times each one's size.
    /// `17Bx16E`, `17B x 128E`: the active size of a mixture of experts and its count of experts.
    static func isActiveTimesExperts(_ text: some StringProtocol) -> Bool {
        let parts = text.lowercased().split(separator: "x").map { $0.trimmed }
        guard parts.count == 2, ValueParsers.parameters(parts[0]) != nil, parts[1].hasSuffix("e") else { return false }
        let experts = parts[1].dropLast()
        return !experts.isEmpty && experts.allSatisfy(\.isNumber)
    }

    static func isExpertLayout(_ word: some StringProtocol) -> Bool {
        let parts = word.lowercased().split(separator: "x")
        return parts.count == 2 && !parts[0].isEmpty && parts[0].allSatisfy(\.isNumber)
            && ValueParsers.parameters(String(parts[1])) != nil
    }

    /// Whether a word is a size such as `7B` or `1.3b`.
    static func isSizeWord(_ word: String) -> Bool { ValueParsers.parameters(word) != nil }

    /// `7B`, `2B Params`, `70B parameters`, `8B model`, `3B Dense`: a header that gives a size and nothing
    /// else; the size as written (`2B`), or nil.
    static func sizeOfHeader(_ text: String) -> String? {
        // Every label of every table is asked: a size starts with a digit, and most labels do not.
        guard let first = text.utf8.first(where: { $0 != UInt8(ascii: " ") }), first >= UInt8(ascii: "0"),
            first <= UInt8(ascii: "9")
        else { return nil }
        var words = text.split(separator: " ")
        while words.count > 1, let last = words.last, sizeHeaderWords.contains(last.lowercased()) { words.removeLast() }
        guard words.count == 1, let size = words.first, isSizeWord(String(size)) else { return nil }
        return String(size)
    }

    /// (Granite's `3B Dense`, `8B MoE`: the size and the architecture of one of a card's models.)
    private static let sizeHeaderWords: Set<String> = [
        "params", "param", "parameters", "parameter", "model", "dense", "moe",
    ]

    /// `DeepSeek-Coder-Base` + `33B` → `DeepSeek-Coder-33B-Base`: the size goes before the variant words.
    static func inserting(size: String, into name: String, variantWords: Set<String>) -> String {
        var words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        var index = words.count
        while index > 0, variantWords.contains(words[index - 1].lowercased().trimming { $0 == "." }) {
            index -= 1
        }
        words.insert(size, at: index)
        return words.joined(separator: "-")
    }

    /// A trailing date-like word: `0628` (MMDD), `202404` (YYYYMM), `20240513`; nil when absent.
    static func snapshotSuffix(of name: String) -> (stem: String, date: String)? {
        guard let cut = name.lastIndex(where: { $0 == "-" || $0 == " " }) else { return nil }
        let last = name[name.index(after: cut)...]
        guard [4, 6, 8].contains(last.count), last.allSatisfy(\.isNumber) else { return nil }
        return (String(name[..<cut]).trimmed, String(last))
    }
}
