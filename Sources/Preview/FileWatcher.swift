import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Watches folders recursively and reports each settled burst of changes once.
///
/// A burst ends when no change arrives for a quiet period (or after `longestBurst`, so a file
/// written without pause still rebuilds): see `BurstSettling`. Editor leftovers (hidden files, `~`
/// backups, swap files) do not count; new, deleted and renamed files do, so saves through a
/// temporary file work.
final class FileWatcher: @unchecked Sendable {
    enum Mode: Sendable {
        /// inotify (Linux): events as they happen.
        case notify
        /// Compares sizes, modification times and inodes every `interval`: works everywhere.
        case polling(interval: Duration)
    }

    /// One element per settled burst; a burst during a rebuild waits as a single element.
    let changes: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation
    private let roots: [WatchedRoot]
    private let quietPeriod: Duration
    private let lock = NSLock()
    private var stopped = false
    private var settled = 0

    init(roots: [WatchedRoot], quietPeriod: Duration) {
        self.roots = roots
        self.quietPeriod = quietPeriod
        (changes, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Starts a background thread; inotify when available, else polling.
    func start(mode: Mode = .notify) {
        let source: any ChangeSource
        if case .notify = mode, let notify = InotifySource(roots: roots) {
            source = notify
        } else {
            let interval = if case .polling(let interval) = mode { interval } else { Duration.milliseconds(250) }
            source = PollingSource(roots: roots, interval: interval)
        }
        let thread = Thread { [self] in run(source) }
        thread.name = "atlas-watch"
        thread.start()
    }

    func stop() {
        lock.withLock { stopped = true }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    /// How many bursts have settled so far: a rebuild that sees it move knows a newer change waits.
    var settledBursts: Int { lock.withLock { settled } }

    private func run(_ source: any ChangeSource) {
        defer {
            source.close()
            continuation.finish()
        }
        var settling = BurstSettling(quietPeriod: quietPeriod)
        while !isStopped {
            let observed = source.wait(upTo: settling.nextWait)
            guard settling.take(observed, at: .now) else { continue }
            // The rebuild first: looking for new folders takes a millisecond or two at 100 documents.
            lock.withLock { settled += 1 }
            continuation.yield()
            source.refresh()
        }
    }

    /// True for names whose changes can matter to a build.
    static func counts(_ name: String) -> Bool {
        !(name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name == "4913")
    }

    /// Every folder watched under the roots (the roots included, and below a recursive root every
    /// folder that is not hidden), each with the root it is under.
    static func folders(under roots: [WatchedRoot]) -> [(folder: String, root: WatchedRoot)] {
        var folders: [(folder: String, root: WatchedRoot)] = []
        for root in roots where isFolder(root.path) {
            folders.append((root.path, root))
            guard root.recursive, let enumerator = FileManager.default.enumerator(atPath: root.path) else { continue }
            for case let relative as String in enumerator {
                let path = root.path + "/" + relative
                if relative.split(separator: "/").contains(where: { !counts(String($0)) }) { continue }
                if isFolder(path) { folders.append((path, root)) }
            }
        }
        return folders
    }

    static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}

/// Something that blocks until a change or the timeout; used by one thread only.
protocol ChangeSource: Sendable {
    func wait(upTo timeout: Duration) -> Observed
    /// Called after each burst: picks up folders that were replaced or created.
    func refresh()
    func close()
}

/// Compares a fingerprint of every file (size, modification time, inode) with the last one.
final class PollingSource: ChangeSource, @unchecked Sendable {
    private let roots: [WatchedRoot]
    private let interval: Duration
    private var last: [String: String]
    private var nextCheck: ContinuousClock.Instant

    init(roots: [WatchedRoot], interval: Duration) {
        self.roots = roots
        self.interval = interval
        last = Self.fingerprint(roots)
        nextCheck = .now + interval
    }

    /// A change is `.unfinished`: comparing fingerprints cannot tell a finished write.
    func wait(upTo timeout: Duration) -> Observed {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            // Sleeping the thread (not a task): this runs on the watcher's own thread.
            let pause = min(nextCheck, deadline) - clock.now
            if pause > .zero { usleep(UInt32(pause / .microseconds(1))) }
            guard clock.now >= nextCheck else { continue }
            nextCheck = clock.now + interval
            let current = Self.fingerprint(roots)
            if current != last {
                last = current
                return .unfinished
            }
        }
        return .nothing
    }

    func refresh() {}

    func close() {}

    static func fingerprint(_ roots: [WatchedRoot]) -> [String: String] {
        var prints: [String: String] = [:]
        for (folder, root) in FileWatcher.folders(under: roots) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names where root.reads(name) {
                let path = folder + "/" + name
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { continue }
                let size = attributes[.size] as? Int ?? -1
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                let inode = attributes[.systemFileNumber] as? Int ?? 0
                prints[path] = "\(size)/\(modified)/\(inode)"
            }
        }
        return prints
    }
}

/// A folder the watcher looks at, and the names in it whose changes matter to a build.
struct WatchedRoot: Sendable {
    var path: String
    /// Whether the folders below it are watched too.
    var recursive: Bool
    var reads: @Sendable (String) -> Bool

    /// A content folder: a build reads its `*.md` files and atlas.yml, nothing below it. A log
    /// written into it (`atlas serve > Content/serve.log`) rebuilt the site for ever.
    static func content(_ path: String, configFile: String) -> WatchedRoot {
        WatchedRoot(path: path, recursive: false) { name in
            FileWatcher.counts(name) && (name.hasSuffix(".md") || name == configFile)
        }
    }

    /// A folder whose every file may matter (templates and their assets), at any depth.
    static func tree(_ path: String) -> WatchedRoot {
        WatchedRoot(path: path, recursive: true, reads: FileWatcher.counts)
    }
}
