import Foundation

@testable import Site

/// The real file system, except that the Nth operation fails (counting from 1).
///
/// `.once` fails that operation only, as a full disk or a refused name does, and lets the writer
/// clean up; `.crash` fails it and every operation after, as a kill does, so nothing is cleaned.
/// `.afterDoing` performs the operation and then reports a failure. Writes of new files can also
/// be refused from a moment on (`refusesNewFiles`), as a disk that fills up does.
public final class FailingFileSystem: FileSystem, @unchecked Sendable {
    public enum Mode: CaseIterable, Sendable { case once, crash, afterDoing }

    private let real = SystemFileSystem()
    private let failing: Int
    private let mode: Mode
    private let code: Int32
    private let lock = NSLock()
    private var count = 0
    private var refusing = false
    /// Runs before every operation, with its name: lets a test act while a write is under way.
    public var beforeEach: (@Sendable (String) -> Void)?

    /// `failing: 0` never fails: use it to count a run's operations.
    public init(failing: Int = 0, mode: Mode = .once, code: Int32 = ENOSPC) {
        self.failing = failing
        self.mode = mode
        self.code = code
    }

    public var operations: Int { lock.withLock { count } }

    /// While true, every new file fails to be written (with the error code given at creation).
    public var refusesNewFiles: Bool {
        get { lock.withLock { refusing } }
        set { lock.withLock { refusing = newValue } }
    }

    /// Counts one operation and throws when it is the one to fail.
    private func step<Value>(_ name: String, _ body: () throws(FileSystemError) -> Value) throws(FileSystemError)
        -> Value
    {
        beforeEach?(name)
        let (index, refused) = lock.withLock {
            count += 1
            return (count, refusing && name == "create")
        }
        let fails = refused || failing > 0 && (index == failing || (mode == .crash && index > failing))
        guard fails else { return try body() }
        if mode == .afterDoing { _ = try body() }
        throw FileSystemError(action: "(injected) \(name)", path: "#\(index)", code: code)
    }

    public func openFolder(atPath path: String) throws(FileSystemError) -> FolderHandle {
        try step("open") { () throws(FileSystemError) in try real.openFolder(atPath: path) }
    }
    public func openFolder(_ name: String, in parent: FolderHandle) throws(FileSystemError) -> FolderHandle {
        try step("open") { () throws(FileSystemError) in try real.openFolder(name, in: parent) }
    }
    public func close(_ folder: FolderHandle) { real.close(folder) }
    public func names(in folder: FolderHandle) throws(FileSystemError) -> [String] {
        try step("list") { () throws(FileSystemError) in try real.names(in: folder) }
    }
    public func status(of name: String, in folder: FolderHandle) throws(FileSystemError) -> EntryStatus? {
        try step("stat") { () throws(FileSystemError) in try real.status(of: name, in: folder) }
    }
    public func read(_ name: String, in folder: FolderHandle) throws(FileSystemError) -> [UInt8] {
        try step("read") { () throws(FileSystemError) in try real.read(name, in: folder) }
    }
    public func create(_ name: String, in folder: FolderHandle, bytes: [UInt8]) throws(FileSystemError) -> EntryStatus {
        try step("create") { () throws(FileSystemError) in try real.create(name, in: folder, bytes: bytes) }
    }
    public func makeFolder(_ name: String, in folder: FolderHandle) throws(FileSystemError) {
        try step("mkdir") { () throws(FileSystemError) in try real.makeFolder(name, in: folder) }
    }
    public func link(_ name: String, from source: FolderHandle, to destination: FolderHandle) throws(FileSystemError) {
        try step("link") { () throws(FileSystemError) in try real.link(name, from: source, to: destination) }
    }
    public func setAttributes(
        of name: String, in folder: FolderHandle, mode: UInt32, modified: FileTime?
    ) throws(FileSystemError) {
        try step("chmod") { () throws(FileSystemError) in
            try real.setAttributes(of: name, in: folder, mode: mode, modified: modified)
        }
    }
    public func setOwner(of name: String, in folder: FolderHandle, to owner: Owner) throws(FileSystemError) {
        try step("chown") { () throws(FileSystemError) in try real.setOwner(of: name, in: folder, to: owner) }
    }
    public func remove(_ name: String, in folder: FolderHandle, isFolder: Bool) throws(FileSystemError) {
        try step("remove") { () throws(FileSystemError) in try real.remove(name, in: folder, isFolder: isFolder) }
    }
    public func exchange(_ first: String, _ second: String, in folder: FolderHandle) throws(FileSystemError) {
        try step("exchange") { () throws(FileSystemError) in try real.exchange(first, second, in: folder) }
    }
    public func rename(_ name: String, to newName: String, in folder: FolderHandle) throws(FileSystemError) {
        try step("rename") { () throws(FileSystemError) in try real.rename(name, to: newName, in: folder) }
    }
    public func move(_ name: String, from source: FolderHandle, to destination: FolderHandle) throws(FileSystemError) {
        try step("move") { () throws(FileSystemError) in try real.move(name, from: source, to: destination) }
    }
    /// Not flushed in tests: the kernel's view is what the checks read, and flushing the whole
    /// file system hundreds of times would only make the suite slow.
    public func synchronize(_ folder: FolderHandle) throws(FileSystemError) {
        try step("sync") { () throws(FileSystemError) in }
    }
    public func flush(_ name: String, in folder: FolderHandle) throws(FileSystemError) {
        try step("flush") { () throws(FileSystemError) in }
    }
    public func lock(_ folder: FolderHandle) throws(FileSystemError) {
        try step("lock") { () throws(FileSystemError) in try real.lock(folder) }
    }
    public func maximumNameLength(in folder: FolderHandle) -> Int { real.maximumNameLength(in: folder) }
}
