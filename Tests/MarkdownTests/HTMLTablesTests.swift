import Testing

@testable import Markdown

/// `HTMLTables.reading`: model cards' `<table>`s become tables whose cells point at their HTML
/// cells; anything it cannot read whole stays an HTML block.
@Suite(.timeLimit(.minutes(1)))
struct HTMLTablesTests {
    static func read(_ markdown: String, limits: ParseLimits = ParseLimits()) throws -> Document {
        HTMLTables.reading(try parse(markdown, limits: limits), limits: limits)
    }

    static func onlyTable(_ document: Document) throws -> (table: Table, html: String, range: SourceRange) {
        let found = document.blocks.indices.compactMap { index -> (Table, String, SourceRange)? in
            guard case .table(let table) = document.blocks[index].kind else { return nil }
            return (table, document.blockHTML[index], document.blocks[index].range)
        }
        #expect(found.count == 1, "expected one table, found \(found.count)")
        return try #require(found.first)
    }

    static func texts(_ row: [TableCell]) -> [String] { row.map(\.text) }

    @Test func cellsKeepTheirTextEmphasisLinksAndFootnoteMarks() throws {
        let document = try Self.read(
            """
            # Card

            <table>
              <thead>
                <tr><th align="center">Benchmark</th><th>Orchard&nbsp;7B<sup>1</sup></th><th>Note</th></tr>
              </thead>
              <tr>
                <td><a href="https://example.com/mmlu">MMLU</a></td>
                <td><strong> 60.1 </strong></td>
                <td>a &lt;b&gt; &amp; *c* | d<br>e</td>
              </tr>
            </table>

            After.
            """)
        let (table, html, range) = try Self.onlyTable(document)
        #expect(document.blocks.count == 3)
        #expect(Self.texts(table.header) == ["Benchmark", "Orchard 7B1", "Note"])
        #expect(table.alignments == [.center, .unspecified, .unspecified])
        #expect(Self.texts(table.rows[0]) == ["MMLU", "60.1", "a <b> & *c* | d e"])
        #expect(table.header[1].inlines.contains { $0.kind == .html("<sup>") })
        guard case .link(let destination, _, _) = table.rows[0][0].inlines.first?.kind else {
            Issue.record("no link in \(table.rows[0][0].inlines)")
            return
        }
        #expect(destination == "https://example.com/mmlu")
        #expect(table.rows[0][1].inlines.first.map { if case .strong = $0.kind { true } else { false } } == true)
        // Where each cell's tag is in the file: line 8, column 5 is the `<` of the first `<td>`.
        #expect(table.rows[0][0].location == SourceLocation(path: "t.md", line: 8, column: 5))
        #expect(table.header[2].location == SourceLocation(path: "t.md", line: 5, column: 78))
        #expect(table.rows[0][2].inlines.allSatisfy { $0.range.start.line == 10 })
        #expect(range.start.line == 3 && range.end.line >= 11)
        // A `<br>` is a line break in the cell, and omitted as raw HTML, as in a pipe table's
        // (section pages put it back: `LineBreakTags`).
        #expect(table.rows[0][2].inlines.contains { $0.kind == .lineBreak })
        #expect(html.contains("<td>a &lt;b&gt; &amp; *c* | d<!-- raw HTML omitted -->e</td>"))
        #expect(html.contains("<th align=\"center\">Benchmark</th>"))
    }

    /// Kimi's card sets whole names in `<sup>`, and footnote marks after values: a short
    /// superscript after text stays one (the reader drops it), any other is text.
    @Test func superscriptsAreMarksOnlyWhenTheyFollowTextAndAreShort() throws {
        let document = try Self.read(
            """
            <table>
            <thead><tr><th>Benchmark</th><th><sup>Kimi K2 Instruct</sup></th>
            <th><sup>Qwen3-235B-A22B <br><sup>(non-thinking)</sup></sup></th><th><sup>o1</sup></th></tr></thead>
            <tbody><tr><td>AIME 2024</td><td><strong>69.6</strong></td><td>40.1<sup>*</sup></td><td>74.3</td></tr></tbody>
            </table>
            """)
        let table = try Self.onlyTable(document).table
        #expect(Self.texts(table.header) == ["Benchmark", "Kimi K2 Instruct", "Qwen3-235B-A22B (non-thinking)", "o1"])
        for cell in table.header {
            #expect(!cell.inlines.contains { if case .html = $0.kind { true } else { false } })
        }
        #expect(table.rows[0][2].source == "40.1<sup>\\*</sup>")
    }

    /// White space is shown as a browser shows it, one space for a run: Kimi's card breaks
    /// `Gemini 2.5 Flash <br> Preview` across lines, with spaces either side of the `<br>`.
    @Test func runsOfWhiteSpaceAreOneSpace() throws {
        let document = try Self.read(
            """
            <table>
            <tr><th>Benchmark</th><th><sup>Gemini 2.5 Flash <br> Preview (05-20)</sup></th><th>Orchard
                7B</th></tr>
            <tr><td>MMLU  Pro</td><td>60.1</td><td>50.2</td></tr>
            </table>
            """)
        let table = try Self.onlyTable(document).table
        #expect(Self.texts(table.header) == ["Benchmark", "Gemini 2.5 Flash Preview (05-20)", "Orchard 7B"])
        #expect(Self.texts(table.rows[0]) == ["MMLU Pro", "60.1", "50.2"])
    }

    /// A name broken at its hyphen joins without a space, as a pipe table's cell is read
    /// (Qwen3-ASR's card: `GPT-4o<br>-Transcribe`); any other break is a line break, one space
    /// in the cell's text.
    @Test func aLineBrokenAtAHyphenJoinsWithoutASpace() throws {
        let document = try Self.read(
            """
            <table>
            <tr><th></th><th>GPT-4o<br>-Transcribe</th><th>LLaMA-2-<br>7B</th><th>Whisper<br>large</th></tr>
            <tr><td>Fleurs<br> -en</td><td>4.1 <br></td><td>5.2</td><td>6.3</td></tr>
            </table>
            """)
        let table = try Self.onlyTable(document).table
        #expect(Self.texts(table.header) == ["", "GPT-4o-Transcribe", "LLaMA-2-7B", "Whisper large"])
        #expect(table.header[3].inlines.map(\.kind) == [.text("Whisper"), .lineBreak, .text("large")])
        #expect(Self.texts(table.rows[0]).first == "Fleurs-en")
        // A break that ends a cell breaks nothing.
        #expect(table.rows[0][1].source == "4.1" && table.rows[0][1].inlines.map(\.kind) == [.text("4.1")])
    }

    /// References are read as a browser reads them (the URL check's decoder): numeric, named
    /// (case first as written: `&Dagger;` is not `&dagger;`), the `;` optional (EXAONE writes `&nbsp |`).
    @Test func characterReferencesAreDecodedAsABrowserDoes() throws {
        let document = try Self.read(
            "<table><tr><th>a</th></tr><tr><td>&#x41;&#66;&Dagger;&dagger;&nbsp&amp;x&unknown;</td></tr></table>")
        #expect(Self.texts(try Self.onlyTable(document).table.rows[0]) == ["AB‡† &x&unknown;"])
    }

    /// Any of HTML's named references, not only the common ones (Kimi-Audio's `VocalSound&uparrow;`),
    /// two scalars for some; a name that is none, or has no `;`, stays as written.
    @Test func everyNamedReferenceOfHTMLIsDecoded() throws {
        let document = try Self.read(
            "<table><tr><th>a</th></tr><tr><td>x&uparrow;&frac12;&NotEqualTilde;&Uparrow; &nope; &uparrow</td></tr></table>"
        )
        #expect(Self.texts(try Self.onlyTable(document).table.rows[0]) == ["x↑½\u{2242}\u{338}⇑ &nope; &uparrow"])
    }

    @Test func spansAreLaidOutAsACardMeansThem() throws {
        let document = try Self.read(
            """
            <table>
              <thead>
                <tr><th rowspan="2">Benchmark</th><th colspan="2">Llama 3</th></tr>
                <tr><th>8B</th><th>70B</th></tr>
              </thead>
              <tr><td rowspan="2">General</td><td>68.4</td><td>82.0</td></tr>
              <tr><td>65.3</td><td>80.9</td></tr>
              <tr><td colspan="3"><strong>Coding</strong></td></tr>
              <tr><td>HumanEval</td><td>60.4</td></tr>
            </table>
            """)
        let table = try Self.onlyTable(document).table
        #expect(Self.texts(table.header) == ["Benchmark", "Llama 3 8B", "Llama 3 70B"])
        #expect(
            table.rows.map(Self.texts) == [
                ["General", "68.4", "82.0"], ["General", "65.3", "80.9"], ["Coding", "", ""],
                ["HumanEval", "60.4", ""],
            ])
        // A cell a span covers points at the cell that spans it.
        #expect(table.rows[1][0].location == table.rows[0][0].location)
    }

    /// Step-Audio 2's card: `rowspan="2"` on every cell of a `<thead>` of one row. A span ends
    /// with its row group, as in HTML, so the body's first row stays as written.
    @Test func aSpanEndsWithTheHeader() throws {
        let document = try Self.read(
            """
            <table>
              <thead>
                <tr><th rowspan="2">Model</th><th rowspan="2">Avg.</th><th rowspan="2">Gender</th></tr>
              </thead>
              <tbody>
                <tr><td>GPT-4o Audio</td><td>43.45</td><td>18</td></tr>
                <tr><td>Kimi-Audio</td><td>49.64</td><td>94</td></tr>
              </tbody>
            </table>
            """)
        let table = try Self.onlyTable(document).table
        #expect(Self.texts(table.header) == ["Model", "Avg.", "Gender"])
        #expect(table.rows.map(Self.texts) == [["GPT-4o Audio", "43.45", "18"], ["Kimi-Audio", "49.64", "94"]])
    }

    /// Joined header rows name models only over sizes: a model over tasks stays as written.
    @Test func headerRowsOverSomethingElseThanSizesAreNotJoined() throws {
        let tasks = """
            <table>
            <thead>
            <tr><th>Model</th><th colspan="2">LLaVA-OV-7B</th><th colspan="2">Qwen2-VL-7B</th></tr>
            <tr><th>Styles</th><th>Task 1</th><th>Task 2</th><th>Task 1</th><th>Task 2</th></tr>
            </thead>
            <tbody><tr><td>Com.</td><td>1.000</td><td>0.761</td><td>1.000</td><td>0.042</td></tr></tbody>
            </table>
            """
        #expect(try Self.read(tasks) == (try parse(tasks)))
        #expect(["8B", "1.5B", "8x7B", "350m", " 70B "].allSatisfy(HTMLTables.isSize))
        #expect(!["Task 1", "7B-Instruct", "B", "8", "1.B", "x7B"].contains(where: HTMLTables.isSize))
    }

    /// Kimi-Audio's `Ability` over its abilities, Qwen2-Audio's `Performance` over `Metrics` and
    /// `Results`: a word that only groups the columns under it gives way to their names.
    @Test func aGroupWordOverColumnsGivesWayToTheirNames() throws {
        let document = try Self.read(
            """
            <table><thead>
              <tr><th rowspan="2">Model</th><th colspan="2"><strong>Ability</strong></th><th colspan="2">Performance</th></tr>
              <tr><th>Speed Control</th><th>Empathy</th><th>Metrics</th><th>Results</th></tr>
            </thead><tbody>
              <tr><td>Kimi-Audio</td><td>4.30</td><td>3.39</td><td>WER</td><td>1.28</td></tr>
            </tbody></table>
            """)
        let table = try Self.onlyTable(document).table
        #expect(Self.texts(table.header) == ["Model", "Speed Control", "Empathy", "Metrics", "Results"])
        #expect(table.rows.map(Self.texts) == [["Kimi-Audio", "4.30", "3.39", "WER", "1.28"]])
        #expect(HTMLTables.isGroupWord("**Performance**") && HTMLTables.isGroupWord("能力"))
        #expect(!HTMLTables.isGroupWord("MMLU") && !HTMLTables.isGroupWord("LLaVA-OV-7B"))
    }

    /// Qwen's cards: a first row of one cell across the table is its caption, shown in bold
    /// above it; the header is the row below (without a `<thead>`, the first row would be).
    @Test func aRowAcrossTheTopIsACaption() throws {
        let document = try Self.read(
            """
            <table>
                <tr><th colspan="3" align="center">Tool-Use Benchmark (Version 20231206)</th></tr>
                <tr><th>Model</th><th>Tool Selection (Acc.↑)</th><th>False Positive Error↓</th></tr>
                <tr><td>Orchard-7B</td><td>95.5%</td><td>11.6%</td></tr>
            </table>
            """)
        let (table, html, _) = try Self.onlyTable(document)
        #expect(Self.texts(table.header) == ["Model", "Tool Selection (Acc.↑)", "False Positive Error↓"])
        #expect(table.rows.map(Self.texts) == [["Orchard-7B", "95.5%", "11.6%"]])
        #expect(html.hasPrefix("<p><strong>Tool-Use Benchmark (Version 20231206)</strong></p>\n<table>"), "\(html)")
        #expect(table.header[0].location.line == 3)
    }

    /// Below a caption, or at the top of a table without a `<thead>`, the `<th>` rows are the
    /// header: a measure over benchmarks (Qwen's `Accuracy of Code Execution Results (%)` over
    /// `Math↑ | Visualization-Hard↑`) goes after each benchmark's name, as a pipe table writes it.
    @Test(arguments: [true, false])
    func aMeasureOverBenchmarksFollowsEachName(captioned: Bool) throws {
        let caption = captioned ? "<tr><th colspan=\"3\">Code Interpreter Benchmark</th></tr>\n" : ""
        let document = try Self.read(
            """
            <table>
            \(caption)<tr><th rowspan="2">Model</th><th colspan="2">Accuracy of Code Execution Results (%)</th></tr>
            <tr><th>Math↑</th><th>Visualization-Hard↑</th></tr>
            <tr><td>Orchard-7B</td><td>40.1</td><td>60.2</td></tr>
            </table>
            """)
        let table = try Self.onlyTable(document).table
        #expect(
            Self.texts(table.header) == [
                "Model", "Math↑ (Accuracy of Code Execution Results %)",
                "Visualization-Hard↑ (Accuracy of Code Execution Results %)",
            ])
        #expect(table.rows.map(Self.texts) == [["Orchard-7B", "40.1", "60.2"]])
        #expect(["Accuracy (%)", "Pass@1", "**Acc.**", "准确率"].allSatisfy(HTMLTables.isMeasure))
        #expect(!["MMLU", "LLaVA-OV-7B", "Performance", "Coding"].contains(where: HTMLTables.isMeasure))
    }

    /// Qwen-VL's card: a kind of task over the benchmarks of that kind (`Zero-shot Captioning` over
    /// `NoCaps | Flickr30K`) gives way to their names, with the shots it states; a benchmark over
    /// its splits (`RefCOCO` over `val | test-A`) takes each in parentheses, and so does one over
    /// a single split beside them (`GRIT` over `refexp`).
    @Test func groupsOverBenchmarksAndBenchmarksOverSplitsMakeOneRowOfNames() throws {
        let tasks = try Self.read(
            """
            <table><thead>
              <tr><th rowspan="2">Model</th><th colspan="2">Zero-shot Captioning</th><th colspan="2">General VQA</th></tr>
              <tr><th>NoCaps</th><th>Flickr30K</th><th>VQAv2<sup>dev</sup></th><th>SciQA-Img<br>(0-shot)</th></tr>
            </thead><tbody>
              <tr><td>Orchard-7B</td><td>121.4</td><td>85.8</td><td>78.8</td><td>67.1</td></tr>
            </tbody></table>
            """)
        #expect(
            Self.texts(try Self.onlyTable(tasks).table.header) == [
                "Model", "NoCaps (zero-shot)", "Flickr30K (zero-shot)", "VQAv2dev", "SciQA-Img (0-shot)",
            ])
        let splits = try Self.read(
            """
            <table><thead>
              <tr><th rowspan="2">Model</th><th colspan="2">RefCOCO</th><th colspan="2">RefCOCOg</th><th>GRIT</th></tr>
              <tr><th>val</th><th>test-A</th><th>val-u</th><th>test-u</th><th>refexp</th></tr>
            </thead><tbody>
              <tr><td>Orchard-7B</td><td>89.36</td><td>92.26</td><td>85.58</td><td>85.48</td><td>78.22</td></tr>
            </tbody></table>
            """)
        #expect(
            Self.texts(try Self.onlyTable(splits).table.header) == [
                "Model", "RefCOCO (val)", "RefCOCO (test-A)", "RefCOCOg (val-u)", "RefCOCOg (test-u)", "GRIT (refexp)",
            ])
        #expect(
            ["test-A", "testB", "val2017", "test-dev", "Validation", "minival", "EN", "**ZH**", "Chinese"].allSatisfy(
                HTMLTables.isSetting))
        #expect(!["testing", "device", "value", "Training", "test-abcdef"].contains(where: HTMLTables.isSetting))
        #expect(
            ["General VQA", "Text-oriented VQA", "**Zero-shot Captioning**", "Open-source Models"].allSatisfy(
                HTMLTables.isTaskGroup))
        #expect(
            !["LLaVA-OV-7B", "Claude", "Qwen2.5-72B Reasoning", "Task 1", "GPT-4o"].contains(
                where: HTMLTables.isTaskGroup))
    }

    /// IndexTTS's `zh` over `WER↓ | SS↑`, InternVL's `Flickr30K` over `image-to-text` over `R@1`:
    /// what was measured, then each measure in parentheses.
    @Test func measuresUnderWhatTheyMeasuredFollowItsName() throws {
        let document = try Self.read(
            """
            <table><thead>
            <tr><th rowspan="3">Model</th><th colspan="2">zh</th><th colspan="2">Flickr30K</th></tr>
            <tr><th rowspan="2">WER↓</th><th rowspan="2">SS↑</th><th colspan="2">image-to-text</th></tr>
            <tr><th>R@1</th><th>R@5</th></tr>
            </thead><tbody>
            <tr><td>Orchard-TTS</td><td>3.88</td><td>74.99</td><td>80.1</td><td>95.2</td></tr>
            </tbody></table>
            """)
        #expect(
            Self.texts(try Self.onlyTable(document).table.header) == [
                "Model", "zh (WER↓)", "zh (SS↑)", "Flickr30K (image-to-text, R@1)", "Flickr30K (image-to-text, R@5)",
            ])
        #expect(["WER↓", "SS↑", "R@10", "**F1**", "pass@1", "Acc."].allSatisfy(HTMLTables.isMetricWord))
        #expect(!["Flash", "R@", "@1", "Test", "7B"].contains(where: HTMLTables.isMetricWord))
    }

    /// A name over words that are not splits (a family over variants) stays unread without the
    /// benchmarks over splits beside it that say what a word under one name is.
    @Test func aNameOverAWordIsASplitOnlyBesideBenchmarksOverSplits() throws {
        let variants = """
            <table><thead>
              <tr><th rowspan="2">Model</th><th colspan="2">Claude 3</th><th>GRIT</th></tr>
              <tr><th>Opus</th><th>Sonnet</th><th>refexp</th></tr>
            </thead><tbody>
              <tr><td>MMLU</td><td>86.8</td><td>79.0</td><td>78.2</td></tr>
            </tbody></table>
            """
        #expect(try Self.read(variants) == (try parse(variants)))
    }

    /// A benchmark over its settings (`MMLU` over `0-shot | 5-shot`, OmniDocBench's `Overall` over
    /// `EN | ZH`) is written as a pipe table writes it: `MMLU (0-shot)`.
    @Test func aBenchmarkOverItsSettingsTakesThemInParentheses() throws {
        let document = try Self.read(
            """
            <table>
            <tr><th rowspan="2">Model</th><th colspan="2">MMLU</th><th colspan="2">C-Eval</th><th colspan="2">Overall<sup>Edit</sup>↓</th></tr>
            <tr><th>0-shot</th><th>5-shot</th><th>Valid</th><th>Test</th><th>EN</th><th>ZH</th></tr>
            <tr><td>Orchard-7B</td><td>40.1</td><td>45.2</td><td>50.3</td><td>49.9</td><td>0.15</td><td>0.36</td></tr>
            </table>
            """)
        let table = try Self.onlyTable(document).table
        #expect(
            Self.texts(table.header) == [
                "Model", "MMLU (0-shot)", "MMLU (5-shot)", "C-Eval (Valid)", "C-Eval (Test)", "OverallEdit↓ (EN)",
                "OverallEdit↓ (ZH)",
            ])
        #expect(["0-shot", "5 shots", "**Zero-shot**", "testmini"].allSatisfy(HTMLTables.isSetting))
        #expect(!["Task 1", "Math", "shot", "5-shooter"].contains(where: HTMLTables.isSetting))
    }

    @Test func aTableSplitByBlankLinesAndWrappedInADivIsOneTable() throws {
        let document = try Self.read(
            """
            <div align="center">
            <table>
            <tr><td>Model</td><td>MMLU</td></tr>

            <tr><td>Orchard-7B</td><td>60.1</td></tr>
            </table>
            </div>
            """)
        let table = try Self.onlyTable(document).table
        #expect(document.blocks.count == 1)
        #expect(Self.texts(table.header) == ["Model", "MMLU"])
        #expect(Self.texts(table.rows[0]) == ["Orchard-7B", "60.1"])
        #expect(table.rows[0][1].location.line == 5)
    }

    /// Text before the table, a table in a cell, no `</table>`, a limit passed: left as HTML.
    @Test(arguments: [
        "Some words <table><tr><td>a</td></tr></table>",
        "<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>",
        "<table><tr><td>a</td></tr>",
        "<table><tr><td colspan=\"5000\">wide</td></tr></table>",
        "<table></table>",
    ])
    func whatCannotBeReadWholeStaysHTML(_ markdown: String) throws {
        let limits = ParseLimits(maxTableColumns: 100)
        let document = try Self.read(markdown, limits: limits)
        #expect(document.blocks.allSatisfy { if case .table = $0.kind { false } else { true } })
        #expect(document == (try parse(markdown, limits: limits)))
    }

    /// Kimi K2's card: a footnote right after the table's `</div>`, in the same HTML block. The
    /// table is read; what follows it was an HTML block no page shows, and still is not read.
    @Test func aFootnoteAfterTheTableInTheSameBlockDoesNotStopIt() throws {
        let document = try Self.read(
            """
            <div align="center">
            <table>
            <tr><th>Benchmark</th><th>Orchard-7B</th></tr>
            <tr><td>MMLU</td><td>60.1</td></tr>
            </table>
            </div>
            <sup>
            • Bold denotes global SOTA.
            </sup>
            """)
        let (table, _, _) = try Self.onlyTable(document)
        #expect(Self.texts(table.rows[0]) == ["MMLU", "60.1"])
    }

    /// Hostile cells: scripts are dropped with their text, unsafe links lose their address,
    /// markup in text stays text.
    @Test func hostileCellsStayInert() throws {
        let document = try Self.read(
            """
            <table>
            <tr><th>Model</th><th>Score</th></tr>
            <tr><td><script>alert(1)</script>Orchard</td><td><a href="javascript:alert(2)">60</a></td></tr>
            <tr><td>&lt;img src=x onerror=alert(3)&gt;</td><td><img src=x onerror="alert(4)">61</td></tr>
            <tr><td>[x](javascript:alert(5))</td><td>**62**</td></tr>
            </table>
            """)
        let (table, html, _) = try Self.onlyTable(document)
        #expect(Self.texts(table.rows[0]) == ["Orchard", "60"])
        #expect(Self.texts(table.rows[2]) == ["[x](javascript:alert(5))", "**62**"])
        for needle in ["<script", "href=\"javascript", "<img", "onerror=\""] {
            #expect(!html.contains(needle), "\(needle) in \(html)")
        }
        #expect(html.contains("&lt;img src=x onerror=alert(3)&gt;"))
    }

    @Test func documentsWithoutHTMLTablesAreTheSameValue() throws {
        let markdown = "# A\n\n<div>not a table</div>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
        #expect(try Self.read(markdown) == (try parse(markdown)))
    }

    /// Inputs a tokenizer that backtracks, or a cell that copies itself per tag, would take
    /// hours over (quadratic in 300 KB): each is read once, and what it makes stays bounded.
    /// Named, so that the test log shows the name and not 300 KB of markup.
    static let hostile: [String: String] = [
        "unclosed quotes": "<table><tr><td>" + String(repeating: "<a x='", count: 50_000) + "</td></tr></table>",
        "unclosed tags": "<table><tr><td>" + String(repeating: "<a ", count: 100_000),
        "deep emphasis": "<table><tr><td>" + String(repeating: "<b>", count: 50_000) + "x"
            + String(repeating: "</b>", count: 50_000) + "</td></tr></table>",
        "many emphases": "<table><tr><td>" + String(repeating: "<b>x</b>", count: 40_000) + "</td></tr></table>",
        "huge spans": "<table>" + String(repeating: "<tr><td rowspan=\"1000\" colspan=\"1000\">x", count: 2_000)
            + "</table>",
        "unclosed tables": String(repeating: "<table><tr><td>x\n\n", count: 5_000),
    ]

    @Test(arguments: hostile.keys.sorted())
    func hostileTablesAreReadInOnePass(_ name: String) throws {
        let document = try Self.read(try #require(Self.hostile[name]))
        for case .table(let table) in document.blocks.map(\.kind) {
            #expect(table.columnCount <= ParseLimits().maxTableColumns)
            #expect(table.rows.count * table.columnCount <= ParseLimits().maxPaddedCells)
        }
    }
}
