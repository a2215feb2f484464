import Foundation
import Markdown

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
        let resolved =
            Self.resolve(trimmed)
            ?? Self.resolve((trimmed as NSString).deletingLastPathComponent)
            .map { ($0 as NSString).appendingPathComponent((trimmed as NSString).lastPathComponent) }
        let full =
            resolved ?? (trimmed.hasPrefix("/") ? trimmed : FileManager.default.currentDirectoryPath + "/" + trimmed)
        parentPath = (full as NSString).deletingLastPathComponent
        name = (full as NSString).lastPathComponent
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

    private static func resolve(_ path: String) -> String? {
        guard let resolved = realpath(path.isEmpty ? "." : path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
