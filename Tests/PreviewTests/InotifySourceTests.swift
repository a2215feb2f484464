import Foundation
import TestSupport
import Testing

@testable import Preview

/// The kernel's events for real saves, read the way the watcher reads them.
@Suite struct InotifySourceTests {
    /// What the source saw last (ignoring waits that saw nothing) once the folder is quiet.
    private func lastObserved(in folder: TemporaryFolder, after change: () throws -> Void) throws -> Observed {
        let source = try #require(InotifySource(roots: [folder.path]))
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
}
