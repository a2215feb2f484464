/// Removes the old tree after the swap, sparing anything written into the output folder while
/// the build ran (after it was read): such an entry is the user's, so it is moved into the new
/// site at the same path, or, when that path is taken, the old tree is kept under another name.
struct OldTreeRemoval {
    var fileSystem: any FileSystem
    /// The output folder as it was read before the build: every entry Atlas accounted for.
    var known: CurrentTree

    /// Removes `oldName` (in `parent`); moves late entries into `newName`. Returns the paths that
    /// could not be moved; then the old tree stays, renamed to `keptName`.
    func remove(_ oldName: String, into newName: String, in parent: FolderHandle, keptName: String)
        throws(FileSystemError) -> [String]
    {
        let old = try fileSystem.openFolder(oldName, in: parent)
        let new = try? fileSystem.openFolder(newName, in: parent)
        // Marked first, unmarked last: a removal cut short leaves a tree the next build knows as
        // Atlas's leftover, whatever of it (the manifest too) was already gone.
        _ = try fileSystem.create(StagingTree.buildingMarker, in: old, bytes: [])
        var stranded: [String] = []
        try empty(old, new: new, prefix: "", stranded: &stranded)
        try fileSystem.remove(StagingTree.buildingMarker, in: old, isFolder: false)
        fileSystem.close(old)
        if let new { fileSystem.close(new) }
        if stranded.isEmpty {
            try fileSystem.remove(oldName, in: parent, isFolder: true)
        } else {
            try fileSystem.rename(oldName, to: keptName, in: parent)
        }
        return stranded
    }

    private func empty(_ old: FolderHandle, new: FolderHandle?, prefix: String, stranded: inout [String])
        throws(FileSystemError)
    {
        for name in try fileSystem.names(in: old) where !(prefix.isEmpty && name == StagingTree.buildingMarker) {
            let path = prefix + name
            guard let status = try fileSystem.status(of: name, in: old) else { continue }
            let recorded = known.entries[path]
            guard let recorded, recorded.kind == status.kind, recorded.inode == status.inode else {
                // Written during the build: the user's.
                guard let new, (try? fileSystem.move(name, from: old, to: new)) != nil else {
                    stranded.append(path)
                    continue
                }
                continue
            }
            guard status.kind == .folder else {
                try fileSystem.remove(name, in: old, isFolder: false)
                continue
            }
            try removeFolder(name, status: status, in: old, new: new, path: path, stranded: &stranded)
        }
    }

    private func removeFolder(
        _ name: String, status: EntryStatus, in old: FolderHandle, new: FolderHandle?, path: String,
        stranded: inout [String]
    ) throws(FileSystemError) {
        // A read-only folder of the user's (its copy lives on in the new tree) must be writable
        // for its entries to be removed.
        if status.mode & 0o700 != 0o700 {
            try fileSystem.setAttributes(of: name, in: old, mode: status.mode | 0o700, modified: nil)
        }
        let inner = try fileSystem.openFolder(name, in: old)
        let innerNew = new.flatMap { try? fileSystem.openFolder(name, in: $0) }
        defer {
            fileSystem.close(inner)
            if let innerNew { fileSystem.close(innerNew) }
        }
        let before = stranded.count
        try empty(inner, new: innerNew, prefix: path + "/", stranded: &stranded)
        if stranded.count == before { try fileSystem.remove(name, in: old, isFolder: true) }
    }
}
