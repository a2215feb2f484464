import Foundation

/// Fans reload events out to every open `/_atlas/events` connection.
final class EventHub: @unchecked Sendable {
    private let lock = NSLock()
    private var listeners: [Int: AsyncStream<ReloadEvent>.Continuation] = [:]
    private var nextID = 0

    /// A stream that starts with `first()` and then gets every published event until it is finished.
    /// `first` is read after registering, so no event published in between is lost.
    func subscribe(first: () -> ReloadEvent) -> (id: Int, events: AsyncStream<ReloadEvent>) {
        let (stream, continuation) = AsyncStream.makeStream(of: ReloadEvent.self, bufferingPolicy: .bufferingNewest(16))
        let id = lock.withLock {
            nextID += 1
            listeners[nextID] = continuation
            return nextID
        }
        continuation.yield(first())
        return (id, stream)
    }

    func publish(_ event: ReloadEvent) {
        for listener in lock.withLock({ Array(listeners.values) }) { listener.yield(event) }
    }

    /// Ends one stream (its connection closed, or the server is stopping).
    func finish(_ id: Int) {
        lock.withLock { listeners.removeValue(forKey: id) }?.finish()
    }

    var listenerCount: Int { lock.withLock { listeners.count } }
}
