import Foundation
import Markdown

/// Finds a content folder's markdown files.
public enum ContentReader {
    /// The path of every `*.md` file directly in `folder`, sorted by name. Problems become error diagnostics.
    static func markdownPaths(in folder: String, diagnostics: inout [Diagnostic]) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            diagnostics.append(error(at: folder, "content folder not found or unreadable (pass it with --content)"))
            return []
        }
        // Byte order, as every listing Atlas writes: the same on every machine and locale.
        let markdown = names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted {
            $0.precedesInUTF8($1)
        }
        if markdown.isEmpty {
            diagnostics.append(error(at: folder, "no .md files here, so there is nothing to build (add one)"))
        }
        // A name that is not UTF-8 is listed with U+FFFD in place of its bad bytes: no file
        // has that name, so it would be reported as missing.
        var readable: [String] = []
        for path in markdown.map({ join(folder, $0) }) {
            if path.contains("\u{FFFD}"), !FileManager.default.fileExists(atPath: path) {
                diagnostics.append(error(at: path, "its name is not UTF-8, so Atlas cannot open it; rename it"))
            } else {
                readable.append(path)
            }
        }
        return readable
    }

    private static func error(at path: String, _ message: String) -> Diagnostic {
        Diagnostic(.error, at: location(path), message)
    }

    private static func location(_ path: String) -> SourceLocation { SourceLocation(path: path, line: 1, column: 1) }

    public static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
