import Foundation
import PackagePlugin

/// Embeds the repository's `Templates/` folder (the built-in theme) into the target as a
/// generated Swift source, so the `atlas` binary works in any folder without a `Templates/`.
///
/// SwiftPM resources cannot point outside the target's folder, and a second committed copy of
/// the theme would drift; this keeps `Templates/` the one source and regenerates on every change.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let theme = context.package.directoryURL.appending(path: "Templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInThemeFiles.swift")
        let files = Self.files(under: theme)
        return [
            .buildCommand(
                displayName: "Embedding the built-in theme from Templates/ (\(files.count) files)",
                executable: try context.tool(named: "embed-theme").url,
                arguments: [theme.path(percentEncoded: false), output.path(percentEncoded: false)]
                    + files.map { $0.path(percentEncoded: false) },
                // The folders too: a file added or removed changes its folder, not any listed file.
                inputFiles: files + Self.folders(under: theme),
                outputFiles: [output])
        ]
    }

    /// Regular files under `folder`, hidden ones (`.DS_Store`, editor swap files) left out, sorted.
    static func files(under folder: URL) -> [URL] {
        visibleItems(under: folder).filter { !isFolder($0) }
    }

    static func folders(under folder: URL) -> [URL] {
        [folder] + visibleItems(under: folder).filter(isFolder)
    }

    private static func visibleItems(under folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path(percentEncoded: false)) else {
            return []
        }
        var items: [URL] = []
        for case let relative as String in enumerator
        where !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            items.append(folder.appending(path: relative))
        }
        return items.sorted { $0.path < $1.path }
    }

    private static func isFolder(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path(percentEncoded: false), isDirectory: &isFolder)
            && isFolder.boolValue
    }
}
