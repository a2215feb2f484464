import ArgumentParser
import Foundation
import Markdown
import Site

/// Which templates folder a build uses, and (with `--verbose`) where each theme file came from.
enum ThemeOrigins {
    /// The folder named with `--templates`, which must exist (a typo must not silently fall back
    /// to the built-in theme), or `Templates`, which may be absent.
    static func templatesFolder(given folder: String?) throws -> String {
        guard let folder else { return "Templates" }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            report([
                Diagnostic(
                    .error, at: SourceLocation(path: folder, line: 1, column: 1),
                    "templates folder not found (create it, or leave out --templates to use the built-in theme)")
            ])
            throw ExitCode.failure
        }
        return folder
    }

    /// One line per theme file on standard output: `atlas: template layout.mustache: Templates/layout.mustache`.
    static func print(overriding folder: String) throws {
        let files: [ThemeFile]
        do throws(Diagnostic) {
            files = try Theme.files(overriding: folder)
        } catch {
            report([error])
            throw ExitCode.failure
        }
        let overridden = files.count { $0.overriddenBy != nil }
        Swift.print(
            TerminalText.safe("atlas: theme: \(overridden) of \(files.count) files from \(folder)/, the rest built in"))
        for file in files {
            Swift.print(TerminalText.safe("atlas: \(file.role) \(file.path): \(file.origin)"))
        }
    }
}
