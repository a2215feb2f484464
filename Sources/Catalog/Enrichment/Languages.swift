/// Names of languages, as headings and row labels give them: a language is a setting of a
/// benchmark (`Belebele` in French), never a benchmark or a category of its own.
enum Languages {
    static func isLanguage(_ text: String) -> Bool { names.contains(text.trimmed.lowercased()) }

    /// Labels that lead with a language before a benchmark another label of the same table leads
    /// with another language before (`French Arc-c` beside `German Arc-c`, Mixtral's card): the
    /// benchmark, and the language as its setting. A label alone with its language (`Chinese
    /// SimpleQA`) is a benchmark's own name.
    static func prefixes(in labels: [String]) -> [Int: (language: String, rest: String)] {
        var split: [Int: (language: String, rest: String)] = [:]
        var languages: [String: Set<String>] = [:]
        for (index, label) in labels.enumerated() {
            let words = label.trimmed.split(separator: " ", maxSplits: 1)
            guard words.count == 2, isLanguage(String(words[0])) else { continue }
            let rest = words[1].trimmed
            split[index] = (String(words[0]), rest)
            languages[rest.lowercased(), default: []].insert(words[0].lowercased())
        }
        return split.filter { (languages[$0.value.rest.lowercased()]?.count ?? 0) >= 2 }
    }

    private static let names: Set<String> = [
        "english", "chinese", "french", "german", "spanish", "italian", "portuguese", "japanese", "korean",
        "russian", "arabic", "hindi", "vietnamese", "thai", "indonesian", "turkish", "dutch", "polish", "swedish",
        "czech", "greek", "hebrew", "persian", "bengali", "swahili", "ukrainian", "romanian", "hungarian", "finnish",
        "danish", "norwegian", "malay", "tagalog", "urdu", "tamil", "telugu", "marathi", "gujarati", "punjabi",
        "中文", "英文", "英语", "汉语", "日文", "日语", "韩文", "韩语", "法语", "德语", "西班牙语", "俄语",
    ]
}
