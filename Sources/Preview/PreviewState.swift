import Foundation
import Markdown
import Site

/// What the server shows: the last good site and the errors of the last rebuild, if it failed.
///
/// The whole value is replaced at once, so a request sees the old or the new site, never a mix.
public struct PreviewSnapshot: Sendable, Equatable {
    /// The last site that built, by path relative to the site root; nil before the first good build.
    public var files: [String: [UInt8]]?
    /// Its files still to be made (the downloads), made when first asked for.
    public var lazyFiles: [String: LazyFile] = [:]
    /// Counts site changes; pages carry the number they were served at, to reload when it moves.
    public var generation = 0
    /// `path:line:column: error: message` lines of the last rebuild; empty when it succeeded.
    public var errors: [String] = []

    public init(
        files: [String: [UInt8]]? = nil, lazyFiles: [String: LazyFile] = [:], generation: Int = 0, errors: [String] = []
    ) {
        self.files = files
        self.lazyFiles = lazyFiles
        self.generation = generation
        self.errors = errors
    }

    /// The state after a rebuild, and the event that tells open pages about it.
    func applying(_ outcome: RebuildOutcome) -> (PreviewSnapshot, ReloadEvent.Kind) {
        var next = self
        switch outcome {
        case .failed(let diagnostics):
            next.errors = Self.errors(diagnostics)
            return (next, .failed)
        case .unwritten(let lastGood, let diagnostics):
            // The site was shown before its writing failed: back to the one the output folder holds.
            next.errors = Self.errors(diagnostics)
            next.files = lastGood
            next.lazyFiles = [:]
            next.generation += 1
            return (next, .failed)
        case .built(let files, let lazyFiles, let changed):
            next.errors = []
            // The newest files even when no page changed: a download may have.
            next.files = files
            next.lazyFiles = lazyFiles
            guard changed || self.files == nil else { return (next, errors.isEmpty ? .unchanged : .recovered) }
            next.generation += 1
            return (next, .reload)
        }
    }
}

extension PreviewSnapshot {
    /// A failed build's errors, or all its diagnostics when none is an error (`--strict`).
    fileprivate static func errors(_ diagnostics: [Diagnostic]) -> [String] {
        let errors = diagnostics.filter { $0.severity == .error }.map(\.description)
        return errors.isEmpty ? diagnostics.map(\.description) : errors
    }
}

/// The result of one rebuild, as the server needs it.
public enum RebuildOutcome: Sendable, Equatable {
    /// The site built and passed its checks; these are its files, those still to be made
    /// (`LazyFile`), and whether a page differs from the last good site's (reused pages share
    /// their bytes with it, so only the pages made again are compared).
    case built([String: [UInt8]], lazy: [String: LazyFile] = [:], changed: Bool)
    /// Nothing was written; these say why.
    case failed([Diagnostic])
    /// The site was shown as `built` once it passed its checks, then writing it failed: the
    /// last good site (the one the output folder still holds) is shown again, with these errors.
    case unwritten(lastGood: [String: [UInt8]]?, [Diagnostic])
}

/// Holds the current snapshot; reads and swaps are atomic.
final class PreviewState: @unchecked Sendable {
    private let lock = NSLock()
    private var snapshot = PreviewSnapshot()

    var current: PreviewSnapshot { lock.withLock { snapshot } }

    /// Applies a rebuild and returns the event to publish.
    func apply(_ outcome: RebuildOutcome) -> ReloadEvent {
        lock.withLock {
            let (next, kind) = snapshot.applying(outcome)
            snapshot = next
            return ReloadEvent(kind: kind, snapshot: next)
        }
    }
}
