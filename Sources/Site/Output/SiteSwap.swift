#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Puts a finished staging folder in the output folder's place in one atomic step, and removes
/// trees that are no longer needed, without following links.
struct SiteSwap {
    var fileSystem: any FileSystem
    var parent: FolderHandle
    var outputName: String
    var stagingName: String

    /// Flushes the parent folder's entries, then swaps the staging tree with the output folder (or renames it into place
    /// when there is none yet), then removes the old tree. After the swap the new site is live;
    /// failing to remove the old tree only leaves it for the next build to remove. Returns a note
    /// when entries written into the output folder during the build had to be kept aside.
    func swap(outputExists: Bool, known: CurrentTree) throws(FileSystemError) -> String? {
        try fileSystem.synchronize(parent)
        if outputExists {
            do throws(FileSystemError) {
                try fileSystem.exchange(stagingName, outputName, in: parent)
            } catch  where error.code == EINVAL || error.code == ENOSYS {
                throw FileSystemError(
                    action: "swap the new site into place at", path: parent.child(outputName), code: error.code,
                    advice: "this file system cannot exchange two folders atomically, and Atlas does not "
                        + "replace a site piece by piece; build into a folder on a local file system "
                        + "such as ext4, xfs, btrfs or tmpfs")
            }
        } else {
            try fileSystem.rename(stagingName, to: outputName, in: parent)
        }
        try? fileSystem.synchronize(parent)
        guard outputExists else { return nil }
        let keptName = "." + outputName + ".atlas-kept-\(time(nil))-\(getpid())"
        let removal = OldTreeRemoval(fileSystem: fileSystem, known: known)
        guard let stranded = try? removal.remove(stagingName, into: outputName, in: parent, keptName: keptName),
            !stranded.isEmpty
        else { return nil }
        return "\(stranded.count) file(s) written into \(outputName)/ during the build could not join the new "
            + "site (a file of the same name was in the way); they are in \(parent.child(keptName)): "
            + stranded.prefix(5).joined(separator: ", ")
    }

    /// Removes the staging folder a killed or failed build left behind: a half-built new tree
    /// (it holds `StagingTree.buildingMarker`), a finished one or an old tree already swapped out
    /// (they hold the manifest), or an empty folder. Anything else of that name is not Atlas's,
    /// however it got there, and is left alone with an error.
    func removeLeftoverStaging() throws(FileSystemError) {
        guard let status = try fileSystem.status(of: stagingName, in: parent) else { return }
        if status.kind == .folder {
            let inner = try fileSystem.openFolder(stagingName, in: parent)
            defer { fileSystem.close(inner) }
            let names = try fileSystem.names(in: inner)
            if names.isEmpty || names.contains(Manifest.fileName) || names.contains(StagingTree.buildingMarker) {
                try removeTree(stagingName, in: parent)
                return
            }
        }
        throw FileSystemError(
            action: "use the staging folder", path: parent.child(stagingName), code: EEXIST,
            advice: "Atlas builds the new site there, but this one holds no sign of an Atlas build and may be "
                + "yours: move or rename it, then build again")
    }

    /// Removes `name` and, when it is a folder (not a link to one), everything in it.
    func removeTree(_ name: String, in folder: FolderHandle) throws(FileSystemError) {
        guard let status = try fileSystem.status(of: name, in: folder) else { return }
        if status.kind == .folder {
            // A read-only folder of the user's (its copy lives on in the new tree) must be
            // writable for its entries to be removed.
            if status.mode & 0o700 != 0o700 {
                try fileSystem.setAttributes(of: name, in: folder, mode: status.mode | 0o700, modified: nil)
            }
            let inner = try fileSystem.openFolder(name, in: folder)
            defer { fileSystem.close(inner) }
            for child in try fileSystem.names(in: inner) { try removeTree(child, in: inner) }
        }
        try fileSystem.remove(name, in: folder, isFolder: status.kind == .folder)
    }
}
