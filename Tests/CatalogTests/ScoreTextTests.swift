import Markdown
import Testing

@testable import Catalog

@Suite struct ScoreTextTests {
    @Test(
        arguments: [(String, Double)]([
            ("78.9", 78.9), ("2046", 2046), (" 0.606 ", 0.606), ("12.3%", 12.3), ("0.0", 0), ("-1.5", -1.5),
            ("60", 60.0),
            ("1,234", 1234.0), ("88.5*", 88.5), ("88.5 †", 88.5), ("88.5²", 88.5), ("88.5[a]", 88.5),
            ("88.5 ± 0.3", 88.5),
            ("88.5 +/- 0.3", 88.5), ("↓0.61", 0.61), ("~88", 88.0), ("88.5 (-1.2)", 88.5), ("2/30", 100.0 * 2 / 30),
            ("30/30", 100.0), ("−2", -2.0), ("72.1 🥇", 72.1), ("⭐ 72.1", 72.1), ("72.1 [70.0, 74.2]", 72.1),
            ("72.1 [70.0–74.2]", 72.1), ("8.3/10", 8.3), ("85.2/100", 85.2), ("7/10", 70.0),
            ("58.5 pts", 58.5), ("62.1pp", 62.1), ("70 points", 70.0), ("41.2^", 41.2), ("50.1 pts†", 50.1),
        ]))
    func numbers(_ text: String, _ value: Double) {
        #expect(ScoreText.value(text) == value)
    }

    /// Scores as less common sources write them: thousands with a fraction, a score set apart
    /// in parentheses, a fraction without its zero, full-width and mathematical digits (CJK text,
    /// "bold" plain text), TeX from papers.
    @Test(
        arguments: [(String, Double)]([
            ("1,234.5", 1234.5), ("(88.5)", 88.5), ("[88.5]", 88.5), ("(−2.1)", -2.1), (".5", 0.5), ("88.5★", 88.5),
            ("88.5 ↑2.1", 88.5), ("88.5↓0.3", 88.5), ("88.5 (↑2.1)", 88.5), ("(88.5*)", 88.5),
            // Full-width and mathematical digits (CJK text, "bold" plain text).
            ("８０", 80), ("８５．３", 85.3), ("（８５．３）", 85.3), ("𝟖𝟓.𝟑", 85.3), ("８５．３％", 85.3),
            // TeX, as text converted from papers writes it.
            ("$\\mathbf{85.3}$", 85.3), ("\\textbf{85.3}", 85.3), ("\\underline{\\textbf{85.3}}", 85.3),
            ("85.3$^{a}$", 85.3), ("85.3^1", 85.3), ("$85.3^{\\dagger}$", 85.3), ("85.3$_{\\pm0.2}$", 85.3),
            ("85.3_{\\pm 0.2}", 85.3), ("$85.3 \\pm 0.2$", 85.3), ("$\\sim$88", 88), ("85.3\\%", 85.3),
        ]))
    func numbersAsPapersAndCJKTextWriteThem(_ text: String, _ value: Double) {
        #expect(ScoreText.value(text) == value)
    }

    @Test(
        "not numbers",
        arguments: [
            "-", "N/A", "", " ", "—", "MoE", "37B", ".", "7.2.1", "+", "%", "1e3", "45.1 / 42.7", "3 8",
            "2/0", "5/3", "1,23", "88.5 ±", "Yes", "128K", "(7B)", "11.5/10", "🥇", "72.1 [see below]",
            "pts", "5.2 opt", "1.2k", "12,34.5", "()", "[1]", "85.3-86.1", "↑", "$$", "\\textbf{}",
            "\\textbf{85.3", "^", "_{}", "85,3", "８５,３", "~~85.3~~",
            String(repeating: "\\textbf{", count: 5000) + "85.3" + String(repeating: "}", count: 5000),
        ])
    func notNumbers(_ text: String) {
        #expect(ScoreText.value(text) == nil)
    }

    /// Qwen2-VL's card gives two settings' scores in one cell: a pair, not a fraction.
    @Test func twoScoresInOneCellAreAPair() {
        #expect(ScoreText.pair("54.0/56.9")! == (54.0, 56.9))
        #expect(ScoreText.pair("63.3 / 69.0*")! == (63.3, 69.0))
        #expect(ScoreText.pair("26/30") == nil)  // solved of attempted: one score
        #expect(ScoreText.pair("8.3/10") == nil)  // out of a scale's top: one score
        #expect(ScoreText.pair("54.0") == nil && ScoreText.pair("a/b") == nil && ScoreText.pair("1/2/3") == nil)
    }

    @Test(arguments: [
        ("55.9 58.3", true), ("53.0 \u{A0}\u{A0} 70.1", true), ("45.1 / 42.7", true), ("59.5 63.1†", true),
        ("55.9", false), ("55.9 58.3 60.1", false), ("7B 13B", false), ("n=0 n=5", false), ("58.5 (55.1)", false),
    ])
    func twoNumbersSideBySide(text: String, isPair: Bool) {
        #expect(ScoreText.twoNumbers(text) == isPair)
    }

    /// Seed-OSS writes `58.5 (55.1)`, a reproduced score beside the reported one: the second
    /// number is found, so the reader can say it was left out. A delta or a spread is not one.
    @Test(
        arguments: [
            ("58.5 (55.1)", 55.1), ("84 (83.3)", 83.3), ("81.9 ( 80.9 )", 80.9), ("40.0 (95.5)", 95.5),
            ("88.5 (-1.2)", nil), ("88.5 (+2.1)", nil), ("45.2 (1.3)", nil), ("88.5 (5-shot)", nil), ("88.5", nil),
            ("88.5 (ours)", nil), ("70.2 (±0.3)", nil), ("(88.5)", nil), ("94.1 (95.1*)", 95.1), ("94.1 (95.1†)", 95.1),
        ] as [(String, Double?)])
    func aSecondNumberInParenthesesIsFound(text: String, second: Double?) throws {
        let value = try #require(ScoreText.value(text))
        #expect(ScoreText.secondNumber(text, value: value) == second)
    }

    @Test(arguments: [
        ("< 5%", true), (">99", true), ("≤ 1.0", true), (">= 80", true), ("<5", true), ("5%", false), ("<", false),
        ("< n/a", false),
    ])
    func bounds(text: String, isBound: Bool) {
        #expect(ScoreText.isBound(text) == isBound)
        if isBound { #expect(ScoreText.value(text) == nil) }
    }

    /// A cell may end in any number of marks: each is trimmed in place. `dropLast()` on a
    /// substring counts the whole string, so trimming 100,000 marks that way took minutes.
    @Test func aCellOfManyTrailingMarksIsReadWhole() throws {
        let marks = String(repeating: "*", count: 100_000)
        let daggers = String(repeating: "† ", count: 50_000)
        let read = try TableRead(
            """
            ## S

            | Model | MMLU |
            |---|---|
            | A-7B\(marks) | 5\(daggers) |
            | B-7B | 7 |
            """)
        #expect(read.modelNames == ["A-7B", "B-7B"])
        #expect(read.scores(of: "A-7B", on: "MMLU").map(\.value) == [5])
    }

    /// OmniDocBench tables (dots.ocr's card) head a table's two measures `Table<sup>TEDS</sup>↑`
    /// and `Table<sup>Edit</sup>↓`: a superscript word says which, as a subscript's remark does,
    /// while a superscript note (`1`, `ab`: notes a and b) stays a footnote's mark.
    @Test func aSuperscriptWordInAHeaderQualifiesItsScores() throws {
        let enrichment = try enrich(
            """
            ## Results

            | Model | Table<sup>TEDS</sup>↑ | Table<sup>Edit</sup>↓ | VQAv2<sup>dev</sup> | MMLU<sup>1</sup> | GSM8K<sup>ab</sup> |
            |---|---|---|---|---|---|
            | Alpha-OCR | 79.2 | 0.186 | 78.8 | 60.1 | 50.2 |
            | Beta-OCR | 71.2 | 0.260 | 65.0 | 55.3 | 45.0 |
            """)
        let catalog = enrichment.catalog
        let alpha = catalog.scores.filter { $0.model.rawValue == "alpha-ocr" }.map {
            "\($0.benchmark.rawValue) \($0.setting.metric)|\($0.setting.qualifier) \($0.raw)"
        }
        #expect(
            alpha.sorted() == [
                "gsm8k | 50.2", "mmlu | 60.1", "table TEDS| 79.2", "table |Edit 0.186", "vqav2 |dev 78.8",
            ])
        let table = try #require(catalog.benchmarks.first { $0.name == "Table" })
        #expect(table.metrics["TEDS"]?.direction == .higherIsBetter)
        #expect(table.metrics[""]?.direction == .lowerIsBetter)
        #expect(enrichment.findings(containing: "different values").isEmpty)
        #expect(enrichment.findings(containing: "fraction").isEmpty)
    }

    /// Bunny's card writes its headers in GitHub math: a superscript is a remark (a version joins
    /// the name), and a remark of two halves over cells of two scores gives each its half.
    @Test func mathInAHeaderIsWrittenOut() throws {
        #expect(TableCell.withoutMath("MME$^\\text{P}$") == "MME (P)")
        #expect(TableCell.withoutMath("MMB$^{\\text{T}/\\text{D}}$") == "MMB (T/D)")
        #expect(TableCell.withoutMath("VQA$^\\text{v2}$") == "VQAv2")
        #expect(TableCell.withoutMath("Cost ($5 or $10)") == "Cost ($5 or $10)")
        let catalog = try enrich(
            """
            ## Model Zoo

            | Checkpoint | MME$`^\\text{P}`$ | MMB$`^{\\text{T}/\\text{D}}`$ | VQA$`^\\text{v2}`$ |
            | :--- | :---: | :---: | :---: |
            | Alpha-VL-3B | 1488.8 | 69.2/68.6 | 79.8 |
            | Beta-VL-4B | 1503.9 | 74.1/74.0 | 81.7 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name).sorted() == ["MMB", "MME", "VQAv2"])
        let mmb = catalog.scores(of: "Alpha-VL-3B", on: "MMB").map { "\($0.setting.qualifier) \($0.raw)" }
        #expect(mmb.sorted() == ["D 68.6", "T 69.2"])
        #expect(catalog.scores(of: "Beta-VL-4B", on: "MME").map(\.setting.qualifier) == ["P"])
    }
}
