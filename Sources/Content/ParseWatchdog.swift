import Dispatch
import Foundation

/// Bounds the time one file may spend in cmark. cmark 0.30.2 has inputs that take quadratic
/// time and a parse cannot be interrupted, so when a file overruns its deadline `onTimeout` runs
/// on another thread; the command line reports the file and ends the process (nothing has been
/// written by then: writing comes after all parsing).
public final class ParseWatchdog: @unchecked Sendable, Equatable {
    public let seconds: Double
    private let onTimeout: @Sendable (String) -> Void
    private let lock = NSLock()
    private var generation = 0
    /// The parses under way (files are parsed on every core at once).
    private var watching: Set<Int> = []

    /// Where deadlines fire: a queue of Atlas's own runs on a thread beyond the global pool's one
    /// per core, so that a deadline fires on time while parses keep every pool thread busy.
    private static let deadlines = DispatchQueue(label: "atlas.parse-deadlines")

    public init(seconds: Double, onTimeout: @escaping @Sendable (String) -> Void) {
        self.seconds = seconds
        self.onTimeout = onTimeout
    }

    /// Runs `body` (the parse of `path`) under the deadline.
    public func watch<T, E: Error>(_ path: String, _ body: () throws(E) -> T) throws(E) -> T {
        let mine = lock.withLock {
            generation += 1
            watching.insert(generation)
            return generation
        }
        Self.deadlines.asyncAfter(deadline: .now() + seconds) { [self] in
            if lock.withLock({ watching.contains(mine) }) { onTimeout(path) }
        }
        defer { _ = lock.withLock { watching.remove(mine) } }
        return try body()
    }

    public static func == (lhs: ParseWatchdog, rhs: ParseWatchdog) -> Bool { lhs === rhs }
}
