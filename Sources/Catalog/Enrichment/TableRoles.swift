import Foundation
import Markdown

/// What a header cell (or, in a table with models as columns, a row label) stands for.
enum TableRole: Equatable {
    case model, benchmarkLabel, category, shots
    case totalParameters, activeParameters, architecture, openness
    /// A derived value (`Average`): neither a benchmark nor a model.
    case average
    /// The values of the one model a table is about (`Value`, `Score`).
    case value
    /// The precision the row's model was run at (`BF16`, `INT4`): it qualifies the row's scores.
    case precision
    /// The samples or attempts the row's scores were allowed (`Compute (Pass)`): it qualifies them.
    case budget
    /// Neither a model nor a benchmark nor a score (`Version`, `Stderr`).
    case ignored
    case empty
    /// A benchmark or a model name, depending on the table's orientation.
    case other

    var isModelAttribute: Bool {
        [.totalParameters, .activeParameters, .architecture, .openness].contains(self)
    }
}

/// Classifies header texts with the configured vocabulary.
extension TableRole {
    /// `|||TruthfulQA|` over `|Llama 1|7B|27.42|` (Llama 2's card): a column without a header,
    /// beside the names, whose every cell is a size, gives each row's size, as `#Params` would.
    static func sizingUnheadedColumns(_ roles: [TableRole], of table: Table) -> [TableRole] {
        let nameColumn = roles.firstIndex(of: .model) ?? roles.firstIndex(of: .empty) ?? 0
        var roles = roles
        for column in roles.indices where column != nameColumn && roles[column] == .empty {
            let cells = table.rows.lazy.map { $0[column].text.trimmed }.filter { !$0.isEmpty }
            if !cells.isEmpty, cells.allSatisfy({ ValueParsers.parameters($0) != nil }) {
                roles[column] = .totalParameters
            }
        }
        return roles
    }
}

struct TableRoles {
    private let roles: [NameKey: TableRole]
    private let averageWords: Set<NameKey>
    /// The average words written in Chinese (`平均分`, `均分`), which end a header without a space
    /// before them: `英文均分` is the English average.
    private let chineseAverageWords: [String]
    /// The model header words, lowercased, each with a space after it: `model `.
    private let modelHeaderPrefixes: [String]
    private let notesWords: Set<NameKey>
    let vocabulary: CatalogConfig.Vocabulary

    init(vocabulary: CatalogConfig.Vocabulary) {
        self.vocabulary = vocabulary
        var roles: [NameKey: TableRole] = [:]
        func add(_ words: [String], _ role: TableRole) { for word in words { roles[Self.key(word)] = role } }
        // A list's columns beside scores (`| Model | Release date | MMLU |`) are facts the list
        // reader takes, no benchmarks (other roles given below win).
        add(vocabulary.seriesHeaders + vocabulary.releaseHeaders + vocabulary.notesHeaders, .ignored)
        add(vocabulary.modelHeaders, .model)
        add(vocabulary.benchmarkHeaders, .benchmarkLabel)
        add(vocabulary.categoryHeaders, .category)
        add(vocabulary.shotsHeaders, .shots)
        add(vocabulary.totalParameterHeaders, .totalParameters)
        add(vocabulary.activeParameterHeaders, .activeParameters)
        add(vocabulary.architectureHeaders, .architecture)
        add(vocabulary.opennessHeaders, .openness)
        add(vocabulary.averageHeaders, .average)
        add(vocabulary.valueHeaders, .value)
        add(vocabulary.ignoredHeaders, .ignored)
        add(vocabulary.precisionHeaders + vocabulary.modeHeaders, .precision)
        add(vocabulary.budgetHeaders, .budget)
        self.roles = roles
        self.averageWords = Set(vocabulary.averageHeaders.map { Self.key($0) })
        self.notesWords = Set(vocabulary.notesHeaders.map { Self.key($0) })
        self.chineseAverageWords = vocabulary.averageHeaders.filter { word in
            !word.isEmpty && word.unicodeScalars.allSatisfy { $0.properties.isIdeographic }
        }
        self.modelHeaderPrefixes = vocabulary.modelHeaders.flatMap { [$0.lowercased() + " ", $0.lowercased() + "("] }
    }

    /// Whether a header is one of the notes headers (`Notes`): remarks, most of the time.
    func isNotes(_ header: String) -> Bool { notesWords.contains(Self.key(header.trimmed)) }

    func role(of text: String) -> TableRole {
        let trimmed = text.trimmed
        if trimmed.isEmpty { return .empty }
        if let role = roles[Self.key(trimmed)] { return role }
        // `Model 5-shot`, `Model (0-shot)`: the model column, with the setting of every score
        // (parsed only after a model header word: most headers are benchmarks).
        let lower = trimmed.lowercased()
        if modelHeaderPrefixes.contains(where: { lower.utf8.count > $0.utf8.count && lower.hasPrefix($0) }) {
            let named = BenchmarkHeader(parsing: trimmed, metrics: vocabulary.metrics)
            if named.name != trimmed, roles[Self.key(named.name)] == .model { return .model }
        }
        // `Average Score in English`, `Full average`: a summary, whatever else it says. Words in
        // parentheses or brackets only qualify the name: `MMLU (5-shot, macro_avg/acc)` is MMLU.
        let name = Self.withoutQualifiers(trimmed)
        // `Params (B)`, `Size (in billions)`: a size column with its unit.
        // `Compute (Pass)`: a budget, with what it counts.
        if name.count < trimmed.count, let role = roles[Self.key(name.trimmed)],
            role == .totalParameters || role == .activeParameters || role == .budget,
            !Self.countsBytes(trimmed)  // `Size (GB)`: a file's size, not the model's
        {
            return role
        }
        // `Params / M`: a size column with its unit after a slash.
        if let slash = trimmed.lastIndex(of: "/"), !ResultsTableReader.sizeUnit(trimmed).isEmpty,
            let role = roles[Self.key(String(trimmed[..<slash]).trimmed)],
            role == .totalParameters || role == .activeParameters
        {
            return role
        }
        let tokens = NameKey.tokens(name)
        if tokens.contains(where: { averageWords.contains(NameKey($0)) }) { return .average }
        // `CoT Gain`, `Improvement over base`, `Δ half book`: a difference between two scores, no score.
        if tokens.count > 1, let last = tokens.last, Self.differenceWords.contains(last.lowercased()) {
            return .ignored
        }
        if name.first == "Δ" || name.first == "∆" || tokens.count > 1 && tokens.first?.lowercased() == "delta" {
            return .ignored
        }
        // `In-house Benchmark`, `Internal eval`: a maker's own test, named so that any other
        // maker's would share its name; no benchmark a catalog can compare on.
        if Self.isPrivateTest(tokens) { return .ignored }
        let bare = name.trimmed
        return bare.utf8.count > 3 && chineseAverageWords.contains(where: { bare.hasSuffix($0) }) ? .average : .other
    }

    /// Whether a header's unit in parentheses or brackets is one of bytes (`Size (GB)`, `[MiB]`).
    private static func countsBytes(_ header: String) -> Bool {
        guard header.count < 40 else { return false }
        return ModelEvidence.words(parts(of: header).qualifiers).contains {
            ValueParsers.byteUnits.contains($0) || $0 == "bytes"
        }
    }

    private static let differenceWords: Set<String> = ["gain", "gains", "improvement", "delta", "diff", "difference"]

    private static func isPrivateTest(_ tokens: [String]) -> Bool {
        let words = tokens.map { $0.lowercased() }
        guard (2...3).contains(words.count), let last = words.last, testWords.contains(last) else { return false }
        let leading = words.dropLast().joined(separator: " ")
        return ["in house", "inhouse", "internal", "our", "private", "proprietary", "our internal"].contains(leading)
    }

    private static let testWords: Set<String> = [
        "benchmark", "benchmarks", "eval", "evals", "evaluation", "test", "testset",
    ]

    /// `text` without its parenthesized and bracketed parts (`(5-shot)`, `[EM]`, `（中文）`).
    static func withoutQualifiers(_ text: String) -> String { parts(of: text).name }

    /// `text` parted into what stands outside its parenthesized and bracketed parts and what
    /// stands inside them (each part after a space).
    static func parts(of text: String) -> (name: String, qualifiers: String) {
        var (name, qualifiers) = ("", "")
        var depth = 0
        for character in text {
            switch character {
            case "(", "[", "（", "【":
                depth += 1
                qualifiers.append(" ")
            case ")", "]", "）", "】": depth = max(depth - 1, 0)
            default: if depth == 0 { name.append(character) } else { qualifiers.append(character) }
            }
        }
        return (name, qualifiers)
    }

    /// A header's words as the vocabulary compares them: `#Active Params`, `# Activated Parameters`
    /// and `Number of active params` are one key.
    static func key(_ header: String) -> NameKey {
        var text = " " + header.lowercased().filter { $0 != "#" && $0 != "*" } + " "
        // Each long form starts a word with `n`, `p` or `a`: most headers (models' names) have none.
        let bytes = text.utf8
        guard
            zip(bytes, bytes.dropFirst()).contains(where: { space, next in
                space == 0x20 && (next == UInt8(ascii: "n") || next == UInt8(ascii: "p") || next == UInt8(ascii: "a"))
            })
        else { return NameKey(text.trimmed) }
        for (long, short) in [
            (" number of ", " "), (" no. of ", " "), (" num. ", " "), (" parameters ", " params "),
            (" parameter ", " params "), (" param ", " params "), (" activated ", " active "),
            (" activation ", " active "), (" act. ", " active "),
            // Abel's `Param.`: a word cut short with a dot.
            (" param. ", " params "), (" params. ", " params "),
        ] {
            text = text.replacingAll(long, with: short)
        }
        return NameKey(text.trimmed)
    }

    /// `open` or `closed` for words such as `开源`, `Closed-Source Models`; nil otherwise.
    func openness(_ text: String) -> String? {
        let key = NameKey(text)
        if vocabulary.openWords.contains(where: { NameKey($0) == key }) { return "open" }
        if vocabulary.closedWords.contains(where: { NameKey($0) == key }) { return "closed" }
        return nil
    }

    func isNotReported(_ text: String) -> Bool {
        let trimmed = text.trimmed
        // `-----`, `——`: a dash drawn long.
        if trimmed.count > 1, trimmed.allSatisfy({ $0 == "-" || $0 == "—" || $0 == "–" }) { return true }
        return vocabulary.notReported.contains { $0.caseInsensitiveCompare(trimmed) == .orderedSame }
    }

    /// A variant implied by a heading such as `Base Model`, `Chat Models`, `Base Pretrained
    /// Models`, `Instruction Tuned Models` or `Pre-trained Models`: once the words that only
    /// describe (models, pretrained, tuned) are left out, one variant word must remain, or none
    /// after `pretrained` (a base model).
    func contextVariant(
        _ headingPath: [String], variants: [String: Variant], names: () -> [String] = { [] }
    ) -> Variant? {
        for heading in headingPath.reversed() {
            if let variant = Self.modelHeadingVariant(heading, variants: variants, names: names) { return variant }
            var words = NameKey.tokens(heading).map { $0 == "instruction" ? "instruct" : $0 }
            // `Pre-trained` and `Fine-tuned` are split at the hyphen: joined again.
            for (first, second) in [("pre", "trained"), ("fine", "tuned")] {
                if let index = words.firstIndex(of: first), index + 1 < words.count, words[index + 1] == second {
                    words.replaceSubrange(index...(index + 1), with: [first + second])
                }
            }
            let pretrained = words.contains("pretrained")
            words.removeAll { Self.describingWords.contains($0) }
            if words.count == 1, let variant = variants[words[0]] { return variant }
            if words.isEmpty, pretrained, let base = variants["base"] { return base }
        }
        return nil
    }

    /// `## Falcon-H1-0.5B-Instruct` over a table whose column says `Falcon-H1-0.5B` (as its base
    /// model's table above does): a heading that is a sized model's name ending in a variant word,
    /// over a table that names that model without it (one of `names`: the table's header and
    /// first column, asked only for such a heading), gives the table that variant, as
    /// `### Instruct Models` would. A table that names the model with its variant
    /// (`Seed-OSS-36B-Instruct`) takes nothing from its heading.
    static func modelHeadingVariant(
        _ heading: String, variants: [String: Variant], names: () -> [String]
    ) -> Variant? {
        let name = heading.trimmed
        guard let cut = name.lastIndex(where: { $0 == "-" || $0 == " " || $0 == "_" }) else { return nil }
        let word = name[name.index(after: cut)...].lowercased()
        guard let variant = variants[word == "instruction" ? "instruct" : word] else { return nil }
        let stem = String(name[..<cut])
        guard ModelName.hasSize(stem) else { return nil }
        let key = NameKey(stem)
        return names().contains { NameKey($0) == key } ? variant : nil
    }

    /// Heading words that describe the models without naming a variant.
    private static let describingWords: Set<String> = ["model", "models", "pretrained", "tuned"]
}
