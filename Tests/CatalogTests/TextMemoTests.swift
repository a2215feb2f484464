import Testing

@testable import Catalog

struct TextMemoTests {
    @Test func computesEachTextOnceAndKeepsItsOwnAnswer() {
        var memo = TextMemo<Int>()
        var calls: [String] = []
        func length(_ text: String) -> Int {
            calls.append(text)
            return text.count
        }
        #expect(memo("MMLU", length) == 4)
        #expect(memo("模型", length) == 2)
        #expect(memo("MMLU", length) == 4)
        #expect(memo("mmlu", length) == 4)  // texts are keys as written: case is not folded
        #expect(calls == ["MMLU", "模型", "mmlu"])
    }

    @Test func remembersNilAnswers() {
        var memo = TextMemo<String?>()
        var calls = 0
        for _ in 0..<3 {
            #expect(
                memo("-") { _ in
                    calls += 1
                    return nil
                } == nil)
        }
        #expect(calls == 1)
    }
}
