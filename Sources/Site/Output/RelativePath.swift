/// Checks on the relative paths a site is made of, before any of them touches the disk.
enum RelativePath {
    /// Why `path` must not be written under the output folder, or nil when it is safe.
    ///
    /// Safe means: relative, `/`-separated, no empty, `.` or `..` components, no NUL or backslash
    /// (a backslash is a separator on some hosts the site may be copied to), no control characters
    /// (a newline would break the manifest's one-path-a-line format).
    static func problem(with path: String) -> String? {
        if path.isEmpty { return "the path is empty" }
        if path.hasPrefix("/") { return "the path is absolute" }
        if path.contains("\\") { return "the path contains a backslash" }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "the path contains a control character"
        }
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            if component.isEmpty { return "the path has an empty component" }
            if component == "." || component == ".." { return "the path has a '\(component)' component" }
        }
        return nil
    }

    /// `a/b/c.html` -> `["a", "a/b"]`: the folders that must exist for the file.
    static func parentFolders(of path: String) -> [String] {
        let components = path.split(separator: "/").dropLast()
        return components.indices.map { components[...$0].joined(separator: "/") }
    }
}
