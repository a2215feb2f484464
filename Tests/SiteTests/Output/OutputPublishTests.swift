import Foundation
import Markdown
import Synchronization
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
        let first = try #require(
            try writer.publish(site(["index.html": "home", "a.html": "a", "b.html": "b"]), previous: nil))
        #expect(first.hashedCount == 3)
        let second = try #require(
            try writer.publish(
                site(["index.html": "home", "a.html": "changed", "b.html": "b"]), previous: first.published))
        #expect(second.hashedCount == 1)
        #expect(second.report == WriteReport(written: ["a.html"], unchanged: ["b.html", "index.html"]))
        let third = try #require(
            try writer.publish(
                site(["index.html": "home", "a.html": "changed", "b.html": "b"]), previous: second.published))
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
        let published = try #require(try writer.publish(siteA, previous: nil)).published
        _ = try writer.write(site(["index.html": "version B", "same.html": "same"]))
        let report = try #require(try writer.publish(siteA, previous: published)).report
        #expect(report.written == ["index.html"])
        #expect(folder.read("Public/index.html") == "version A")
    }

    /// `atlas serve` stops a write when a newer change comes: at whichever step it stops, the
    /// output folder still holds the last site written, and the next write finishes the job
    /// (the half-built staging folder removed) as a write with no stop in between would have.
    @Test func aSupersededWriteLeavesTheLastSiteAndTheNextWriteFinishesIt() throws {
        // More files than one stretch of links between two questions (512), so that every
        // place the writer asks is reached.
        let pages = Dictionary(uniqueKeysWithValues: (0..<600).map { ("p/\($0).html", "page \($0)") })
        let siteA = site(pages.merging(["index.html": "version A"]) { $1 })
        let siteB = site(pages.merging(["index.html": "version B", "new.html": "new"]) { $1 })
        let siteC = site(pages.merging(["index.html": "version C"]) { $1 })
        // How many times a write of B over A asks.
        let asked = Mutex(0)
        do {
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            let writer = OutputWriter(directory: folder.path + "/Public")
            let first = try #require(try writer.publish(siteA, previous: nil))
            _ = try writer.publish(
                siteB, previous: first.published,
                superseded: {
                    asked.withLock {
                        $0 += 1
                        return false
                    }
                })
        }
        let questions = asked.withLock { $0 }
        #expect(questions >= 5)
        for stopAt in 1...questions {
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            let writer = OutputWriter(directory: folder.path + "/Public")
            let first = try #require(try writer.publish(siteA, previous: nil))
            let count = Mutex(0)
            let stopped = try writer.publish(
                siteB, previous: first.published,
                superseded: {
                    count.withLock {
                        $0 += 1
                        return $0 >= stopAt
                    }
                })
            #expect(stopped == nil, "stopped at question \(stopAt)")
            #expect(folder.read("Public/index.html") == "version A" && !folder.exists("Public/new.html"))
            var changed: Bool?
            let next = try #require(
                try writer.publish(siteC, previous: first.published, shown: siteB, accepted: { changed = $0 }))
            #expect(changed == true, "C differs from B, which was shown")
            #expect(next.report.written == ["index.html"] && next.report.removed.isEmpty)
            #expect(folder.read("Public/index.html") == "version C" && folder.read("Public/p/599.html") == "page 599")
            #expect(!folder.exists(".Public.atlas-staging"), "stopped at question \(stopAt)")
        }
    }

    /// The site shown last, written or not, is what a new one is compared with.
    @Test func aSiteIsComparedWithTheOneShownLast() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let writer = OutputWriter(directory: folder.path + "/Public")
        let first = try #require(try writer.publish(site(["index.html": "A"]), previous: nil))
        var changed: [Bool] = []
        _ = try writer.publish(
            site(["index.html": "B"]), previous: first.published, superseded: { true }, accepted: { changed.append($0) }
        )
        _ = try writer.publish(
            site(["index.html": "A"]), previous: first.published, shown: site(["index.html": "B"]),
            accepted: { changed.append($0) })
        _ = try writer.publish(site(["index.html": "A"]), previous: first.published, accepted: { changed.append($0) })
        #expect(changed == [true, true, false])
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
