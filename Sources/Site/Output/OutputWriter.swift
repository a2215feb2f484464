import Foundation
import Markdown

// The only code that writes to the output folder. Why it works the way it does:
//
// - Old or new, never mixed. Replacing files one by one (each atomically) still leaves a mixed
//   site when the disk fills, a name is refused or the process is killed half-way. So the new
//   site is built whole in a staging folder beside the output folder (`.Public.atlas-staging`,
//   same file system), then swapped with it in one step: renameat2(RENAME_EXCHANGE). Before the
//   swap the output folder is the last good site; after it, the new one. A file system that
//   cannot exchange is refused with a message; a piece-by-piece fallback would bring the mixed
//   site back. The old tree, now at the staging name, is removed after the swap; a build that
//   dies at any point leaves at most that staging folder, which the next build removes first.
// - Only changed files written. Unchanged files are hard-linked from the current site into the
//   staging tree, so their bytes are not rewritten and their inode and modification time stay
//   (uploads to static hosting stay small). The manifest records each file's digest, size,
//   time and inode: a matching `lstat` proves the file is still what Atlas wrote, and the digest
//   says whether the new bytes differ, without reading 10,000 old files. When nothing changed
//   nothing is written at all, not even the manifest, and there is no swap.
// - Never outside the output folder. Every operation is relative to a folder descriptor opened
//   with O_NOFOLLOW, one component at a time, so a link anywhere in the tree is an entry of its
//   own (carried over or refused), never a way out.
// - Never the user's files. Entries the manifest does not list (a CNAME, the user's folders,
//   links) are linked into the new tree untouched; one in the way of a page is an error. An
//   entry written into the output folder while the build ran is moved into the new site after
//   the swap, or kept aside (`.Public.atlas-kept-*`) when a page took its name.
// - Everything is decided before anything is written (`WritePlan`): unsafe or too long paths
//   and conflicts are refused while the output folder is untouched.
// - Flushed sparingly. The swap is atomic against a kill, an error or a full disk without any
//   flush. For a power cut, only the manifest and the parent folder's entries are flushed before
//   the swap: flushing every page (syncfs) wrote out all the file system's dirty data, the whole
//   new site and other programs' data alike, and took seconds at 100x. A page the cut caught
//   before it reached the disk then differs from its manifest record (size, time, inode), and the
//   next build writes it again; the site itself can always be built again.
// - One build at a time: a lock on the parent folder, so two builds never share a staging folder.
//
// The price: a build that changes anything makes one link per unchanged file and removes one
// per old file (metadata only, no bytes), so its cost grows with the site, not the change.
// A cheaper atomic switch would need the output folder to be a link to versioned folders,
// which changes what the user serves from; a build that changes nothing only reads.

/// Writes a rendered site to the output folder as a whole: see the design notes above.
public struct OutputWriter: Sendable {
    /// The output folder as the user named it (`Public`), used in paths and messages.
    public let directory: String
    let fileSystem: any FileSystem

    /// Lists the files Atlas wrote into the output folder, with what it recorded about each.
    public static let manifestName = Manifest.fileName

    public init(directory: String) {
        self.init(directory: directory, fileSystem: SystemFileSystem())
    }

    init(directory: String, fileSystem: any FileSystem) {
        self.directory = directory
        self.fileSystem = fileSystem
    }

    /// Checks the site against the output folder without changing anything: unsafe or too long
    /// paths, files or folders Atlas did not write in the way. Throws the first problem.
    public func check(_ site: RenderedSite) throws(Diagnostic) {
        var site = site
        try site.materialize()
        let place = try OutputPlace(directory)
        guard let parent = try? fileSystem.openFolder(atPath: place.parentPath) else {
            _ = try planner(site, previous: nil, place: place, tree: CurrentTree(), manifest: Manifest()).plan()
            return
        }
        defer { fileSystem.close(parent) }
        _ = try survey(site, previous: nil, place: place, parent: parent)
    }

    /// Checks, then replaces the output folder with the site. Throws with the output folder as
    /// it was (the last good site) when the check or any write fails.
    public func write(_ site: RenderedSite) throws(Diagnostic) -> WriteReport {
        try publish(site, previous: nil)!.report
    }

    /// `write`, given the site this process published last (`atlas serve`), so unchanged files
    /// are not hashed again; returns what to pass next time. `accepted` is called once the writer
    /// holds the output folder's lock, before it surveys the folder, with whether the site differs
    /// from `shown` (the site last shown, when it was not written) or else `previous`: `atlas serve`
    /// shows it then (at 10,000 files the survey alone takes longer than the render of one edit),
    /// and goes back to the last good site, with the error, should the plan be refused or the
    /// writing fail. `superseded` is asked between the steps before the swap: when it says a newer
    /// site is on its way, the writing stops with the output folder as it was, and nil is returned
    /// (the staging folder is left for the next write to remove, after its own `accepted`).
    public func publish(
        _ site: RenderedSite, previous: PublishedSite?, shown: RenderedSite? = nil,
        superseded: @escaping @Sendable () -> Bool = { false }, accepted: (_ changed: Bool) -> Void = { _ in }
    ) throws(Diagnostic) -> Publication? {
        let place = try OutputPlace(directory)
        let parent = try intact { () throws(FileSystemError) in try openParent(place) }
        defer { fileSystem.close(parent) }
        let swap = SiteSwap(
            fileSystem: fileSystem, parent: parent, outputName: place.name, stagingName: place.stagingName)
        try intact { () throws(FileSystemError) in try fileSystem.lock(parent) }
        // The same paths with the same bytes is no change: a reused file shares its bytes with
        // the last site, so only the files made again are compared.
        let changed = (shown ?? previous?.site).map { site.differs(from: $0) } ?? true
        accepted(changed)
        // A superseded write's staging folder is removed after the next site is shown.
        try intact { () throws(FileSystemError) in try swap.removeLeftoverStaging() }
        if superseded() { return nil }
        // The downloads `atlas serve` left lazy are made once the pages are shown.
        var site = site
        let lazyPaths = Array(site.lazyFiles.keys)
        try site.materialize()
        // With the same pages, the downloads may still differ (only they are compared again).
        let siteChanged = changed || lazyPaths.contains { previous?.site.files[$0] != site.files[$0] }
        if superseded() { return nil }
        let survey = try survey(site, previous: previous, place: place, parent: parent)
        let plan = survey.plan
        var digests = plan.keptManifest.entries.compactMapValues { $0?.digest }
        var note: String?
        if !plan.changesNothing(tree: survey.tree, manifest: survey.manifest) {
            var staging = StagingTree(
                fileSystem: fileSystem, parent: parent, outputName: place.name, stagingName: place.stagingName)
            staging.superseded = superseded
            let swapped = try intact { () throws(FileSystemError) -> Bool in
                do throws(FileSystemError) {
                    let manifest = try staging.build(plan, site: site, tree: survey.tree)
                    if superseded() { return false }
                    note = try swap.swap(outputExists: survey.tree.root != nil, known: survey.tree)
                    digests = manifest.entries.compactMapValues { $0?.digest }
                    return true
                } catch  where error == .superseded {
                    return false
                } catch {
                    try? swap.removeLeftoverStaging()
                    throw error
                }
            }
            if !swapped { return nil }
        }
        var report = WriteReport(written: plan.writtenPaths, unchanged: plan.keptPaths, removed: plan.removed)
        report.notes = plan.adopted.map { path in
            "kept \(location(path).path): it changed after Atlas wrote it, so it is yours now (the site no longer has it)"
        }
        report.notes += plan.unrecorded.map { path in
            "kept \(location(path).path): an earlier Atlas listed it without a record, so nothing shows it is "
                + "a page of an old build rather than a file of yours (the site no longer has it; remove it if it is stale)"
        }
        report.notes += note.map { [$0] } ?? []
        return Publication(
            report: report, published: PublishedSite(site: site, digests: digests), hashedCount: plan.hashedCount,
            siteChanged: siteChanged)
    }

    // MARK: - Reading the output folder

    struct Survey {
        var tree: CurrentTree
        /// The manifest on disk; nil when there is none.
        var manifest: Manifest?
        var plan: WritePlan
    }

    private func survey(
        _ site: RenderedSite, previous: PublishedSite?, place: OutputPlace, parent: FolderHandle
    ) throws(Diagnostic) -> Survey {
        let (tree, manifestBytes) = try intact { () throws(FileSystemError) in
            let tree = try CurrentTree.read(place.name, in: parent, using: fileSystem)
            return (tree, try readManifest(tree, place: place, parent: parent))
        }
        if let root = tree.root, root.kind != .folder {
            throw Diagnostic(.error, at: location(""), "the output path exists and is not a folder")
        }
        if let root = tree.root, root.mode & 0o200 == 0 {
            throw Diagnostic(
                .error, at: location(""),
                "\(directory)/ is read-only, so Atlas left it alone and the last good site is intact "
                    + "(make it writable, e.g. `chmod u+w \(directory)`, and build again)")
        }
        if tree.entries[StagingTree.buildingMarker] != nil {
            throw Diagnostic(
                .error, at: location(StagingTree.buildingMarker),
                "Atlas reserves the name \(StagingTree.buildingMarker) for the folder it builds in; "
                    + "rename this file and build again (\(directory)/ still holds the last good site)")
        }
        let manifest = manifestBytes.map(Manifest.init(parsing:))
        var planner = planner(site, previous: previous, place: place, tree: tree, manifest: manifest ?? Manifest())
        planner.limits.maximumNameLength = fileSystem.maximumNameLength(in: parent)
        return Survey(tree: tree, manifest: manifest, plan: try planner.plan())
    }

    private func planner(
        _ site: RenderedSite, previous: PublishedSite?, place: OutputPlace, tree: CurrentTree, manifest: Manifest
    ) -> WritePlanner {
        WritePlanner(
            site: site, tree: tree, manifest: manifest, previous: previous,
            limits: NameLimits(outputPath: place.absolutePath),
            readCurrent: { (path: String) throws(FileSystemError) in try readCurrent(path, place: place) },
            location: location)
    }

    private func readManifest(_ tree: CurrentTree, place: OutputPlace, parent: FolderHandle)
        throws(FileSystemError) -> [UInt8]?
    {
        guard tree.entries[Manifest.fileName]?.kind == .file else { return nil }
        let output = try fileSystem.openFolder(place.name, in: parent)
        defer { fileSystem.close(output) }
        return try fileSystem.read(Manifest.fileName, in: output)
    }

    private func readCurrent(_ path: String, place: OutputPlace) throws(FileSystemError) -> [UInt8] {
        let parent = try fileSystem.openFolder(atPath: place.parentPath)
        var folders = try FolderCache(root: fileSystem.openFolder(place.name, in: parent), fileSystem: fileSystem)
        fileSystem.close(parent)
        defer { folders.closeAll() }
        let (folder, name) = RelativePath.split(path)
        return try fileSystem.read(name, in: folders.handle(folder))
    }

    private func openParent(_ place: OutputPlace) throws(FileSystemError) -> FolderHandle {
        if (try? fileSystem.openFolder(atPath: place.parentPath)) == nil {
            // The folder the user asked to build into may sit in folders that do not exist yet.
            try? FileManager.default.createDirectory(atPath: place.parentPath, withIntermediateDirectories: true)
        }
        return try fileSystem.openFolder(atPath: place.parentPath)
    }

    // MARK: - Messages

    /// Runs a step of the write and turns a failure into a diagnostic that says the output
    /// folder still holds the last good site (true until the swap, which is the last step).
    private func intact<Value>(_ step: () throws(FileSystemError) -> Value) throws(Diagnostic) -> Value {
        do throws(FileSystemError) {
            return try step()
        } catch {
            throw Diagnostic(
                .error, at: location(""),
                "\(error); \(directory)/ still holds the last good site (fix that and build again)")
        }
    }

    private func location(_ relative: String) -> SourceLocation {
        let path =
            relative.isEmpty ? directory : directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
        return SourceLocation(path: path, line: 1, column: 1)
    }
}
