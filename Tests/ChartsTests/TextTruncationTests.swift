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

@Suite struct DistinctLabelsTests {
    @Test func theHomeTimelinesFourDistilledModelsStayApart() {
        let names = ["Qwen-1.5B", "Qwen-7B", "Qwen-14B", "Qwen-32B"].map { "DeepSeek-R1-Distill-" + $0 }
        let shown = TextTruncation.distinct(names, budget: 22)
        #expect(Set(shown).count == 4, "\(shown)")
        #expect(shown.allSatisfy { $0.count <= 22 && $0.hasPrefix("DeepSeek") })
    }

    @Test func aMiddleCutKeepsBothEnds() {
        #expect(TextTruncation.shortenMiddle("DeepSeek-R1-Distill-Qwen-32B", budget: 20) == "DeepSeek-R…-Qwen-32B")
        #expect(TextTruncation.shortenMiddle("Short", budget: 20) == "Short")
    }

    @Test func namesThatDifferOnlyInTheMiddleKeepMoreOfIt() {
        let names = ["Model-Alpha-Base-Instruct-v1", "Model-Gamma-Base-Instruct-v1"]
        let shown = TextTruncation.distinct(names, budget: 14)
        #expect(shown[0] != shown[1], "\(shown)")
    }

    @Test func identicalNamesStayIdentical() {
        #expect(TextTruncation.distinct(["Same-long-name-here", "Same-long-name-here"], budget: 8).count == 2)
        let shown = TextTruncation.distinct(["Same-long-name-here", "Same-long-name-here"], budget: 8)
        #expect(shown[0] == shown[1])
    }

    /// Generated families of names that share long starts and ends: any two that differ are
    /// still different after shortening, within the budget.
    @Test(arguments: [18, 22, 28])
    func differentNamesNeverCollide(budget: Int) {
        let stems = ["DeepSeek-R1-Distill-", "Qwen2.5-Coder-", "Llama-3.1-"]
        let middles = ["Qwen", "Llama", "Mixtral", ""]
        let ends = ["-1.5B", "-7B", "-14B", "-32B", "-70B-Instruct", "-70B-Base"]
        let names = stems.flatMap { stem in middles.flatMap { middle in ends.map { stem + middle + $0 } } }
        let shown = TextTruncation.distinct(names, budget: budget)
        #expect(Set(shown).count == Set(names).count)
        #expect(shown.allSatisfy { $0.count <= budget })
    }
}
