import Foundation
import TestSupport
import Testing

struct InitCommandTests {
    @Test func initThenBuildMakesABrowsableSiteWithoutWarnings() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let created = try AtlasProcess.run(["init", "site"], in: folder.path)
        #expect(created.status == 0, "\(created.standardError)")
        #expect(created.standardOutput.contains("cd site && atlas build"))
        #expect(folder.read("site/.gitignore")?.contains("\nPublic/\n") == true)
        let build = try AtlasProcess.run(["build", "--strict"], in: folder.path + "/site")
        #expect(build.status == 0, "\(build.standardError)")
        #expect(build.standardError.isEmpty)
        #expect(folder.read("site/Public/assets/style.css")?.isEmpty == false)
        #expect(folder.read("site/Public/index.html")?.contains("Lumen-2") == true)
        let check = try AtlasProcess.run(["check", "--strict"], in: folder.path + "/site")
        #expect(check.status == 0)
        #expect(check.standardError == "atlas check: 0 errors, 0 warnings, 0 notes\n")
    }

    /// The example is there to show each table shape; the exported scores say whether it does.
    @Test func theExampleShowsEveryTableShape() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try AtlasProcess.run(["init"], in: folder.path)
        let csv = try AtlasProcess.run(["export", "--format", "csv", "--view", "scores"], in: folder.path)
        let rows = csv.standardOutput.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        let header = rows.first ?? []
        func column(_ name: String) -> [String] {
            guard let index = header.firstIndex(of: Substring(name)) else { return [] }
            return rows.dropFirst().map { String($0[index]) }
        }
        let tables = Set(column("table"))
        #expect(tables.count == 3, "results tables: \(tables)")
        #expect(Set(column("group")).isSuperset(of: ["Closed-Source Models", "Open-Source Models"]))
        #expect(Set(column("shots")).isSuperset(of: ["0-shot", "5-shot", "8-shot"]))
        #expect(Set(column("raw")).isSuperset(of: ["-", "N/A"]))
        let export = try AtlasProcess.run(["export"], in: folder.path).standardOutput
        let graph = try JSONSerialization.jsonObject(with: Data(export.utf8)) as? [String: Any]
        let models = graph?["models"] as? [[String: Any]] ?? []
        #expect(models.contains { $0["architecture"] as? String == "MoE" })
        #expect(models.contains { $0["openness"] as? String == "closed" })
    }

    /// The command it suggests next can be pasted into a shell, and prints no escape sequence
    /// that would drive the terminal (a folder named with one retitled the window).
    @Test func theNextCommandIsQuotedAndTerminalSafe() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try AtlasProcess.run(["init", "my site\u{1B}]0;x\u{07}"], in: folder.path)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("cd 'my site␛]0;x␇' && atlas build"))
        #expect(!run.standardOutput.contains("\u{1B}"))
    }

    @Test func aSecondInitRefusesNamesEveryFileAndWritesNothing() throws {
        let folder = try TemporaryFolder(files: ["Content/atlas.yml": "# mine\n", ".gitignore": "build/\n"])
        defer { folder.remove() }
        let before = folder.snapshot()
        let run = try AtlasProcess.run(["init"], in: folder.path)
        #expect(run.status != 0)
        #expect(run.standardError.contains("Content/atlas.yml:1:1: error: already exists"))
        #expect(run.standardError.contains(".gitignore:1:1: error: already exists"))
        #expect(!run.standardError.contains("example.md"))
        #expect(folder.snapshot() == before)
    }

    @Test func aFileWhereTheSiteFolderGoesIsNamedOnce() throws {
        let folder = try TemporaryFolder(files: ["site": "not a folder"])
        defer { folder.remove() }
        let run = try AtlasProcess.run(["init", "site"], in: folder.path)
        #expect(run.status != 0)
        #expect(
            run.standardError == "site:1:1: error: already exists, so atlas init wrote nothing "
                + "(move it away, or init another folder)\n")
        #expect(folder.read("site") == "not a folder")
    }

    @Test func initTemplatesCopiesTheBuiltInThemeForEditing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try AtlasProcess.run(["init", "--templates"], in: folder.path)
        #expect(run.status == 0, "\(run.standardError)")
        let copied = folder.snapshot("Templates").compactMapValues { $0 }
        let repository = TemporaryFolder.repositoryTemplates()
        #expect(!repository.isEmpty && copied == repository)
    }

    @Test func buildWithoutTemplatesUsesTheBuiltInThemeAndSaysSo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try AtlasProcess.run(["init"], in: folder.path)
        let run = try AtlasProcess.run(["build", "--verbose"], in: folder.path)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("atlas: template layout.mustache: built-in theme\n"))
        #expect(run.standardOutput.contains("atlas: asset assets/style.css: built-in theme\n"))
        #expect(
            folder.read("Public/assets/style.css")
                == TemporaryFolder.repositoryTemplates()["assets/style.css"].map {
                    String(decoding: $0, as: UTF8.self)
                })
    }

    @Test func aTemplatesFolderNamedButMissingIsAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try AtlasProcess.run(["init"], in: folder.path)
        let run = try AtlasProcess.run(["build", "--templates", "Theme"], in: folder.path)
        #expect(run.status != 0)
        #expect(run.standardError.hasPrefix("Theme:1:1: error: templates folder not found"))
        #expect(!folder.exists("Public"))
    }
}

extension TemporaryFolder {
    /// The repository's Templates/, path inside it → bytes (hidden files left out, as the theme does).
    static func repositoryTemplates() -> [String: Data] {
        let root = repositoryRoot + "/Templates"
        var files: [String: Data] = [:]
        for case let relative as String in FileManager.default.enumerator(atPath: root) ?? .init()
        where !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isFolder)
            if !isFolder.boolValue { files[relative] = FileManager.default.contents(atPath: root + "/" + relative) }
        }
        return files
    }
}
