import Foundation
import Site
import TestSupport
import Testing

@testable import Preview

/// Writing `Public/` while serving: pages are shown before the write, which may fail, be
/// refused, or be overtaken by a newer save.
@Suite(.serialized) struct PreviewWriteTests {
    private static let seed = "Content/overview-of-chinese-ai-models.md"

    /// Pages reload once the new site passed its checks, before `Public/` is written; when that
    /// write then fails (a full disk), they get the last good site back with the error, and
    /// `Public/` still holds that site.
    @Test func aWriteThatFailsAfterTheReloadGivesTheLastGoodSiteBack() async throws {
        let fileSystem = FailingFileSystem()
        let site = try await ServedSite.start(writingThrough: fileSystem)
        let events = try await site.events()
        _ = try await events.next()
        let original = site.read(Self.seed)
        fileSystem.refusesNewFiles = true
        try site.write(original + "\nNever written.\n", to: Self.seed)
        let shown = try await events.next()
        #expect(shown.name == "reload" && shown.payload.generation == 2)
        let unwritten = try await events.next()
        // A new generation: the pages that reloaded showed a site that is gone again.
        #expect(unwritten.name == "failed" && unwritten.payload.generation == 3)
        let error = try #require(unwritten.payload.errors.first)
        #expect(error.contains("(injected) create") && error.contains("still holds the last good site"))
        let page = try await site.get("/")
        #expect(page.status == 200 && page.text.contains("<div id=\"atlas-errors\""))
        #expect(site.servedPage(containing: "Never written.") == nil, "the last good site is served again")
        #expect(!site.publicPages.contains("Never written."))

        fileSystem.refusesNewFiles = false
        try site.write(original + "\nAfter the burst.\n", to: Self.seed)
        let written = try await events.next()
        #expect(written.name == "reload" && written.payload.generation == 4 && written.payload.errors.isEmpty)
        #expect(try await site.finishedBuilds(3).count == 3)
        #expect(site.publicPages.contains("After the burst."))
        try await site.stop()
    }

    /// The writer checks `Public/` after the reload: when it then refuses to write (a folder of
    /// the user's where a page goes, which it must not remove), the last good site is back with
    /// the error, and the user's folder is untouched.
    @Test func aWritePlanRefusedAfterTheReloadGivesTheLastGoodSiteBack() async throws {
        let site = try await ServedSite.start()
        let events = try await site.events()
        _ = try await events.next()
        let original = site.read(Self.seed)
        try FileManager.default.removeItem(atPath: site.folder.path + "/Public/compare.html")
        try site.write("mine", to: "Public/compare.html/notes.txt")
        try site.write(original + "\nNever written.\n", to: Self.seed)
        let shown = try await events.next()
        #expect(shown.name == "reload" && shown.payload.generation == 2)
        let refused = try await events.next()
        #expect(refused.name == "failed" && refused.payload.generation == 3)
        let error = try #require(refused.payload.errors.first)
        #expect(error.contains("compare.html"))
        #expect(site.servedPage(containing: "Never written.") == nil, "the last good site is served again")
        #expect(site.read("Public/compare.html/notes.txt") == "mine")
        try await site.stop()
    }

    /// A save that settles while `Public/` is being written stops that write before its swap, so
    /// the next rebuild starts at once instead of after the write: `Public/` keeps the site
    /// written before until the newer one is written, then holds what a clean build writes. The
    /// second save undoes the first (atlas.yml, read by its bytes, as it was at the last write):
    /// the site shown, not the one written, is what it changes.
    @Test func aSaveDuringTheWriteStopsItAndTheNextBuildWritesTheNewerSite() async throws {
        let fileSystem = FailingFileSystem()
        let site = try await ServedSite.start(writingThrough: fileSystem)
        let events = try await site.events()
        _ = try await events.next()
        let config = site.read("Content/atlas.yml")
        let armed = Locked(true)
        fileSystem.beforeEach = { operation in
            // The first link of the first save's write: the second save (back to the site written)
            // comes now, and the write waits until the watcher has seen it settle.
            guard operation == "link" else { return }
            var first = false
            armed.modify { armed in (first, armed) = (armed, false) }
            guard first else { return }
            try? site.write(config, to: "Content/atlas.yml")
            Thread.sleep(forTimeInterval: 0.5)
        }
        try site.write("title: First save\n" + config, to: "Content/atlas.yml")
        let first = try await events.next()
        #expect(first.name == "reload" && first.payload.generation == 2)
        let second = try await events.next()
        #expect(second.name == "reload" && second.payload.generation == 3 && second.payload.errors.isEmpty)
        let builds = try await site.finishedBuilds(3)
        #expect(builds[1].times.summary.contains("stopped for a newer change"))
        #expect(builds[1].diagnostics.allSatisfy { $0.severity != .error })
        #expect(!builds[2].times.summary.contains("stopped"))
        #expect(site.servedPage(containing: "First save") == nil && !site.publicPages.contains("First save"))
        #expect(!site.folder.exists(".Public.atlas-staging"))

        // Byte for byte what a build from scratch writes (the manifest records inodes and times).
        let options = BuildOptions(
            contentDirectory: site.folder.path + "/Content", templatesDirectory: site.folder.path + "/Templates",
            outputDirectory: site.folder.path + "/Clean")
        _ = await SiteBuilder(options: options).build()
        let files = { (folder: String) in
            (FileManager.default.enumerator(atPath: site.folder.path + "/" + folder)?.compactMap { $0 as? String } ?? [])
                .filter { $0 != OutputWriter.manifestName }.sorted()
        }
        #expect(files("Public") == files("Clean") && !files("Public").isEmpty)
        let differing = files("Public").filter { path in
            FileManager.default.contents(atPath: site.folder.path + "/Public/" + path)
                != FileManager.default.contents(atPath: site.folder.path + "/Clean/" + path)
        }
        #expect(differing.isEmpty)
        try await site.stop()
    }
}
