import Testing

@testable import Charts

@Suite struct TextTruncationTests {
    @Test(arguments: [
        ("DeepSeek-V3", 28, "DeepSeek-V3"),
        ("DeepSeek-R1-Distill-Qwen-32B", 28, "DeepSeek-R1-Distill-Qwen-32B"),
        ("DeepSeek-R1-Distill-Llama-70B-Instruct", 20, "DeepSeek-R1-Distill…"),
        ("Qwen2.5 72B Instruct", 7, "Qwen2.…"),
        ("Qwen 72B", 6, "Qwen…"),
        ("通义千问二点五", 4, "通义千…"),
        ("anything", 0, ""),
    ])
    func cutsAtTheBudgetWithAnEllipsis(text: String, budget: Int, expected: String) {
        let cut = TextTruncation.truncate(text, budget: budget)
        #expect(cut == expected)
        #expect(cut.count <= budget)
    }
}
