/// Scores as text converted from papers writes them: TeX (`$\mathbf{85.3}$`, `85.3$^{a}$`,
/// `85.3_{\pm 0.2}`, `85.3^1`) and the full-width or mathematical digits of CJK and "bold" plain
/// text (`８５．３`, `𝟖𝟓.𝟑`), made into the forms `ScoreText` reads.
enum TeXNumbers {
    /// Full-width ASCII forms (U+FF01 to U+FF5E), the ideographic space, and mathematical
    /// digits (bold, double-struck, sans-serif, monospace: U+1D7CE to U+1D7FF) as ASCII.
    static func asciiForms(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: scalars.append(" ")
            case 0x1D7CE...0x1D7FF: scalars.append(Unicode.Scalar(0x30 + (scalar.value - 0x1D7CE) % 10)!)
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// The text without TeX's markup around a number: math shifts dropped, `\textbf{…}` and its
    /// like unwrapped, `\pm` as `±`, a superscript as a note mark (`†`) and a subscript as a
    /// remark in parentheses (`85.3_{\pm 0.2}` → `85.3 (±0.2)`, read as an uncertainty).
    static func plain(_ text: String) -> String {
        var text = text.replacingAll("$", with: "")
        for (command, plain) in symbols { text = text.replacingAll(command, with: plain) }
        var changed = true
        while changed {
            changed = false
            for command in wrappers {
                guard let range = text.range(of: "\\" + command + "{"),
                    let close = closingBrace(in: text, from: range.upperBound)
                else { continue }
                text = String(
                    text[..<range.lowerBound] + text[range.upperBound..<close] + text[text.index(after: close)...])
                changed = true
            }
        }
        return scripts(text)
    }

    /// `^{a}`, `^1` → `†`; `_{…}` → ` (…)`.
    private static func scripts(_ text: String) -> String {
        var out = ""
        var rest = text[...]
        while let mark = rest.firstIndex(where: { $0 == "^" || $0 == "_" }) {
            out += rest[..<mark]
            let isSuperscript = rest[mark] == "^"
            let after = rest.index(after: mark)
            let body: Substring
            if after < rest.endIndex, rest[after] == "{",
                let close = closingBrace(in: rest, from: rest.index(after: after))
            {
                body = rest[rest.index(after: after)..<close]
                rest = rest[rest.index(after: close)...]
            } else if isSuperscript, after < rest.endIndex, !rest[after].isWhitespace {
                body = rest[after...after]
                rest = rest[rest.index(after: after)...]
            } else {
                out.append(rest[mark])  // `41.2^`: a mark of its own
                rest = rest[after...]
                continue
            }
            out += isSuperscript ? "†" : " (\(body.trimmed))"
        }
        return out + rest
    }

    private static func closingBrace<S: StringProtocol>(in text: S, from start: S.Index) -> S.Index? {
        var depth = 1
        var index = start
        while index < text.endIndex {
            if text[index] == "{" { depth += 1 }
            if text[index] == "}" {
                depth -= 1
                if depth == 0 { return index }
            }
            index = text.index(after: index)
        }
        return nil
    }

    private static let symbols = [
        ("\\pm", "±"), ("\\%", "%"), ("\\dagger", "†"), ("\\ddagger", "‡"), ("\\ast", "*"), ("\\star", "*"),
        ("\\sim", "~"), ("\\approx", "≈"),
        ("\\,", ""), ("\\;", ""), ("\\ ", " "),
    ]
    private static let wrappers = [
        "textbf", "mathbf", "underline", "uline", "textit", "emph", "mathrm", "text", "bm", "boldsymbol", "textsc",
        "mathit", "textsf", "texttt", "bf",
    ]
}
