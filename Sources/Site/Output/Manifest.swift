/// The list of files Atlas wrote into the output folder, kept in the folder as `.atlas-manifest`.
///
/// One line a file: digest, size, modification time, inode and path (last, so it may hold spaces).
/// The size, time and inode let a build see cheaply that the file on disk is still the one Atlas
/// wrote; the digest then says whether the new bytes differ, without reading the old file.
/// Earlier versions wrote bare paths: a page the site still has is replaced, but one it dropped is
/// kept (nothing recorded shows it is still what Atlas wrote).
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
    private static let recordedPrefix = "# atlas manifest 2:"
    private static let header = recordedPrefix + " the files atlas build wrote; it replaces or removes only these."

    /// Every owned path; nil for a path an earlier version listed without a record.
    var entries: [String: Entry?] = [:]
    /// Whether the manifest was in this format (false for an earlier version's bare paths).
    var isRecorded = true

    init(entries: [String: Entry?] = [:]) {
        self.entries = entries
    }

    /// Parses a manifest. Unsafe paths are dropped, so a tampered manifest cannot make Atlas
    /// touch anything outside the output folder. Works on bytes: a site may list 10,000 files.
    init(parsing bytes: [UInt8]) {
        let lines = bytes.split(separator: UInt8(ascii: "\n"))
        isRecorded = lines.first.map { $0.starts(with: Self.recordedPrefix.utf8) } ?? false
        entries.reserveCapacity(lines.count)
        for line in lines where line.first != UInt8(ascii: "#") {
            guard
                let (path, entry) = isRecorded ? Self.parseRecord(line) : (String(decoding: line, as: UTF8.self), nil),
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

    /// `digest size seconds.nanoseconds inode path`.
    private static func parseRecord(_ line: ArraySlice<UInt8>) -> (String, Entry?)? {
        let fields = line.split(separator: UInt8(ascii: " "), maxSplits: 4, omittingEmptySubsequences: false)
        guard fields.count == 5, let digest = UInt64(ascii: fields[0], radix: 16), fields[0].count == 16,
            let size = UInt64(ascii: fields[1], radix: 10), let inode = UInt64(ascii: fields[3], radix: 10)
        else { return nil }
        let time = fields[2].split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard time.count == 2, time[1].count == 9, let seconds = UInt64(ascii: time[0], radix: 10),
            let nanoseconds = UInt64(ascii: time[1], radix: 10)
        else { return nil }
        let entry = Entry(
            digest: ContentDigest(value: digest), size: Int(size),
            modified: FileTime(seconds: Int(seconds), nanoseconds: Int(nanoseconds)), inode: inode)
        return (String(decoding: fields[4], as: UTF8.self), entry)
    }
}

extension UInt64 {
    /// Parses ASCII digits (no sign, no spaces); nil when empty, not digits, or too large.
    init?(ascii digits: ArraySlice<UInt8>, radix: UInt64) {
        guard !digits.isEmpty, digits.count <= 20 else { return nil }
        var value: UInt64 = 0
        for byte in digits {
            let digit: UInt64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt64(byte - UInt8(ascii: "a") + 10)
            default: return nil
            }
            guard digit < radix else { return nil }
            let (product, overflow) = value.multipliedReportingOverflow(by: radix)
            guard !overflow else { return nil }
            value = product &+ digit
            guard value >= product else { return nil }
        }
        self = value
    }
}
