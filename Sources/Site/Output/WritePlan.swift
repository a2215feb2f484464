import Foundation
import Markdown

/// Everything a write will do, decided before anything is written: which files are kept as they
/// are, which are written, which entries of the user's are carried over, what is dropped.
struct WritePlan: Sendable {
    enum Action: Sendable, Equatable {
        /// The file on disk already has these bytes: link it into the new tree.
        case keep(Manifest.Entry)
        /// New or changed bytes, with their digest.
        case write(ContentDigest)
    }

    /// A folder of the new tree: made anew, or carried over with the old one's attributes.
    enum FolderOrigin: Sendable, Equatable {
        case new
        /// Owner and permission bits, and the modification time when nothing in it changes.
        case existing(owner: Owner, mode: UInt32, modified: FileTime?)
    }

    /// The site's files, sorted.
    var files: [(path: String, action: Action)] = []
    /// Entries Atlas did not write (files, links), linked into the new tree as they are.
    var carried: [String] = []
    /// Files an earlier build wrote that were changed since and are no longer in the site: the
    /// user's now, so carried over (also in `carried`) and named in a note.
    var adopted: [String] = []
    /// Files an earlier version listed by their path alone that are no longer in the site:
    /// nothing shows they are still what it wrote, so they are carried over (also in `carried`)
    /// and named in a note, never removed.
    var unrecorded: [String] = []
    var folders: [String: FolderOrigin] = [:]
    /// Files an earlier build wrote that this build no longer produces.
    var removed: [String] = []
    /// Temporary files that earlier versions of Atlas left behind.
    var leftovers: [String] = []
    /// Folders that only held removed files.
    var droppedFolders: [String] = []
    /// How many files were hashed (a rebuild given the previous site skips unchanged ones).
    var hashedCount = 0

    var keptManifest: Manifest {
        var manifest = Manifest()
        for case (let path, .keep(let entry)) in files { manifest.entries[path] = entry }
        return manifest
    }

    var writtenPaths: [String] { files.compactMap { if case .write = $0.action { $0.path } else { nil } } }
    var keptPaths: [String] { files.compactMap { if case .keep = $0.action { $0.path } else { nil } } }

    /// True when the output folder already holds exactly this site: nothing to write, not even
    /// the manifest (compared as records, not text, so no 10,000-line text is made for it).
    func changesNothing(tree: CurrentTree, manifest: Manifest?) -> Bool {
        guard tree.root?.kind == .folder, let manifest, manifest.isRecorded else { return false }
        return writtenPaths.isEmpty && removed.isEmpty && leftovers.isEmpty && droppedFolders.isEmpty
            && manifest.entries == keptManifest.entries
    }

    /// `.catalog.json.atlas-4242.tmp`: the temporary name earlier versions wrote `catalog.json`
    /// through, beside a file the manifest lists. The same name beside no listed file is the
    /// user's (`drafts/.report.atlas-2024.tmp`), and stays.
    static func isLeftover(_ path: String, manifest: Manifest) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        let name = parts.last ?? ""
        guard name.hasPrefix("."), name.hasSuffix(".tmp"), let marker = name.range(of: ".atlas-", options: .backwards)
        else { return false }
        let digits = name[marker.upperBound..<name.index(name.endIndex, offsetBy: -4)]
        guard marker.lowerBound > name.index(after: name.startIndex), !digits.isEmpty,
            digits.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return false }
        let folders = parts.dropLast().map { $0 + "/" }.joined()
        let written = folders + name[name.index(after: name.startIndex)..<marker.lowerBound]
        return manifest.entries[written] != nil
    }
}
