import Foundation
import Markdown

/// A benchmark as a header or row label names it: `MMLU (EM)`, `DROP (3-shot F1)`,
/// `AIME 2024 pass@1`, `LiveCodeBench  (0901-0401)`, `RepoBench (Python)`, `HumanEval python`.
struct BenchmarkHeader: Hashable {
    var name: String
    var setting: Setting
    /// What the header's arrow or words say is better (`Error ↓`, `MMLU (↑)`, `WER (lower is
    /// better)`); nil when it says nothing.
    var direction: Direction?
    /// The scale its parentheses state (`Empathy (1-5)`); nil when they state none.
    var statedScale: Scale?

    /// `metrics` are the words that name a metric; `qualifiers` the words that narrow a benchmark
    /// without naming another one (languages such as `Python`). Both come from the vocabulary.
    init(parsing text: String, metrics: [String], qualifiers: [String] = []) {
        let (text, direction) = DirectionMarks.taken(from: Self.withASCIIParentheses(text))
        self.direction = direction
        // `MMLU (5-shot)*`: a footnote's mark after the setting.
        var rest = Self.withoutNoteMarks(text.trimmed)
        var setting = Setting()
        // `TruthfulQA (MC2) <br>10-shot` (Phi-3's card): a shot count after the parentheses, on a
        // line of its own; the parentheses are then read as at the end.
        if let cut = rest.lastIndex(of: " "), rest[..<cut].trimmed.last == ")",
            let shots = Self.shots(rest[rest.index(after: cut)...])
        {
            setting.shots = shots
            rest = rest[..<cut].trimmed
        }
        // `MMLU (EM)`, `GSM8K [avg@8]`: the setting in parentheses or brackets at the end;
        // `TruthfulQA (MC2) (10-shot)` reads as `TruthfulQA (MC2, 10-shot)`.
        // (At most a dozen groups: each step copies what is left, and no header writes more;
        // a header of thousands of groups was quadratic.)
        var groups = 0
        while let close = rest.last, close == ")" || close == "]",
            let start = rest.lastIndex(of: close == ")" ? "(" : "["), start > rest.startIndex, groups < 12
        {
            groups += 1
            let inner = String(rest[rest.index(after: start)..<rest.index(before: rest.endIndex)])
            rest = rest[..<start].trimmed
            // `Massive Multitask Language Understanding (MMLU)`: the name's short form, not a setting.
            if close == ")", Self.isAcronym(inner, of: rest) {
                rest = inner.trimmed
                continue
            }
            // `LiveCodeBench (LCB)`: the short form of a one-word name is no setting; the name is short already.
            if close == ")", Self.isAcronym(inner, ofCamelCase: rest) { continue }
            // `GPQA (diamond)`, `ARC (Challenge)`: a built-in benchmark's spelling, not a setting.
            if close == ")", case let joined = rest + " " + inner.trimmed,
                Self.builtInSpellings.contains(NameKey(joined))
            {
                rest = joined
                continue
            }
            // `MMLU (Pro COT)` (Gemma 3's card): another benchmark's name (`MMLU-Pro`) begun in
            // the parentheses, the rest its setting.
            if close == ")", let first = inner.split(whereSeparator: { $0 == " " || $0 == "," }).first,
                let named = BenchmarkRegistry.commonName(rest + " " + first),
                BenchmarkRegistry.commonName(rest + " " + inner.trimmed) == nil
            {
                rest = named
                Self.read(String(inner[first.endIndex...]), into: &setting, metrics: metrics)
                continue
            }
            // `HumanEval [1]`: a note's mark, not a setting.
            let isNoteMark = close == "]" && inner.allSatisfy { $0.isNumber || "*†‡§".contains($0) }
            // `Empathy (1-5)`: the values' scale, not a setting.
            if close == ")", let scale = StatedScale.scale(ofGroup: inner) {
                statedScale = scale
                continue
            }
            if !isNoteMark { Self.read(inner, into: &setting, metrics: metrics) }
        }
        // CodeGeeX4's `PYTHON ES` beside `PYTHON EM`: a programming language, then its metric.
        if setting.metric.isEmpty, let (language, metric) = Languages.languageAndMetric(rest) {
            (rest, setting.metric) = (language, metric)
        }
        Self.takeHarnessLanguage(of: &rest, into: &setting)
        Self.takeSnakeCaseSetting(of: &rest, into: &setting, metrics: metrics, qualifiers: qualifiers)
        Self.takeJoinedMetric(of: &rest, into: &setting, metrics: metrics)
        Self.takeGluedMetric(of: &rest, into: &setting, metrics: metrics)
        Self.takeWithPhrase(of: &rest, into: &setting)
        Self.takeTrailingWords(of: &rest, into: &setting, metrics: metrics, qualifiers: qualifiers)
        Self.takeJoinedSplit(of: &rest, into: &setting)
        Self.takeMetricBeforeBenchmark(of: &rest, into: &setting, metrics: metrics)
        name = Self.withoutNoteMarks(rest)
        self.setting = setting
    }

    /// Every spelling of `CatalogConfig.builtInBenchmarkSpellings`, by normal form.
    private static let builtInSpellings = Set(CatalogConfig.builtInBenchmarkSpellings.joined().map { NameKey($0) })

    /// `Berkeley Function Calling Leaderboard (BFCL)` → `BFCL`; any other name as it is.
    static func shortForm(_ name: String) -> String {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return name }
        let short = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
        return isAcronym(short, of: String(name[..<open])) ? short.trimmed : name
    }

    /// Whether `short` (`BFCL`) is made of the initials of `name`'s words (`Berkeley Function
    /// Calling Leaderboard`), in capitals: the name's abbreviation.
    static func isAcronym(_ short: String, of name: String) -> Bool {
        let letters = short.trimmed
        guard letters.count >= 2, letters.allSatisfy({ $0.isUppercase || $0.isNumber }) else { return false }
        let initials = name.split { $0 == " " || $0 == "-" }.compactMap(\.first).filter { $0.isLetter || $0.isNumber }
        return initials.count >= 2 && String(initials).uppercased() == letters
    }

    /// Whether `short` (`LCB`) is made of the capitals of one CamelCase word (`LiveCodeBench`).
    static func isAcronym(_ short: String, ofCamelCase name: String) -> Bool {
        let letters = short.trimmed
        guard letters.count >= 2, letters.allSatisfy(\.isUppercase), !name.contains(" "), let first = name.first,
            first.isUppercase
        else { return false }
        var capitals = String(first)
        for (before, character) in zip(name, name.dropFirst()) where character.isUppercase && before.isLowercase {
            capitals.append(character)
        }
        return capitals == letters
    }

    /// `C-Eval（5-shot）`: full-width parentheses, as Chinese input methods type them, as ASCII ones.
    static func withASCIIParentheses(_ text: String) -> String {
        guard text.utf8.contains(0xEF) else { return text }
        return text.replacingAll("（", with: " (").replacingAll("）", with: ")")
    }

    /// `MMLU*`, `MMMU Pro^`, `GSM8K¹`, `*AutoQA`: a footnote's mark after or before a name is not
    /// part of it (a name of marks alone stays).
    static func withoutNoteMarks(_ name: String) -> String {
        guard let last = name.last, let first = name.first,
            TableCell.noteMarks.contains(last) || TableCell.noteMarks.contains(first)
        else { return name }
        let kept = name.trimming { TableCell.noteMarks.contains(Character($0)) || $0 == " " }
        return kept.isEmpty ? name : kept
    }

    /// Reads what parentheses or brackets after a name hold: `EM`, `3-shot F1`, `5-shot,
    /// macro_avg/acc`, `Python, 0901-0401`, `0 shot; no CoT`. Shot counts are taken from every
    /// part (parted by commas or semicolons); of what is left, a part that names a metric is the metric (the first such part),
    /// and the other parts are the qualifier, joined with `, ` as written.
    /// A setting already read from a later group keeps its shots and metric, and its qualifier
    /// comes after this group's.
    static func read(_ inner: String, into setting: inout Setting, metrics: [String]) {
        var parts: [String] = []
        // `0 shot; no CoT`: parts are parted by semicolons too.
        for part in inner.split(whereSeparator: { ",;，；".contains($0) }) {
            var words: [String] = []
            let split = part.split(separator: " ")
            var index = split.startIndex
            while index < split.endIndex {
                let word = split[index]
                if let shots = shots(word) {
                    setting.shots = shots
                } else if index + 1 < split.endIndex, let shots = shots(word + "-" + split[index + 1]) {
                    setting.shots = shots  // `5 shot`
                    index += 1
                } else {
                    words.append(String(word))
                }
                index += 1
            }
            // `MMLU (%)`: a unit, the same on every percentage. `Easy (45)`: how many problems
            // the part holds (or a footnote's number), no setting; a year is an edition.
            if !words.isEmpty, words != ["%"], !(words.count == 1 && isCount(words[0])) {
                parts.append(words.joined(separator: " "))
            }
        }
        if setting.metric.isEmpty, let index = parts.firstIndex(where: { metric($0, in: metrics) != nil }) {
            setting.metric = metric(parts.remove(at: index), in: metrics)!
        }
        prepend(parts, toQualifierOf: &setting)
    }

    /// A whole number that is no year (`45`, `1,319`, `1`).
    static func isCount(_ word: String) -> Bool {
        let digits = word.filter { $0 != "," }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        return !(digits.count == 4 && (digits.hasPrefix("19") || digits.hasPrefix("20")))
    }

    /// Puts `parts` before the qualifier a later part of the header gave (`TruthfulQA (MC2)
    /// (10-shot, mc1)` is `MC2, mc1`).
    static func prepend(_ parts: [String], toQualifierOf setting: inout Setting) {
        let parts = parts.map(splitSpelling)
        setting.qualifier = (parts + (setting.qualifier.isEmpty ? [] : [setting.qualifier])).joined(separator: ", ")
    }
}
