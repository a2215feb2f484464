import Content
import Foundation
import Markdown

/// One file of a site's theme, a template or an asset, and where it came from.
public struct ThemeFile: Sendable, Equatable {
    /// Path inside the theme: `layout.mustache`, `assets/style.css`.
    public var path: String
    public var bytes: [UInt8]
    /// The file it was read from (`Templates/layout.mustache`), or nil when it is built in.
    public var overriddenBy: String?

    /// Where the file came from, for messages and `atlas build --verbose`.
    public var origin: String { overriddenBy ?? "built-in theme" }

    /// What a build does with the file: a template, an asset, or nothing (a README in the folder).
    public var role: String {
        if Theme.templateName(of: path) != nil { return "template" }
        return Theme.assetPath(of: path) != nil ? "asset" : "unused file"
    }
}

/// A site's theme: the built-in theme, with each file replaced by the file of the same path in
/// the site's templates folder when there is one (a user copies one file to change one page kind).
public enum Theme {
    /// Every file of the theme whose path passes `include`, sorted by path. A folder that does
    /// not exist overrides nothing. Only included files are read, so each read error is reported once.
    public static func files(
        overriding folder: String, include: (String) -> Bool = { _ in true }
    ) throws(Diagnostic) -> [ThemeFile] {
        var files = BuiltInTheme.files.filter { include($0.key) }.mapValues {
            ThemeFile(path: "", bytes: $0, overriddenBy: nil)
        }
        let boundary = FolderBoundary(folder)
        for relative in visibleFiles(in: folder) where include(relative) {
            let path = join(folder, relative)
            // No size limit (fonts, images), but a FIFO or a device must not hang the build.
            let bytes: [UInt8]
            do throws(InputFile.Failure) {
                bytes = try InputFile.read(path, limit: Int.max - 1, inside: boundary)
            } catch {
                throw error.diagnostic(at: path)
            }
            files[relative] = ThemeFile(path: "", bytes: bytes, overriddenBy: path)
        }
        return files.keys.sorted().map { path in
            var file = files[path]!
            file.path = path
            return file
        }
    }

    /// Templates are the `*.mustache` files outside `assets/`; the name drops the extension.
    static func templateName(of path: String) -> String? {
        guard path.hasSuffix(".mustache"), !isAsset(path) else { return nil }
        return String(path.dropLast(".mustache".count))
    }

    /// The path of `path` inside the assets folder, or nil when it is not an asset.
    static func assetPath(of path: String) -> String? {
        isAsset(path) ? String(path.dropFirst(SiteRenderer.assetsFolder.count + 1)) : nil
    }

    private static func isAsset(_ path: String) -> Bool { path.hasPrefix(SiteRenderer.assetsFolder + "/") }

    /// Regular files below `folder` (through symbolic links; a link out of the folder is refused
    /// when read), hidden ones (`.DS_Store`, editor swap files) left out. A link to a folder
    /// inside `folder` is followed, once per folder (the enumerator does not go through links,
    /// so its files were left out without a word); one to a folder elsewhere is not.
    private static func visibleFiles(in folder: String) -> [String] {
        let root = realPath(folder) ?? folder
        var visited: Set<String> = [root]
        var found: [String] = []
        collectFiles(in: folder, prefix: "", root: root, visited: &visited, into: &found)
        return found
    }

    private static func collectFiles(
        in directory: String, prefix: String, root: String, visited: inout Set<String>, into found: inout [String]
    ) {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return }
        for case let relative as String in enumerator
        where !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            let path = join(directory, relative)
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            guard exists, isFolder.boolValue else {
                found.append(prefix + relative)
                continue
            }
            let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
            guard type == .typeSymbolicLink else { continue }
            guard let target = realPath(path) else { continue }
            if target.hasPrefix(root + "/"), visited.insert(target).inserted {
                // (Listed at its target: the enumerator lists nothing at a link.)
                collectFiles(in: target, prefix: prefix + relative + "/", root: root, visited: &visited, into: &found)
            }
        }
    }

    /// The absolute path with every link resolved (`realpath`), or nil when it does not exist.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
