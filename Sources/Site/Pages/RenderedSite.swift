import Markdown
import Synchronization

/// A whole site in memory: relative path -> file bytes. Nothing is on disk yet.
public struct RenderedSite: Sendable {
    /// The default bound on a site's total size: far above any real catalog, low enough that a
    /// pathological one (300 benchmarks × 3,000 models renders over a gigabyte) stops early.
    public static let defaultMaxBytes = 1 << 30

    /// Paths are relative to the output folder, `/`-separated (`sections/deepseek-v3.html`).
    public private(set) var files: [String: [UInt8]]
    /// How many of the files are HTML pages (the rest are assets).
    public var pageCount: Int
    /// Things worth fixing in the content that did not stop the render.
    public var diagnostics: [Diagnostic]
    /// The most bytes all files together may hold; `add` refuses a file that would pass it.
    public var maxBytes: Int
    /// The bytes of all files together.
    public private(set) var totalBytes: Int
    /// Each keyed file's `RenderKeys` key: the next build in this process reuses its bytes when
    /// its key is the same.
    var renderKeys: [String: Int] = [:]
    /// How many files were taken from the previous build instead of rendered.
    public private(set) var reusedCount = 0
    /// Files made only when first asked for, by path (`LazyFile`); `materialize()` moves them
    /// into `files`. Only `atlas serve`'s renders have any.
    public private(set) var lazyFiles: [String: LazyFile] = [:]

    public init(
        files: [String: [UInt8]] = [:], pageCount: Int = 0, diagnostics: [Diagnostic] = [],
        maxBytes: Int = defaultMaxBytes
    ) {
        self.files = files
        self.pageCount = pageCount
        self.diagnostics = diagnostics
        self.maxBytes = maxBytes
        totalBytes = files.values.reduce(0) { $0 + $1.count }
    }

    /// Adds (or replaces) the file at `path`, refusing it when the site would pass `maxBytes`:
    /// the check runs as each page is rendered, so an oversized site stops long before it is
    /// complete, and nothing is written.
    public mutating func add(_ bytes: [UInt8], at path: String) throws(Diagnostic) {
        // One lookup of the path, not two: a render adds about 10,000 files in a row.
        let replaced = files.updateValue(bytes, forKey: path)
        let total = totalBytes - (replaced?.count ?? 0) + bytes.count
        guard total <= maxBytes else {
            files[path] = replaced
            throw Diagnostic(
                .error, at: SourceLocation(path: path, line: 1, column: 1),
                "the site passes the output limit of \(maxBytes) bytes with this file (\(files.count) files, "
                    + "\(totalBytes) bytes before it), so nothing was written; split the largest results tables, "
                    + "or raise the limit with --max-output-size")
        }
        totalBytes = total
    }

    /// Adds a file that `make` makes when first asked for (by `materialize`, or by whoever
    /// holds the `LazyFile`). Its size counts against `maxBytes` when it is made.
    mutating func addLazy(at path: String, make: @escaping @Sendable () -> [UInt8]) {
        lazyFiles[path] = LazyFile(make)
    }

    /// Makes the lazy files (on every core) and adds them as `add` does, in path order.
    public mutating func materialize() throws(Diagnostic) {
        guard !lazyFiles.isEmpty else { return }
        let lazy = lazyFiles.sorted { $0.key.precedesInUTF8($1.key) }
        let made = concurrentMap(count: lazy.count, part: 1) { lazy[$0].value.bytes }
        lazyFiles = [:]
        for ((path, _), bytes) in zip(lazy, made) { try add(bytes, at: path) }
    }

    /// Whether a reader would find other files than in `previous`: other paths, or other bytes
    /// at a path made already in both. A lazy file (in either site) counts by its path: it is a
    /// download no page shows, and comparing it would mean making it.
    public func differs(from previous: RenderedSite) -> Bool {
        guard files.count + lazyFiles.count == previous.files.count + previous.lazyFiles.count else { return true }
        for (path, bytes) in files where previous.files[path] != bytes && previous.lazyFiles[path] == nil {
            return true
        }
        return lazyFiles.keys.contains { previous.files[$0] == nil && previous.lazyFiles[$0] == nil }
    }

    /// The paths in byte order, the order files are written and listed.
    public var sortedPaths: [String] { Self.sorted(files.keys) }

    /// Paths sorted by their UTF-8 bytes: independent of locale, so every run lists them alike.
    public static func sorted(_ paths: some Sequence<String>) -> [String] {
        paths.sorted { $0.precedesInUTF8($1) }
    }
}

extension RenderedSite: Equatable {
    /// Two sites are alike when their files are: keys and reuse say how a site was made.
    public static func == (a: RenderedSite, b: RenderedSite) -> Bool {
        a.files == b.files && a.lazyFiles == b.lazyFiles && a.pageCount == b.pageCount && a.diagnostics == b.diagnostics
            && a.maxBytes == b.maxBytes
    }
}

/// A file's bytes, made once when first asked for, by whichever thread asks first (the others
/// wait): `atlas serve` shows new pages before the downloads (60 MB of JSON and CSV at 100x)
/// are made, and the writer or a request for one makes them.
public final class LazyFile: Sendable, Equatable {
    private enum State {
        case waiting(@Sendable () -> [UInt8])
        case made([UInt8])
    }

    /// Once made, the closure (and the catalog it holds) is let go.
    private let state: Mutex<State>

    init(_ make: @escaping @Sendable () -> [UInt8]) { state = Mutex(.waiting(make)) }

    public var bytes: [UInt8] {
        state.withLock { state in
            switch state {
            case .made(let bytes):
                return bytes
            case .waiting(let make):
                let bytes = make()
                state = .made(bytes)
                return bytes
            }
        }
    }

    /// The same file, not the same bytes: made bytes are not compared.
    public static func == (a: LazyFile, b: LazyFile) -> Bool { a === b }
}

extension RenderedSite {
    /// The bytes in a buffer of their own size. A page is made by appending, so its buffer grew
    /// by doubling; the site holds every page until it is written, and the slack was about a
    /// third of its size. Copied on the thread that rendered the page, so the larger buffer's
    /// memory goes back to that thread's heap, which renders the next page.
    static func compact(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.capacity - bytes.count > max(4096, bytes.count / 16) else { return bytes }
        return [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: bytes)
        }
    }
}

/// A file of the site still to be rendered: where it goes and how to make its bytes.
struct PendingFile: Sendable {
    var path: String
    /// Hashes what the file is made from (`RenderKeys`); nil when it is rendered every time.
    /// Run on the rendering threads: keys of thousands of pages take a while too.
    var key: (@Sendable () -> Int)? = nil
    /// A file that takes long to make or key (the compare page's data, the listings): begun
    /// before the others, so that it does not end the render on one core while the others wait.
    var isLarge = false
    var render: @Sendable () throws(Diagnostic) -> [UInt8]

    /// A file made: its bytes and key, and whether the bytes were the previous build's.
    struct Made: Sendable {
        var bytes: [UInt8]
        var key: Int?
        var reused: Bool
    }

    /// The bytes `previous` holds at this path when its key there is this file's key; else rendered.
    func make(reusing previous: RenderedSite?) throws(Diagnostic) -> Made {
        let key = key?()
        if let key, let previous, previous.renderKeys[path] == key, let bytes = previous.files[path] {
            return Made(bytes: bytes, key: key, reused: true)
        }
        return Made(bytes: RenderedSite.compact(try render()), key: key, reused: false)
    }
}

extension RenderedSite {
    /// Renders `files` on every core and adds them in order: the same site, and the same
    /// size-limit error, as rendering and adding them one by one. Once the files rendered so far
    /// pass `maxBytes`, the rest are not rendered ahead; the ones the ordered adds still reach
    /// are rendered then, so an oversized site still stops early. A file whose key is its key
    /// in `previous` takes its bytes from there.
    mutating func add(rendering files: [PendingFile], reusing previous: RenderedSite? = nil) throws(Diagnostic) {
        let renderedBytes = Mutex(0)
        let limit = maxBytes - totalBytes
        // When most files have keys (a rebuild that may reuse them), the ones made every time
        // (the data files, the compare page's data) are begun first: they are the largest, and
        // one of them last would leave the other cores idle at the end.
        // A large file goes first in any build.
        let order =
            files.indices.filter { files[$0].isLarge }
            + files.indices.filter { !files[$0].isLarge && files[$0].key == nil }
            + files.indices.filter { !files[$0].isLarge && files[$0].key != nil }
        let ordered = concurrentResults(
            count: files.count, skip: { renderedBytes.withLock { $0 > limit } },
            body: { slot in
                let result = Result { () throws(Diagnostic) in try files[order[slot]].make(reusing: previous) }
                if case .success(let made) = result { renderedBytes.withLock { $0 += made.bytes.count } }
                return result
            })
        // Room for every file at once: at 10,000 files, growing the tables rehashed every path.
        self.files.reserveCapacity(self.files.count + files.count)
        renderKeys.reserveCapacity(renderKeys.count + files.count)
        // Each file's slot in `ordered`, to add them in their own order without copying the results.
        var slots = [Int](repeating: 0, count: files.count)
        for (slot, index) in order.enumerated() { slots[index] = slot }
        for (file, slot) in zip(files, slots) {
            let made: PendingFile.Made
            if let result = ordered[slot] { made = try result.get() } else { made = try file.make(reusing: previous) }
            try add(made.bytes, at: file.path)
            if let key = made.key { renderKeys[file.path] = key }
            if made.reused { reusedCount += 1 }
        }
    }
}
