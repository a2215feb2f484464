import Foundation
import Markdown
import TestSupport
import Testing

@testable import Content
@testable import Site

struct ThemeTests {
    /// Every file of the repository's Templates/, path inside it → bytes.
    static func repositoryTheme() -> [String: [UInt8]] {
        let root = repositoryRoot + "/Templates"
        var files: [String: [UInt8]] = [:]
        for case let relative as String in FileManager.default.enumerator(atPath: root)!
        where !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isFolder)
            if !isFolder.boolValue {
                files[relative] = Array(FileManager.default.contents(atPath: root + "/" + relative)!)
            }
        }
        return files
    }

    @Test func theBuiltInThemeIsTheRepositoryTemplatesFolderByteForByte() {
        let repository = Self.repositoryTheme()
        #expect(repository["layout.mustache"] != nil && repository["assets/style.css"] != nil)
        #expect(BuiltInTheme.files == repository)
    }

    @Test func withoutAFolderEveryFileIsBuiltIn() throws {
        let files = try Theme.files(overriding: "/nonexistent/Templates")
        #expect(files.map(\.path) == BuiltInTheme.files.keys.sorted())
        #expect(files.allSatisfy { $0.overriddenBy == nil && $0.origin == "built-in theme" })
    }

    @Test func aFileInTheFolderReplacesOnlyTheFileOfTheSamePath() throws {
        let folder = try TemporaryFolder(files: [
            "Templates/index.mustache": "mine", "Templates/assets/style.css": "body{}",
            "Templates/assets/logo.svg": "<svg/>", "Templates/.index.mustache.swp": "editor swap file",
        ])
        defer { folder.remove() }
        let files = try Theme.files(overriding: folder.path + "/Templates")
        let overridden = files.filter { $0.overriddenBy != nil }
        #expect(overridden.map(\.path) == ["assets/logo.svg", "assets/style.css", "index.mustache"])
        #expect(overridden.map(\.role) == ["asset", "asset", "template"])
        #expect(files.first { $0.path == "index.mustache" }?.bytes == Array("mine".utf8))
        #expect(files.first { $0.path == "layout.mustache" }?.bytes == BuiltInTheme.files["layout.mustache"])
        #expect(files.count == BuiltInTheme.files.count + 1)
    }

    /// An asset is copied into the site as it is: a link to a file elsewhere would publish it.
    @Test func aLinkOutOfTheTemplatesFolderIsRefused() throws {
        let folder = try TemporaryFolder(files: ["Templates/assets/style.css": "body{}", "key.txt": "secret"])
        defer { folder.remove() }
        #expect(symlink(folder.path + "/key.txt", folder.path + "/Templates/assets/key.txt") == 0)
        #expect(symlink("style.css", folder.path + "/Templates/assets/same.css") == 0)
        #expect(throws: Diagnostic.self) { try Theme.files(overriding: folder.path + "/Templates") }
        do {
            _ = try Theme.files(overriding: folder.path + "/Templates")
        } catch {
            #expect(error.location.path == folder.path + "/Templates/assets/key.txt")
            #expect(error.message.contains("outside"))
        }
        try FileManager.default.removeItem(atPath: folder.path + "/Templates/assets/key.txt")
        let files = try Theme.files(overriding: folder.path + "/Templates")
        #expect(files.first { $0.path == "assets/same.css" }?.bytes == Array("body{}".utf8))
    }

    /// A link to a folder inside the templates folder is followed, once (its files were left out
    /// without a word); one to a folder elsewhere, or to a folder above it (a loop), is not.
    @Test func aLinkToAFolderInsideTheTemplatesFolderIsFollowed() throws {
        let folder = try TemporaryFolder(files: [
            "Templates/shared/logo.svg": "<svg/>", "Templates/assets/style.css": "body{}", "secret/key.txt": "x",
        ])
        defer { folder.remove() }
        #expect(symlink("../shared", folder.path + "/Templates/assets/img") == 0)
        #expect(symlink("../../secret", folder.path + "/Templates/assets/out") == 0)
        #expect(symlink("..", folder.path + "/Templates/assets/loop") == 0)
        let assets = try Theme.files(overriding: folder.path + "/Templates").filter { $0.overriddenBy != nil }
        #expect(assets.map(\.path) == ["assets/img/logo.svg", "assets/style.css", "shared/logo.svg"])
    }

    @Test func anOverridingTemplateIsRenderedAndTheOthersStayBuiltIn() throws {
        let folder = try TemporaryFolder(files: ["index.mustache": "{{<layout}}{{$main}}MY HOME{{/main}}{{/layout}}"])
        defer { folder.remove() }
        let templates = try TemplateSet.load(overriding: folder.path)
        let builtIn = try TemplateSet.load(overriding: "/nonexistent")
        let view: [String: Any] = ["chrome": ["documentTitle": "T"]]
        #expect(try templates.render(view, template: "index").contains("MY HOME"))
        #expect(try !builtIn.render(view, template: "index").contains("MY HOME"))
        #expect(try templates.render(view, template: "section") == builtIn.render(view, template: "section"))
    }

    @Test func anUnparsableOverrideIsAnErrorAtItsLine() throws {
        let folder = try TemporaryFolder(files: ["section.mustache": "{{<layout}}\n{{#blocks}}{{/block}}\n{{/layout}}"])
        defer { folder.remove() }
        let error = #expect(throws: Diagnostic.self) { try TemplateSet.load(overriding: folder.path) }
        #expect(error?.location.path == folder.path + "/section.mustache")
        #expect(error?.location.line == 2)
    }

    @Test func anOverrideUsingAMissingPartialNamesBothFiles() throws {
        let folder = try TemporaryFolder(files: ["index.mustache": "{{> nowhere}}"])
        defer { folder.remove() }
        let error = #expect(throws: Diagnostic.self) { try TemplateSet.load(overriding: folder.path) }
        #expect(error?.location.path == folder.path + "/index.mustache")
        #expect(error?.message.contains("nowhere.mustache") == true)
    }

    @Test func assetsAreTheBuiltInOnesWithTheFolderOnTop() throws {
        let folder = try TemporaryFolder(files: ["assets/extra.js": "1", "assets/style.css": "body{}"])
        defer { folder.remove() }
        var diagnostics: [Diagnostic] = []
        let assets = ThemeAssets.load(in: folder.path, diagnostics: &diagnostics)
        let builtIn = ThemeAssets.load(in: "/nonexistent", diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(builtIn["style.css"] == BuiltInTheme.files["assets/style.css"])
        #expect(assets["style.css"] == Array("body{}".utf8) && assets["extra.js"] == Array("1".utf8))
        #expect(Set(assets.keys) == Set(builtIn.keys).union(["extra.js"]))
    }

    @Test func anUnreadableThemeFileIsOneErrorNamingIt() async throws {
        let folder = try TemporaryFolder(files: ["Content/a.md": "# A\n"])
        defer { folder.remove() }
        try FileManager.default.createDirectory(
            atPath: folder.path + "/Templates/assets", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/Templates/assets/style.css", withDestinationPath: folder.path + "/nowhere")
        let options = BuildOptions(
            contentDirectory: folder.path + "/Content", templatesDirectory: folder.path + "/Templates",
            outputDirectory: folder.path + "/Public")
        let result = await SiteBuilder(options: options).build()
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.location.path) == [folder.path + "/Templates/assets/style.css"])
        #expect(errors.first?.message.contains("no such file") == true)  // a link to nowhere
        #expect(!folder.exists("Public"))
    }
}
