/// A rating range a header or heading states (`Empathy (1-5)`, `### Speech Conversation (GPT-4o
/// judge, 1-5)`, `Fluency (out of 10)`): the scale of the values under it, which their size alone
/// cannot tell (judged 2.9 to 4.5 of 5 reads as a hard benchmark's percentages).
enum StatedScale {
    /// The scale `text` states: 1–5 (or 0–5, `out of 5`, `/5`, `5-point`) is a rating, 1–10 is
    /// out of ten. Nil when it states none, or two.
    static func scale(in text: String) -> Scale? {
        let words = words(of: text)
        var found: Set<Scale> = []
        for (index, word) in words.enumerated() {
            let top: Substring? =
                if let dash = word.firstIndex(of: "-"), ["0", "1"].contains(word[..<dash]) {
                    word[word.index(after: dash)...]
                } else if word.hasPrefix("/") {
                    word.dropFirst()
                } else if word.hasSuffix("-point") {
                    word.dropLast("-point".count)
                } else if word == "of", index > 0, words[index - 1] == "out", index + 1 < words.count {
                    Substring(words[index + 1])
                } else {
                    nil
                }
            switch top {
            case "5": found.insert(.rating)
            case "10": found.insert(.outOfTen)
            default: break
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// The parts of a heading that can state a scale: its parenthesised groups and phrases such
    /// as `out of 5` (`### Results 1-5` is more likely a numbering than a scale).
    static func scale(inHeading heading: String) -> Scale? {
        var groups: [Substring] = []
        var rest = heading[...]
        while let open = rest.firstIndex(where: { $0 == "(" || $0 == "（" }),
            let close = rest[open...].firstIndex(where: { $0 == ")" || $0 == "）" })
        {
            groups.append(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
        }
        if let scale = scale(in: groups.joined(separator: " ")) { return scale }
        let words = words(of: heading)
        let phrased =
            words.contains { $0.hasSuffix("-point") } || zip(words, words.dropFirst()).contains { $0 == ("out", "of") }
        return phrased ? scale(in: heading) : nil
    }

    /// Lowercased words, dashes and tildes between numbers as `-`, no spaces around them.
    private static func words(of text: String) -> [String] {
        let characters = text.lowercased().map { "–—~～".contains($0) ? "-" : $0 }
        var normal = ""
        for (index, character) in characters.enumerated() {
            let nextToDash =
                index > 0 && characters[index - 1] == "-"
                || index + 1 < characters.count && characters[index + 1] == "-"
            if character == " ", nextToDash { continue }
            normal.append(character)
        }
        return normal.split { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" || $0 == ";" || $0 == ":" }
            .map(String.init)
    }

    /// The scale a header's parentheses state when they state nothing else (`(1-5)`, `(out of
    /// 10)`, `(1–5 scale)`): then they are no setting of the benchmark.
    static func scale(ofGroup text: String) -> Scale? {
        guard mayState(text), let scale = scale(in: text) else { return nil }
        let filler: Set<String> = ["out", "of", "scale", "points", "point", "rating", "score"]
        let rest = words(of: text).filter { word in
            !filler.contains(word) && !["5", "10"].contains(word) && !word.hasSuffix("-point")
                && !word.hasPrefix("/") && !(word.first.map { "01".contains($0) } == true && word.contains("-"))
        }
        return rest.isEmpty ? scale : nil
    }

    /// Whether `text` may state a scale: a cheap test before `scale(in:)`, for every header.
    static func mayState(_ text: String) -> Bool {
        text.utf8.contains(UInt8(ascii: "5")) || ASCIISearch.contains(text, "10")
    }
}
