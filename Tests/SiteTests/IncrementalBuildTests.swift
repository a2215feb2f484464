import Foundation
import Markdown
import TestSupport
import Testing

@testable import Content
@testable import Site

/// A rebuild with a `ParseCache` parses only what changed, and always writes what a clean build writes.
struct IncrementalBuildTests {
    @Test func aRebuildWithNoChangeParsesAndWritesNothing() async throws {
        let site = try EditedSite()
        defer { site.folder.remove() }
        let first = await site.rebuild()
        #expect(first.errorCount == 0)
        #expect(site.cache.lastParseCount == EditedSite.initialDocuments.count)
        site.backdateAll()
        let second = await site.rebuild()
        #expect(site.cache.lastParseCount == 0)
        #expect(second.report?.written == [])
        #expect(second.report?.removed == [])
    }

    @Test func oneEditParsesOneFile() async throws {
        let site = try EditedSite()
        defer { site.folder.remove() }
        _ = await site.rebuild()
        site.backdateAll()
        try site.write(
            site.files["Content/alpha.md"]!.replacingOccurrences(of: "71.5", with: "72.5"), to: "Content/alpha.md")
        let result = await site.rebuild()
        #expect(site.cache.lastParseCount == 1)
        #expect(result.report?.written.isEmpty == false)
        #expect(await site.differenceFromCleanBuild(result) == nil)
    }

    /// A file rewritten within the file system's time tick keeps size and times; its bytes decide.
    @Test func aSameSizeEditInTheSameTickIsSeen() async throws {
        let site = try EditedSite()
        defer { site.folder.remove() }
        _ = await site.rebuild()
        try site.write(
            site.files["Content/alpha.md"]!.replacingOccurrences(of: "71.5", with: "79.5"), to: "Content/alpha.md")
        let result = await site.rebuild()
        #expect(site.cache.lastParseCount == 1)
        #expect(await site.differenceFromCleanBuild(result) == nil)
    }

    @Test(arguments: [1, 2, 3])
    func randomEditsKeepTheOutputEqualToACleanBuild(seed: UInt64) async throws {
        let site = try EditedSite()
        defer { site.folder.remove() }
        var random = SplitMix64(seed: seed)
        _ = await site.rebuild()
        for step in 0..<24 {
            let edit = try site.applyRandomEdit(&random)
            if random.next() % 2 == 0 { site.backdate(edit.paths, step: step) }
            let result = await site.rebuild()
            let difference = await site.differenceFromCleanBuild(result)
            #expect(difference == nil, "seed \(seed), step \(step), after \(edit.name)")
            if difference != nil { return }
        }
    }
}

/// A small, deterministic random number generator, so a failing sequence of edits can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
