#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every entry in the output folder as it is before a build, found without following links.
///
/// A folder that is a symbolic link is listed as a link and not entered, so nothing beyond it
/// is ever read, kept or removed.
struct CurrentTree: Sendable {
    /// Relative path -> the entry itself.
    var entries: [String: EntryStatus] = [:]
    /// The output folder's own status (its permissions are carried to the new tree).
    var root: EntryStatus?

    /// Reads the tree under `root`, or an empty tree when the output folder does not exist yet.
    static func read(_ name: String, in parent: FolderHandle, using fileSystem: any FileSystem)
        throws(FileSystemError) -> CurrentTree
    {
        var tree = CurrentTree()
        tree.root = try fileSystem.status(of: name, in: parent)
        guard tree.root?.kind == .folder else { return tree }
        let folder = try fileSystem.openFolder(name, in: parent)
        defer { fileSystem.close(folder) }
        try tree.walk(folder, prefix: "", using: fileSystem)
        return tree
    }

    private mutating func walk(_ folder: FolderHandle, prefix: String, using fileSystem: any FileSystem)
        throws(FileSystemError)
    {
        for name in try fileSystem.names(in: folder) {
            guard let status = try fileSystem.status(of: name, in: folder) else { continue }
            // Swift strings compare by canonical equivalence: `café` written precomposed and
            // decomposed are two files on Linux but one key here, and one would be lost.
            guard entries.updateValue(status, forKey: prefix + name) == nil else {
                throw FileSystemError(
                    action: "keep", path: folder.child(name), code: EEXIST,
                    advice: "another name in its folder is the same text in another Unicode normalization, "
                        + "and Atlas cannot tell the two apart; rename one")
            }
            guard status.kind == .folder else { continue }
            let child = try fileSystem.openFolder(name, in: folder)
            defer { fileSystem.close(child) }
            try walk(child, prefix: prefix + name + "/", using: fileSystem)
        }
    }
}
