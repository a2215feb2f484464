import Markdown
import Synchronization
import Testing

@testable import Site

struct RenderedSiteTests {
    /// Pages rendered on all cores are added in order, with the same bytes, in buffers of their size.
    @Test func filesRenderedInParallelKeepTheirOrderAndBytes() throws {
        var site = RenderedSite()
        let files = (0..<200).map { index in
            PendingFile(path: "p\(index).html") {
                var bytes: [UInt8] = []
                for _ in 0..<(index * 97) { bytes.append(UInt8(truncatingIfNeeded: index)) }
                return bytes
            }
        }
        try site.add(rendering: files)
        #expect(site.files.count == 200)
        for index in 0..<200 {
            let bytes = try #require(site.files["p\(index).html"])
            #expect(bytes.count == index * 97 && bytes.allSatisfy { $0 == UInt8(truncatingIfNeeded: index) })
        }
        #expect(site.totalBytes == (0..<200).reduce(0) { $0 + $1 * 97 })
    }

    /// Large files are begun first, then files made every time, then keyed ones; the site, the
    /// reuse and the file that passes the size limit are still those of adding the files one by
    /// one, in order.
    @Test(arguments: [Int.max, 60_000])
    func filesWithoutKeysBegunFirstChangeNothingButTheSchedule(maxBytes: Int) throws {
        var files: [PendingFile] = []
        for index in 0..<120 {
            var file = PendingFile(path: "p\(index).html") { () throws(Diagnostic) in Self.bytes(index, 1) }
            if index % 3 != 0 { file.key = { @Sendable in index } }
            file.isLarge = index % 7 == 0
            files.append(file)
        }
        var previous = RenderedSite()
        for index in stride(from: 1, to: 120, by: 2) {
            try previous.add(Self.bytes(index, 2), at: "p\(index).html")
            previous.renderKeys["p\(index).html"] = index
        }
        var expected = RenderedSite(maxBytes: maxBytes)
        var expectedError: Diagnostic?
        for (index, file) in files.enumerated() {
            let reused = file.key != nil && index % 2 == 1
            do throws(Diagnostic) {
                try expected.add(Self.bytes(index, reused ? 2 : 1), at: file.path)
            } catch {
                expectedError = error
                break
            }
        }
        var site = RenderedSite(maxBytes: maxBytes)
        do throws(Diagnostic) {
            try site.add(rendering: files, reusing: previous)
            #expect(expectedError == nil)
            #expect(Self.summary(site) == Self.summary(expected))
            #expect(site.reusedCount == (0..<120).count { $0 % 3 != 0 && $0 % 2 == 1 })
        } catch {
            #expect(error == expectedError)
        }
    }

    /// Each file as its fill byte and length: short enough to read in a failure.
    private static func summary(_ site: RenderedSite) -> [String: String] {
        site.files.mapValues { "\($0.first ?? 0)x\($0.count)" }
    }

    private static func bytes(_ index: Int, _ fill: UInt8) -> [UInt8] {
        Array(repeating: fill, count: 500 + index * 13)
    }

    @Test func compactingKeepsTheBytesAndDropsTheSlack() {
        var grown: [UInt8] = []
        grown.reserveCapacity(1 << 20)
        grown += Array("hello".utf8)
        let compact = RenderedSite.compact(grown)
        #expect(compact == grown)
        #expect(compact.capacity < 1 << 16)
        // A buffer with little slack is kept as it is.
        let tight = Array(repeating: UInt8(7), count: 100_000)
        #expect(RenderedSite.compact(tight) == tight)
    }
}

/// Files made when first asked for (`atlas serve`'s downloads).
struct LazyFileTests {
    /// Made once, by the first to ask; materialized, the site is the one of adding them eagerly.
    @Test func lazyFilesAreMadeOnceAndMaterializeToTheEagerSite() throws {
        let makes = Mutex(0)
        var site = RenderedSite()
        var eager = RenderedSite()
        for (path, text) in [("b.csv", "b"), ("a.json", "a")] {
            site.addLazy(at: path) {
                makes.withLock { $0 += 1 }
                return Array(text.utf8)
            }
            try eager.add(Array(text.utf8), at: path)
        }
        try site.add(Array("page".utf8), at: "index.html")
        try eager.add(Array("page".utf8), at: "index.html")
        #expect(site.files.count == 1 && site.lazyFiles.count == 2)
        let shown = try #require(site.lazyFiles["a.json"])
        #expect(shown.bytes == Array("a".utf8) && shown.bytes == Array("a".utf8))
        #expect(makes.withLock { $0 } == 1, "asked twice, made once")
        try site.materialize()
        #expect(makes.withLock { $0 } == 2, "the one asked for before is not made again")
        #expect(site == eager && site.lazyFiles.isEmpty)
    }

    /// A lazy file still counts against the size limit, when it is made.
    @Test func aLazyFilePastTheLimitFailsItsMaterialization() throws {
        var site = RenderedSite(maxBytes: 10)
        try site.add(Array("12345".utf8), at: "index.html")
        site.addLazy(at: "data/big.json") { Array(repeating: 0x20, count: 6) }
        #expect(throws: Diagnostic.self) { try site.materialize() }
    }

    /// What a reader would find: other bytes at a made path, or other paths; a lazy file's
    /// bytes are not looked at.
    @Test func aSiteDiffersByItsMadeFilesAndItsPaths() throws {
        var previous = RenderedSite()
        try previous.add(Array("page".utf8), at: "index.html")
        try previous.add(Array("old data".utf8), at: "data/a.json")
        func site(page: String, lazy: String?) throws -> RenderedSite {
            var site = RenderedSite()
            try site.add(Array(page.utf8), at: "index.html")
            if let lazy { site.addLazy(at: lazy) { Array("new data".utf8) } }
            return site
        }
        #expect(try !site(page: "page", lazy: "data/a.json").differs(from: previous))
        #expect(try site(page: "edited", lazy: "data/a.json").differs(from: previous))
        #expect(try site(page: "page", lazy: "data/b.json").differs(from: previous))
        #expect(try site(page: "page", lazy: nil).differs(from: previous))
        // Against a site shown but not written (`atlas serve`), whose downloads are still lazy.
        let shown = try site(page: "page", lazy: "data/a.json")
        #expect(try !site(page: "page", lazy: "data/a.json").differs(from: shown))
        #expect(try !previous.differs(from: shown))
        #expect(try site(page: "edited", lazy: "data/a.json").differs(from: shown))
        #expect(try site(page: "page", lazy: "data/b.json").differs(from: shown))
        #expect(try site(page: "page", lazy: nil).differs(from: shown))
    }
}
