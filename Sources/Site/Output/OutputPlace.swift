import Content
import Foundation
import Markdown

/// Where the output folder is: its parent folder (where the staging folder goes) and its name.
///
/// The path the user gave is resolved once, links included (`Public` may be a link to the folder
/// a web server serves; then that folder is replaced and the link keeps pointing at it). Below
/// the output folder nothing is ever resolved through a link.
struct OutputPlace: Sendable {
    var parentPath: String
    var name: String

    /// The folder the new tree is built in: beside the output folder, so on its file system.
    var stagingName: String { "." + name + ".atlas-staging" }
    var absolutePath: String { parentPath.hasSuffix("/") ? parentPath + name : parentPath + "/" + name }

    init(_ directory: String) throws(Diagnostic) {
        var trimmed = directory
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        let (folder, last) = Self.split(trimmed)
        let resolved = Self.resolve(trimmed) ?? Self.resolve(folder).map { Self.join($0, last) }
        let here = FileManager.default.currentDirectoryPath
        let full = resolved ?? (trimmed.hasPrefix("/") ? trimmed : Self.join(here, trimmed))
        (parentPath, name) = Self.split(full)
        if name.isEmpty || name == "/" || name == "." || name == ".." {
            throw Diagnostic(
                .error, at: SourceLocation(path: directory, line: 1, column: 1),
                "Atlas replaces the output folder as a whole, so it must be a named folder, not '\(directory)'")
        }
        if stagingName.utf8.count > 255 {
            throw Diagnostic(
                .error, at: SourceLocation(path: directory, line: 1, column: 1),
                "the output folder's name is too long to build its staging folder beside it (shorten it)")
        }
    }

    /// The folder part and the last component of a path (`/`-separated; the folder of a bare
    /// name is "", of `/x` is `/`). Written out because Foundation's `deletingLastPathComponent`
    /// traps on a one-character relative path on Linux (`--output P`).
    static func split(_ path: String) -> (folder: String, last: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        let folder = path[..<slash]
        return (folder.isEmpty ? "/" : String(folder), String(path[path.index(after: slash)...]))
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    private static func resolve(_ path: String) -> String? {
        FolderBoundary.resolvedPath(path.isEmpty ? "." : path)
    }
}
