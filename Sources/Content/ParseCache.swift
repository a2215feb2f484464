import Catalog
import Foundation
import Markdown

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The parsed markdown of the last build, kept by a long-running process (`atlas serve`) so a
/// rebuild re-reads and re-parses only the files that changed.
///
/// A file is reused without reading it when its identity (device, inode, size, modification and
/// change times) is the one recorded, unless it was modified so shortly before it was recorded
/// that a later write could keep the same times ("racy", as Git calls it); otherwise it is read,
/// and reused when its bytes are the ones parsed before. Keyed by path; limits are part of the key.
public final class ParseCache: @unchecked Sendable {
    /// How long before the recording a modification must be for the file's times to be trusted:
    /// file systems store times in coarse ticks, so two writes in one tick look alike.
    static let racyWindowNanoseconds: Int64 = 2_000_000_000

    struct Entry {
        var identity: FileIdentity?
        var recordedAt: Int64
        var bytes: [UInt8]
        var limits: ParseLimits
        var parsed: Result<Document, Diagnostic>
        /// Changes whenever `parsed` is made anew, so equal versions mean the same document.
        var version: UInt64
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    /// How many files the last load parsed (the rest were reused): what tests and timings read.
    public private(set) var lastParseCount = 0
    /// The version of each file the last load returned; a file that could not be read gets a
    /// version of its own, so it never looks unchanged.
    public private(set) var lastVersions: [String: UInt64] = [:]
    private var nextVersion: UInt64 = 0

    public init() {}

    /// The document of `path` (or why there is none), parsed by `parse` only when the file is
    /// new or its bytes changed. A file that cannot be read is forgotten and tried again next time.
    func document(
        at path: String, inside boundary: FolderBoundary?, limits: ParseLimits,
        parse: ([UInt8]) throws(Diagnostic) -> Document
    ) -> Result<Document, Diagnostic> {
        let recordedAt = FileIdentity.now()
        let identity = FileIdentity(path: path)
        let previous = lock.withLock { entries[path] }.flatMap { $0.limits == limits ? $0 : nil }
        if let previous, let identity, previous.identity == identity,
            identity.modified < previous.recordedAt - Self.racyWindowNanoseconds
        {
            lock.withLock { lastVersions[path] = previous.version }
            return previous.parsed
        }
        let bytes: [UInt8]
        do throws(InputFile.Failure) {
            bytes = try InputFile.read(path, limit: limits.maxFileSize, inside: boundary)
        } catch {
            lock.withLock {
                entries[path] = nil
                lastVersions[path] = newVersion()
            }
            return .failure(error.diagnostic(at: path))
        }
        let parsed: Result<Document, Diagnostic>
        let version: UInt64
        if let previous, previous.bytes == bytes {
            (parsed, version) = (previous.parsed, previous.version)
        } else {
            parsed = Result { () throws(Diagnostic) in try parse(bytes) }
            version = lock.withLock {
                lastParseCount += 1
                return newVersion()
            }
        }
        let entry = Entry(
            identity: identity, recordedAt: recordedAt, bytes: bytes, limits: limits, parsed: parsed, version: version)
        lock.withLock {
            entries[path] = entry
            lastVersions[path] = version
        }
        return entry.parsed
    }

    /// `atlas.yml` as last read: its path, bytes, and what reading it gave.
    private var lastConfig: (path: String, bytes: [UInt8], read: ConfigRead)?

    /// What reading a configuration gave: the configuration (nil when refused) and its findings.
    struct ConfigRead {
        var config: CatalogConfig?
        var diagnostics: [Diagnostic]
    }

    /// What `read` gives for the configuration `bytes` at `path`, read again only when they
    /// changed: YAML decoding took a few milliseconds of every rebuild before any page.
    func config(at path: String, bytes: [UInt8], read: () -> ConfigRead) -> ConfigRead {
        if let last = lock.withLock({ lastConfig }), last.path == path, last.bytes == bytes { return last.read }
        let made = read()
        lock.withLock { lastConfig = (path, bytes, made) }
        return made
    }

    /// Starts counting the parses of one load.
    func beginLoad() {
        lock.withLock {
            lastParseCount = 0
            lastVersions = [:]
        }
    }

    /// A version no document had before; call with the lock held.
    private func newVersion() -> UInt64 {
        nextVersion += 1
        return nextVersion
    }

    /// Drops every file not in `paths` (deleted or renamed since the last build).
    func keepOnly(_ paths: Set<String>) {
        lock.withLock { entries = entries.filter { paths.contains($0.key) } }
    }
}

/// What `stat` says of a file: equal identities mean an unchanged file, unless racy.
public struct FileIdentity: Sendable, Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: Int64
    var changed: Int64

    /// The identity of the file at `path` (symbolic links followed, as reading does); nil when it cannot be known.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = Self.nanoseconds(info.st_mtim)
        changed = Self.nanoseconds(info.st_ctim)
    }

    static func nanoseconds(_ time: timespec) -> Int64 { Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec) }

    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return nanoseconds(time)
    }
}
