import Foundation

/// What a folder holds, seen without following links: each entry's kind, permissions and
/// bytes (or link target), so two trees can be compared exactly.
public struct TreeSnapshot: Equatable {
    /// Relative path under `Public/` -> description of the entry.
    public var output: [String: String]
    /// Entries beside `Public/` that a write leaves behind (its staging folder).
    public var staging: [String]

    public var withoutManifest: [String: String] { output.filter { $0.key != ".atlas-manifest" } }

    /// Snapshots `root/name` and lists `root`'s other entries named after it.
    public init(_ root: String, name: String = "Public") throws {
        output = [:]
        try Self.walk(root + "/" + name, prefix: "", into: &output)
        staging = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.hasPrefix("." + name + ".") }
    }

    /// The paths whose entries differ, for a failure message.
    public func difference(from other: TreeSnapshot) -> String {
        let keys = Set(output.keys).union(other.output.keys).filter { output[$0] != other.output[$0] }
        return keys.sorted().joined(separator: ", ") + (staging.isEmpty ? "" : "; left: \(staging)")
    }

    private static func walk(_ folder: String, prefix: String, into tree: inout [String: String]) throws {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let mode = String(info.st_mode & 0o7777, radix: 8)
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                tree[prefix + name] = "folder \(mode)"
                try walk(path, prefix: prefix + name + "/", into: &tree)
            case S_IFLNK:
                tree[prefix + name] = "link to " + (try FileManager.default.destinationOfSymbolicLink(atPath: path))
            default:
                let bytes = FileManager.default.contents(atPath: path) ?? Data()
                tree[prefix + name] = "file \(mode) " + String(decoding: bytes, as: UTF8.self)
            }
        }
    }
}
