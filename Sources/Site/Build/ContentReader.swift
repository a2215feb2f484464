import Foundation
import Markdown

/// Reads a build's inputs from disk: the markdown sources and the static assets.
enum ContentReader {
    /// The path of every `*.md` file directly in `folder`, sorted by name. Problems become error diagnostics.
    static func markdownPaths(in folder: String, diagnostics: inout [Diagnostic]) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            diagnostics.append(error(at: folder, "content folder not found or unreadable (pass it with --content)"))
            return []
        }
        let markdown = RenderedSite.sorted(names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") })
        if markdown.isEmpty {
            diagnostics.append(error(at: folder, "no .md files here, so there is nothing to build (add one)"))
        }
        return markdown.map { join(folder, $0) }
    }

    /// The theme's assets, keyed by their path inside `assets/`: the built-in ones, each replaced
    /// by the file of the same path under `<templates>/assets` when there is one.
    static func assets(in templates: String, diagnostics: inout [Diagnostic]) -> [String: [UInt8]] {
        var assets: [String: [UInt8]] = [:]
        do throws(Diagnostic) {
            for file in try Theme.files(overriding: templates, include: { Theme.assetPath(of: $0) != nil }) {
                if let path = Theme.assetPath(of: file.path) { assets[path] = file.bytes }
            }
        } catch {
            diagnostics.append(error)
        }
        return assets
    }

    /// Follows symbolic links, as reading does.
    private static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    private static func error(at path: String, _ message: String) -> Diagnostic {
        Diagnostic(.error, at: location(path), message)
    }

    private static func location(_ path: String) -> SourceLocation { SourceLocation(path: path, line: 1, column: 1) }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
