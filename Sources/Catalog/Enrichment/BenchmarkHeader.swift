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

    /// `Accuracy (MMLU)`, `Accuracy (C-Eval dev)`: a metric named first, the benchmark in
    /// parentheses. Only when the parenthesised words start with a benchmark-like name (capitals
    /// or digits inside it): `Accuracy (Chinese)` is accuracy with the qualifier Chinese.
    private static func takeMetricBeforeBenchmark(of rest: inout String, into setting: inout Setting, metrics: [String])
    {
        guard setting.metric.isEmpty, !setting.qualifier.isEmpty, let metric = metric(rest, in: metrics) else { return }
        let words = setting.qualifier.split(separator: " ")
        guard (1...3).contains(words.count), !setting.qualifier.contains(","), let first = words.first, first.count > 2,
            first.dropFirst().contains(where: { $0.isUppercase || $0.isNumber })
        else { return }
        (rest, setting.metric, setting.qualifier) = (String(first), metric, words.dropFirst().joined(separator: " "))
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
    private static func prepend(_ parts: [String], toQualifierOf setting: inout Setting) {
        let parts = parts.map(splitSpelling)
        setting.qualifier = (parts + (setting.qualifier.isEmpty ? [] : [setting.qualifier])).joined(separator: ", ")
    }

    /// `Val`, `TEST`, `Testmini`: a split as the vocabulary spells it (`val`, `test`, `testmini`),
    /// so that `C-Eval (val)` and `C-Eval(Val)` are one setting; any other part as written.
    static func splitSpelling(_ part: String) -> String {
        let lower = part.lowercased()
        return splitWords.contains(lower) ? lower : part
    }

    /// Splits of a benchmark, as setting words spell them.
    static let splitWords: Set<String> = [
        "val", "dev", "test", "validation", "testmini", "test-dev", "test-std", "minival",
    ]

    /// `MMBench-EN-Test`, `TextVQA_val`, `miniF2F-test`: a split joined to the name by a hyphen
    /// or an underscore, as `MMBench-EN (test)` writes it apart. The rest must still be a name
    /// of two letters or more (`Dev-Test` is none), and more than one plain word: `Pile-test` is
    /// the Pile's name as its makers write it, as `Perception Test` is a name (`isNamePart`).
    private static func takeJoinedSplit(of rest: inout String, into setting: inout Setting) {
        guard let cut = rest.lastIndex(where: { $0 == "-" || $0 == "_" }), !rest[cut...].contains(" ") else { return }
        let (head, word) = (rest[..<cut], String(rest[rest.index(after: cut)...]))
        let isPlainWord =
            head.first?.isUppercase == true && head.dropFirst().allSatisfy(\.isLowercase) && head.count > 2
        guard splitWords.contains(word.lowercased()), head.count(where: \.isLetter) >= 2,
            !splitWords.contains(head.lowercased()), !isPlainWord
        else { return }
        prepend([word], toQualifierOf: &setting)
        rest = String(head)
    }

    /// Moves setting words written after the name without parentheses into the setting, last
    /// first: `AIME 2024 pass@1`, `CodeForces rating`, `MMLU 5-shot`, `HumanEval python`. Stops
    /// at the first word that is none of these, so the name keeps words like `2024` or `FIM`.
    private static func takeTrailingWords(
        of rest: inout String, into setting: inout Setting,
        metrics: [String], qualifiers: [String]
    ) {
        while let cut = rest.lastIndex(of: " ") {
            let word = String(rest[rest.index(after: cut)...])
            if setting.shots.isEmpty, let shots = shots(word) {
                setting.shots = shots
            } else if setting.metric.isEmpty, let metric = metric(word, in: metrics) {
                setting.metric = metric
            } else if !setting.metric.isEmpty, ["score", "scores"].contains(word.lowercased()) {
                // `MTEB Retrieval Score (NDCG @ 10)`: the metric named, `Score` says nothing more
                // (and `MTEB Retrieval (nDCG@10)` is the same benchmark).
            } else if metric(word, in: qualifiers) != nil, !isNamePart(word, after: rest[..<cut]) {
                // `MMB dev(en)`: the word before the parenthesis comes first.
                prepend([word], toQualifierOf: &setting)
            } else {
                return
            }
            rest = rest[..<cut].trimmed
        }
    }

    /// `mmlu_pro_5shot_cot_instruct`, `humaneval_instruct_pass@1`, `gsm8k_cot_zeroshot`: a task
    /// id in lm-evaluation-harness style, its setting written into the name. From the first word
    /// after the name's first that is a shot count, a metric, a qualifier or a prompt format on,
    /// the words are the setting (`mmlu_pro`, 5-shot, `cot, instruct`).
    private static func takeSnakeCaseSetting(
        of rest: inout String, into setting: inout Setting, metrics: [String], qualifiers: [String]
    ) {
        guard rest.utf8.contains(UInt8(ascii: "_")), !rest.utf8.contains(UInt8(ascii: " ")) else { return }
        let words = rest.split(separator: "_").map(String.init)
        let isSettingWord = { (word: String) in
            shots(word) != nil || metric(word, in: metrics) != nil || metric(word, in: qualifiers) != nil
                || promptFormats.contains(word.lowercased())
        }
        guard words.count > 1, let first = words.indices.dropFirst().first(where: { isSettingWord(words[$0]) }) else {
            return
        }
        var kept: [String] = []
        for word in words[first...] {
            if setting.shots.isEmpty, let shots = shots(word) {
                setting.shots = shots
            } else if setting.metric.isEmpty, let metric = metric(word, in: metrics) {
                setting.metric = metric
            } else {
                kept.append(word)
            }
        }
        prepend(kept, toQualifierOf: &setting)
        rest = words[..<first].joined(separator: "_")
    }

    /// `Android Control High_EM`, `CharadesSTA/mIoU`: a metric joined to the name's last word by
    /// `_` or `/` (a name with spaces is no task id for `takeSnakeCaseSetting`). Not when the
    /// word before is a metric too: `Acc/F1` names two.
    private static func takeJoinedMetric(of rest: inout String, into setting: inout Setting, metrics: [String]) {
        guard setting.metric.isEmpty, let cut = rest.lastIndex(where: { $0 == "_" || $0 == "/" }) else { return }
        let (head, suffix) = (rest[..<cut], String(rest[rest.index(after: cut)...]))
        guard !suffix.contains(" "), let before = head.split(separator: " ").last,
            metric(String(before), in: metrics) == nil, let joined = metric(suffix, in: metrics)
        else { return }
        (rest, setting.metric) = (head.trimmed, joined)
    }

    /// `CMMLU分数`, `C-Eval准确率`: a metric written in Chinese right after the name, with no space
    /// (as Chinese is written). Only metrics written in other letters than ASCII: `MMLUEM` is a name.
    private static func takeGluedMetric(of rest: inout String, into setting: inout Setting, metrics: [String]) {
        guard setting.metric.isEmpty, let last = rest.unicodeScalars.last, !last.isASCII else { return }
        for metric in metrics where !metric.utf8.contains(where: { $0 < 0x80 }) && rest.hasSuffix(metric) {
            let name = String(rest.dropLast(metric.count)).trimmed
            guard !name.isEmpty else { return }
            (rest, setting.metric) = (name, metric)
            return
        }
    }

    /// `Video-MME w/o subs` and `Video-MME w subs` (InternVL2's `Video-MME<br>w/o subs`), `MMMU w/
    /// CoT`: what the run had or lacked, after the name, qualifies it.
    private static func takeWithPhrase(of rest: inout String, into setting: inout Setting) {
        guard rest.utf8.contains(UInt8(ascii: "w")) else { return }
        let words = rest.split(separator: " ")
        guard
            let at = words.indices.dropFirst().dropLast().first(where: { index in
                ["w/", "w/o", "wo/", "w", "wo"].contains(words[index])
            })
        else { return }
        let phrase = words[at...].joined(separator: " ")
        setting.qualifier = setting.qualifier.isEmpty ? phrase : phrase + ", " + setting.qualifier
        rest = words[..<at].joined(separator: " ")
    }

    /// Whether a split word written capitalised after one plain word is the name's own last word:
    /// `Perception Test` is DeepMind's benchmark, where `TextVQA Val` and `MMB Dev` are splits
    /// (a benchmark's name has capitals inside or digits; a plain word and a split word are a name).
    private static func isNamePart(_ word: String, after name: Substring) -> Bool {
        guard ["Test", "Val", "Dev", "Validation"].contains(word), let first = name.first, first.isUppercase,
            name.count > 2, name.dropFirst().allSatisfy({ $0.isLowercase })
        else { return false }
        return true
    }

    /// Task id words for how a benchmark was prompted or which split was used (`_instruct`, `_dev`).
    private static let promptFormats: Set<String> = ["instruct", "chat", "dev", "test", "val", "generative"]

    /// `5-shot`, `0-shot`, `25-shot`.
    static func isShots<S: StringProtocol>(_ word: S) -> Bool { shots(word) != nil }

    /// The shot count a word gives, as written: `5-shot`; `3-shot@1` (one sample per question,
    /// as Yi's cards write it) is `3-shot`, the setting other tables give the same runs; `5shot`,
    /// `5-shots` and `five-shot` are `5-shot`; a range `3-5-shot` stays as written.
    static func shots<S: StringProtocol>(_ word: S) -> String? {
        var word = Substring(word)
        if word.utf8.last == UInt8(ascii: "s") || word.utf8.last == UInt8(ascii: "S"),
            word.lowercased().hasSuffix("shots")
        {
            word = word.dropLast()
        }
        if let at = word.firstIndex(of: "@"), word[word.index(after: at)...].allSatisfy(\.isNumber),
            word.index(after: at) < word.endIndex
        {
            word = word[..<at]
        }
        let lower = word.lowercased()
        // `few-shot` (Gemma's cards): some examples, how many not said.
        if lower == "few-shot" || lower == "fewshot" { return "few-shot" }
        // `zero-shot`, `one-shot`, `zeroshot`: counted in words; `5shot`: without its hyphen.
        if lower.hasSuffix("-shot"), let count = shotWords[String(lower.dropLast(5))] { return "\(count)-shot" }
        if lower.hasSuffix("shot"), let count = shotWords[String(lower.dropLast(4))] { return "\(count)-shot" }
        if lower.hasSuffix("shot"), !lower.hasSuffix("-shot"), lower.count > 4, lower.dropLast(4).allSatisfy(\.isNumber)
        {
            return String(lower.dropLast(4)) + "-shot"
        }
        guard lower.hasSuffix("-shot"), lower.count > 5 else { return nil }
        let count = lower.dropLast(5)
        if count.allSatisfy(\.isNumber) { return String(word) }
        // `3-5-shot`: a range of counts.
        let ends = count.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2, ends.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
        return count + "-shot"
    }

    private static let shotWords = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "eight": 8, "ten": 10,
    ]

    /// The configured spelling of a metric word, or nil.
    static func metric(_ word: String, in metrics: [String]) -> String? {
        guard !word.isEmpty else { return nil }
        let key = NameKey(word)
        if let known = metrics.first(where: { NameKey($0) == key }) { return known }
        // `win rate %`: the unit after a metric's name.
        if word.hasSuffix("%"), case let bare = word.dropLast().trimmed, !bare.isEmpty {
            if let known = metric(bare, in: metrics) { return known }
            // `win rate adjusted %`: a metric narrowed by the words after it, as written.
            let words = bare.split(separator: " ")
            let narrowed = (1..<max(words.count, 1)).contains { count in
                metric(words[..<count].joined(separator: " "), in: metrics) != nil
            }
            return narrowed ? bare : nil
        }
        // `NDCG @ 10` (Arctic-embed's card) is `ndcg@10`.
        if word.contains(" @") || word.contains("@ ") {
            let parts = word.split(separator: "@", omittingEmptySubsequences: false).map { $0.trimmed }
            if parts.count == 2 { return metric(parts.joined(separator: "@"), in: metrics) }
        }
        return isSampledMetric(word) ? word.lowercased() : nil  // `Pass@1` and `pass@1` are one metric
    }

    /// `pass@1`, `Pass@64`, `cons@64`, `maj@8-COT`: a score over k samples, whatever its name.
    static func isSampledMetric(_ word: String) -> Bool {
        let parts = word.split(separator: "@", maxSplits: 1)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy(\.isLetter) else { return false }
        let count = parts[1].prefix { $0.isNumber }
        let rest = parts[1].dropFirst(count.count)
        return !count.isEmpty && (rest.isEmpty || (rest.first == "-" && rest.dropFirst().allSatisfy(\.isLetter)))
    }
}
