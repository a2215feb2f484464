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
        classifyOldEntries(into: &plan)
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
    /// bytes only when the cheap record is missing or stale (an edit, an earlier version).
    private func decide(_ path: String, digest: ContentDigest) throws(Diagnostic) -> WritePlan.Action {
        let bytes = site.files[path]!
        guard let status = tree.entries[path], status.kind == .file, let recorded = manifest.entries[path] else {
            return .write(digest)
        }
        if let entry = recorded, entry.matches(status) {
            return entry.digest == digest && entry.size == bytes.count ? .keep(entry) : .write(digest)
        }
        guard status.size == bytes.count else { return .write(digest) }
        do throws(FileSystemError) {
            guard try readCurrent(path) == bytes else { return .write(digest) }
        } catch {
            throw Diagnostic(.error, at: location(path), "\(error)")
        }
        return .keep(Manifest.Entry(digest: digest, size: status.size, modified: status.modified, inode: status.inode))
    }

    // MARK: - The rest of the old tree

    private func classifyOldEntries(into plan: inout WritePlan) {
        for (path, status) in tree.entries where status.kind != .folder {
            if path == Manifest.fileName || site.files[path] != nil { continue }
            if manifest.entries.keys.contains(path) {
                plan.removed.append(path)
            } else if WritePlan.isLeftover(path) {
                plan.leftovers.append(path)
            } else {
                plan.carried.append(path)
            }
        }
        plan.removed = RenderedSite.sorted(plan.removed)
        plan.leftovers = RenderedSite.sorted(plan.leftovers)
        plan.carried = RenderedSite.sorted(plan.carried)
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
            plan.folders[folder] = .existing(mode: status.mode, modified: untouched ? status.modified : nil)
        }
        plan.droppedFolders = RenderedSite.sorted(
            tree.entries.compactMap { $0.value.kind == .folder && !kept.contains($0.key) ? $0.key : nil })
    }
}
