import Foundation
import Markdown

/// The lines that title a table as a heading would, and the benchmark a heading or such a line
/// names (`ResultsTableReader+OneBenchmark` reads tables of one benchmark's parts by them).
extension ResultsTableReader {
    /// A caption without its number: `Table 1: Zero-shot TTS on CV3-Eval` says what `Zero-shot TTS
    /// on CV3-Eval` does (`Table 1` is no benchmark).
    static func withoutTableNumber(_ phrase: String) -> String {
        let words = phrase.split(separator: " ", maxSplits: 2)
        guard words.count == 3, ["table", "tab.", "表"].contains(words[0].lowercased()),
            words[1].trimmingCharacters(in: CharacterSet(charactersIn: ":.")).allSatisfy(\.isNumber),
            words[1].last.map({ ":.".contains($0) }) == true
        else { return phrase }
        return String(words[2])
    }

    /// A line of its own right above a table that is a benchmark's name in title case, as Step-Audio
    /// 2's card writes `Big Bench Audio` over `| Model | Accuracy |`: at most four capitalized
    /// words, one of them spelled like a benchmark or saying it is one (`Bench`, `Eval`, `Test`).
    static func benchmarkTitleLine(_ line: String) -> String? {
        let words = line.trimmed.split(separator: " ")
        guard (1...4).contains(words.count),
            words.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true }),
            !words.contains(where: { $0.last.map { ".:?!,".contains($0) } == true }),
            words.contains(where: { word in
                HeadingBenchmark.looksLikeABenchmark(word)
                    || ["bench", "eval", "test"].contains { word.lowercased().contains($0) }
            })
        else { return nil }
        return words.joined(separator: " ")
    }

    /// `# C-Eval` … `## Leaderboard` (or `# CMMLU` … `#### Five-shot`) over `| Model | STEM |
    /// Humanities | Average |`: a benchmark's own README or leaderboard, titled by the benchmark's
    /// short name, divides it in tables under headings that name nothing else. Not a model's card:
    /// a title with a size, a known model, or one the table's rows begin with (`# Qwen2.5` over
    /// `Qwen2.5-7B`) names a model.
    func benchmarkOfDocument(_ reading: Reading) -> String? {
        // `#### English` under `## Leaderboard` says in which language, not of what.
        guard let title = reading.documentTitle.map(Self.shortTitle),
            reading.heading.map({
                $0 == reading.documentTitle || HeadingBenchmark.isGeneric($0) || Languages.isLanguage($0)
            }) ?? true,
            let name = HeadingBenchmark.name(in: title), name.split(separator: " ").count <= 2,
            !ModelName.hasSize(name), !models.knows(name)
        else { return nil }
        let prefix = name.lowercased()
        let namesAModel = reading.table.rows.contains { row in
            row.contains { $0.text.trimmed.lowercased().hasPrefix(prefix) }
        }
        return namesAModel ? nil : name
    }

    /// A title's words before a dash, colon or parenthesis: `CMMLU---中文多任务语言理解评估` is CMMLU.
    static func shortTitle(_ title: String) -> String {
        var cut = title[...]
        for separator in ["--", " - ", " — ", " – ", ":", "：", "(", "（"] {
            if let range = cut.range(of: separator) { cut = cut[..<range.lowerBound] }
        }
        return cut.trimmed
    }

    /// A paragraph that titles the table below it as a heading would: its words before a colon
    /// (`RULER: a retrieval-based benchmark …`), or the whole of a short line, at most five words.
    static func titleLine(_ paragraph: String) -> String? {
        var paragraph = paragraph[...]
        // `Table 1: Zero-shot TTS on CV3-Eval (Arabic uses …)`: the caption after its number, up
        // to a remark or the sentence's end.
        if let colon = paragraph.firstIndex(of: ":"), withoutTableNumber(paragraph[...colon] + " x") == "x" {
            paragraph = paragraph[paragraph.index(after: colon)...]
            if let end = paragraph.firstIndex(where: { "(.。（".contains($0) }) { paragraph = paragraph[..<end] }
        }
        let title = (paragraph.firstIndex(of: ":").map { paragraph[..<$0] } ?? paragraph).trimmed
        let words = title.split(separator: " ").count
        return (1...5).contains(words) ? title : nil
    }

    /// The benchmark a heading names: its words before a dash, colon or parenthesis, less a
    /// trailing `Benchmark` or `Results` (`RULER Benchmark - Effective context length`: RULER).
    func benchmarkNamedByHeading(_ reading: Reading) -> String? {
        guard let heading = reading.heading ?? reading.leadInTexts.last.flatMap(Self.titleLine) else { return nil }
        return Self.benchmarkNamed(byHeading: heading)
    }

    static func benchmarkNamed(byHeading heading: String) -> String? {
        let cut = heading.split(separator: " - ").first.map(String.init) ?? heading
        var words = cut.split { $0 == ":" || $0 == "(" || $0 == "–" }.first?.split(separator: " ") ?? []
        // A section's number is no part of the name (`## 5. Cross-File Completion`).
        if words.count > 1, words[0].allSatisfy({ $0.isNumber || $0 == "." || $0 == ")" }) { words.removeFirst() }
        // `Results of TTS Models on SEED Test Sets.`: what the results are on, when that is one
        // name spelled like a benchmark's.
        if let on = words.lastIndex(where: { ["on", "of"].contains($0.lowercased()) }), on > 0,
            let named = HeadingBenchmark.name(in: words[(on + 1)...].joined(separator: " ")),
            !named.contains(" ")
        {
            return named
        }
        while let last = words.last, ["benchmark", "benchmarks", "results", "evaluation"].contains(last.lowercased()) {
            words.removeLast()
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
