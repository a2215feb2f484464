import Dispatch
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

    /// `second` has a thread of its own: `first` may wait for it (here for a signal) without
    /// needing a free thread from the pool.
    @Test func theSecondRunsWhileTheFirstWaitsForIt() {
        let signal = DispatchSemaphore(value: 0)
        let (waited, _) = concurrently(
            { signal.wait(timeout: .now() + 30) == .success },
            { signal.signal() })
        #expect(waited)
    }

    @Test func callsInsideCallsAndSpreadWorkFinish() {
        let results = concurrentResults(
            count: 8, skip: { false },
            body: { index in
                let (sum, (product, squares)) = concurrently(
                    { index + 1 },
                    {
                        concurrently(
                            { index * 2 },
                            {
                                concurrentResults(
                                    count: 4, skip: { false }, body: { Result<Int, Never>.success($0 * $0) })
                            })
                    })
                return Result<Int, Never>.success(sum + product + squares.compactMap { try? $0?.get() }.reduce(0, +))
            })
        #expect(results.map { try? $0?.get() } == (0..<8).map { $0 + 1 + $0 * 2 + 14 })
    }
}
