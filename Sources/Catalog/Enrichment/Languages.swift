/// Names of languages, as headings and row labels give them: a language is a setting of a
/// benchmark (`Belebele` in French), never a benchmark or a category of its own.
enum Languages {
    static func isLanguage(_ text: String) -> Bool { names.contains(text.trimmed.lowercased()) }

    private static let names: Set<String> = [
        "english", "chinese", "french", "german", "spanish", "italian", "portuguese", "japanese", "korean",
        "russian", "arabic", "hindi", "vietnamese", "thai", "indonesian", "turkish", "dutch", "polish", "swedish",
        "czech", "greek", "hebrew", "persian", "bengali", "swahili", "ukrainian", "romanian", "hungarian", "finnish",
        "danish", "norwegian", "malay", "tagalog", "urdu", "tamil", "telugu", "marathi", "gujarati", "punjabi",
        "中文", "英文", "英语", "汉语", "日文", "日语", "韩文", "韩语", "法语", "德语", "西班牙语", "俄语",
    ]
}
