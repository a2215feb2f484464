import ArgumentParser
import Foundation
import Markdown
import Site

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
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

    func validate() throws {
        try FolderArgument.check(folder, "the folder argument")
    }

    func run() throws {
        let files = plannedFiles()
        var existing: [String] = []
        for obstacle in files.compactMap({ Self.obstacle(to: $0.path) }) where !existing.contains(obstacle) {
            existing.append(obstacle)
        }
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
        let next = folder == "." ? "atlas build" : "cd \(FolderArgument.shellWord(folder)) && atlas build"
        print(TerminalText.safe("atlas: wrote \(files.count) files; next: \(next), then open Public/index.html"))
    }

    /// Every file to write, as a path the user recognises (`site/Content/atlas.yml`).
    private func plannedFiles() -> [(path: String, bytes: [UInt8])] {
        var files = StarterSite.files.map { (path: $0.path, bytes: Array($0.text.utf8)) }
        if templates {
            files += BuiltInTheme.files.keys.sorted().map { (path: "Templates/" + $0, bytes: BuiltInTheme.files[$0]!) }
        }
        return files.map { (path: folder == "." ? $0.path : Self.join(folder, $0.path), bytes: $0.bytes) }
    }

    /// What is already in the way of writing `path`: the path itself (a file, or a link, even a
    /// broken one), or a file where one of its folders goes. Nil when the way is clear.
    private static func obstacle(to path: String) -> String? {
        if (try? FileManager.default.attributesOfItem(atPath: path)) != nil { return path }
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty && folder != "/" {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
                return isFolder.boolValue ? nil : folder
            }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return nil
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
