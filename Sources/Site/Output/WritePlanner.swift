import Markdown

/// Makes a `WritePlan` from the site, the output folder as it is and its manifest. Reads only;
/// every refusal (an unsafe or too long path, something of the user's in the way) is thrown here,
/// before the first write.
struct WritePlanner {
    var site: RenderedSite
    var tree: CurrentTree
    var manifest: Manifest
    var previous: PublishedSite?
    var limits: NameLimits
    /// Reads a file of the current output folder by relative path, for the rare byte comparison.
    var readCurrent: (String) throws(FileSystemError) -> [UInt8]
    /// Where a refused path is reported: the output folder as the user named it, plus the path.
    var location: (String) -> SourceLocation

    func plan() throws(Diagnostic) -> WritePlan {
        var plan = WritePlan()
        let paths = site.sortedPaths
        let siteFolders = Set(paths.flatMap(RelativePath.parentFolders(of:)))
        // Each file's bytes are compared and hashed on every core: hundreds of megabytes at 100x.
        let digests = concurrentResults(
            count: paths.count, skip: { false },
            body: { [site, previous] index in
                Result<Digested, Never>.success(Self.digest(paths[index], site: site, previous: previous))
            })
        for (path, digested) in zip(paths, digests) {
            try refuseUnsafe(path, siteFolders: siteFolders)
            let digested = digested!.get()
            if digested.hashed { plan.hashedCount += 1 }
            plan.files.append((path, try decide(path, digest: digested.digest)))
        }
        try classifyOldEntries(into: &plan)
        planFolders(&plan, siteFolders: siteFolders)
        return plan
    }

    // MARK: - Refusals

    private func refuseUnsafe(_ path: String, siteFolders: Set<String>) throws(Diagnostic) {
        func refuse(_ at: String, _ why: String) -> Diagnostic {
            Diagnostic(.error, at: location(at), "refusing to write '\(path)': \(why)")
        }
        if let problem = RelativePath.problem(with: path) { throw refuse(path, problem) }
        if path == Manifest.fileName { throw refuse(path, "Atlas keeps its manifest there") }
        if let problem = limits.problem(with: path) { throw refuse(path, problem) }
        if siteFolders.contains(path) { throw refuse(path, "the site also needs a folder of that name") }
        for folder in RelativePath.parentFolders(of: path) {
            guard let status = tree.entries[folder], status.kind != .folder else { continue }
            throw Diagnostic(
                .error, at: location(folder),
                "Atlas needs a folder here to write \(path), but something else is in the way (move it)")
        }
        switch tree.entries[path]?.kind {
        case nil: return
        case .folder?:
            throw Diagnostic(
                .error, at: location(path), "Atlas needs to write a file here, but a folder is in the way (move it)")
        case _? where manifest.entries.keys.contains(path): return
        case _?:
            throw Diagnostic(
                .error, at: location(path),
                "a file Atlas did not write is in the way; it is left alone (move or delete it, then build again)")
        }
    }

    // MARK: - Changed or not

    /// A file's digest, and whether it had to be hashed.
    private struct Digested: Sendable {
        var digest: ContentDigest
        var hashed: Bool
    }

    /// The digest of the file at `path`, reused from `previous` when its bytes are the same
    /// (an O(1) check when the renderer reused the previous bytes).
    private static func digest(_ path: String, site: RenderedSite, previous: PublishedSite?) -> Digested {
        let bytes = site.files[path]!
        let same = previous?.site.files[path] == bytes
        if same, let digest = previous?.digests[path] {
            return Digested(digest: digest, hashed: false)
        }
        return Digested(digest: ContentDigest(of: bytes), hashed: true)
    }

    /// Keep the file on disk when it is still what Atlas wrote and the digests agree; compare
    /// bytes only when the cheap record is missing or stale (a copy, a restore, an earlier
    /// version, an edit). A listed file that is no longer what Atlas wrote is refused, not replaced.
    private func decide(_ path: String, digest: ContentDigest) throws(Diagnostic) -> WritePlan.Action {
        let bytes = site.files[path]!
        guard let status = tree.entries[path], let recorded = manifest.entries[path] else { return .write(digest) }
        if let entry = recorded, entry.matches(status) {
            return entry.digest == digest && entry.size == bytes.count ? .keep(entry) : .write(digest)
        }
        let current = try currentBytes(path, status: status, sizes: [bytes.count, recorded?.size])
        if status.kind == .file, current == bytes {
            return .keep(
                Manifest.Entry(digest: digest, size: status.size, modified: status.modified, inode: status.inode))
        }
        guard Self.isStillAtlas(status: status, record: recorded, bytes: current) else {
            let what =
                status.kind == .file
                ? "this file changed after Atlas wrote it, so it is yours now" : "something Atlas did not write is here"
            throw Diagnostic(
                .error, at: location(path), "\(what); it is left alone (move or delete it, then build again)")
        }
        return .write(digest)
    }

    /// The bytes of a listed file whose record is stale, read only when they could decide
    /// something: when the file has one of `sizes` (the new bytes' or the recorded size).
    private func currentBytes(_ path: String, status: EntryStatus, sizes: [Int?]) throws(Diagnostic) -> [UInt8]? {
        guard status.kind == .file, sizes.contains(status.size) else { return nil }
        do throws(FileSystemError) {
            return try readCurrent(path)
        } catch {
            throw Diagnostic(.error, at: location(path), "\(error)")
        }
    }

    /// Whether a file the manifest lists, whose record is stale, is still the one Atlas wrote:
    /// a copy or restore of it (same bytes, new inode or time) or an empty file (a write a power
    /// cut caught) is; a file edited since, a link or a folder is the user's. An earlier version's
    /// bare path recorded nothing, so its regular file counts as Atlas's.
    private static func isStillAtlas(status: EntryStatus, record: Manifest.Entry?, bytes: [UInt8]?) -> Bool {
        guard status.kind == .file else { return false }
        guard let record else { return true }
        if status.size == 0 { return true }
        guard let bytes, bytes.count == record.size else { return false }
        return ContentDigest(of: bytes) == record.digest
    }

    // MARK: - The rest of the old tree

    private func classifyOldEntries(into plan: inout WritePlan) throws(Diagnostic) {
        for (path, status) in tree.entries where status.kind != .folder {
            if path == Manifest.fileName || site.files[path] != nil { continue }
            if let recorded = manifest.entries[path] {
                if recorded == nil {
                    plan.unrecorded.append(path)
                    plan.carried.append(path)
                } else if try isStillAtlas(path, status: status, record: recorded) {
                    plan.removed.append(path)
                } else {
                    plan.adopted.append(path)
                    plan.carried.append(path)
                }
            } else if WritePlan.isLeftover(path, manifest: manifest) {
                plan.leftovers.append(path)
            } else {
                plan.carried.append(path)
            }
        }
        plan.removed = RenderedSite.sorted(plan.removed)
        plan.leftovers = RenderedSite.sorted(plan.leftovers)
        plan.carried = RenderedSite.sorted(plan.carried)
        plan.adopted = RenderedSite.sorted(plan.adopted)
        plan.unrecorded = RenderedSite.sorted(plan.unrecorded)
    }

    /// `isStillAtlas` for a listed file the site no longer has, reading it only when its record is stale.
    private func isStillAtlas(_ path: String, status: EntryStatus, record: Manifest.Entry?) throws(Diagnostic) -> Bool {
        if let record, record.matches(status) { return true }
        let bytes = try currentBytes(path, status: status, sizes: [record?.size])
        return Self.isStillAtlas(status: status, record: record, bytes: bytes)
    }

    /// A folder of the old tree stays unless removing files left it empty (as `rmdir` after
    /// each removal would); the site's folders are made when missing.
    private func planFolders(_ plan: inout WritePlan, siteFolders: Set<String>) {
        let emptied = Set((plan.removed + plan.leftovers).flatMap(RelativePath.parentFolders(of:)))
        var kept = siteFolders
        for (path, status) in tree.entries where status.kind == .folder && !emptied.contains(path) {
            kept.insert(path)
        }
        for path in plan.carried + Array(kept) { kept.formUnion(RelativePath.parentFolders(of: path)) }
        for folder in kept {
            guard let status = tree.entries[folder] else {
                plan.folders[folder] = .new
                continue
            }
            let untouched = !siteFolders.contains(folder) && !emptied.contains(folder)
            plan.folders[folder] = .existing(
                owner: status.owner, mode: status.mode, modified: untouched ? status.modified : nil)
        }
        plan.droppedFolders = RenderedSite.sorted(
            tree.entries.compactMap { $0.value.kind == .folder && !kept.contains($0.key) ? $0.key : nil })
    }
}
