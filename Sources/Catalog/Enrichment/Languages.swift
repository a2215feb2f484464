/// Names of languages, as headings and row labels give them: a language is a setting of a
/// benchmark (`Belebele` in French), never a benchmark or a category of its own.
enum Languages {
    static func isLanguage(_ text: String) -> Bool { names.contains(text.trimmed.lowercased()) }

    /// The codes of the languages cards most often score in (`zh`, `en`, `ja`): a label that is
    /// one of them is that language, even alone (IndexTTS's `zh` over `WER↓ | SS↑`). Codes that
    /// are words too (`it`, `no`, `id`) are not.
    static func isCommonCode(_ text: String) -> Bool {
        ["en", "zh", "cn", "fr", "de", "es", "ja", "jp", "ko", "ru", "ar"].contains(text.trimmed.lowercased())
    }

    /// Programming languages, as code benchmarks' columns name them (`Python`, `C++`, `C#`).
    static func isProgrammingLanguage(_ text: String) -> Bool { programmingNames.contains(text.trimmed.lowercased()) }

    /// The label of one language's scores: a language, spoken or programming (`Japanese`,
    /// `Python`), its code (MTVQA's `| AR | DE | FR |`), or a programming language before a
    /// short metric (CodeGeeX4's `PYTHON EM`, `C# ES`). A language is a setting of the benchmark
    /// these scores are of, never a benchmark. (Asked of every label of a table: a code alone is
    /// a language only when all the others are languages too.)
    static func isLanguageLabel(_ text: String) -> Bool {
        isLanguage(text) || isProgrammingLanguage(text) || codes.contains(text.trimmed.lowercased())
            || languageAndMetric(text) != nil
    }

    /// `PYTHON ES`, `C# EM`: a programming language and a metric of at most three letters or digits.
    static func languageAndMetric(_ text: String) -> (language: String, metric: String)? {
        let words = text.trimmed.split(separator: " ")
        guard words.count == 2, isProgrammingLanguage(String(words[0])), words[1].count <= 3,
            words[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else { return nil }
        return (String(words[0]), String(words[1]))
    }

    /// Labels that lead with a language before a benchmark another label of the same table leads
    /// with another language before (`French Arc-c` beside `German Arc-c`, Mixtral's card): the
    /// benchmark, and the language as its setting. A label alone with its language (`Chinese
    /// SimpleQA`) is a benchmark's own name.
    static func prefixes(in labels: [String]) -> [Int: (language: String, rest: String)] {
        var split: [Int: (language: String, rest: String)] = [:]
        var languages: [String: Set<String>] = [:]
        for (index, label) in labels.enumerated() {
            let words = label.trimmed.split(separator: " ", maxSplits: 1)
            // Not `PYTHON EM`: a language and its metric, no benchmark after it.
            guard words.count == 2, isLanguage(String(words[0])) || isProgrammingLanguage(String(words[0])),
                languageAndMetric(label) == nil
            else { continue }
            let rest = words[1].trimmed
            split[index] = (String(words[0]), rest)
            languages[rest.lowercased(), default: []].insert(words[0].lowercased())
        }
        return split.filter { (languages[$0.value.rest.lowercased()]?.count ?? 0) >= 2 }
    }

    /// A translation direction: two languages joined by `-`, `→` or `->` (`zh-en`, `中-英`,
    /// `en→zh`, `English-French`, `中-阿拉伯`), or by `2` between codes (`zh2en`).
    static func isDirection(_ text: String) -> Bool {
        // Every label of every table is asked: most have no `-`, `>` or `2`, nor a letter outside ASCII.
        guard
            text.utf8.contains(where: {
                $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "2") || $0 >= 0x80
            })
        else { return false }
        let text = text.trimmed.lowercased()
        for separator in ["->", "→", "-", "–", "2"] {
            let sides = text.split(separator: separator, omittingEmptySubsequences: false)
            guard sides.count == 2 else { continue }
            let (from, to) = (sides[0].trimmed, sides[1].trimmed)
            guard from != to else { continue }
            if separator == "2" {
                if codes.contains(from) && codes.contains(to) { return true }
            } else if isLanguageOrCode(from) && isLanguageOrCode(to) {
                return true
            }
        }
        return false
    }

    /// A heading that names what translation tables test rather than a benchmark: `Multilingual`,
    /// `Translation`, `多语言`, `机器翻译`, `Multilingual capability`.
    static func isCapability(_ heading: String) -> Bool {
        let words = heading.lowercased().split { $0 == " " || $0 == "-" }
        return !words.isEmpty && words.allSatisfy { capabilityWords.contains(String($0)) }
    }

    private static let capabilityWords: Set<String> = [
        "multilingual", "multilinguality", "multi", "lingual", "translation", "machine", "capability", "capabilities",
        "ability", "abilities", "performance", "多语言", "多语种", "翻译", "机器翻译", "多语言能力", "翻译能力", "能力",
    ]

    private static func isLanguageOrCode(_ word: String) -> Bool {
        codes.contains(word) || names.contains(word) || chineseShortNames.contains(word)
    }

    /// ISO 639-1 codes as translation tables write them (and `cn`, `jp`, which cards write too).
    private static let codes: Set<String> = [
        "en", "zh", "fr", "de", "es", "it", "pt", "ja", "ko", "ru", "ar", "hi", "vi", "th", "id", "tr", "nl", "pl",
        "sv", "cs", "el", "he", "fa", "bn", "sw", "uk", "ro", "hu", "fi", "da", "no", "ms", "tl", "ur", "ta", "te",
        "cn", "jp",
    ]

    /// Chinese short names of languages in translation directions (`中-英`, `中-阿拉伯`).
    private static let chineseShortNames: Set<String> = [
        "中", "英", "法", "德", "日", "韩", "俄", "西", "阿", "葡", "意", "泰", "越", "阿拉伯", "西班牙", "葡萄牙", "意大利",
        "印地",
    ]

    private static let names: Set<String> = [
        "english", "chinese", "french", "german", "spanish", "italian", "portuguese", "japanese", "korean",
        "russian", "arabic", "hindi", "vietnamese", "thai", "indonesian", "turkish", "dutch", "polish", "swedish",
        "czech", "greek", "hebrew", "persian", "bengali", "swahili", "ukrainian", "romanian", "hungarian", "finnish",
        "danish", "norwegian", "malay", "tagalog", "urdu", "tamil", "telugu", "marathi", "gujarati", "punjabi",
        "中文", "英文", "英语", "汉语", "日文", "日语", "韩文", "韩语", "法语", "德语", "西班牙语", "俄语",
    ]

    private static let programmingNames: Set<String> = [
        "python", "java", "javascript", "js", "typescript", "ts", "c", "c++", "cpp", "c#", "csharp", "go", "golang",
        "rust", "php", "ruby", "kotlin", "swift", "scala", "r", "julia", "lua", "perl", "bash", "shell", "sh", "sql",
        "haskell", "dart", "matlab", "racket", "ocaml", "elixir", "erlang", "fortran", "objective-c", "verilog",
        "html", "css", "d", "f#",
    ]
}
