import Foundation
import Markdown
import Synchronization
import TestSupport
import Testing

@testable import Site

/// Fails every single file-system operation of a write in turn (and crashes at each one) and
/// checks that the output folder is exactly the old site or exactly the new one, and that the
/// next build cleans up and succeeds.
struct OutputFaultTests {
    static let oldSite = [
        "index.html": "old home", "sections/a.html": "a", "sections/b.html": "b", "old/deep/x.html": "x",
        "data/catalog.json": "{}",
    ]
    static let newSite = [
        "index.html": "new home", "sections/a.html": "a", "sections/c.html": "c", "assets/new.css": "body{}",
        "data/catalog.json": "{}",
    ]
    static let foreign = ["CNAME": "example.org", "mine/notes.txt": "notes", "sections/own.txt": "own"]

    /// A writer that does not flush the file system (hundreds of flushes only make the suite slow).
    func writer(_ folder: TemporaryFolder, failing: Int = 0, mode: FailingFileSystem.Mode = .once) -> OutputWriter {
        OutputWriter(directory: folder.path + "/Public", fileSystem: FailingFileSystem(failing: failing, mode: mode))
    }

    func site(_ files: [String: String]) -> RenderedSite {
        RenderedSite(files: files.mapValues { Array($0.utf8) })
    }

    /// A folder holding the old site and the user's files, and the two states a write may leave.
    func prepare() throws -> (folder: TemporaryFolder, old: TreeSnapshot, new: TreeSnapshot) {
        let reference = try TemporaryFolder(files: Self.foreign.mapKeys { "Public/" + $0 })
        defer { reference.remove() }
        _ = try writer(reference).write(site(Self.newSite))
        let folder = try TemporaryFolder(files: Self.foreign.mapKeys { "Public/" + $0 })
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/Public/shortcut", withDestinationPath: "mine")
        try FileManager.default.createSymbolicLink(
            atPath: reference.path + "/Public/shortcut", withDestinationPath: "mine")
        _ = try writer(folder).write(site(Self.oldSite))
        return (folder, try TreeSnapshot(folder.path), try TreeSnapshot(reference.path))
    }

    @Test func aWriteWithoutFaultsCountsItsOperations() throws {
        let (folder, _, new) = try prepare()
        defer { folder.remove() }
        let counter = FailingFileSystem()
        _ = try OutputWriter(directory: folder.path + "/Public", fileSystem: counter).write(site(Self.newSite))
        #expect(counter.operations > 40)
        #expect(try TreeSnapshot(folder.path).withoutManifest == new.withoutManifest)
    }

    /// Against a power cut: the manifest is flushed after it is written and before the swap (it
    /// alone tells Atlas's files from the user's), and nothing flushes the whole file system.
    @Test func theManifestIsFlushedBeforeTheSwap() throws {
        let (folder, _, _) = try prepare()
        defer { folder.remove() }
        let recorder = FailingFileSystem()
        let names = Mutex<[String]>([])
        recorder.beforeEach = { name in names.withLock { $0.append(name) } }
        _ = try OutputWriter(directory: folder.path + "/Public", fileSystem: recorder).write(site(Self.newSite))
        let order = names.withLock { $0 }
        let flush = try #require(order.firstIndex(of: "flush"))
        let swap = try #require(order.firstIndex(of: "exchange"))
        #expect(order.filter { $0 == "flush" }.count == 1)
        #expect(order[..<flush].last == "create")
        #expect(flush < swap)
    }

    @Test(arguments: FailingFileSystem.Mode.allCases)
    func aFaultAtAnyOperationLeavesTheOldSiteOrTheNewOne(mode: FailingFileSystem.Mode) throws {
        let total = try operationCount()
        var outcomes = (old: 0, new: 0)
        for failing in 1...total {
            let (folder, old, new) = try prepare()
            defer { folder.remove() }
            let writer = writer(folder, failing: failing, mode: mode)
            // A fault in the cleanup after the swap is not an error: the new site is in place.
            var failure: Diagnostic?
            do throws(Diagnostic) { _ = try writer.write(site(Self.newSite)) } catch { failure = error }
            let after = try TreeSnapshot(folder.path)
            let isOld = after.output == old.output
            let isNew = after.withoutManifest == new.withoutManifest
            #expect(isOld || isNew, "operation \(failing) (\(mode)): \(after.difference(from: old))")
            if isOld { outcomes.old += 1 } else if isNew { outcomes.new += 1 }
            if isOld, let failure { #expect(failure.message.contains("still holds the last good site")) }
            // The next build removes what the failed one left and writes the new site.
            _ = try self.writer(folder).write(site(Self.newSite))
            let next = try TreeSnapshot(folder.path)
            #expect(next.withoutManifest == new.withoutManifest, "after operation \(failing) (\(mode))")
            #expect(next.staging.isEmpty, "staging left after operation \(failing) (\(mode))")
        }
        // Faults before the swap leave the old site; those in the cleanup after it, the new one.
        #expect(outcomes.old > 0 && outcomes.new > 0)
    }

    @Test func aFileSystemThatCannotExchangeFailsClearlyAndKeepsTheOldSite() throws {
        let (folder, old, _) = try prepare()
        defer { folder.remove() }
        let exchange = try operationIndex(of: "exchange")
        let writer = OutputWriter(
            directory: folder.path + "/Public", fileSystem: FailingFileSystem(failing: exchange, code: EINVAL))
        let error = #expect(throws: Diagnostic.self) { try writer.write(site(Self.newSite)) }
        #expect(error?.message.contains("cannot exchange two folders atomically") == true)
        #expect(try TreeSnapshot(folder.path).output == old.output)
        #expect(try TreeSnapshot(folder.path).staging.isEmpty)
    }

    // MARK: - Helpers

    func operationCount() throws -> Int {
        let (folder, _, _) = try prepare()
        defer { folder.remove() }
        let counter = FailingFileSystem()
        _ = try OutputWriter(directory: folder.path + "/Public", fileSystem: counter).write(site(Self.newSite))
        return counter.operations
    }

    /// The index of the first operation whose injected failure names `action`.
    func operationIndex(of action: String) throws -> Int {
        for index in 1...(try operationCount()) {
            let (folder, _, _) = try prepare()
            defer { folder.remove() }
            let writer = writer(folder, failing: index, mode: .afterDoing)
            do throws(Diagnostic) {
                _ = try writer.write(site(Self.newSite))
            } catch {
                if error.message.contains("(injected) \(action)") { return index }
            }
        }
        throw CancellationError()
    }
}

extension Dictionary where Key == String {
    func mapKeys(_ transform: (String) -> String) -> [String: Value] {
        Dictionary(uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}
