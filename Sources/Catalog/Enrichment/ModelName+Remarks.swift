import Foundation

// What stands around a model's name in a cell, told apart (`ModelName(parsing:)` uses these):
// remarks in parentheses, modes and additions after it, a repository owner before it, dates.
extension ModelName {
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
    static let linkTags: Set<String> = [
        "hf", "huggingface", "hugging face", "🤗", "link", "links", "paper", "code", "github", "ckpt", "checkpoint",
        "weights", "download", "demo", "modelscope", "ms", "blog",
    ]

    /// `ibm-granite/granite-3.1-8b-instruct`, `Qwen/Qwen2.5-7B-Instruct`, `BAAI/bge-large-zh`: a
    /// model named by its Hugging Face repository, split into owner and name. Not a pair of models
    /// (`GPT-4/GPT-4o`, `DeepSeek-V3/R1`, `7B/13B`, `Claude/Gemini`): the owner holds no version or
    /// size (`-4`, `V3`, `3.1`), and the name starts with a letter and has a digit, as model names
    /// have, or is written as repositories are (`bge-large-zh`: lowercase, in hyphenated words).
    /// A user's handle with digits (`shibing624/text2vec-base-chinese`) is an owner too: lowercase,
    /// and not the start of the name as `GPT4/GPT4o`'s first model is of the second.
    static func repository(_ text: String) -> (owner: String, name: String)? {
        guard text.utf8.contains(UInt8(ascii: "/")) else { return nil }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !text.contains(where: \.isWhitespace) else { return nil }
        let (owner, name) = (parts[0], parts[1])
        guard name.count >= 3, name.first?.isLetter == true,
            name.contains(where: \.isNumber) || isRepositoryStyled(name),
            owner.count >= 2, owner.first.map({ $0.isLetter || $0.isNumber }) == true,
            owner.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) })
        else { return nil }
        let words = owner.split { "-_.".contains($0) }
        let versioned = words.enumerated().contains { index, word in
            word.contains(where: \.isNumber) && (word.contains(where: \.isLetter) || index > 0)
        }
        return versioned && !isHandle(owner, of: name) ? nil : (String(owner), String(name))
    }

    /// `bge-large-zh`, `paraphrase_mini`: hyphenated (or underscored) lowercase words, as
    /// repositories name models; `Gemini-Pro` in `Claude/Gemini-Pro` is a product's name.
    private static func isRepositoryStyled(_ name: Substring) -> Bool {
        name.contains { $0 == "-" || $0 == "_" } && !name.contains(where: \.isUppercase)
    }

    /// `shibing624` before `text2vec-base-chinese`: one lowercase word, letters then digits, whose
    /// letters do not start the name (`gpt4/gpt4o`, `qwen2/qwen2.5` are pairs).
    private static func isHandle(_ owner: Substring, of name: Substring) -> Bool {
        let letters = owner.prefix { $0.isLetter }
        let digits = owner.dropFirst(letters.count)
        return letters.count >= 2 && !digits.isEmpty && digits.allSatisfy(\.isNumber)
            && !owner.contains(where: \.isUppercase) && !name.lowercased().hasPrefix(letters)
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
    static func descriptor(_ text: String, architectures: [String]) -> (String?, ParameterCount?)? {
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
