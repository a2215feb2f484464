import Foundation
import Markdown
import TestSupport
import Testing

@testable import Site

struct OutputWriterTests {
    func site(_ files: [String: String]) -> RenderedSite {
        RenderedSite(files: files.mapValues { Array($0.utf8) })
    }

    @Test func writesFilesAndASortedManifest() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.path + "/Public")
        let report = try writer.write(site(["index.html": "home", "sections/b.html": "b", "sections/a.html": "a"]))
        #expect(report == WriteReport(written: ["index.html", "sections/a.html", "sections/b.html"]))
        #expect(folder.read("Public/sections/a.html") == "a")
        let manifest = folder.read("Public/.atlas-manifest") ?? ""
        let lines = manifest.split(separator: "\n").filter { !$0.hasPrefix("#") }
        // digest, size, modification time, inode, path
        #expect(
            lines.map { $0.split(separator: " ").last ?? "" } == ["index.html", "sections/a.html", "sections/b.html"])
        #expect(lines.first?.split(separator: " ").dropFirst().first == "4")
    }

    /// New files are created in two lanes, each with folders of its own; a site with more
    /// folders than are kept open at once is written one file after another. Either way every
    /// file lands with its bytes, and the manifest lists each once.
    @Test(arguments: [3, FolderCache.openLimit + 40])
    func everyFileIsWrittenWhateverTheNumberOfFolders(folders: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var files = ["index.html": "home"]
        for index in 0..<folders {
            // Folders of different sizes, some nested: the lanes take whole folders.
            for file in 0...(index % 4) { files["f\(index)/p\(file).html"] = "page \(index).\(file)" }
            if index % 3 == 0 { files["f\(index)/deep/d.html"] = "deep \(index)" }
        }
        let report = try OutputWriter(directory: folder.path + "/Public").write(site(files))
        #expect(report == WriteReport(written: files.keys.sorted()))
        for (path, text) in files { #expect(folder.read("Public/" + path) == text) }
        let manifest = folder.read("Public/.atlas-manifest") ?? ""
        let records = manifest.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(records.map { String($0.split(separator: " ").last!) } == files.keys.sorted())
    }

    @Test func unchangedFilesAreNotRewritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.path + "/Public")
        _ = try writer.write(site(["index.html": "home", "a.html": "a"]))
        let before = try folder.identity("Public/index.html")
        let manifestBefore = try folder.identity("Public/.atlas-manifest")
        let folderBefore = try folder.identity("Public")
        Thread.sleep(forTimeInterval: 0.02)
        // Nothing changed: nothing is written, not even the manifest, and the folder is not swapped.
        let same = try writer.write(site(["index.html": "home", "a.html": "a"]))
        #expect(same == WriteReport(unchanged: ["a.html", "index.html"]))
        #expect(try folder.identity("Public/.atlas-manifest") == manifestBefore)
        #expect(try folder.identity("Public") == folderBefore)
        let report = try writer.write(site(["index.html": "home", "a.html": "changed"]))
        #expect(report == WriteReport(written: ["a.html"], unchanged: ["index.html"]))
        #expect(try folder.identity("Public/index.html") == before)
        #expect(folder.read("Public/a.html") == "changed")
    }

    /// A manifest of bare paths (earlier versions): the files are compared once by their bytes,
    /// kept as they are when equal, and the manifest gains its records.
    @Test func anEarlierManifestIsUpgradedWithoutRewritingEqualFiles() throws {
        let folder = try TemporaryFolder(files: [
            "Public/index.html": "home", "Public/a.html": "old a",
            "Public/.atlas-manifest": "# Files written by atlas build\nindex.html\na.html\n",
        ])
        defer { folder.remove() }
        let before = try folder.identity("Public/index.html")
        let report = try OutputWriter(directory: folder.path + "/Public").write(
            site(["index.html": "home", "a.html": "new a"]))
        #expect(report == WriteReport(written: ["a.html"], unchanged: ["index.html"]))
        #expect(try folder.identity("Public/index.html") == before)
        #expect(folder.read("Public/.atlas-manifest")?.hasPrefix("# atlas manifest 2:") == true)
    }

    @Test func foreignFileInTheWayIsAnErrorAndNothingIsTouched() throws {
        let folder = try TemporaryFolder(files: ["Public/README.md": "mine", "Public/sections/x.html": "hand-made"])
        defer { folder.remove() }
        let before = folder.snapshot("Public")
        let writer = OutputWriter(directory: folder.path + "/Public")
        let error = #expect(throws: Diagnostic.self) {
            try writer.write(site(["index.html": "home", "sections/x.html": "generated"]))
        }
        #expect(error?.location.path == folder.path + "/Public/sections/x.html")
        #expect(error?.message.contains("did not write") == true)
        #expect(folder.snapshot("Public") == before)
    }

    @Test func foreignFilesElsewhereAreLeftAlone() throws {
        let folder = try TemporaryFolder(files: ["Public/README.md": "mine"])
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.path + "/Public")
        _ = try writer.write(site(["index.html": "home"]))
        _ = try writer.write(site(["other.html": "other"]))
        #expect(folder.read("Public/README.md") == "mine")
    }

    @Test func staleOwnFilesAndTheirEmptyFoldersAreRemoved() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.path + "/Public")
        _ = try writer.write(site(["index.html": "home", "sections/a.html": "a", "old/deep/b.html": "b"]))
        try folder.write("mine", to: "Public/sections/notes.txt")
        let report = try writer.write(site(["index.html": "home"]))
        #expect(report == WriteReport(unchanged: ["index.html"], removed: ["old/deep/b.html", "sections/a.html"]))
        #expect(!folder.exists("Public/old"))
        // The folder still holds a file Atlas did not write, so it stays.
        #expect(folder.read("Public/sections/notes.txt") == "mine")
        #expect(folder.read("Public/.atlas-manifest")?.contains("sections/a.html") == false)
    }

    @Test(arguments: [
        "", "/etc/passwd", "../escape.html", "a/../../b", "a//b", "./a", "a/", "a\\b", "a\nb",
        ".atlas-manifest",
    ])
    func unsafePathsAreRefusedBeforeAnythingIsWritten(path: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.path + "/Public")
        #expect(throws: Diagnostic.self) { try writer.write(site(["index.html": "home", path: "x"])) }
        #expect(!folder.exists("Public"))
        #expect(!folder.exists("escape.html"))
    }

    @Test func aTamperedManifestCannotDeleteOutsideTheOutputFolder() throws {
        let folder = try TemporaryFolder(files: [
            "keep.txt": "safe", "Public/.atlas-manifest": "../keep.txt\n/etc/hosts\n",
        ])
        defer { folder.remove() }
        _ = try OutputWriter(directory: folder.path + "/Public").write(site(["index.html": "home"]))
        #expect(folder.read("keep.txt") == "safe")
    }

    @Test func aSymbolicLinkFolderIsNotWrittenThrough() throws {
        let folder = try TemporaryFolder(files: ["elsewhere/x": "x"])
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path + "/Public", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/Public/sections",
            withDestinationPath: folder.path + "/elsewhere")
        #expect(throws: Diagnostic.self) {
            try OutputWriter(directory: folder.path + "/Public").write(site(["sections/a.html": "a"]))
        }
        #expect(!folder.exists("elsewhere/a.html"))
    }

    @Test func aFolderWhereAFileGoesIsAnError() throws {
        let folder = try TemporaryFolder(files: ["Public/index.html/inner": "x"])
        defer { folder.remove() }
        #expect(throws: Diagnostic.self) {
            try OutputWriter(directory: folder.path + "/Public").write(site(["index.html": "home"]))
        }
    }
}
