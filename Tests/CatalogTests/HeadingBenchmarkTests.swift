import Testing

@testable import Catalog

@Suite struct HeadingBenchmarkTests {
    @Test(arguments: [
        ("C-Eval", "C-Eval"), ("MMLU", "MMLU"), ("T-Eval-ZH", "T-Eval-ZH"), ("LongBench", "LongBench"),
        ("3.2.1. Chat model subjective evaluation of MTBench", "MTBench"),
        ("3.1.3. LLM evaluation results of OpenCompass testsets", "OpenCompass"),
        ("Results on GSM8K", "GSM8K"), ("HumanEval Benchmark", "HumanEval"),
    ])
    func aHeadingThatIsABenchmarksName(heading: String, name: String) {
        #expect(HeadingBenchmark.name(in: heading) == name)
    }

    @Test(arguments: [
        "Evaluation", "Multilingual", "Base model results", "Comparison of LLM performances on Japanese testsets",
        "Performance of the chat models on our internal evaluation suite", "",
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
}
