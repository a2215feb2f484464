/// The list of files Atlas wrote into the output folder, kept in the folder as `.atlas-manifest`.
///
/// One line a file: digest, size, modification time, inode and path (last, so it may hold spaces).
/// The size, time and inode let a build see cheaply that the file on disk is still the one Atlas
/// wrote; the digest then says whether the new bytes differ, without reading the old file.
/// Earlier versions wrote bare paths; those entries are read as owned with nothing recorded.
struct Manifest: Sendable, Equatable {
    /// What was recorded for one file when Atlas wrote it.
    struct Entry: Sendable, Hashable {
        var digest: ContentDigest
        var size: Int
        var modified: FileTime
        var inode: UInt64

        /// Whether `status` is still the file this entry describes.
        func matches(_ status: EntryStatus) -> Bool {
            status.kind == .file && status.size == size && status.modified == modified && status.inode == inode
        }
    }

    static let fileName = ".atlas-manifest"
    private static let header = "# atlas manifest 2: the files atlas build wrote; it replaces or removes only these."

    /// Every owned path; nil for a path an earlier version listed without a record.
    var entries: [String: Entry?] = [:]

    init(entries: [String: Entry?] = [:]) {
        self.entries = entries
    }

    /// Parses a manifest. Unsafe paths are dropped, so a tampered manifest cannot make Atlas
    /// touch anything outside the output folder.
    init(parsing bytes: [UInt8]) {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        let recorded = lines.first.map { $0.hasPrefix("# atlas manifest 2:") } ?? false
        for line in lines where !line.hasPrefix("#") {
            guard let (path, entry) = recorded ? Self.parseRecord(line) : (String(line), nil),
                RelativePath.problem(with: path) == nil, path != Self.fileName
            else { continue }
            entries[path] = entry
        }
    }

    /// The manifest's text, paths in byte order.
    var bytes: [UInt8] {
        var text = Self.header + "\n"
        for path in RenderedSite.sorted(entries.keys) {
            guard let entry = entries[path] ?? nil else { continue }
            text += "\(entry.digest) \(entry.size) \(entry.modified) \(entry.inode) \(path)\n"
        }
        return Array(text.utf8)
    }

    private static func parseRecord(_ line: Substring) -> (String, Entry?)? {
        let fields = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false)
        guard fields.count == 5, let digest = ContentDigest(fields[0]), let size = Int(fields[1]),
            let modified = FileTime(fields[2]), let inode = UInt64(fields[3])
        else { return nil }
        return (String(fields[4]), Entry(digest: digest, size: size, modified: modified, inode: inode))
    }
}
