/// Checks on the relative paths a site is made of, before any of them touches the disk.
enum RelativePath {
    /// Why `path` must not be written under the output folder, or nil when it is safe.
    ///
    /// Safe means: relative, `/`-separated, no empty, `.` or `..` components, no NUL or backslash
    /// (a backslash is a separator on some hosts the site may be copied to), no control characters
    /// (a newline would break the manifest's one-path-a-line format).
    static func problem(with path: String) -> String? {
        // One pass over the bytes: a site may have 10,000 paths, checked on every build.
        let bytes = path.utf8
        if bytes.isEmpty { return "the path is empty" }
        if bytes.first == UInt8(ascii: "/") { return "the path is absolute" }
        var componentStart = bytes.startIndex
        var index = bytes.startIndex
        while true {
            let byte = index == bytes.endIndex ? UInt8(ascii: "/") : bytes[index]
            if byte == UInt8(ascii: "\\") { return "the path contains a backslash" }
            if byte < 0x20 || byte == 0x7F { return "the path contains a control character" }
            if byte == UInt8(ascii: "/") {
                let component = bytes[componentStart..<index]
                if component.isEmpty { return "the path has an empty component" }
                if component.elementsEqual(".".utf8) || component.elementsEqual("..".utf8) {
                    return "the path has a '\(String(decoding: component, as: UTF8.self))' component"
                }
                if index == bytes.endIndex { return nil }
                componentStart = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
    }

    /// `a/b/c.html` -> `["a", "a/b"]`: the folders that must exist for the file.
    static func parentFolders(of path: String) -> [String] {
        path.utf8.indices.compactMap { path.utf8[$0] == UInt8(ascii: "/") ? String(path[..<$0]) : nil }
    }

    /// `a/b/c.html` -> (`a/b`, `c.html`); a top-level path has the folder "".
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }
}

/// The lengths a file system accepts, so a name it would refuse half-way through a write is
/// refused in the plan instead.
struct NameLimits: Sendable {
    /// The longest single name, in bytes (NAME_MAX, 255 on common Linux file systems).
    var maximumNameLength = 255
    /// The longest whole path including its terminating NUL (PATH_MAX, 4096 on Linux).
    var maximumPathLength = 4096
    /// The absolute path of the output folder, which every file's path starts with.
    var outputPath = ""

    /// Why `path` is too long, or nil.
    func problem(with path: String) -> String? {
        for component in path.split(separator: "/") where component.utf8.count > maximumNameLength {
            return "the name '\(component.prefix(24))…' is too long: \(component.utf8.count) bytes, where the "
                + "file system allows \(maximumNameLength) (shorten the heading or name it comes from)"
        }
        let length = outputPath.utf8.count + 1 + path.utf8.count
        guard length >= maximumPathLength else { return nil }
        return "the path is too long: \(length) bytes with the output folder, where the system allows "
            + "\(maximumPathLength - 1) (shorten the names it is made of)"
    }
}
