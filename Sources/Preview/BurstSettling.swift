/// What one wait for changes saw.
enum Observed: Sendable, Equatable {
    case nothing
    /// A change that more of the same save may follow: a file created, truncated or written to,
    /// removed or moved away (vim moves the old file aside before it writes the new one).
    case unfinished
    /// The last change seen is whole: a file closed after writing, moved into place, or given
    /// new permissions or times.
    case finished
}

/// Decides when a burst of changes has settled, so that one save, or a checkout of many files,
/// is one rebuild.
///
/// A burst ends when nothing changes for a quiet period: `quietPeriod` after an unfinished change,
/// and the shorter `finishedQuietPeriod` once the last change was a finished write, since an
/// editor's save ends with one (the page then reloads sooner). What follows a finished write in
/// one save (vim's `attrib` and swap file, sed's move into place, the next file of a checkout)
/// comes within a tenth of a millisecond, measured with vim and sed: 10 ms leaves a wide margin.
/// A burst that never pauses ends after `longestBurst`, so a file written without pause still
/// rebuilds.
struct BurstSettling {
    let quietPeriod: Duration
    let finishedQuietPeriod: Duration
    let longestBurst: Duration
    private var burstStart: ContinuousClock.Instant?
    private var lastWasFinished = false

    init(quietPeriod: Duration, longestBurst: Duration = .seconds(1)) {
        self.quietPeriod = quietPeriod
        self.finishedQuietPeriod = min(quietPeriod, .milliseconds(10))
        self.longestBurst = longestBurst
    }

    /// How long to wait for the next change: a long poll between bursts, a quiet period in one.
    var nextWait: Duration {
        guard burstStart != nil else { return .milliseconds(200) }
        return lastWasFinished ? finishedQuietPeriod : quietPeriod
    }

    /// Takes what a wait (of `nextWait`) saw, ending at `now`; true when a burst has settled and a
    /// rebuild is due.
    mutating func take(_ observed: Observed, at now: ContinuousClock.Instant) -> Bool {
        if observed == .nothing {
            guard burstStart != nil else { return false }
        } else {
            lastWasFinished = observed == .finished
            let start = burstStart ?? now
            burstStart = start
            guard now - start >= longestBurst else { return false }
        }
        burstStart = nil
        return true
    }
}
