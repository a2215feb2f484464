import Markdown

/// Builds the new site in a staging folder beside the output folder, following a `WritePlan`.
///
/// Unchanged files and the user's entries are hard links to the current ones (same bytes, same
/// inode, same modification time); only changed files are written. Nothing in the current output
/// folder is modified. The manifest is written last.
struct StagingTree {
    var fileSystem: any FileSystem
    var parent: FolderHandle
    var outputName: String
    var stagingName: String
    /// Asked between steps: true stops the build with `FileSystemError.superseded`, leaving the
    /// staging folder for the next write to remove (a newer site is on its way).
    var superseded: @Sendable () -> Bool = { false }

    /// Marks a staging folder as Atlas's while it is built (the manifest marks it once written),
    /// so that a leftover of a killed build is told from a folder of the user's of the same name.
    static let buildingMarker = ".atlas-building"

    /// Fills the staging folder (which must not exist) and returns the new manifest.
    func build(_ plan: WritePlan, site: RenderedSite, tree: CurrentTree) throws(FileSystemError) -> Manifest {
        try fileSystem.makeFolder(stagingName, in: parent)
        var staging = try FolderCache(root: fileSystem.openFolder(stagingName, in: parent), fileSystem: fileSystem)
        defer { staging.closeAll() }
        _ = try fileSystem.create(Self.buildingMarker, in: staging.root, bytes: [])
        var current: FolderCache? =
            tree.root?.kind == .folder
            ? try FolderCache(root: fileSystem.openFolder(outputName, in: parent), fileSystem: fileSystem) : nil
        defer { current?.closeAll() }

        for folder in RenderedSite.sorted(plan.folders.keys) {
            let (above, name) = RelativePath.split(folder)
            try fileSystem.makeFolder(name, in: staging.handle(above))
        }
        var manifest = plan.keptManifest
        for (index, path) in (plan.carried + plan.keptPaths).enumerated() {
            // Linking 10,000 files takes a few hundred milliseconds: asked every 512.
            if index % 512 == 511, superseded() { throw .superseded }
            let (folder, name) = RelativePath.split(path)
            guard let source = try current?.handle(folder) else { continue }
            try fileSystem.link(name, from: source, to: staging.handle(folder))
        }
        if superseded() { throw .superseded }
        let writes = plan.files.compactMap { file -> NewFile? in
            guard case .write(let digest) = file.action else { return nil }
            return NewFile(path: file.path, digest: digest)
        }
        for (path, entry) in try create(writes, site: site, staging: &staging) {
            manifest.entries[path] = entry
        }
        _ = try fileSystem.create(Manifest.fileName, in: staging.root, bytes: manifest.bytes)
        // On disk before the swap: after a power cut the manifest still tells Atlas's files apart
        // (the pages are not flushed; one the cut caught differs from its record and is written again).
        try fileSystem.flush(Manifest.fileName, in: staging.root)
        try fileSystem.remove(Self.buildingMarker, in: staging.root, isFolder: false)
        try restoreFolderAttributes(plan, staging: &staging)
        if let root = tree.root, root.kind == .folder {
            try fileSystem.setOwner(of: stagingName, in: parent, to: root.owner)
            try fileSystem.setAttributes(of: stagingName, in: parent, mode: root.mode, modified: nil)
        }
        return manifest
    }

    /// A file the plan writes anew.
    struct NewFile: Sendable {
        var path: String
        var digest: ContentDigest
    }

    /// Creates the new files in two lanes at once, each lane with whole folders of its own: two
    /// threads creating files in one folder wait on that folder's lock in the kernel (measured at
    /// 100x, 9,820 new files in mostly one folder: the same wall time as one thread, with twice
    /// the system time), but in two folders they do not. Folders go to the lane with fewer bytes
    /// so far, largest first. Returns the files' manifest entries.
    private func create(
        _ files: [NewFile], site: RenderedSite, staging: inout FolderCache
    ) throws(FileSystemError) -> [(String, Manifest.Entry)] {
        let byFolder = Dictionary(grouping: files) { RelativePath.split($0.path).folder }
        // Every folder is opened first, so the lanes only read the handles.
        guard byFolder.count > 1, let handles = try staging.handlesKeptOpen(Array(byFolder.keys)) else {
            return try createAll(files, site: site) { path throws(FileSystemError) in try staging.handle(path) }
        }
        let lanes = Self.lanes(byFolder, site: site)
        let createLane = { @Sendable (files: [NewFile]) in
            Result { () throws(FileSystemError) in try createAll(files, site: site) { handles[$0]! } }
        }
        let (first, second) = concurrently({ createLane(lanes.0) }, { createLane(lanes.1) })
        return try first.get() + second.get()
    }

    /// The files of each folder, in two lanes of about as many bytes.
    private static func lanes(_ byFolder: [String: [NewFile]], site: RenderedSite) -> ([NewFile], [NewFile]) {
        let sized = byFolder.map { folder, files in
            (folder: folder, files: files, bytes: files.reduce(0) { $0 + site.files[$1.path]!.count })
        }.sorted { ($0.bytes, $1.folder) > ($1.bytes, $0.folder) }
        var lanes: ([NewFile], [NewFile]) = ([], [])
        var bytes = (0, 0)
        for folder in sized {
            if bytes.0 <= bytes.1 {
                lanes.0 += folder.files
                bytes.0 += folder.bytes
            } else {
                lanes.1 += folder.files
                bytes.1 += folder.bytes
            }
        }
        return lanes
    }

    /// Creates `files` one after another, each in the folder `folder(path)` gives.
    private func createAll(
        _ files: [NewFile], site: RenderedSite, folder: (String) throws(FileSystemError) -> FolderHandle
    ) throws(FileSystemError) -> [(String, Manifest.Entry)] {
        try files.map { file throws(FileSystemError) in
            (file.path, try createOne(file, in: folder(RelativePath.split(file.path).folder), site: site))
        }
    }

    /// Writes one new file into its (open) folder and returns its manifest entry.
    private func createOne(_ file: NewFile, in folder: FolderHandle, site: RenderedSite) throws(FileSystemError)
        -> Manifest.Entry
    {
        let status = try fileSystem.create(
            RelativePath.split(file.path).name, in: folder, bytes: site.files[file.path]!)
        return Manifest.Entry(digest: file.digest, size: status.size, modified: status.modified, inode: status.inode)
    }

    /// Deepest first, after their contents are in place: a carried-over folder gets its old
    /// owner and permissions back, and its old time when nothing in it changed.
    private func restoreFolderAttributes(_ plan: WritePlan, staging: inout FolderCache) throws(FileSystemError) {
        for folder in RenderedSite.sorted(plan.folders.keys).reversed() {
            guard case .existing(let owner, let mode, let modified) = plan.folders[folder] else { continue }
            let (above, name) = RelativePath.split(folder)
            try fileSystem.setOwner(of: name, in: staging.handle(above), to: owner)
            try fileSystem.setAttributes(of: name, in: staging.handle(above), mode: mode, modified: modified)
        }
    }
}

/// Open folders of one tree by relative path, each opened from its parent without following
/// links, so a folder swapped for a link after planning makes the write fail instead of escape.
struct FolderCache {
    let root: FolderHandle
    let fileSystem: any FileSystem
    private var open: [String: FolderHandle] = [:]
    /// At most this many folders are kept open at once.
    static let openLimit = 256

    init(root: FolderHandle, fileSystem: any FileSystem) {
        self.root = root
        self.fileSystem = fileSystem
    }

    /// The folder at `path` ("" is the root).
    mutating func handle(_ path: String) throws(FileSystemError) -> FolderHandle {
        if path.isEmpty { return root }
        if let handle = open[path] { return handle }
        // Descriptors are limited; a site has few folders, a user's tree may have many.
        if open.count >= Self.openLimit { closeOpened() }
        let (above, name) = RelativePath.split(path)
        let handle = try fileSystem.openFolder(name, in: handle(above))
        open[path] = handle
        return handle
    }

    /// The folders at `paths`, all open at once; nil when they (with the folders above them)
    /// are more than may be kept open.
    mutating func handlesKeptOpen(_ paths: [String]) throws(FileSystemError) -> [String: FolderHandle]? {
        var needed = Set<String>()
        for path in paths {
            var folder = path
            while !folder.isEmpty, needed.insert(folder).inserted { folder = RelativePath.split(folder).folder }
        }
        guard needed.count <= Self.openLimit else { return nil }
        if open.count + needed.count > Self.openLimit { closeOpened() }
        var handles: [String: FolderHandle] = [:]
        for path in paths { handles[path] = try handle(path) }
        return handles
    }

    mutating func closeAll() {
        closeOpened()
        fileSystem.close(root)
    }

    private mutating func closeOpened() {
        for handle in open.values { fileSystem.close(handle) }
        open = [:]
    }
}
