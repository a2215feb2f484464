import Dispatch

/// Runs `body` for every index in `0..<count` on every core and returns the results in index
/// order. Once `skip()` answers true, indices not yet begun are skipped and their slots stay nil
/// (rendering past the size limit). Shared by the stages that spread work over the cores:
/// reading and parsing files (Content), rendering pages (Site).
public func concurrentResults<Success, Failure: Error>(
    count: Int, skip: @Sendable () -> Bool, body: @Sendable (Int) -> Result<Success, Failure>
) -> [Result<Success, Failure>?] {
    let slots = ResultSlots<Success, Failure>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        guard !skip() else { return }
        slots.buffer[index] = body(index)
    }
    return Array(slots.buffer)
}

/// One result per index; each slot is written by exactly one thread, and read only after all
/// of them finished.
private final class ResultSlots<Success, Failure: Error>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Result<Success, Failure>?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        _ = buffer.deinitialize()
        buffer.deallocate()
    }
}

/// Runs two independent pieces of work at once (one on each of two cores) and returns both
/// results: for stages whose last steps read the same finished values and write nothing shared.
/// `first` runs on the calling thread, `second` on a thread of its own, outside the pool
/// `concurrentResults` spreads work over: work that is itself spread over every core (reading
/// the markdown) keeps its full width beside the other.
public func concurrently<First, Second>(
    _ first: @Sendable () -> First, _ second: @Sendable () -> Second
) -> (First, Second) {
    let slots = PairSlots<First, Second>()
    let secondDone = DispatchSemaphore(value: 0)
    withoutActuallyEscaping(second) { second in
        // The queued block reaches `second` through the slots, not by capturing it: the block
        // may be released after this call returns, and `second` must not outlive it.
        slots.secondWork = second
        // A serial queue the program makes runs on a thread beyond the pool's one per core (it
        // "overcommits"); one per call, so a nested call never waits behind its caller.
        DispatchQueue(label: "atlas.concurrently").async {
            slots.runSecond()
            secondDone.signal()
        }
        slots.first = first()
        secondDone.wait()
        slots.secondWork = nil
    }
    return (slots.first!, slots.second!)
}

/// The two results; each written by one thread, read only after both finished.
private final class PairSlots<First, Second>: @unchecked Sendable {
    var first: First?
    var second: Second?
    var secondWork: (() -> Second)?

    func runSecond() { second = secondWork!() }
}

/// Work begun on a thread of its own, to be waited for later: for a step nothing waits on but
/// its report, done beside the steps that follow it.
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    /// Begins `work` at once.
    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue(label: "atlas.background").async {
            self.value = work()
            self.done.signal()
        }
    }

    /// The work's value, once it is done.
    public func wait() -> Value {
        done.wait()
        defer { done.signal() }  // for any later wait
        return value!
    }
}

/// `(0..<count).map(transform)`, made in parts of `part` elements on every core: for maps over
/// a whole catalog's scores that would otherwise leave a core idle.
public func concurrentMap<Element>(count: Int, part: Int = 8192, _ transform: @Sendable (Int) -> Element) -> [Element] {
    guard count > part else { return (0..<count).map(transform) }
    let parts = concurrentResults(
        count: (count + part - 1) / part, skip: { false },
        body: { index in
            Result<[Element], Never>.success((index * part..<min(count, (index + 1) * part)).map(transform))
        })
    var all: [Element] = []
    all.reserveCapacity(count)
    for case .success(let elements)? in parts { all += elements }
    return all
}
