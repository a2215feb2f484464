import Markdown

/// How row labels group: labels recurring under group rows or languages, whose group or language
/// is then part of the setting, and group rows that name a benchmark whose parts the rows are.
extension ResultsTableReader {
    /// The benchmark a group row names when the rows under it are its parts: the group leads with
    /// an acronym (`BOLD`) and the row is a part's name in lower case (`gender`,
    /// `religious_ideology`), never a benchmark's; the group's other words are the metric.
    static func benchmarkOfParts(_ group: String, part: String) -> (benchmark: String, metric: String)? {
        let words = group.split(separator: " ")
        guard let first = words.first, first.count >= 2,
            first.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "-" }), first.contains(where: \.isLetter),
            !part.isEmpty, part.contains(where: \.isLetter),
            part.allSatisfy({ $0.isLowercase || $0.isNumber || " _-/".contains($0) })
        else { return nil }
        let metric = words.dropFirst().prefix { !$0.hasPrefix("(") }.joined(separator: " ")
        return (String(first), metric)
    }

    /// Each row's language, from the category column (blank cells continue the one above), for
    /// the rows whose benchmark recurs under another language: `French | Belebele` … `Spanish |
    /// Belebele` (SmolLM3) are Belebele in two languages; `English | MMLU` over benchmarks named
    /// once (DeepSeek's cards) is a category.
    func rowLanguages(_ table: Table, categoryColumn: Int?, labels: [String]) -> [String?] {
        guard let categoryColumn else { return Array(repeating: nil, count: table.rows.count) }
        var current: String?
        let languages = table.rows.map { row -> String? in
            let text = row[categoryColumn].text.trimmed
            if !text.isEmpty { current = Languages.isLanguage(text) ? text : nil }
            return current
        }
        var languagesByLabel: [String: Set<String>] = [:]
        for (index, language) in languages.enumerated() where !labels[index].isEmpty {
            if let language { languagesByLabel[labels[index].lowercased(), default: []].insert(language.lowercased()) }
        }
        return languages.indices.map { index in
            (languagesByLabel[labels[index].lowercased()]?.count ?? 0) > 1 ? languages[index] : nil
        }
    }

    /// The row labels that recur under different group rows (`**w/ CoT**` and `**w/o CoT**` over
    /// the same models or benchmarks): for them the group is part of the setting, or the two
    /// rows would be one measurement with two values. `isGroup` tells the group rows.
    static func labelsRepeatedUnderGroups(_ labels: [String], isGroup: (Int) -> Bool) -> Set<String> {
        var group = ""
        var groupsByLabel: [String: Set<String>] = [:]
        for index in labels.indices where !labels[index].isEmpty {
            if isGroup(index) {
                group = labels[index]
            } else {
                groupsByLabel[labels[index].lowercased(), default: []].insert(group)
            }
        }
        return Set(groupsByLabel.filter { $0.value.count > 1 }.keys)
    }
}
