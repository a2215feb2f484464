import Foundation
import Markdown

/// Reads a score as real tables write it: `88.5`, `**88.5**` (markup is gone by now), `88.5*`,
/// `88.5†`, `88.5¹`, `88.5^`, `88.5 [1]`, `88.5 ± 0.3`, `88.5%`, `88.5 pts`, `↑88.5`, `2,029`, `−1.5`, `~88.5`,
/// `88.5 (+2.1)`, `88.5 🥇`, `88.5 [86.1, 90.2]` (an interval), `8.3/10` (out of a scale's top),
/// and `2/30` (solved out of attempted, as a percentage).
///
/// Only what is around the number is dropped; a cell with two numbers that are not a fraction,
/// an uncertainty or a parenthesised delta (`45.1 / 42.7`, `3 8`) is not a score.
enum ScoreText {
    /// `< 5%`, `>99`, `≤ 1.0`: a bound, not a value. Kept with its text and no value, so it is
    /// shown but not ranked, and its row is not lost.
    static func isBound(_ text: String) -> Bool {
        var rest = text.trimmed[...]
        guard let first = rest.first, "<>≤≥".contains(first) else { return false }
        rest = rest.dropFirst()
        if rest.first == "=" { rest = rest.dropFirst() }
        return value(String(rest)) != nil
    }

    static func value(_ text: String) -> Double? {
        if let plain = plainNumber(text) { return plain }
        var text = text
        // (The cheap tests first: the lead bytes of full-width forms and mathematical digits.)
        if text.utf8.contains(where: { $0 == 0xEF || $0 == 0xF0 }) { text = TeXNumbers.asciiForms(text) }
        // (TeX only in a short cell: unwrapping is a pass per command, and a score is short.)
        if text.utf8.count <= 200,
            text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "$") || $0 == UInt8(ascii: "^") }
            )
        {
            text = TeXNumbers.plain(text)
        }
        var rest = Substring(text.trimmed.replacingAll("\u{2212}", with: "-"))
        rest = dropMarks(rest)
        if let inner = enclosed(rest), number(dropMarks(inner)) != nil {
            rest = dropMarks(inner)  // `(88.5)`, `[88.5]`: the whole score set apart
        }
        if let open = rest.firstIndex(of: "("), rest.hasSuffix(")"), number(rest[..<open]) != nil {
            rest = rest[..<open]  // `88.5 (+2.1)`: a delta or a note after the number
        }
        if let arrow = rest.dropFirst().firstIndex(where: { "↑↓▲▼".contains($0) }), number(rest[..<arrow]) != nil,
            number(rest[rest.index(after: arrow)...]) != nil
        {
            rest = rest[..<arrow]  // `88.5 ↑2.1`: a change after the number
        }
        if let plusMinus = rest.firstIndex(where: { $0 == "±" }) ?? rest.range(of: "+/-")?.lowerBound {
            guard number(rest[rest.index(after: plusMinus)...].drop { $0 == "/" || $0 == "-" }) != nil else {
                return nil
            }
            rest = rest[..<plusMinus]
        }
        if let slash = rest.firstIndex(of: "/") {
            let total = integer(rest[rest.index(after: slash)...])
            // `8.3/10`, `85.2/100`: a score out of a scale's top, the score itself.
            if let total, total == 10 || total == 100, integer(rest[..<slash]) == nil,
                let score = number(rest[..<slash]), score >= 0, score <= Double(total)
            {
                return score
            }
            guard let solved = integer(rest[..<slash]), let total, total > 0, solved <= total else { return nil }
            return 100 * Double(solved) / Double(total)
        }
        return number(rest)
    }

    /// `54.0/56.9`, `**63.3**/**69.0**`: two scores in one cell, for two settings the header
    /// names (`Video-MME (wo/w subs)`); nil for anything else, a fraction such as `26/30` too.
    static func pair(_ text: String) -> (Double, Double)? {
        // The cheap tests first: most cells with a slash are names (`开源/闭源`) or links.
        guard let first = text.utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return nil }
        let halves = text.split(separator: "/", omittingEmptySubsequences: false)
        guard halves.count == 2, let first = number(dropMarks(halves[0])), let second = number(dropMarks(halves[1])),
            value(text) == nil
        else { return nil }
        return (first, second)
    }

    /// `55.9 58.3`, `53.0 &nbsp;&nbsp; 70.1`, `45.1 / 42.7`: two numbers side by side, which no
    /// reading takes for one score (a table of such cells is refused with this as the reason).
    static func twoNumbers(_ text: String) -> Bool {
        guard let first = text.utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            return false
        }
        let parts = text.split { $0.isWhitespace || $0 == "/" }
        return parts.count == 2 && parts.allSatisfy { number(dropMarks($0)) != nil }
    }

    /// `58.5 (55.1)`: the number in parentheses after a score when it is another value of about
    /// the same size (a reported beside a reproduced score), which `value` leaves out. Not a
    /// delta (`(+2.1)`), nor a spread much smaller than the score (`45.2 (1.3)`, a standard deviation).
    static func secondNumber(_ text: String, value: Double) -> Double? {
        // The cheap test first: most cells end in a digit or a mark, not `)`.
        guard text.utf8.last == UInt8(ascii: ")"), let open = text.lastIndex(of: "("), value > 0,
            text[..<open].contains(where: \.isNumber)  // `(88.5)` is one score set apart
        else { return nil }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)].trimming(
            where: isFoundationWhitespace)
        guard let first = inner.first, first.isASCII, first.isNumber, let second = number(dropMarks(Substring(inner)))
        else {
            return nil
        }
        return second >= value / 4 ? second : nil
    }

    /// The text inside parentheses or brackets that enclose all of it.
    private static func enclosed(_ text: Substring) -> Substring? {
        guard let first = text.first, let last = text.last, text.count > 2,
            (first == "(" && last == ")") || (first == "[" && last == "]")
        else { return nil }
        return text.dropFirst().dropLast()
    }

    /// Most cells hold a bare number (`88.5`, `-5`): read without the checks above.
    private static func plainNumber(_ text: String) -> Double? {
        var digits = text.utf8[...]
        if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
        guard let first = digits.first, first != UInt8(ascii: "."),
            digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: ".") })
        else { return nil }
        return Double(text)
    }

    /// Arrows, footnote marks and a leading `~` around the number.
    private static func dropMarks(_ text: Substring) -> Substring {
        var rest = Substring(text.trimming(where: isFoundationWhitespace))
        let leading: Set<Character> = ["↑", "↓", "▲", "▼", "~", "≈", "*", "_"]
        let trailing: Set<Character> = [
            "↑", "↓", "▲", "▼", "*", "†", "‡", "§", "¶", "#", "_", "⁺", "^", "★", "☆", "※", "◆", "◇", "♠", "♣", "♦",
            "♥", "✝", "⋆", "∗", "⁎",
        ]
        let superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉ"
        while let first = rest.first, leading.contains(first) || isPictograph(first) {
            rest = rest.dropFirst().drop { $0 == " " }
        }
        while true {
            if let last = rest.last, trailing.contains(last) || superscripts.contains(last) || isPictograph(last) {
                rest.removeLast()  // `88.5†`, `88.5 🥇`
            } else if rest.hasSuffix("]"), let open = rest.lastIndex(of: "["),
                isNoteOrInterval(rest[rest.index(after: open)...].dropLast())
            {
                rest = rest[..<open]  // `88.5 [1]`, `88.5[a]`, `88.5 [86.1, 90.2]`
            } else {
                break
            }
            // Trailing space only, in place: trimming the whole each time made a cell of many
            // marks quadratic.
            while let last = rest.last, last.unicodeScalars.allSatisfy(isFoundationWhitespace) {
                rest.removeLast()
            }
        }
        return rest
    }

    /// A leaderboard's medal or star after the best number (`🥇`, `⭐`, `🔥`): a symbol, no text.
    static func isPictograph(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, !scalar.isASCII else { return false }
        return scalar.properties.generalCategory == .otherSymbol && scalar.properties.isEmoji
    }

    /// A note's mark in brackets (`1`, `a`) or a confidence interval (`86.1, 90.2`, `86.1–90.2`).
    private static func isNoteOrInterval(_ inner: Substring) -> Bool {
        if inner.allSatisfy({ $0.isLetter || $0.isNumber }) { return true }
        let bounds = inner.split(whereSeparator: { $0 == "," || $0 == "–" || $0 == ";" })
        return bounds.count == 2 && bounds.allSatisfy { number($0) != nil }
    }

    /// `78.9`, `-5`, `12.3%`, `58.5 pts`, `2,029` (thousands), nothing else.
    private static func number(_ text: Substring) -> Double? {
        var trimmed = text.trimming(where: isFoundationWhitespace)
        if trimmed.hasSuffix("%") { trimmed = trimmed.dropLast().trimming(where: isFoundationWhitespace) }
        if let unit = pointUnits.first(where: { trimmed.hasSuffix($0) }),
            trimmed.dropLast(unit.count).last?.isLetter == false
        {
            trimmed = trimmed.dropLast(unit.count).trimming(where: isFoundationWhitespace)  // `58.5 pts`
        }
        if trimmed.contains(",") {
            // `2,029`, `1,234.5`: groups of three digits after the first, a fraction after the last.
            let groups = trimmed.split(separator: ",", omittingEmptySubsequences: false)
            let lastWhole = groups.last!.prefix { $0 != "." }
            guard groups.dropFirst().dropLast().allSatisfy({ $0.count == 3 && $0.allSatisfy(\.isASCII) }),
                lastWhole.count == 3, lastWhole.allSatisfy(\.isASCII)
            else { return nil }
            trimmed = groups.joined()
        }
        let body = trimmed.first == "-" || trimmed.first == "+" ? trimmed.dropFirst() : trimmed[...]
        // `.853` as some tables write a fraction; not a lone `.`.
        guard body.contains(where: \.isNumber), body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else {
            return nil
        }
        return Double(trimmed)
    }

    /// Points of a percentage, written after a score: `58.5 pts`, `62.1pp`.
    private static let pointUnits = ["points", "pts", "pt", "pp"]

    private static func integer(_ text: Substring) -> Int? {
        let trimmed = text.trimming(where: isFoundationWhitespace)
        return trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(trimmed) : nil
    }
}

extension TableCell {
    /// The visible text without footnote superscripts: `AGIEval<sup>1</sup>` is `AGIEval`; a
    /// subscript is a remark in parentheses: `ChartQA<sub>relaxed</sub>` is `ChartQA (relaxed)`,
    /// and so is a superscript word: `Table<sup>TEDS</sup>` is `Table (TEDS)`.
    /// A hyphen that does not break (U+2011, `InternVL2‑2B`) or the Unicode hyphen (U+2010) is `-`.
    var labelText: String {
        var text = visibleText(subscriptsAsRemarks: true).replacingAll("†", with: "")
        if text.utf8.contains(UInt8(ascii: "$")) { text = Self.withoutMath(text) }
        if text.utf8.contains(0xE2) {
            text = text.replacingAll("\u{2011}", with: "-").replacingAll("\u{2010}", with: "-")
        }
        return text.trimmed
    }

    /// The name a cell gives, without the marks after it that point at a footnote or decorate
    /// it: `Llama-2-7B*`, `Mistral-7B†`, `Gemma-7B ‡`, `Qwen-7B¹`, `Qwen-7B<sup>1</sup>`,
    /// `Zephyr-7b-β 🪁`.
    /// A cell of marks alone stays as written.
    var nameText: String {
        let label = labelText
        guard let last = label.last, Self.noteMarks.contains(last) || ScoreText.isPictograph(last) else { return label }
        var name = label[...]
        while let last = name.last, Self.noteMarks.contains(last) || ScoreText.isPictograph(last) || last.isWhitespace {
            name.removeLast()
        }
        return name.isEmpty ? label : String(name)
    }

    /// Marks that point at a footnote after a name (`Llama-2-7B*`, `MMMU Pro^`, `Qwen-7B¹`).
    static let noteMarks: Set<Character> = [
        "*", "†", "‡", "§", "¶", "^", "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹",
    ]

    /// A label set in bold with more after it (Kimi-Audio's `<strong>LibriSpeech</strong><br>
    /// test-clean | test-other`, `<strong>AISHELL-2</strong> ios`): the bold name and the rest.
    var boldHead: (name: String, rest: String)? {
        guard inlines.count >= 2, case .strong(let children) = inlines[0].kind else { return nil }
        let name = children.plainText.trimmed
        let rest = Array(inlines.dropFirst()).plainText.trimmed
        return name.isEmpty || rest.isEmpty ? nil : (name, rest)
    }

    /// The visible text with a superscript (`88.5<sup>1</sup>`) as the mark it shows (`88.5¹`,
    /// `46.9*`; `†` for longer ones), so that a note number is never read as more digits of
    /// the score.
    var scoreText: String { visibleText(subscriptsAsRemarks: false) }

    private func visibleText(subscriptsAsRemarks: Bool) -> String {
        // Most cells are one run of text: read for every role and score, so no copy of it then.
        if inlines.count == 1, case .text(let s) = inlines[0].kind, !s.contains(bytes: "[^") { return s }
        var out = ""
        var superscript = 0
        var superscriptText = ""
        var brokenLine = false
        // Where the text of an open subscript starts in `out` (UTF-8 offset).
        var remarkStart: Int?
        // `<sub>(wo/w subs)</sub>` is a remark in parentheses already: it is not wrapped twice.
        func closeRemark() {
            defer { remarkStart = nil }
            if let start = remarkStart, let remark = String(out.utf8.dropFirst(start))?.trimmed,
                remark.hasPrefix("("), remark.hasSuffix(")"), let before = String(out.utf8.prefix(start - 1))
            {
                out = before + remark
            } else {
                out += ")"
            }
        }
        func walk(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline.kind {
                case .html(let tag):
                    let lower = tag.lowercased()
                    if lower.hasPrefix("<sup") {
                        superscript += 1
                    } else if lower.hasPrefix("<br"), superscript == 0 {
                        out += Self.lineBreakMark  // `BigBench Hard CoT<br>3-shot`
                        brokenLine = true
                    } else if lower.hasPrefix("</sup"), superscript > 0 {
                        superscript -= 1
                        if superscript == 0 {
                            if subscriptsAsRemarks, let remark = Self.superscriptRemark(superscriptText) {
                                out += " (" + remark + ")"  // `Table<sup>TEDS</sup>`, `VQAv2<sup>dev</sup>`
                            } else {
                                out += subscriptsAsRemarks ? "†" : Self.shownMark(superscriptText)
                            }
                            superscriptText = ""
                        }
                    } else if subscriptsAsRemarks, superscript == 0, lower.hasPrefix("<sub") {
                        out += " ("
                        remarkStart = out.utf8.count
                    } else if subscriptsAsRemarks, superscript == 0, lower.hasPrefix("</sub") {
                        closeRemark()
                    }
                case .link(_, _, let children) where children.plainText.hasPrefix("^"):
                    // `[^2]` with a `[^2]: …` line below: cmark reads a link; GitHub, a footnote.
                    if superscript == 0 { out += "†" }
                case .text(let s) where s.contains(bytes: "[^"):
                    if superscript == 0 { out += Self.withoutFootnoteReferences(s) }
                case .text(let s), .code(let s):
                    if superscript == 0 { out += s } else { superscriptText += s }
                case .lineBreak where superscript == 0:
                    out += Self.lineBreakMark  // a `<br>` of an HTML table's cell
                    brokenLine = true
                case .softBreak, .lineBreak: if superscript == 0 { out += " " }
                default: walk(inline.children)
                }
            }
        }
        walk(inlines)
        guard brokenLine else { return out }
        // A line broken at a hyphen joins without a space: `LLaMA-2<br>-7B` is `LLaMA-2-7B`.
        return out.replacingOccurrences(of: Self.lineBreakMark + "-", with: "-")
            .replacingOccurrences(of: "-" + Self.lineBreakMark, with: "-")
            .replacingOccurrences(of: Self.lineBreakMark, with: " ")
    }

    /// `Retrieve.KV[^2]` without its GitHub footnote reference (`[^2]`, `[^note]`), as `†`.
    static func withoutFootnoteReferences(_ text: String) -> String {
        var out = ""
        var rest = text[...]
        while let open = rest.range(of: "[^"), let close = rest[open.upperBound...].firstIndex(of: "]") {
            out += rest[..<open.lowerBound] + "†"
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// A label with its GitHub math written out (Bunny's `MME$^\text{P}$`, and `MMB$`^{\text{T}/
    /// \text{D}}`$` with the math in a code span): a superscript is a remark in parentheses, as
    /// `<sup>` is (`MME (P)`, `MMB (T/D)`), or the rest of the name when it is a version
    /// (`VQA$^\text{v2}$` is `VQAv2`); commands such as `\text` and braces are dropped. A `$`
    /// that opens no math (`$5`) stays.
    static func withoutMath(_ text: String) -> String {
        var out = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "$"), let close = rest[rest.index(after: open)...].firstIndex(of: "$") {
            let math = rest[rest.index(after: open)..<close]
            guard math.contains(where: { "\\^_{".contains($0) }) else {
                out += rest[...open]
                rest = rest[rest.index(after: open)...]
                continue
            }
            out += rest[..<open]
            out += Self.plainMath(math, after: out)
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    private static func plainMath(_ math: Substring, after name: String) -> String {
        var plain = math.trimmingCharacters(in: .whitespaces)
        for command in ["\\textbf", "\\mathrm", "\\mathbf", "\\text", "\\rm"] {
            plain = plain.replacingOccurrences(of: command, with: "")
        }
        plain = plain.filter { !"{}\\".contains($0) }
        guard let first = plain.first, first == "^" || first == "_" else { return plain }
        let script = plain.dropFirst().trimmingCharacters(in: .whitespaces)
        let isVersion = script.first == "v" && script.dropFirst().first?.isNumber == true
        return isVersion && !name.hasSuffix(" ") ? script : " (" + script + ")"
    }

    /// A superscript word after a label that says which of its measures or splits a column
    /// holds (OmniDocBench's `Table<sup>TEDS</sup>` beside `Table<sup>Edit</sup>`, Qwen-VL's
    /// `VQAv2<sup>dev</sup>`): two letters or more, not all of them footnote letters (`ab` is
    /// notes a and b); nil for a footnote's mark.
    private static func superscriptRemark(_ text: String) -> String? {
        let text = text.trimmed
        guard text.count <= 24, text.count { $0.isLetter } >= 2,
            text.allSatisfy({ $0.isLetter || $0.isNumber || "-_@.".contains($0) }),
            text.contains(where: { $0.isLetter && !superscriptSources.contains($0) })
        else { return nil }
        return text
    }

    /// A footnote superscript as a mark: digits and `a` to `e` as superscript characters
    /// (`²`, `ᵃ`), a mark such as `*` or `†` as it is, anything else `†`.
    private static func shownMark(_ text: String) -> String {
        let text = text.trimmed
        guard !text.isEmpty, text.count <= 3 else { return "†" }
        var mark = ""
        for character in text {
            if let index = superscriptSources.firstIndex(of: character) {
                mark.append(superscriptMarks[index])
            } else if "*†‡§¶#".contains(character) {
                mark.append(character)
            } else {
                return "†"
            }
        }
        return mark
    }

    private static let superscriptSources = Array("0123456789abcde")
    private static let superscriptMarks = Array("⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉ")

    /// Where a `<br>` stood, until the text is finished.
    private static let lineBreakMark = "\u{1}"
}
