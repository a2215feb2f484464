import CSystemShims

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real `FileSystem`: POSIX `*at` calls on open folder descriptors, `O_NOFOLLOW` throughout.
struct SystemFileSystem: FileSystem {
    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

    func openFolder(atPath path: String) throws(FileSystemError) -> FolderHandle {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("open folder", path) }
        return FolderHandle(descriptor: descriptor, path: path)
    }

    func openFolder(_ name: String, in parent: FolderHandle) throws(FileSystemError) -> FolderHandle {
        let descriptor = openat(parent.descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("open folder", parent.child(name)) }
        return FolderHandle(descriptor: descriptor, path: parent.child(name))
    }

    func close(_ folder: FolderHandle) {
        _ = closeDescriptor(folder.descriptor)
    }

    func names(in folder: FolderHandle) throws(FileSystemError) -> [String] {
        // fdopendir takes over the descriptor it is given, so it gets its own copy.
        let copy = dup(folder.descriptor)
        guard copy >= 0, let stream = fdopendir(copy) else { throw failure("list", folder.path) }
        defer { closedir(stream) }
        rewinddir(stream)
        var names: [String] = []
        while let entry = readdir(stream) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            // Paths are Swift strings: a name that is not UTF-8 would be decoded into another
            // name, which no call can open, so its file would be neither kept nor removed.
            guard let name = String(validating: bytes, as: UTF8.self) else {
                throw FileSystemError(
                    action: "keep", path: folder.child(String(decoding: bytes, as: UTF8.self)), code: EILSEQ,
                    advice: "its name is not UTF-8, so Atlas cannot carry it into the new site; rename it")
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    func status(of name: String, in folder: FolderHandle) throws(FileSystemError) -> EntryStatus? {
        var info = stat()
        guard fstatat(folder.descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
            if errno == ENOENT { return nil }
            throw failure("inspect", folder.child(name))
        }
        return Self.status(info)
    }

    func read(_ name: String, in folder: FolderHandle) throws(FileSystemError) -> [UInt8] {
        let descriptor = openat(folder.descriptor, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("read", folder.child(name)) }
        defer { _ = closeDescriptor(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { readDescriptor(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw failure("read", folder.child(name)) }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
        }
    }

    func create(_ name: String, in folder: FolderHandle, bytes: [UInt8]) throws(FileSystemError) -> EntryStatus {
        let path = folder.child(name)
        let descriptor = openat(folder.descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("create", path) }
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                let error = failure("write", path)
                _ = closeDescriptor(descriptor)
                throw error
            }
            offset += count
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let error = failure("inspect", path)
            _ = closeDescriptor(descriptor)
            throw error
        }
        guard closeDescriptor(descriptor) == 0 else { throw failure("write", path) }
        return Self.status(info)
    }

    func makeFolder(_ name: String, in folder: FolderHandle) throws(FileSystemError) {
        // The umask applies; a folder carried over from the old tree gets its mode back later.
        guard mkdirat(folder.descriptor, name, 0o777) == 0 else { throw failure("create folder", folder.child(name)) }
    }

    func link(_ name: String, from source: FolderHandle, to destination: FolderHandle) throws(FileSystemError) {
        // Flags 0: a symbolic link is linked as itself, never followed.
        guard linkat(source.descriptor, name, destination.descriptor, name, 0) == 0 else {
            var error = failure("link \(source.child(name)) as", destination.child(name))
            if error.code == EXDEV {
                error.advice =
                    "the output folder is, or holds, a mount point; Atlas builds the new site beside it "
                    + "and keeps unchanged files by linking them, so both must be on one file system"
            }
            throw error
        }
    }

    func setAttributes(
        of name: String, in folder: FolderHandle, mode: UInt32, modified: FileTime?
    ) throws(FileSystemError) {
        try changeMode(of: name, in: folder, to: mode)
        guard let modified else { return }
        let now = timespec(tv_sec: 0, tv_nsec: (1 << 30) - 2)  // UTIME_OMIT: leave the access time
        let times = [now, timespec(tv_sec: modified.seconds, tv_nsec: modified.nanoseconds)]
        guard utimensat(folder.descriptor, name, times, AT_SYMLINK_NOFOLLOW) == 0 else {
            throw failure("set the time of", folder.child(name))
        }
    }

    func setOwner(of name: String, in folder: FolderHandle, to owner: Owner) throws(FileSystemError) {
        guard fchownat(folder.descriptor, name, owner.user, owner.group, AT_SYMLINK_NOFOLLOW) == 0 || errno == EPERM
        else { throw failure("set the owner of", folder.child(name)) }
    }

    func remove(_ name: String, in folder: FolderHandle, isFolder: Bool) throws(FileSystemError) {
        guard unlinkat(folder.descriptor, name, isFolder ? AT_REMOVEDIR : 0) == 0 else {
            throw failure("remove", folder.child(name))
        }
    }

    func exchange(_ first: String, _ second: String, in folder: FolderHandle) throws(FileSystemError) {
        guard atlas_exchange_at(folder.descriptor, first, second) == 0 else {
            throw failure("swap \(folder.child(first)) with", folder.child(second))
        }
    }

    func rename(_ name: String, to newName: String, in folder: FolderHandle) throws(FileSystemError) {
        guard atlas_rename_noreplace_at(folder.descriptor, name, folder.descriptor, newName) == 0 else {
            throw failure("rename \(folder.child(name)) to", folder.child(newName))
        }
    }

    func move(_ name: String, from source: FolderHandle, to destination: FolderHandle) throws(FileSystemError) {
        guard atlas_rename_noreplace_at(source.descriptor, name, destination.descriptor, name) == 0 else {
            throw failure("move \(source.child(name)) to", destination.child(name))
        }
    }

    func synchronize(_ folder: FolderHandle) throws(FileSystemError) {
        guard atlas_flush(folder.descriptor) == 0 else { throw failure("flush", folder.path) }
    }

    func flush(_ name: String, in folder: FolderHandle) throws(FileSystemError) {
        let descriptor = openat(folder.descriptor, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("open", folder.child(name)) }
        defer { _ = closeDescriptor(descriptor) }
        guard atlas_flush(descriptor) == 0 else { throw failure("flush", folder.child(name)) }
    }

    func lock(_ folder: FolderHandle) throws(FileSystemError) {
        // Waits up to two seconds: a build that is just finishing, or a child process forked by
        // this one that still holds a copy of the descriptor until it execs, lets go by then.
        var attempts = 0
        while flock(folder.descriptor, LOCK_EX | LOCK_NB) != 0, errno == EWOULDBLOCK, attempts < 200 {
            attempts += 1
            usleep(10_000)
        }
        guard flock(folder.descriptor, LOCK_EX | LOCK_NB) == 0 else {
            var error = failure("lock", folder.path)
            if error.code == EWOULDBLOCK { error.advice = "another atlas build is writing there; let it finish" }
            throw error
        }
    }

    func maximumNameLength(in folder: FolderHandle) -> Int {
        let length = fpathconf(folder.descriptor, Int32(_PC_NAME_MAX))
        return length > 0 ? length : 255
    }

    // MARK: - Helpers

    /// `chmod` that never follows a link: `fchmodat` has no working NOFOLLOW on Linux, and a
    /// folder's owner could swap their folder for a link to a file of root's between Atlas's
    /// look and its change. So the entry is opened without following (`O_PATH | O_NOFOLLOW`),
    /// refused if it is a link, and changed through its descriptor's `/proc/self/fd` name.
    private func changeMode(of name: String, in folder: FolderHandle, to mode: UInt32) throws(FileSystemError) {
        let descriptor = openat(folder.descriptor, name, openPathOnly | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("set the permissions of", folder.child(name)) }
        defer { _ = closeDescriptor(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure("set the permissions of", folder.child(name)) }
        guard info.st_mode & S_IFMT != S_IFLNK else {
            throw FileSystemError(action: "set the permissions of", path: folder.child(name), code: ELOOP)
        }
        guard chmod("/proc/self/fd/\(descriptor)", mode_t(mode)) == 0 else {
            throw failure("set the permissions of", folder.child(name))
        }
    }

    private func failure(_ action: String, _ path: String) -> FileSystemError {
        FileSystemError(action: action, path: path, code: errno)
    }

    private static func status(_ info: stat) -> EntryStatus {
        let kind: EntryStatus.Kind =
            switch info.st_mode & S_IFMT {
            case S_IFREG: .file
            case S_IFDIR: .folder
            case S_IFLNK: .symbolicLink
            default: .other
            }
        return EntryStatus(
            kind: kind, size: Int(info.st_size),
            modified: FileTime(seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec),
            inode: UInt64(info.st_ino), device: UInt64(info.st_dev), mode: UInt32(info.st_mode & 0o7777),
            owner: Owner(user: info.st_uid, group: info.st_gid))
    }
}

/// Linux's `O_PATH` (open the entry itself, for its descriptor only), which Glibc's Swift module
/// does not export.
private let openPathOnly: Int32 = 0o10_000_000

/// The C library's `close` and `read`, which the methods of the same names hide.
private func closeDescriptor(_ descriptor: Int32) -> Int32 { close(descriptor) }

private func readDescriptor(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
