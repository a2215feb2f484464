import Foundation

/// Tells a results table from the other numeric tables of model cards: architecture,
/// hyperparameter, tokenizer and resource tables (`d_model`, `warmup steps`, `Vocab. Size`,
/// `Carbon Emissions`), and tables whose would-be models are benchmarks (`| Task | AFQMC |`
/// over rows of `epoch`, `max_seq_length`).
///
/// It holds no registry: a copy kept while a table is read would make every change to the
/// registries copy them whole (copy-on-write), once per table.
struct ModelEvidence {
    /// Reference rows and columns that are not models (`random`, `Human`), by key.
    let notModels: Set<NameKey>
    /// Each property phrase as its words, by its first word: a label is a property if a phrase's
    /// words occur in it in order. (By first word: every header and label is asked, and most
    /// of them, model names, are new to the run.)
    let properties: [String: [[String]]]

    init(config: CatalogConfig) {
        self.properties = Dictionary(
            grouping: config.vocabulary.propertyWords.map(Self.words).filter { !$0.isEmpty }, by: { $0[0] })
        self.notModels = Set(config.vocabulary.notModels.map { NameKey($0) })
    }

    /// Whether a benchmark-axis label names a property of a model rather than a benchmark.
    func isProperty(_ label: String) -> Bool {
        // `RULER (128K tokens)`, `GraphWalks-128k (precision)`: words in parentheses qualify a
        // benchmark, so only the name before them is looked up, but for a unit there (`Size (GB)`,
        // `Inference Speed (tokens/s)`), which says the column measures a resource.
        if label.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") || $0 >= 0xE3 }) {
            let (head, qualifiers) = TableRoles.parts(of: label)
            if head.count < label.count {
                // (A word that names a property only alone, `Test`, does not here: `Test (5-shot)` is a split.)
                return isPropertyName(head, alone: false) || Self.words(qualifiers).contains(where: Self.isResourceUnit)
            }
        }
        return isPropertyName(label)
    }

    /// A unit of bytes, time or money, whose word in parentheses makes a column a property.
    private static func isResourceUnit(_ word: String) -> Bool {
        ValueParsers.byteUnits.contains(word) || ["ms", "sec", "seconds", "usd"].contains(word)
    }

    private func isPropertyName(_ label: String, alone: Bool = true) -> Bool {
        let words = Self.words(label)
        if alone, words.count == 1, Self.propertyLabels.contains(words[0]) { return true }
        return words.indices.contains { start in
            properties[words[start]]?.contains { phrase in
                start + phrase.count <= words.count && words[start..<start + phrase.count].elementsEqual(phrase)
            } ?? false
        }
    }

    /// Labels that name a property only when they stand alone: a `Context` column gives each
    /// model's context length, while `Long-context QA` is a benchmark.
    /// So are `Bits` (a quantized file's) and `test` (a speed table's `pp512`, `tg128`), while
    /// `Pile-test` is a benchmark. `Length` beside AlpacaEval's scores is its answers' length.
    private static let propertyLabels: Set<String> = ["context", "ctx", "bits", "test", "cpu", "length"]

    /// Whether a name is a reference such as `random` that a table scores beside its models:
    /// one of `notModels`, or a name whose last word is `SOTA` or `baseline` (`Open-source
    /// SOTA**`, `Native FP4/FP8 baseline`), marks and a remark in parentheses after it aside
    /// (`Previous SoTA<br><sup>(Open-source LVLM)</sup>`). A mark for a blank (`-`, `—`) names no
    /// model either: Qwen-VL's `Previous SOTA` row, one cell short, has its `-` in the model column.
    func isNotAModel(_ name: String) -> Bool {
        if Self.isPackaging(name) || Self.isCountLabel(name) { return true }
        // (A blank name is no mark: a row continuing the model above, `| | GPTQ-Int8 |`.)
        if !name.trimmed.isEmpty, !name.contains(where: { $0.isLetter || $0.isNumber }) { return true }
        var trimmed = Substring(name.trimmed)
        func dropMarks() { while let last = trimmed.last, "*†‡^ ".contains(last) { trimmed.removeLast() } }
        dropMarks()
        if trimmed.last == ")", let open = trimmed.lastIndex(of: "("), open != trimmed.startIndex {
            trimmed = trimmed[..<open]
            dropMarks()
        }
        if notModels.contains(NameKey(String(trimmed))) { return true }
        return Self.referenceWords.contains { Self.endsWithWord(trimmed.utf8, $0) } || Self.isBestOf(trimmed)
    }

    /// `Best open-source`, `Best Open LLM`, `Previous best`, `Prior art`: the best of others' scores, a
    /// column whose every cell is another model's. A first word `Best`, `Previous` or `Prior`
    /// before a space: no model is named so (`Prior-7B` would be one).
    private static func isBestOf(_ name: Substring) -> Bool {
        guard let first = name.utf8.first,
            [
                UInt8(ascii: "B"), UInt8(ascii: "b"), UInt8(ascii: "P"), UInt8(ascii: "p"), UInt8(ascii: "O"),
                UInt8(ascii: "o"),
            ]
            .contains(first),
            let space = name.firstIndex(of: " ")
        else { return false }
        let word = name[..<space].lowercased()
        // Qwen-VL's `Other Best Open-source LVLM`, each cell naming the model that scored it.
        if word == "other" { return isBestOf(name[name.index(after: space)...].drop { $0 == " " }) }
        return ["best", "previous", "prior"].contains(word)
    }

    /// A count of what a benchmark holds, written over or beside the models' scores (CodeGeeX2's
    /// `# Samples` row over DS-1000's columns, `#Problems`, `No. of tasks`, `Number of samples`):
    /// no model's name starts with `#` or says "number of".
    static func isCountLabel(_ name: String) -> Bool {
        let bytes = name.utf8.drop { $0 == UInt8(ascii: " ") }
        if bytes.first == UInt8(ascii: "#") { return true }
        guard let first = bytes.first, first | 0x20 == UInt8(ascii: "n") else { return false }
        let start = String(Substring(bytes.prefix(10))).lowercased()
        return start.hasPrefix("no. of ") || start.hasPrefix("number of") || start.hasPrefix("num. of ")
    }

    /// A file (`codellama-13b-instruct.Q4_K_M.gguf`, `model.safetensors`) or a registry tag
    /// (`ai/phi4:14B-Q4_0`, `llama3:8b`): how a model is packaged, listed by GGUF, llamafile and
    /// container cards, not a model of its own.
    static func isPackaging(_ name: String) -> Bool {
        // Bytes, not characters: this runs for every name cell.
        var bytes = name.utf8[...]
        while bytes.first == UInt8(ascii: " ") { bytes = bytes.dropFirst() }
        while bytes.last == UInt8(ascii: " ") { bytes = bytes.dropLast() }
        var colon: Substring.UTF8View.Index?
        var dot: Substring.UTF8View.Index?
        for index in bytes.indices {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): return false
            case UInt8(ascii: ":"): colon = index
            case UInt8(ascii: "."): dot = index
            default: break
            }
        }
        if let colon, colon != bytes.startIndex, bytes.index(after: colon) != bytes.endIndex,
            bytes[bytes.index(after: colon)] != UInt8(ascii: "/")
        {
            return true
        }
        guard let dot else { return false }
        let suffix = bytes[bytes.index(after: dot)...]
        let isLetter = { (byte: UInt8) in (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        guard (2...11).contains(suffix.count), suffix.allSatisfy(isLetter) else { return false }
        return fileExtensions.contains(String(decoding: suffix, as: UTF8.self).lowercased())
    }

    private static let fileExtensions: Set<String> = [
        "gguf", "ggml", "bin", "safetensors", "llamafile", "onnx", "pt", "pth", "ckpt", "zip", "tar", "gz", "mlmodel",
    ]

    private static let referenceWords: [[UInt8]] = ["sota", "baseline", "baselines"].map { Array($0.utf8) }

    /// Whether `text` ends with `word` (lowercase ASCII) in any case, after a separator.
    private static func endsWithWord(_ text: Substring.UTF8View, _ word: [UInt8]) -> Bool {
        guard text.count > word.count else { return false }
        let tail = text.suffix(word.count + 1)
        guard let separator = tail.first, [UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "_")].contains(separator)
        else { return false }
        return zip(tail.dropFirst(), word).allSatisfy { byte, letter in
            (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte) == letter
        }
    }

    /// Nil when `names` may be models; else why not, for a note: most of them are benchmarks.
    func refusal(_ names: [String], benchmarks: BenchmarkRegistry) -> String? {
        let named = names.filter { !$0.isEmpty }
        let known = named.filter { benchmarks.knows($0) }
        guard !named.isEmpty, known.count * 2 > named.count else { return nil }
        let sample = known.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
        return "\(sample) \(known.count == 1 ? "is a benchmark" : "are benchmarks"), not models"
    }

    /// Nil unless most of `names` are bare sizes (`3B`, `7B`, `115B`, `2B Params`): the rows or columns of a
    /// family's architecture or throughput table, which names the family only in its prose. A
    /// size alone names no model, and such a table's numbers are properties, not scores.
    static func sizesRefusal(_ names: [String]) -> String? {
        let named = names.filter { !$0.isEmpty }
        let sizes = named.filter { ModelName.sizeOfHeader($0) != nil }
        guard !named.isEmpty, sizes.count * 2 > named.count else { return nil }
        var seen = Set<String>()
        let sample = sizes.filter { seen.insert($0).inserted }.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
        return "holds sizes (\(sample)), not the names of models"
    }

    /// How many of `names` read as models: known ones, or ones that give a size (`7B`, `8x22B`).
    /// Used to tell which axis of a table without a `Model` or `Benchmark` header holds models
    /// (`|  | **OLMo 7B** | Llama 2 7B |` over rows of `d_model`, `num heads`).
    func modelLikeCount(_ names: [String], models: ModelRegistry, benchmarks: BenchmarkRegistry) -> Int {
        names.count { name in
            !benchmarks.knows(name) && !isNotAModel(name) && !BenchmarkRegistry.isCommon(name)
                && (models.knows(name) || ModelName.hasSize(name))
        }
    }

    /// Lowercase words, split at anything but letters and digits (`max_seq_length`: 3 words).
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
