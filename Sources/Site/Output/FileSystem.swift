#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The file-system operations the output writer performs, each relative to an open folder.
///
/// Every name is one path component, looked up in a folder that was itself opened without
/// following symbolic links, so no operation can be redirected outside the output folder.
/// Production uses `SystemFileSystem`; tests wrap it in a decorator that fails the Nth call.
protocol FileSystem: Sendable {
    /// Opens a folder by a path the user gave (the output folder's parent), following links.
    func openFolder(atPath path: String) throws(FileSystemError) -> FolderHandle
    /// Opens the folder `name` in `parent`; fails when `name` is a symbolic link or not a folder.
    func openFolder(_ name: String, in parent: FolderHandle) throws(FileSystemError) -> FolderHandle
    func close(_ folder: FolderHandle)
    /// The names in `folder`, without `.` and `..`, in no particular order.
    func names(in folder: FolderHandle) throws(FileSystemError) -> [String]
    /// The entry itself (a link is described, not followed); nil when there is none.
    func status(of name: String, in folder: FolderHandle) throws(FileSystemError) -> EntryStatus?
    /// Reads a regular file; fails on a symbolic link.
    func read(_ name: String, in folder: FolderHandle) throws(FileSystemError) -> [UInt8]
    /// Creates a new file (never replacing one) with `bytes`; returns its status once closed.
    func create(_ name: String, in folder: FolderHandle, bytes: [UInt8]) throws(FileSystemError) -> EntryStatus
    func makeFolder(_ name: String, in folder: FolderHandle) throws(FileSystemError)
    /// A second name for the entry `name` of `source` (a link is linked as itself).
    func link(_ name: String, from source: FolderHandle, to destination: FolderHandle) throws(FileSystemError)
    /// Sets a folder's permission bits and, when given, its modification time.
    func setAttributes(
        of name: String, in folder: FolderHandle, mode: UInt32, modified: FileTime?
    ) throws(FileSystemError)
    /// Gives a folder of the new tree its old owner, where the process may (as root); a user's
    /// folder owned by someone else keeps the builder as owner, as a copy would.
    func setOwner(of name: String, in folder: FolderHandle, to owner: Owner) throws(FileSystemError)
    /// Removes a file, link or empty folder.
    func remove(_ name: String, in folder: FolderHandle, isFolder: Bool) throws(FileSystemError)
    /// Swaps two entries of `folder` in one atomic step.
    func exchange(_ first: String, _ second: String, in folder: FolderHandle) throws(FileSystemError)
    /// Renames within `folder`, never replacing an existing entry.
    func rename(_ name: String, to newName: String, in folder: FolderHandle) throws(FileSystemError)
    /// Moves the entry `name` of `source` to the same name in `destination`, never replacing one.
    func move(_ name: String, from source: FolderHandle, to destination: FolderHandle) throws(FileSystemError)
    /// Flushes the folder's own entries (not the files in it) to stable storage.
    func synchronize(_ folder: FolderHandle) throws(FileSystemError)
    /// Flushes the bytes of the file `name` in `folder` to stable storage.
    func flush(_ name: String, in folder: FolderHandle) throws(FileSystemError)
    /// Takes an exclusive lock on `folder` for the life of its handle; fails when another holds it.
    func lock(_ folder: FolderHandle) throws(FileSystemError)
    /// The longest file name the folder's file system accepts, in bytes.
    func maximumNameLength(in folder: FolderHandle) -> Int
}

/// An open folder: a descriptor, and its path for messages.
struct FolderHandle: Sendable {
    let descriptor: Int32
    let path: String

    func child(_ name: String) -> String { path.hasSuffix("/") ? path + name : path + "/" + name }
}

/// A modification time with nanoseconds, as stored in the manifest.
struct FileTime: Sendable, Hashable, CustomStringConvertible {
    var seconds: Int
    var nanoseconds: Int

    var description: String {
        "\(seconds).\(String(repeating: "0", count: 9 - String(nanoseconds).count))\(nanoseconds)"
    }

    init(seconds: Int, nanoseconds: Int) {
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }
}

/// What `lstat` says about one entry.
struct EntryStatus: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case file, folder, symbolicLink, other }

    var kind: Kind
    var size: Int
    var modified: FileTime
    var inode: UInt64
    var device: UInt64
    var mode: UInt32
    var owner: Owner
}

/// Who owns an entry: its user and group ids.
struct Owner: Sendable, Hashable {
    var user: UInt32
    var group: UInt32
}

/// A failed call: what Atlas was doing, on which path, and the system's reason.
struct FileSystemError: Error, Sendable, Equatable, CustomStringConvertible {
    var action: String
    var path: String
    var code: Int32
    /// What the reader can do about it, when the reason alone does not say.
    var advice: String?

    init(action: String, path: String, code: Int32, advice: String? = nil) {
        self.action = action
        self.path = path
        self.code = code
        self.advice = advice
    }

    var description: String {
        "cannot \(action) \(path): \(SystemFileSystem.reason(code))" + (advice.map { " (\($0))" } ?? "")
    }

    /// The write stopped before the swap because a newer build will replace it (`atlas serve`).
    static let superseded = FileSystemError(action: "finish the write of", path: "a superseded site", code: ECANCELED)
}
