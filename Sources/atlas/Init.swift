import ArgumentParser
import Foundation
import Markdown
import Site

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new site: Content/ with atlas.yml and an example document, and a .gitignore.",
        discussion: """
            Nothing that exists is overwritten: when any file to be written is already there, \
            atlas init names it and writes nothing. Then run `atlas build` in the folder and open \
            Public/index.html.
            """)

    @Argument(help: ArgumentHelp("Folder of the new site; created when missing.", valueName: "folder"))
    var folder = "."

    @Flag(help: "Also copy the built-in theme into Templates/ to edit it (files left there override the theme).")
    var templates = false

    func run() throws {
        let files = plannedFiles()
        let existing = files.map(\.path).filter(Self.isTaken)
        guard existing.isEmpty else {
            report(
                existing.map {
                    Diagnostic(
                        .error, at: SourceLocation(path: $0, line: 1, column: 1),
                        "already exists, so atlas init wrote nothing (move it away, or init another folder)")
                })
            throw ExitCode.failure
        }
        for file in files {
            let url = URL(fileURLWithPath: file.path)
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url, options: .withoutOverwriting)
            } catch {
                report([
                    Diagnostic(
                        .error, at: SourceLocation(path: file.path, line: 1, column: 1),
                        "cannot write this file: \(error.localizedDescription) (check the folder is writable)")
                ])
                throw ExitCode.failure
            }
        }
        let next = folder == "." ? "atlas build" : "cd \(folder) && atlas build"
        print("atlas: wrote \(files.count) files; next: \(next), then open Public/index.html")
    }

    /// Every file to write, as a path the user recognises (`site/Content/atlas.yml`).
    private func plannedFiles() -> [(path: String, bytes: [UInt8])] {
        var files = StarterSite.files.map { (path: $0.path, bytes: Array($0.text.utf8)) }
        if templates {
            files += BuiltInTheme.files.keys.sorted().map { (path: "Templates/" + $0, bytes: BuiltInTheme.files[$0]!) }
        }
        return files.map { (path: folder == "." ? $0.path : Self.join(folder, $0.path), bytes: $0.bytes) }
    }

    /// True when `path`, or a folder on the way to it, is already something that would be in the
    /// way: a file (or a link, even a broken one) where the file goes, or a file where a folder goes.
    private static func isTaken(_ path: String) -> Bool {
        if (try? FileManager.default.attributesOfItem(atPath: path)) != nil { return true }
        var folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        while folder.path != "/" {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
                return !isFolder.boolValue
            }
            folder.deleteLastPathComponent()
        }
        return false
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
