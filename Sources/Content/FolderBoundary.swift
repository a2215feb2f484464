import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder whose files may be read only when they lie inside it. A symbolic link in `Content/`
/// or `Templates/` to a file elsewhere (`/etc/passwd`, `~/.ssh/id_rsa`) would otherwise be
/// published by a build that a pull request can trigger; links that stay inside are fine.
public struct FolderBoundary: Sendable, Equatable {
    /// The folder as the user named it, for messages.
    public let shown: String
    /// The folder with every symbolic link resolved: the folder itself may be a link.
    let resolved: String

    /// Nil when the folder cannot be resolved (it does not exist): then nothing is read from it anyway.
    public init?(_ folder: String) {
        guard let resolved = Self.resolvedPath(folder) else { return nil }
        (self.shown, self.resolved) = (folder, resolved)
    }

    /// Where the open `descriptor` really is (Linux names it in `/proc/self/fd`), or nil when it
    /// lies outside the folder. Asked of the open file, not of its path, so that the link cannot
    /// be swapped between the check and the read.
    func outsider(_ descriptor: Int32, path: String) -> String? {
        let target = Self.openedPath(descriptor) ?? Self.resolvedPath(path) ?? path
        let inside = resolved == "/" ? target.hasPrefix("/") : target.hasPrefix(resolved + "/")
        return inside ? nil : target
    }

    private static func openedPath(_ descriptor: Int32) -> String? {
        #if os(Linux)
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink("/proc/self/fd/\(descriptor)", &buffer, buffer.count - 1)
            guard count > 0 else { return nil }
            return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #else
            return nil
        #endif
    }

    /// `path` with every symbolic link and `..` resolved; nil when it does not exist.
    public static func resolvedPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
