import Foundation
import TestSupport
import Testing

@testable import Preview

/// The kernel's events for real saves, read the way the watcher reads them.
@Suite struct InotifySourceTests {
    /// What the source saw last (ignoring waits that saw nothing) once the folder is quiet.
    private func lastObserved(
        in folder: TemporaryFolder, as root: (String) -> WatchedRoot = WatchedRoot.tree,
        after change: () throws -> Void
    ) throws -> Observed {
        let source = try #require(InotifySource(roots: [root(folder.path)]))
        defer { source.close() }
        try change()
        var last = Observed.nothing
        while case let seen = source.wait(upTo: .milliseconds(100)), seen != .nothing { last = seen }
        return last
    }

    @Test func aWriteInPlaceEndsFinished() throws {
        let folder = try TemporaryFolder(files: ["a.md": "# A\n"])
        defer { folder.remove() }
        #expect(try lastObserved(in: folder) { try folder.write("# A, edited\n", to: "a.md") } == .finished)
    }

    @Test func aSaveThroughATemporaryFileEndsFinished() throws {
        let folder = try TemporaryFolder(files: ["a.md": "# A\n"])
        defer { folder.remove() }
        let observed = try lastObserved(in: folder) {
            try folder.write("# A, edited\n", to: ".a.md.swp")
            try FileManager.default.moveItem(atPath: folder.path + "/.a.md.swp", toPath: folder.path + "/b.md")
        }
        #expect(observed == .finished)
    }

    @Test func aRemovedFileIsUnfinished() throws {
        let folder = try TemporaryFolder(files: ["a.md": "# A\n"])
        defer { folder.remove() }
        #expect(
            try lastObserved(in: folder) { try FileManager.default.removeItem(atPath: folder.path + "/a.md") }
                == .unfinished)
    }

    @Test func editorLeftoversAloneAreNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try lastObserved(in: folder) { try folder.write("swap", to: ".a.md.swp") } == .nothing)
    }

    /// In a content folder only what a build reads counts: a log written there (`atlas serve >
    /// Content/serve.log`) rebuilt the site for ever, each rebuild's line a change.
    @Test func aContentFolderCountsItsMarkdownAndConfigurationOnly() throws {
        let folder = try TemporaryFolder(files: ["a.md": "# A\n", "notes/b.md": "# B\n"])
        defer { folder.remove() }
        let content = { (path: String) in WatchedRoot.content(path, configFile: "atlas.yml") }
        #expect(try lastObserved(in: folder, as: content) { try folder.write("line\n", to: "serve.log") } == .nothing)
        #expect(try lastObserved(in: folder, as: content) { try folder.write("# B2\n", to: "notes/b.md") } == .nothing)
        #expect(try lastObserved(in: folder, as: content) { try folder.write("# A2\n", to: "a.md") } == .finished)
        #expect(try lastObserved(in: folder, as: content) { try folder.write("x: 1\n", to: "atlas.yml") } == .finished)
    }

    /// Polling reads the same names.
    @Test func pollingAContentFolderCountsItsMarkdownAndConfigurationOnly() throws {
        let folder = try TemporaryFolder(files: ["a.md": "# A\n"])
        defer { folder.remove() }
        let source = PollingSource(roots: [.content(folder.path, configFile: "atlas.yml")], interval: .milliseconds(10))
        try folder.write("line\n", to: "serve.log")
        #expect(source.wait(upTo: .milliseconds(100)) == .nothing)
        try folder.write("# A, edited at more length\n", to: "a.md")
        #expect(source.wait(upTo: .milliseconds(500)) == .unfinished)
    }
}
