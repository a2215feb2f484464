import Testing

@testable import Preview

@Suite struct BurstSettlingTests {
    private let start = ContinuousClock.now

    private func at(_ milliseconds: Int) -> ContinuousClock.Instant { start + .milliseconds(milliseconds) }

    /// Feeds observations in order; returns the times at which a rebuild was due.
    private func rebuilds(_ settling: inout BurstSettling, _ steps: [(Observed, Int)]) -> [Int] {
        steps.compactMap { observed, time in settling.take(observed, at: at(time)) ? time : nil }
    }

    @Test func nothingOutsideABurstIsNoRebuild() {
        var settling = BurstSettling(quietPeriod: .milliseconds(75))
        #expect(rebuilds(&settling, [(.nothing, 200), (.nothing, 400)]).isEmpty)
        #expect(settling.nextWait == .milliseconds(200))
    }

    @Test func aFinishedWriteSettlesSoonerThanAnUnfinishedChange() {
        var settling = BurstSettling(quietPeriod: .milliseconds(75))
        #expect(rebuilds(&settling, [(.unfinished, 0)]).isEmpty)
        #expect(settling.nextWait == .milliseconds(75))
        #expect(rebuilds(&settling, [(.finished, 1)]).isEmpty)
        #expect(settling.nextWait == .milliseconds(10))
        // vim moves the old file aside after it wrote the new one: the long period again.
        #expect(rebuilds(&settling, [(.unfinished, 2)]).isEmpty)
        #expect(settling.nextWait == .milliseconds(75))
        #expect(rebuilds(&settling, [(.nothing, 77)]) == [77])
        #expect(settling.nextWait == .milliseconds(200), "the burst is over")
    }

    @Test func theShortPeriodNeverExceedsTheConfiguredOne() {
        var settling = BurstSettling(quietPeriod: .milliseconds(5))
        _ = rebuilds(&settling, [(.finished, 0)])
        #expect(settling.nextWait == .milliseconds(5))
    }

    @Test func aBurstThatNeverPausesEndsAfterTheLongestBurst() {
        var settling = BurstSettling(quietPeriod: .milliseconds(75), longestBurst: .milliseconds(500))
        let steps = stride(from: 0, through: 1_200, by: 20).map { (Observed.unfinished, $0) }
        #expect(rebuilds(&settling, steps) == [500, 1_020])
    }
}
