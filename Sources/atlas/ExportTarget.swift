import Content
import Foundation
import Markdown

/// Where `atlas export --output` may write. The write replaces the file whole, so a name that
/// is a source Atlas reads (`-o Content/atlas.yml` overwrote the configuration just read), a
/// symbolic link (replaced by a plain file, its target untouched), a read-only file (written
/// anyway by root, and made writable) or a folder is refused before anything is written.
enum ExportTarget {
    static func check(_ path: String, contentFolder: String) throws(Diagnostic) {
        let at = SourceLocation(path: path, line: 1, column: 1)
        var status = stat()
        if lstat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFLNK:
                throw Diagnostic(
                    .error, at: at, "is a symbolic link, which the export would replace; name the file it points to")
            case S_IFDIR:
                throw Diagnostic(.error, at: at, "is a folder; name a file to write the export to")
            case S_IFREG:
                if status.st_mode & S_IWUSR == 0 {
                    throw Diagnostic(.error, at: at, "is read-only, so the export does not replace it")
                }
            default:
                throw Diagnostic(.error, at: at, "is not a regular file, so the export does not replace it")
            }
        }
        let name = (path as NSString).lastPathComponent
        guard name.hasSuffix(".md") || name == ContentLoader.configFile else { return }
        let folder = realFolder((path as NSString).deletingLastPathComponent)
        if let folder, folder == realFolder(contentFolder) {
            throw Diagnostic(
                .error, at: at,
                "is one of the sources the export is read from; write the export outside \(contentFolder)/")
        }
    }

    /// The folder's path with its links resolved, or nil when it does not exist.
    private static func realFolder(_ path: String) -> String? {
        guard let resolved = realpath(path.isEmpty ? "." : path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
