import Foundation
import Markdown
import TestSupport
import Testing

@testable import Site

/// Rebuilds in a long-running process: the previous published site spares hashing, never
/// correctness; and one build at a time per output folder.
struct OutputPublishTests {
    func site(_ files: [String: String]) -> RenderedSite {
        RenderedSite(files: files.mapValues { Array($0.utf8) })
    }

    @Test func thePreviousSiteSparesHashingUnchangedFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.path + "/Public")
        let first = try writer.publish(site(["index.html": "home", "a.html": "a", "b.html": "b"]), previous: nil)
        #expect(first.hashedCount == 3)
        let second = try writer.publish(
            site(["index.html": "home", "a.html": "changed", "b.html": "b"]), previous: first.published)
        #expect(second.hashedCount == 1)
        #expect(second.report == WriteReport(written: ["a.html"], unchanged: ["b.html", "index.html"]))
        let third = try writer.publish(
            site(["index.html": "home", "a.html": "changed", "b.html": "b"]), previous: second.published)
        #expect(third.hashedCount == 0)
        #expect(third.report.written.isEmpty)
    }

    /// A previous site that is not what the folder holds (another process wrote since) costs
    /// a write, never a wrong file.
    @Test func aStalePreviousSiteStillWritesTheRightBytes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.path + "/Public")
        let siteA = site(["index.html": "version A", "same.html": "same"])
        let published = try writer.publish(siteA, previous: nil).published
        _ = try writer.write(site(["index.html": "version B", "same.html": "same"]))
        let report = try writer.publish(siteA, previous: published).report
        #expect(report.written == ["index.html"])
        #expect(folder.read("Public/index.html") == "version A")
    }

    @Test func anotherBuildWritingTheSameFolderIsReportedNotRaced() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let holder = open(folder.path, O_RDONLY | O_DIRECTORY)
        defer { close(holder) }
        #expect(flock(holder, LOCK_EX | LOCK_NB) == 0)
        let error = #expect(throws: Diagnostic.self) {
            try OutputWriter(directory: folder.path + "/Public").write(site(["index.html": "home"]))
        }
        #expect(error?.message.contains("another atlas build is writing there") == true)
        #expect(!folder.exists("Public"))
    }
}
