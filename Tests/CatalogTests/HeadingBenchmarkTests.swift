import Markdown
import Testing

@testable import Catalog

@Suite struct HeadingBenchmarkTests {
    @Test(arguments: [
        ("C-Eval", "C-Eval"), ("MMLU", "MMLU"), ("T-Eval-ZH", "T-Eval-ZH"), ("LongBench", "LongBench"),
        ("3.2.1. Chat model subjective evaluation of MTBench", "MTBench"),
        ("3.1.3. LLM evaluation results of OpenCompass testsets", "OpenCompass"),
        ("Results on GSM8K", "GSM8K"), ("HumanEval Benchmark", "HumanEval"),
        // dots.ocr's `### 2. **dots.ocr-bench**` and `### 3. olmOCR-bench.`
        ("2. dots.ocr-bench", "dots.ocr-bench"), ("3. olmOCR-bench.", "olmOCR-bench"),
        // Step-Audio's `#### 5.2.2 Results of TTS Models on SEED Test Sets.`
        ("5.2.2 Results of TTS Models on SEED Test Sets.", "SEED"),
    ])
    func aHeadingThatIsABenchmarksName(heading: String, name: String) {
        #expect(HeadingBenchmark.name(in: heading) == name)
    }

    @Test(arguments: [
        "Evaluation", "Multilingual", "Base model results", "Comparison of LLM performances on Japanese testsets",
        "Performance of the chat models on our internal evaluation suite", "", "Workbench", "Bench",
    ])
    func aHeadingThatNamesNoBenchmark(heading: String) {
        #expect(HeadingBenchmark.name(in: heading) == nil)
    }

    /// A heading written in Chinese around one benchmark's Latin name: that name.
    @Test(arguments: [
        ("模型基准测试C-EVAL", "C-EVAL"), ("SuperCLUE-OPEN多轮开放问题排行榜（2023年8月）", "SuperCLUE-OPEN"),
        ("C-Eval 评测结果", "C-Eval"), ("Qwen-7B模型结果", nil), ("7B模型结果", nil), ("中文能力", nil),
    ])
    func aChineseHeadingNamesItsLatinBenchmark(heading: String, name: String?) {
        #expect(HeadingBenchmark.latinName(inChinese: heading) == name)
    }

    /// dots.ocr's card: `### 1. OmniDocBench`, then a sentence about the table as a heading of
    /// its own, then an HTML table headed `Model Type | Methods` beside `Overall<sup>Edit</sup>↓`
    /// over `EN | ZH`. The sentence names nothing, so the benchmark is the heading above it; the
    /// methods are the models (not the model type), each measure's languages its settings.
    @Test func aSentenceHeadingGivesWayToTheBenchmarkAboveIt() throws {
        let markdown = """
            ### 1. OmniDocBench

            #### The end-to-end evaluation results of different tasks.

            <table><thead>
            <tr><th rowspan="2"><strong>Model<br>Type</strong></th><th rowspan="2">Methods</th>
            <th colspan="2">Overall<sup>Edit</sup>↓</th><th colspan="2">Table<sup>TEDS</sup>↑</th></tr>
            <tr><th><em>EN</em></th><th><em>ZH</em></th><th><em>EN</em></th><th><em>ZH</em></th></tr>
            </thead><tbody>
            <tr><td rowspan="2">Pipeline<br>Tools</td><td>Alpha-OCR</td><td>0.150</td><td>0.357</td><td>78.6</td><td>62.1</td></tr>
            <tr><td>Beta-OCR</td><td>0.336</td><td>0.556</td><td>67.6</td><td>49.2</td></tr>
            </tbody></table>
            """
        let document = HTMLTables.reading(try MarkdownParser.parse(markdown, path: "ocr.md"))
        let catalog = Enricher(config: CatalogConfig()).enrich([document]).catalog
        #expect(catalog.models.map(\.name) == ["Alpha-OCR", "Beta-OCR"])
        #expect(catalog.benchmarks.map(\.name) == ["OmniDocBench"])
        let alpha = catalog.scores.filter { $0.model.rawValue == "alpha-ocr" }.map {
            "\($0.setting.metric)|\($0.setting.qualifier) \($0.raw)"
        }
        #expect(alpha.sorted() == ["TEDS|EN, Table 78.6", "TEDS|ZH, Table 62.1", "|Edit, EN 0.150", "|Edit, ZH 0.357"])
    }

    @Test(arguments: [
        ("The end-to-end evaluation results of different tasks.", true),
        ("The end-to-end text recognition performance across 9 PDF page types.", true),
        ("LLM evaluation results of OpenCompass testsets", false),
        ("Chat model subjective evaluation of MTBench", false),
        ("Layout Detection", false), ("Results on the C-Eval test split", false),
    ])
    func sentencesThatNameNothing(heading: String, isSentence: Bool) {
        #expect(HeadingBenchmark.isSentence(heading) == isSentence)
    }
    /// A paragraph that says what its first word is: `TouchStone is a benchmark based on …`.
    @Test func aParagraphDefiningABenchmarkNamesIt() {
        #expect(
            HeadingBenchmark.datasetsNamed(in: "TouchStone is a benchmark based on scoring with GPT4.") == [
                "TouchStone"
            ])
        #expect(HeadingBenchmark.datasetsNamed(in: "MMBench is an open multimodal benchmark for …") == ["MMBench"])
        #expect(HeadingBenchmark.datasetsNamed(in: "This is a benchmark of reasoning.").isEmpty)
        #expect(
            HeadingBenchmark.datasetsNamed(in: "Orion-14B is a model trained on 2.5T tokens for benchmarks.").isEmpty)
    }

    /// A language alone or before `evaluation`, `results`: what the heading says of its scores.
    @Test(arguments: [
        ("English", "English"), ("Chinese evaluation", "Chinese"), ("4. English Results", "English"),
        ("Reasoning evaluation", nil), ("Evaluation", nil),
    ])
    func aHeadingThatIsALanguage(heading: String, language: String?) {
        #expect(HeadingBenchmark.language(of: heading) == language)
    }

    /// Qwen-VL's card: `TouchStone is a benchmark …` under `### Chat evaluation`, then a `| Model
    /// | Score |` table under `#### English evaluation` and one under `#### Chinese evaluation`:
    /// TouchStone's scores, in English and in Chinese.
    @Test func aScoreColumnUnderASectionDefiningItsBenchmark() throws {
        let enrichment = try enrich(
            """
            ### Chat evaluation

            TouchStone is a benchmark based on scoring with GPT4 to evaluate the abilities of the LVLM model.

            #### English evaluation

            | Model            | Score |
            | ---------------- | ----- |
            | PandaGPT         | 488.5 |
            | Qwen-VL-Chat     | 645.2 |

            #### Chinese evaluation

            | Model            | Score |
            | ---------------- | ----- |
            | VisualGLM        | 247.1 |
            | Qwen-VL-Chat     | 401.2 |
            """, config: ModelCardShapesTests.makers)
        let scores = enrichment.catalog.scores.map { "\($0.model.rawValue) \($0.setting.description) \($0.raw)" }
            .sorted()
        #expect(enrichment.catalog.benchmarks.map(\.name) == ["TouchStone"])
        #expect(
            scores == [
                "pandagpt English 488.5", "qwen-vl-chat Chinese 401.2", "qwen-vl-chat English 645.2",
                "visualglm Chinese 247.1",
            ])
        #expect(!enrichment.diagnostics.contains { $0.message.contains("different values") })
    }
    /// ChatGLM3's `此外，我们还在 LongBench 评测集上对模型进行了测试` ("we also tested the model on the
    /// LongBench evaluation set") over `| Model | 平均 | Summary | Single-Doc QA | … | Code |`:
    /// the parts of LongBench, where `Code` and `Few-shot` were benchmarks of their own.
    @Test func aChineseSentenceNamingTheSetTestedOnNamesTheBenchmarkOfTheParts() throws {
        #expect(HeadingBenchmark.namesBeforeChineseSetWords(in: "我们还在 LongBench 评测集上对模型进行了测试") == ["LongBench"])
        #expect(HeadingBenchmark.namesBeforeChineseSetWords(in: "我们使用 Qwen-7B 进行了测试").isEmpty)
        let catalog = try enrich(
            """
            我们在多个长文本应用场景下对 ChatGLM3-6B-32K 进行了人工评估测试。与二代模型相比，其效果平均提升了超过 50%。在论文阅读、文档摘要和财报分析等应用中，这种提升尤为显著。此外，我们还在 LongBench 评测集上对模型进行了测试，具体结果如下表所示

            | Model                |  平均 |  Summary | Single-Doc QA |  Multi-Doc QA | Code | Few-shot | Synthetic |
            |----------------------|:-----:|:----:|:----:|:----:|:------:|:-----:|:-----:|
            | ChatGLM3-6B-32K   |  50.2 | 26.6 | 45.8 | 46.1 |  56.2  |  61.2 | 65 |
            """, config: ModelCardShapesTests.makers
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["LongBench"])
        #expect(catalog.scores.count == 7)
    }
}
