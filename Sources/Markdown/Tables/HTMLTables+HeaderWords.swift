/// The words of HTML tables' header rows: what a header over several columns says of them
/// (`HTMLTables.parsed` joins the rows by these).
extension HTMLTables {
    /// A header over several columns that names what their values measure: a percentage
    /// (`Accuracy of Code Execution Results (%)`, `Executable Rate of Generated Code (%)`) or
    /// a measure's word first (`Accuracy`, `Pass@1`; `Score` only groups, `isGroupWord`).
    static func isMeasure(_ markdown: String) -> Bool {
        let text = plainLowercased(markdown)
        if text.contains("%") { return true }
        let first = text.split(whereSeparator: { " (".contains($0) }).first.map(String.init) ?? ""
        return measureWords.contains(first) || first.hasPrefix("pass@")
    }

    private static let measureWords: Set<String> = [
        "accuracy", "acc", "acc.", "exact", "em", "f1", "success", "win", "正确率", "准确率",
    ]

    /// A column's label under a benchmark that says how it was run: shots (`0-shot`, `5 shots`,
    /// `Zero-shot`), a split (`Valid`, `Test`, `test-A`, `val-u`, `test-dev`, `testB`) or a
    /// language (`EN`, `ZH`, `Chinese`).
    static func isSetting(_ markdown: String) -> Bool {
        let text = plainLowercased(markdown)
        if ["zero-shot", "few-shot"].contains(text) || isSplit(text) || languages.contains(text) { return true }
        let count = text.prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(count.count).trimmingPrefix(while: { $0 == "-" || $0 == " " })
        return !count.isEmpty && (rest == "shot" || rest == "shots")
    }

    /// A split's name, lowercased: `val`, `test`, or one of them with a short mark of which
    /// (`test-a`, `val-u`, `test-dev`, `testb`).
    private static func isSplit(_ text: String) -> Bool {
        guard let split = splitWords.first(where: { text.hasPrefix($0) }) else { return false }
        var mark = text.dropFirst(split.count)
        guard let first = mark.first else { return true }
        let separated = "-_ ".contains(first)
        if separated { mark = mark.dropFirst() }
        guard !mark.isEmpty, mark.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return false }
        // `testb`, `val2017`; written on, longer words are others (`device`, `training`).
        return separated ? mark.count <= 5 : mark.count == 1 || mark.allSatisfy(\.isNumber)
    }

    /// Languages as cards name the halves of a bilingual benchmark, lowercased.
    private static let languages: Set<String> = [
        "en", "zh", "cn", "ja", "jp", "ko", "kr", "fr", "de", "es", "ru", "ar", "english", "chinese", "japanese",
        "korean", "french", "german", "spanish", "russian", "arabic", "multilingual", "中文", "英文",
    ]

    /// A metric's name alone under what it measured, arrows and marks aside: `WER↓`, `SS↑`,
    /// `R@1`, `Acc.`, `F1`, `pass@1`.
    static func isMetricWord(_ markdown: String) -> Bool {
        let text = plainLowercased(markdown).filter { !"↑↓%()".contains($0) }.trimmed
        if let at = text.firstIndex(of: "@") {
            let count = text[text.index(after: at)...]
            return text[..<at].allSatisfy(\.isLetter) && !text[..<at].isEmpty && !count.isEmpty
                && count.allSatisfy(\.isNumber)
        }
        return metricWords.contains(text)
    }

    private static let metricWords: Set<String> = [
        "wer", "cer", "ss", "sim", "mos", "utmos", "bleu", "chrf", "rouge-l", "cider", "em", "f1", "acc", "acc.",
        "accuracy", "map", "mrr", "ndcg", "auc", "edit", "teds",
    ]

    /// Longest first: `validation` is not `valid` with a mark.
    private static let splitWords = ["validation", "testmini", "minival", "valid", "train", "test", "val", "dev"]

    /// A header over several columns that names a kind of task (`Zero-shot Captioning`,
    /// `General VQA`, `Text-oriented VQA`) or of model (`Open-source Models`): no name of its
    /// own, as a family's (`LLaVA-OV-7B` over `Task 1 | Task 2`) is.
    static func isTaskGroup(_ markdown: String) -> Bool {
        let text = plainLowercased(markdown)
        guard !text.contains(where: \.isNumber) || text.contains("shot") else { return false }
        let words = text.split { !$0.isLetter }
        return !words.isEmpty && words.contains(where: { taskWords.contains(String($0)) })
            && !words.contains(where: { $0 == "task" })
    }

    private static let taskWords: Set<String> = [
        "vqa", "qa", "captioning", "caption", "comprehension", "understanding", "reasoning", "knowledge", "math",
        "mathematics", "coding", "grounding", "ocr", "chart", "document", "documents", "video", "image", "multimodal",
        "hallucination", "perception", "cognition", "question", "answering", "retrieval", "classification",
        "clustering", "reranking", "summarization", "translation", "safety", "agent", "agentic", "instruction",
        "following", "dialogue", "multilingual", "commonsense", "science", "exam", "exams", "speech", "recognition",
        "generation", "expression", "referring", "spatial", "temporal", "long", "context", "models", "open",
        "source", "proprietary", "closed", "commercial", "baselines",
    ]

    /// Shots a task group states (`Zero-shot Captioning`), for the benchmarks under it that
    /// state none (`SciQA-Img (0-shot)` does).
    static func shotsStated(by group: String, over name: String) -> String? {
        guard !plainLowercased(name).contains("shot") else { return nil }
        let words = plainLowercased(group).split(separator: " ").map(String.init)
        return words.first { isSetting($0) && $0.contains("shot") }
    }

    /// One word, no space: a split's name as `refexp` is, not a model's or a benchmark's.
    static func isOneWord(_ markdown: String) -> Bool {
        let text = plainLowercased(markdown)
        return !text.isEmpty && !text.contains(" ") && text.allSatisfy { $0.isLetter || $0 == "-" }
    }

    /// A header over several columns that says what kind of thing they hold, not which: no
    /// benchmark's, model's or setting's name (`**Performance**`, `Abilities`, `评测结果`).
    static func isGroupWord(_ markdown: String) -> Bool {
        let word = plainLowercased(markdown)
        return groupWords.contains(word)
    }

    private static let groupWords: Set<String> = [
        "performance", "ability", "abilities", "capability", "capabilities", "result", "results", "score", "scores",
        "metric", "metrics", "evaluation", "benchmark", "benchmarks", "task", "tasks", "dataset", "datasets",
        "性能", "能力", "结果", "评测结果", "得分", "指标",
    ]

    /// A header cell's words without emphasis marks, in lower case.
    static func plainLowercased(_ markdown: String) -> String {
        markdown.filter { $0 != "*" && $0 != "_" }.trimmed.lowercased()
    }

    /// A parameter count as a header writes it under a family's name: `8B`, `1.5B`, `8x7B`, `350M`.
    static func isSize(_ text: String) -> Bool {
        var rest = Substring(text.trimmed)
        func number() -> Bool {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty else { return false }
            rest = rest.dropFirst(digits.count)
            if rest.first == ".", let next = rest.dropFirst().first, next.isASCII, next.isNumber {
                rest = rest.dropFirst()
                rest = rest.drop { $0.isASCII && $0.isNumber }
            }
            return true
        }
        guard number() else { return false }
        if rest.first == "x" || rest.first == "×" {
            rest = rest.dropFirst()
            guard number() else { return false }
        }
        return rest.count == 1 && "BbMmKkTt".contains(rest.first!)
    }
}
