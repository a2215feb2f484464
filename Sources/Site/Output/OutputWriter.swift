import Markdown

/// The only code that writes to the output folder.
///
/// It takes a complete in-memory site and checks every path before touching the disk, so a
/// site it refuses leaves the folder exactly as it was. It then writes only changed files
/// (each atomically), and removes files that an earlier build wrote and this one no longer
/// produces. Files it did not write (listed in no manifest) are never overwritten or deleted.
public struct OutputWriter: Sendable {
    /// The output folder as the user named it (`Public`), used in paths and messages.
    public let directory: String

    /// Lists the files Atlas wrote into the output folder, one relative path a line, sorted.
    public static let manifestName = ".atlas-manifest"

    public init(directory: String) {
        self.directory = directory
    }

    /// Checks the site against the output folder without changing anything: unsafe paths,
    /// files or folders Atlas did not write that are in the way. Throws the first problem.
    public func check(_ site: RenderedSite) throws(Diagnostic) {
        _ = try plan(site)
    }

    /// Checks, then writes the site. On a thrown check nothing was touched.
    public func write(_ site: RenderedSite) throws(Diagnostic) -> WriteReport {
        let plan = try plan(site)
        var report = WriteReport()
        do {
            let wanted = Set(plan.paths)
            // List new files before creating them: if the build dies half-way, the next build
            // still knows they are its own and can replace or remove them.
            if !wanted.isSubset(of: plan.previous) {
                try ensureFolder(directory)
                try writeManifest(plan.previous.union(wanted))
            }
            for path in plan.paths {
                let bytes = site.files[path]!
                if plan.previous.contains(path), DiskAccess.readBytes(at: full(path)) == bytes {
                    report.unchanged.append(path)
                    continue
                }
                for folder in RelativePath.parentFolders(of: path) { try ensureFolder(full(folder)) }
                try DiskAccess.writeAtomically(bytes, to: full(path))
                report.written.append(path)
            }
            report.removed = try removeStale(plan.previous.subtracting(wanted))
            try writeManifest(wanted)
        } catch {
            throw Diagnostic(
                .error, at: location(directory), "\(error) (the site may be partly updated; fix and build again)")
        }
        return report
    }

    // MARK: - Checking

    private struct Plan {
        var paths: [String]
        var previous: Set<String>
    }

    private func plan(_ site: RenderedSite) throws(Diagnostic) -> Plan {
        switch DiskAccess.kind(at: directory) {
        case .missing, .folder, .symbolicLink: break
        default: throw Diagnostic(.error, at: location(directory), "the output path exists and is not a folder")
        }
        let previous = readManifest()
        let paths = site.sortedPaths
        for path in paths {
            if let problem = RelativePath.problem(with: path) {
                throw Diagnostic(.error, at: location(full(path)), "refusing to write '\(path)': \(problem)")
            }
            if path == Self.manifestName {
                throw Diagnostic(
                    .error, at: location(full(path)), "refusing to write '\(path)': Atlas keeps its manifest there")
            }
            for folder in RelativePath.parentFolders(of: path) {
                let kind = DiskAccess.kind(at: full(folder))
                guard kind == .missing || kind == .folder else {
                    throw Diagnostic(
                        .error, at: location(full(folder)),
                        "Atlas needs a folder here to write \(path), but something else is in the way (move it)")
                }
            }
            switch DiskAccess.kind(at: full(path)) {
            case .missing: continue
            case .file where previous.contains(path), .symbolicLink where previous.contains(path): continue
            case .folder:
                throw Diagnostic(
                    .error, at: location(full(path)),
                    "Atlas needs to write a file here, but a folder is in the way (move it)")
            default:
                throw Diagnostic(
                    .error, at: location(full(path)),
                    "a file Atlas did not write is in the way; it is left alone (move or delete it, then build again)")
            }
        }
        return Plan(paths: paths, previous: previous)
    }

    // MARK: - Manifest

    /// The previous build's files. Unsafe lines are dropped, so a tampered manifest cannot make
    /// Atlas delete outside the output folder.
    private func readManifest() -> Set<String> {
        guard let bytes = DiskAccess.readBytes(at: full(Self.manifestName)) else { return [] }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        return Set(
            lines.filter { !$0.hasPrefix("#") && RelativePath.problem(with: $0) == nil && $0 != Self.manifestName })
    }

    private func writeManifest(_ paths: Set<String>) throws(DiskAccess.Failure) {
        let sorted = RenderedSite.sorted(paths)
        let text =
            "# Files written by atlas build; it replaces or removes only these.\n"
            + sorted.map { $0 + "\n" }.joined()
        let bytes = Array(text.utf8)
        guard DiskAccess.readBytes(at: full(Self.manifestName)) != bytes else { return }
        try DiskAccess.writeAtomically(bytes, to: full(Self.manifestName))
    }

    // MARK: - Removing

    private func removeStale(_ stale: Set<String>) throws(DiskAccess.Failure) -> [String] {
        var removed: [String] = []
        for path in RenderedSite.sorted(stale) {
            let kind = DiskAccess.kind(at: full(path))
            guard kind == .file || kind == .symbolicLink else { continue }
            try DiskAccess.removeFile(full(path))
            removed.append(path)
            // Deepest first; rmdir only succeeds on an empty folder, so nothing else is lost.
            for folder in RelativePath.parentFolders(of: path).reversed() {
                guard DiskAccess.removeFolderIfEmpty(full(folder)) else { break }
            }
        }
        return removed
    }

    // MARK: - Paths

    private func full(_ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }

    private func ensureFolder(_ path: String) throws(DiskAccess.Failure) {
        if DiskAccess.kind(at: path) != .folder { try DiskAccess.createFolders(path) }
    }

    private func location(_ path: String) -> SourceLocation { SourceLocation(path: path, line: 1, column: 1) }
}
