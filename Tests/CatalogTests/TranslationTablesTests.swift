import Markdown
import Testing

@testable import Catalog

/// Tables whose columns or rows are translation directions (`中-英`, `zh-fr`, `en→zh`), as
/// Baichuan 2's and Aquila 2's cards give Flores-101 and WMT: each direction is a setting of the
/// benchmark a heading names, never a benchmark of its own.
@Suite struct TranslationTablesTests {
    @Test func directionColumnsAreOneBenchmarkNamedByTheHeading() throws {
        let catalog = try enrich(
            """
            # Baichuan 2

            ## Flores-101

            We test the zh-en, zh-fr and zh-de subtasks of Flores-101 (8-shot).

            | | **中-英** | **中-法** | zh-de |
            |:--:|:--:|:--:|:--:|
            | **GPT-4** | 29.94 | 29.56 | 20.83 |
            | **LLaMA2-7B** | 25.76 | 15.14 | 10.15 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["Flores-101"])
        #expect(Set(catalog.scores.map(\.setting.qualifier)) == ["中-英", "中-法", "zh-de"])
        #expect(catalog.scores.count == 6)
    }

    @Test func directionRowsAreOneBenchmarkNamedByTheHeading() throws {
        let catalog = try enrich(
            """
            ## WMT22

            | | GPT-4 | LLaMA2-7B |
            |---|---|---|
            | en→zh | 29.94 | 25.76 |
            | zh→en | 29.56 | 15.14 |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["WMT22"])
        #expect(Set(catalog.scores.map(\.setting.qualifier)) == ["en→zh", "zh→en"])
    }

    /// Baichuan 2's README names Flores-101 only in a paragraph two headings up: `## 多语言`
    /// (multilingual) says what is tested, `### 7B模型结果` whose results they are. The table is
    /// left out with a note rather than read as seven benchmarks `中-英` … `中-德`.
    @Test(arguments: [
        ("## 多语言", "### 7B模型结果"), ("## Multilingual", "### Results"), ("## Machine translation", "### 13B results"),
    ])
    func aTableUnderNoBenchmarksHeadingIsLeftOutWithANote(section: String, subsection: String) throws {
        let enrichment = try enrich(
            """
            # Baichuan 2

            \(section)

            \(subsection)

            | | **中-英** | **中-法** | **中-西班牙** |
            |:--:|:--:|:--:|:--:|
            | **GPT-4** | 29.94 | 29.56 | 20.01 |
            | **LLaMA2-7B** | 25.76 | 15.14 | 11.92 |
            """, config: ModelCardShapesTests.makers)
        #expect(enrichment.catalog.benchmarks.isEmpty)
        #expect(
            enrichment.diagnostics.map(\.message).contains(
                "table not read as results: its columns are translation directions ('中-英', '中-法', '中-西班牙'), "
                    + "and no heading above it names their benchmark"))
    }

    /// Baichuan 2's English README names the dataset in the paragraph under `## Multilingual`
    /// (`We used the [Flores-101](…) dataset …`), over `### 7B Model Results`: the directions are
    /// its settings. The introduction's datasets (under the title) name no table's; two datasets
    /// in the nearest prose leave the table out, as before.
    @Test(arguments: [
        ("We used the [Flores-101](https://example.org/flores) dataset and performed 8-shot tests.", "Flores-101"),
        ("We report the WMT22 test set.", "WMT22"),
        ("We used the Flores-101 dataset and the WMT22 test set.", nil),
        ("We test translation.", nil),
    ])
    func theDatasetTheProseAboveNamesNamesTheDirections(_ prose: String, _ benchmark: String?) throws {
        let enrichment = try enrich(
            """
            # Baichuan 2

            We compare with the C-Eval benchmark and the MMLU dataset.

            ## Multilingual

            \(prose)

            ### 7B Model Results

            | | **中-英** | **中-法** |
            |:--:|:--:|:--:|
            | **GPT-4** | 29.94 | 29.56 |
            | **LLaMA2-7B** | 25.76 | 15.14 |
            """, config: ModelCardShapesTests.makers)
        #expect(enrichment.catalog.benchmarks.map(\.name) == (benchmark.map { [$0] } ?? []))
        #expect(enrichment.catalog.scores.count == (benchmark == nil ? 0 : 4))
    }

    /// The paragraph right above says what the directions were tested on (`within Flores-101`);
    /// shot counts, sizes and directions are no such name, and two names are none.
    @Test func directionsAreOfTheOneNameTheParagraphAboveTestsOn() throws {
        #expect(
            HeadingBenchmark.namesTestedOn(in: "8-shot tests on seven sub-tasks within Flores-101.") == ["Flores-101"])
        #expect(HeadingBenchmark.namesTestedOn(in: "Results on zh-en from Foo-7B using 5-shot") == [])
        func benchmarks(_ paragraph: String) throws -> [String] {
            try enrich(
                "# Foo\n\n## Translation\n\n\(paragraph)\n\n| | zh-en | zh-fr |\n|---|---|---|\n| Foo-7B | 29.9 | 29.5 |\n"
            )
            .catalog.benchmarks.map(\.name)
        }
        #expect(try benchmarks("We conducted 8-shot tests on seven sub-tasks within Flores-101.") == ["Flores-101"])
        #expect(try benchmarks("We tested on Flores-101 and on WMT22.") == [])
    }

    @Test func datasetsAreNamedBeforeDatasetOrBenchmark() {
        #expect(
            HeadingBenchmark.datasetsNamed(
                in:
                    "We used the **Flores-101** dataset, the C-Eval benchmark and the WMT22 evaluation set; this dataset."
            )
                == ["Flores-101", "C-Eval", "WMT22"])
        #expect(HeadingBenchmark.datasetsNamed(in: "Our new dataset and the benchmark results.").isEmpty)
    }

    /// Qwen2-VL's card heads MTVQA's columns with language codes (`AR`, `DE`, `FR`): languages,
    /// so settings of the benchmark the heading names, or, when none does, a table left out with
    /// a note rather than benchmarks `AR`, `DE` and `FR`.
    @Test(arguments: ["### MTVQA", "### Multilingual Benchmarks"])
    func languageCodeColumnsAreSettingsOfOneBenchmark(heading: String) throws {
        let enrichment = try enrich(
            """
            \(heading)

            | Models | AR | DE | FR | Average |
            |---|---|---|---|---|
            | Qwen2-VL-72B | 20.7 | 36.5 | 44.1 | 32.6 |
            | GPT-4o | 20.2 | 34.2 | 41.2 | 27.8 |
            """)
        let catalog = enrichment.catalog
        if heading.hasSuffix("MTVQA") {
            #expect(catalog.benchmarks.map(\.name) == ["MTVQA"])
            #expect(Set(catalog.scores.map(\.setting.qualifier)) == ["", "AR", "DE", "FR"])
            #expect(catalog.scores.count == 8)
        } else {
            #expect(catalog.benchmarks.isEmpty)
            #expect(
                enrichment.diagnostics.map(\.message).contains(
                    "table not read as results: its columns are languages ('AR', 'DE', 'FR'), "
                        + "and no heading above it names their benchmark"))
        }
    }

    @Test(arguments: ["zh-en", "中-英", "en→zh", "EN->ZH", "English-French", "中-阿拉伯", "zh2en", " de-en "])
    func aDirectionIsTwoLanguages(_ label: String) {
        #expect(Languages.isDirection(label))
    }

    @Test(arguments: ["GSM-8K", "MT-Bench", "C-Eval", "ARC-c", "zh-zh", "en", "zh-", "HumanEval-X", "2en", "中英"])
    func otherLabelsAreNoDirections(_ label: String) {
        #expect(!Languages.isDirection(label))
    }
}
