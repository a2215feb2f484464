import Foundation
import Markdown

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads one input with a bound on its size: at most `limit + 1` bytes are ever read, and only
/// regular files are read at all (a FIFO, a device such as `/dev/zero` or a folder is refused
/// before the first byte, so none can hang or exhaust a command).
public enum InputFile {
    /// Why an input was not read.
    public enum Failure: Error, Equatable {
        case missing
        case folder
        case notRegularFile
        /// `size` is nil when the input is a stream whose size is known only by reading it.
        case tooLarge(size: Int?, limit: Int)
        case unreadable(reason: String)
        /// A symbolic link that leads out of the folder being read.
        case outside(folder: String, target: String)

        /// The error at `path:1:1`, saying what to do.
        public func diagnostic(at path: String) -> Diagnostic {
            Diagnostic(.error, at: SourceLocation(path: path, line: 1, column: 1), message)
        }

        var message: String {
            switch self {
            case .missing: "no such file (check the path)"
            case .folder: "this is a folder, not a file (name a markdown file)"
            case .notRegularFile:
                "not a regular file (a device, FIFO or socket is not read; name a regular file, or - for standard input)"
            case .tooLarge(let size?, let limit):
                "file is \(size) bytes, over the limit of \(limit) bytes; it was not read "
                    + "(split it, or raise the limit with --max-file-size)"
            case .tooLarge(nil, let limit):
                "input is over the limit of \(limit) bytes; it was not read "
                    + "(split it, or raise the limit with --max-file-size)"
            case .unreadable(let reason): "cannot read this file: \(reason) (check it is readable)"
            case .outside(let folder, let target):
                "a symbolic link to '\(target)', outside '\(folder)': it is not read, so that no file from "
                    + "elsewhere on this machine is published (copy the file into the folder instead)"
            }
        }
    }

    /// The bytes of the regular file at `path` (symbolic links followed, but not out of `boundary`
    /// when one is given), refused over `limit`.
    public static func read(_ path: String, limit: Int, inside boundary: FolderBoundary? = nil) throws(Failure)
        -> [UInt8]
    {
        // Non-blocking, so that opening a FIFO with no writer returns at once to be refused.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw errno == ENOENT || errno == ENOTDIR ? .missing : failure() }
        defer { close(descriptor) }
        if let boundary, let target = boundary.outsider(descriptor, path: path) {
            throw .outside(folder: boundary.shown, target: target)
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure() }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .folder
        default: throw .notRegularFile
        }
        let size = Int(info.st_size)
        guard size <= limit else { throw .tooLarge(size: size, limit: limit) }
        // The size may change while reading; the bound holds whatever it becomes.
        return try read(descriptor: descriptor, limit: limit, expected: size)
    }

    /// Reads `descriptor` (standard input) to its end, refusing it as soon as it passes `limit`.
    public static func read(descriptor: Int32, limit: Int) throws(Failure) -> [UInt8] {
        try read(descriptor: descriptor, limit: limit, expected: 1 << 16)
    }

    private static func read(descriptor: Int32, limit: Int, expected: Int) throws(Failure) -> [UInt8] {
        // A regular file comes in one read of its size (plus one byte to see the end).
        let chunkSize = min(max(expected, 1 << 12), limit) + 1
        var bytes: [UInt8] = []
        while true {
            let wanted = min(chunkSize, limit + 1 - bytes.count)
            var count = 0
            var code: Int32 = 0
            // Read into a new array's storage: nothing to zero-fill, and nothing to copy when
            // the first read takes the whole file.
            let chunk = [UInt8](unsafeUninitializedCapacity: wanted) { buffer, initialized in
                count = Foundation.read(descriptor, buffer.baseAddress, wanted)
                code = errno
                initialized = max(count, 0)
            }
            if count < 0 && (code == EINTR || code == EAGAIN) {
                if code == EAGAIN { waitForInput(descriptor) }
                continue
            }
            guard count >= 0 else { throw failure(code) }
            if count == 0 { return bytes }
            if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
            if bytes.count > limit { throw .tooLarge(size: nil, limit: limit) }
        }
    }

    /// Blocks until a non-blocking `descriptor` (standard input left so by a parent) has data.
    private static func waitForInput(_ descriptor: Int32) {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        _ = poll(&request, 1, -1)
    }

    private static func failure(_ code: Int32 = errno) -> Failure {
        .unreadable(reason: String(cString: strerror(code)))
    }
}
