import Markdown
import Synchronization
import Testing

@Suite struct ConcurrentResultsTests {
    @Test func resultsComeBackInIndexOrder() {
        let results = concurrentResults(
            count: 200, skip: { false }, body: { index in Result<Int, Never>.success(index * index) })
        #expect(results.map { $0.map { $0.get() } } == (0..<200).map { $0 * $0 })
    }

    @Test func skippedIndicesStayEmpty() {
        let results = concurrentResults(count: 50, skip: { true }, body: { index in Result<Int, Never>.success(index) })
        #expect(results.allSatisfy { $0 == nil })
    }

    @Test func bothPiecesOfWorkRunAndKeepTheirPlaces() {
        let runs = Atomic<Int>(0)
        let (number, text) = concurrently(
            {
                runs.add(1, ordering: .relaxed)
                return (1...100).reduce(0, +)
            },
            {
                runs.add(1, ordering: .relaxed)
                return String(repeating: "a", count: 3)
            })
        #expect(number == 5050)
        #expect(text == "aaa")
        #expect(runs.load(ordering: .relaxed) == 2)
    }
}
