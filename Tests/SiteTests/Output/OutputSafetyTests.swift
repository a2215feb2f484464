import Foundation
import Markdown
import TestSupport
import Testing

@testable import Site

/// The output folder's boundaries: symbolic links, files Atlas did not write, names the file
/// system cannot hold, read-only folders and what earlier builds left behind.
struct OutputSafetyTests {
    func site(_ files: [String: String]) -> RenderedSite {
        RenderedSite(files: files.mapValues { Array($0.utf8) })
    }

    func link(_ folder: TemporaryFolder, _ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/" + relative, withDestinationPath: destination)
    }

    /// A manifest that claims `paths` (as an earlier build would have written it).
    func claim(_ paths: [String], in folder: TemporaryFolder) throws {
        try folder.write("# old manifest\n" + paths.map { $0 + "\n" }.joined(), to: "Public/.atlas-manifest")
    }

    // MARK: - Symbolic links

    /// A folder inside Public/ that is a link to elsewhere, at depth 0, 1 and 2, with manifest
    /// entries under it at several depths: nothing outside is deleted, read or replaced.
    @Test(arguments: ["", "a/", "a/b/"])
    func staleEntriesThroughALinkedFolderDeleteNothingOutside(prefix: String) throws {
        let folder = try TemporaryFolder(files: [
            "outside/x.html": "outside", "outside/deep/y.html": "deep", "Public/index.html": "home",
        ])
        defer { folder.remove() }
        try FileManager.default.createDirectory(
            atPath: folder.path + "/Public/" + prefix, withIntermediateDirectories: true)
        try link(folder, "Public/\(prefix)linked", to: folder.path + "/outside")
        try claim(["index.html", "\(prefix)linked/x.html", "\(prefix)linked/deep/y.html"], in: folder)
        _ = try OutputWriter(directory: folder.path + "/Public").write(site(["index.html": "new home"]))
        #expect(folder.read("outside/x.html") == "outside")
        #expect(folder.read("outside/deep/y.html") == "deep")
        #expect(folder.read("Public/index.html") == "new home")
        // The link is the user's: it stays a link.
        let kind = try FileManager.default.attributesOfItem(atPath: folder.path + "/Public/\(prefix)linked")[.type]
        #expect(kind as? FileAttributeType == .typeSymbolicLink)
    }

    @Test(arguments: ["linked/a.html", "linked/deep/a.html", "real/linked/a.html"])
    func aPathThroughALinkedFolderIsRefusedAndNothingChanges(path: String) throws {
        let folder = try TemporaryFolder(files: ["outside/deep/keep": "x", "Public/real/keep": "y"])
        defer { folder.remove() }
        try link(folder, "Public/linked", to: folder.path + "/outside")
        try link(folder, "Public/real/linked", to: folder.path + "/outside")
        let before = folder.snapshot("")
        #expect(throws: Diagnostic.self) {
            try OutputWriter(directory: folder.path + "/Public").write(site([path: "a", "index.html": "home"]))
        }
        #expect(folder.snapshot("") == before)
    }

    /// A manifest entry whose file is now reached through a link is not compared through it
    /// (that would read outside) nor counted as unchanged.
    @Test func anOwnFileBehindALinkedFolderIsNotReadOrKept() throws {
        let folder = try TemporaryFolder(files: ["outside/a.html": "a"])
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path + "/Public", withIntermediateDirectories: true)
        try link(folder, "Public/sections", to: folder.path + "/outside")
        try claim(["sections/a.html"], in: folder)
        #expect(throws: Diagnostic.self) {
            try OutputWriter(directory: folder.path + "/Public").write(site(["sections/a.html": "a"]))
        }
        #expect(folder.read("outside/a.html") == "a")
    }

    // MARK: - Files Atlas did not write

    @Test func foreignFilesFoldersAndLinksAreCarriedOverUntouched() throws {
        let folder = try TemporaryFolder(files: [
            "Public/CNAME": "example.org", "Public/mine/deep/notes.txt": "notes", "Public/sections/own.txt": "own",
        ])
        defer { folder.remove() }
        try FileManager.default.createDirectory(
            atPath: folder.path + "/Public/empty", withIntermediateDirectories: true)
        try link(folder, "Public/shortcut", to: "mine/deep")
        let writer = OutputWriter(directory: folder.path + "/Public")
        _ = try writer.write(site(["index.html": "home", "sections/a.html": "a"]))
        let foreign = ["CNAME", "mine/deep/notes.txt", "sections/own.txt"]
        let identities = try foreign.map { try folder.identity("Public/" + $0) }
        _ = try writer.write(site(["index.html": "changed", "sections/b.html": "b"]))
        #expect(try foreign.map { try folder.identity("Public/" + $0) } == identities)
        #expect(folder.read("Public/CNAME") == "example.org")
        #expect(folder.read("Public/mine/deep/notes.txt") == "notes")
        #expect(folder.exists("Public/empty"))
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/Public/shortcut") == "mine/deep")
        #expect(!folder.exists("Public/sections/a.html") && folder.read("Public/sections/b.html") == "b")
    }

    /// The manifest's record of a file, written for another path: what a tampered manifest claims.
    func record(of path: String, as other: String, in folder: TemporaryFolder) throws {
        let manifest = folder.read("Public/.atlas-manifest") ?? ""
        let line = manifest.split(separator: "\n").first { $0.hasSuffix(" " + path) }!
        try folder.write(manifest + line.dropLast(path.count) + other + "\n", to: "Public/.atlas-manifest")
    }

    /// A manifest is no proof on its own: a file it lists whose record does not fit (another
    /// file's record, a file edited since) is the user's and stays, named in a note.
    @Test func aListedFileThatIsNotWhatAtlasWroteIsKept() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.path + "/Public")
        _ = try writer.write(site(["index.html": "home", "old.html": "old page"]))
        try folder.write("the user's own", to: "Public/mine.txt")
        try record(of: "index.html", as: "mine.txt", in: folder)
        try folder.write("old page, edited by hand", to: "Public/old.html")
        let report = try writer.write(site(["index.html": "home 2"]))
        #expect(folder.read("Public/mine.txt") == "the user's own")
        #expect(folder.read("Public/old.html") == "old page, edited by hand")
        #expect(report.removed.isEmpty)
        #expect(report.notes.count == 2 && report.notes.allSatisfy { $0.contains("changed after Atlas wrote it") })
        // Now the user's: not in the manifest, carried over by later builds.
        #expect(folder.read("Public/.atlas-manifest")?.contains("old.html") == false)
        _ = try writer.write(site(["index.html": "home 3"]))
        #expect(folder.read("Public/old.html") == "old page, edited by hand")
    }

    /// A page Atlas still makes whose file was edited by hand is refused, not overwritten; a
    /// link put where a page was is refused too. Nothing in the folder changes.
    @Test(arguments: ["edit", "link"])
    func aListedFileChangedSinceIsNotOverwritten(change: String) throws {
        let folder = try TemporaryFolder(files: ["elsewhere.txt": "target"])
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.path + "/Public")
        _ = try writer.write(site(["index.html": "home", "a.html": "a"]))
        if change == "edit" {
            try folder.write("a, improved by hand", to: "Public/a.html")
        } else {
            try FileManager.default.removeItem(atPath: folder.path + "/Public/a.html")
            try link(folder, "Public/a.html", to: folder.path + "/elsewhere.txt")
        }
        let before = folder.snapshot("")
        let error = #expect(throws: Diagnostic.self) {
            try writer.write(site(["index.html": "home", "a.html": "a 2"]))
        }
        #expect(error?.location.path == folder.path + "/Public/a.html")
        #expect(error?.message.contains("left alone") == true)
        #expect(folder.snapshot("") == before)
    }

    /// A site copied or restored (new inodes and times, the same bytes) is still Atlas's: a page
    /// the site dropped is removed, and one it still has is kept or replaced as usual. So is an
    /// emptied file, as a power cut leaves a write that had not reached the disk.
    @Test func aCopiedSiteIsStillAtlassToReplaceAndRemove() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.path + "/Public")
        _ = try writer.write(site(["index.html": "home", "a.html": "a", "gone.html": "gone", "torn.html": "torn"]))
        for name in ["index.html", "a.html", "gone.html", "torn.html"] {
            let bytes = name == "torn.html" ? "" : folder.read("Public/" + name)!
            try FileManager.default.removeItem(atPath: folder.path + "/Public/" + name)
            try folder.write(bytes, to: "Public/" + name)
        }
        let report = try writer.write(site(["index.html": "home", "a.html": "a 2", "torn.html": "torn"]))
        #expect(
            report == WriteReport(written: ["a.html", "torn.html"], unchanged: ["index.html"], removed: ["gone.html"]))
        #expect(!folder.exists("Public/gone.html"))
    }

    /// Files the user writes into Public/ while a build runs (after it was read) are not lost
    /// with the old tree: moved into the new site, or kept aside when a page took their name.
    @Test func filesWrittenDuringTheBuildAreNotLost() throws {
        let folder = try TemporaryFolder(files: ["Public/CNAME": "example.org"])
        defer { folder.remove() }
        _ = try OutputWriter(directory: folder.path + "/Public").write(site(["sections/a.html": "a"]))
        let fileSystem = FailingFileSystem()
        let root = folder.path
        fileSystem.beforeEach = { operation in
            guard operation == "exchange", !FileManager.default.fileExists(atPath: root + "/Public/late.txt") else {
                return
            }
            _ = FileManager.default.createFile(atPath: root + "/Public/late.txt", contents: Data("late".utf8))
            _ = FileManager.default.createFile(atPath: root + "/Public/sections/late.txt", contents: Data("deep".utf8))
            _ = FileManager.default.createFile(atPath: root + "/Public/b.html", contents: Data("user's b".utf8))
        }
        let report = try OutputWriter(directory: folder.path + "/Public", fileSystem: fileSystem).write(
            site(["sections/a.html": "changed", "b.html": "b"]))
        #expect(folder.read("Public/late.txt") == "late")
        #expect(folder.read("Public/sections/late.txt") == "deep")
        #expect(folder.read("Public/b.html") == "b")
        #expect(report.notes.count == 1 && report.notes.first?.contains("b.html") == true)
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasPrefix(".Public.atlas-kept-")
        }
        #expect(kept.count == 1)
        #expect(kept.first.flatMap { folder.read($0 + "/b.html") } == "user's b")
        #expect(folder.read("Public/CNAME") == "example.org")
    }

    /// A folder of the user's keeps its permissions and, when nothing in it changed, its time.
    @Test func aReadOnlyFolderOfTheUsersKeepsItsModeAndTime() throws {
        let folder = try TemporaryFolder(files: ["Public/locked/key.txt": "k"])
        defer { folder.remove() }
        let locked = folder.path + "/Public/locked"
        let writer = OutputWriter(directory: folder.path + "/Public")
        _ = try writer.write(site(["index.html": "home"]))
        let old = Date(timeIntervalSince1970: 1_700_000_000)
        try FileManager.default.setAttributes([.posixPermissions: 0o555, .modificationDate: old], ofItemAtPath: locked)
        defer { chmod(locked, 0o755) }
        _ = try writer.write(site(["index.html": "changed"]))
        let attributes = try FileManager.default.attributesOfItem(atPath: locked)
        #expect(attributes[.posixPermissions] as? Int == 0o555)
        #expect(attributes[.modificationDate] as? Date == old)
        #expect(folder.read("Public/locked/key.txt") == "k")
    }

    /// Built as root (CI, sudo), a folder of the user's, and the output folder itself, keep
    /// their owner: the new tree's folders are new, so they are given it back.
    @Test(.enabled(if: getuid() == 0, "only root can give a folder to another user"))
    func foldersKeepTheirOwnerWhenBuiltAsRoot() throws {
        let folder = try TemporaryFolder(files: ["Public/uploads/photo.txt": "p"])
        defer { folder.remove() }
        let nobody = Owner(user: 65534, group: 65534)
        for path in ["Public", "Public/uploads"] {
            #expect(chown(folder.path + "/" + path, nobody.user, nobody.group) == 0)
        }
        _ = try OutputWriter(directory: folder.path + "/Public").write(
            site(["index.html": "home", "uploads/a.html": "a"]))
        for path in ["Public", "Public/uploads"] {
            var info = stat()
            #expect(lstat(folder.path + "/" + path, &info) == 0)
            #expect(Owner(user: info.st_uid, group: info.st_gid) == nobody, "\(path)")
        }
    }

    /// A folder's owner may swap their folder for a link to a file of root's between Atlas's look
    /// and its `chmod`: the change must never follow a link (it made a root-owned file 4777).
    @Test func changingAModeNeverFollowsALink() throws {
        let folder = try TemporaryFolder(files: ["secret": "root's", "Public/x": "x"])
        defer { folder.remove() }
        #expect(chmod(folder.path + "/secret", 0o600) == 0)
        try link(folder, "Public/mine", to: folder.path + "/secret")
        let fileSystem = SystemFileSystem()
        let output = try fileSystem.openFolder(atPath: folder.path + "/Public")
        defer { fileSystem.close(output) }
        #expect(throws: FileSystemError.self) {
            try fileSystem.setAttributes(of: "mine", in: output, mode: 0o7777, modified: nil)
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.path + "/secret")
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        try fileSystem.setAttributes(of: "x", in: output, mode: 0o640, modified: nil)
        #expect(
            try FileManager.default.attributesOfItem(atPath: folder.path + "/Public/x")[.posixPermissions] as? Int
                == 0o640)
    }

    // MARK: - Names the file system cannot hold

    /// A name over 255 bytes (ASCII, CJK) and a path over PATH_MAX made of names that each fit.
    static let tooLong = [
        String(repeating: "a", count: 256) + ".html",
        "models/" + String(repeating: "模", count: 86) + ".html",
        Array(repeating: String(repeating: "d", count: 250), count: 17).joined(separator: "/") + "/x.html",
    ]

    @Test(arguments: 0..<3)
    func namesTooLongAreRefusedBeforeAnythingIsWritten(index: Int) throws {
        let path = Self.tooLong[index]
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.path + "/Public")
        _ = try writer.write(site(["index.html": "old"]))
        let before = folder.snapshot("Public")
        let error = #expect(throws: Diagnostic.self) {
            try writer.write(site(["index.html": "new", path: "x"]))
        }
        #expect(error?.message.contains("too long") == true)
        #expect(folder.snapshot("Public") == before)
    }

    /// The limit itself is fine: no temporary name longer than the file's own is ever made
    /// (earlier versions failed at 239 bytes, adding `.atlas-PID.tmp`).
    @Test func aNameOfExactly255BytesIsWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let name = "models/" + String(repeating: "m", count: 250) + ".html"
        _ = try OutputWriter(directory: folder.path + "/Public").write(site([name: "old"]))
        _ = try OutputWriter(directory: folder.path + "/Public").write(site([name: "new"]))
        #expect(folder.read("Public/" + name) == "new")
    }

    // MARK: - Read-only output, leftovers

    @Test func aReadOnlyOutputFolderSaysTheLastGoodSiteIsIntact() throws {
        let folder = try TemporaryFolder()
        defer {
            chmod(folder.path + "/Public", 0o755)
            folder.remove()
        }
        let writer = OutputWriter(directory: folder.path + "/Public")
        _ = try writer.write(site(["index.html": "old"]))
        chmod(folder.path + "/Public", 0o555)
        let before = folder.snapshot("Public")
        let error = #expect(throws: Diagnostic.self) { try writer.write(site(["index.html": "new"])) }
        #expect(error?.message.contains("read-only") == true)
        #expect(error?.message.contains("last good site") == true)
        #expect(folder.snapshot("Public") == before)
    }

    @Test func temporaryFilesOfEarlierVersionsAreRemoved() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.path + "/Public")
        _ = try writer.write(site(["index.html": "home", "data/catalog.json": "{}"]))
        try folder.write("half", to: "Public/data/.catalog.json.atlas-4242.tmp")
        try folder.write("half", to: "Public/.index.html.atlas-17.tmp")
        try folder.write("user's", to: "Public/.notes.atlas-draft.tmp")
        _ = try writer.write(site(["index.html": "home", "data/catalog.json": "{}"]))
        #expect(!folder.exists("Public/data/.catalog.json.atlas-4242.tmp"))
        #expect(!folder.exists("Public/.index.html.atlas-17.tmp"))
        #expect(folder.read("Public/.notes.atlas-draft.tmp") == "user's")
    }

    /// The same name pattern beside no file Atlas wrote is the user's, and so is its folder.
    @Test func aTemporaryNameBesideNoListedFileIsTheUsers() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.path + "/Public")
        _ = try writer.write(site(["index.html": "home"]))
        try folder.write("mine", to: "Public/drafts/.report.atlas-2024.tmp")
        try folder.write("mine too", to: "Public/.notes.atlas-1.tmp")
        _ = try writer.write(site(["index.html": "new home"]))
        #expect(folder.read("Public/drafts/.report.atlas-2024.tmp") == "mine")
        #expect(folder.read("Public/.notes.atlas-1.tmp") == "mine too")
    }

    @Test func aFileOfTheUsersNamedLikeTheBuildMarkerIsRefusedWithItsName() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.path + "/Public")
        _ = try writer.write(site(["index.html": "home"]))
        try folder.write("mine", to: "Public/.atlas-building")
        var error: Diagnostic?
        do { _ = try writer.write(site(["index.html": "new home"])) } catch let caught { error = caught }
        #expect(error?.location.path.hasSuffix("Public/.atlas-building") == true)
        #expect(error?.message.contains("reserves the name") == true)
        #expect(folder.read("Public/.atlas-building") == "mine" && folder.read("Public/index.html") == "home")
    }

    /// An earlier version's manifest listed bare paths: no record shows a listed file is still
    /// what it wrote (`CNAME` may be the user's since), so a file the site dropped is kept, with a note.
    @Test func aBarePathListingRemovesNothing() throws {
        let folder = try TemporaryFolder(files: ["Public/CNAME": "atlas.example", "Public/old.html": "old page"])
        defer { folder.remove() }
        try claim(["index.html", "CNAME", "old.html"], in: folder)
        let report = try OutputWriter(directory: folder.path + "/Public").write(site(["index.html": "home"]))
        #expect(folder.read("Public/CNAME") == "atlas.example" && folder.read("Public/old.html") == "old page")
        #expect(report.removed.isEmpty)
        #expect(report.notes.count == 2 && report.notes.allSatisfy { $0.contains("without a record") })
        #expect(folder.read("Public/index.html") == "home")
    }

    // MARK: - Names Swift strings cannot tell apart

    /// `café` precomposed and decomposed are two names on Linux but equal Swift strings: the build
    /// is refused, naming one, and both files stay.
    @Test func twoNamesInTwoUnicodeNormalizationsAreRefusedAndBothKept() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.path + "/Public")
        _ = try writer.write(site(["index.html": "home"]))
        for (name, text) in [("caf\u{E9}", "composed"), ("cafe\u{301}", "decomposed")] {
            // Foundation would normalize the name; the bytes go to open(2) as they are.
            let path = Array((folder.path + "/Public/" + name + ".txt").utf8CString)
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            #expect(descriptor >= 0)
            #expect(write(descriptor, text, text.utf8.count) == text.utf8.count)
            close(descriptor)
        }
        let before = folder.snapshot("Public")
        var error: Diagnostic?
        do { _ = try writer.write(site(["index.html": "new home"])) } catch let caught { error = caught }
        #expect(error?.message.contains("Unicode normalization") == true)
        #expect(folder.snapshot("Public") == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/Public").count == 4)
    }

    /// A name that is not UTF-8 cannot be carried by its Swift string: refused, and the file stays.
    @Test func aNameThatIsNotUTF8IsRefusedAndKept() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.path + "/Public")
        _ = try writer.write(site(["index.html": "home"]))
        let path = Array((folder.path + "/Public/photo-").utf8) + [0xE9] + Array(".jpg".utf8) + [0]
        let descriptor = path.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        var error: Diagnostic?
        do { _ = try writer.write(site(["index.html": "new home"])) } catch let caught { error = caught }
        #expect(error?.message.contains("not UTF-8") == true)
        #expect(folder.read("Public/index.html") == "home")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/Public").count == 3)
        #expect(!folder.exists(".Public.atlas-staging"))
    }

    @Test(arguments: [".atlas-building", ".atlas-manifest"])
    func aStagingFolderLeftByAKilledBuildIsRemoved(mark: String) throws {
        let folder = try TemporaryFolder(files: [
            ".Public.atlas-staging/index.html": "half", ".Public.atlas-staging/\(mark)": "",
        ])
        defer { folder.remove() }
        _ = try OutputWriter(directory: folder.path + "/Public").write(site(["index.html": "home"]))
        #expect(!folder.exists(".Public.atlas-staging"))
        #expect(folder.read("Public/index.html") == "home")
    }

    /// A folder of that name without a sign of an Atlas build is the user's: kept, and the build
    /// says why it cannot go on.
    @Test func aFolderOfTheUsersNamedLikeTheStagingFolderIsKept() throws {
        let folder = try TemporaryFolder(files: [".Public.atlas-staging/notes.txt": "mine"])
        defer { folder.remove() }
        #expect(throws: Diagnostic.self) {
            _ = try OutputWriter(directory: folder.path + "/Public").write(site(["index.html": "home"]))
        }
        #expect(folder.read(".Public.atlas-staging/notes.txt") == "mine")
        #expect(!folder.exists("Public"))
    }
}
