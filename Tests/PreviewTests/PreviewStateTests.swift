import Markdown
import Testing

@testable import Preview
@testable import Site

@Suite struct PreviewStateTests {
    private let siteA: [String: [UInt8]] = ["index.html": Array("a".utf8)]
    private let siteB: [String: [UInt8]] = ["index.html": Array("b".utf8)]
    private let broken = Diagnostic(
        .error, at: SourceLocation(path: "Content/atlas.yml", line: 2, column: 3), "mapping values are not allowed")
    private let warning = Diagnostic(.warning, at: SourceLocation(path: "Content/a.md", line: 1, column: 1), "odd")

    @Test func aChangedSiteReloadsAndAnIdenticalOneDoesNot() {
        let state = PreviewState()
        #expect(state.apply(.built(siteA, changed: false)).kind == .reload, "the first site always loads")
        #expect(state.apply(.built(siteA, changed: false)).kind == .unchanged)
        let changed = state.apply(.built(siteB, changed: true))
        #expect(changed.kind == .reload && changed.generation == 2)
        #expect(state.current.files == siteB)
    }

    /// With the same pages, the downloads may still have changed: the newest are served, and
    /// open pages do not reload.
    @Test func theNewestDownloadsAreServedWhenNoPageChanged() {
        let state = PreviewState()
        let first = LazyFile { Array("1".utf8) }
        let second = LazyFile { Array("2".utf8) }
        _ = state.apply(.built(siteA, lazy: ["data/a.csv": first], changed: true))
        let same = state.apply(.built(siteA, lazy: ["data/a.csv": second], changed: false))
        #expect(same.kind == .unchanged && same.generation == 1)
        #expect(state.current.lazyFiles["data/a.csv"]?.bytes == Array("2".utf8))
    }

    @Test func aFailureKeepsTheLastGoodSiteAndListsOnlyErrors() {
        let state = PreviewState()
        _ = state.apply(.built(siteA, changed: true))
        let failed = state.apply(.failed([warning, broken]))
        #expect(failed.kind == .failed)
        #expect(failed.errors == ["Content/atlas.yml:2:3: error: mapping values are not allowed"])
        #expect(state.current.files == siteA && state.current.generation == 1)
    }

    @Test func theNextGoodBuildClearsTheErrors() {
        let state = PreviewState()
        _ = state.apply(.built(siteA, changed: true))
        _ = state.apply(.failed([broken]))
        let recovered = state.apply(.built(siteA, changed: false))
        #expect(recovered.kind == .recovered && recovered.errors.isEmpty)
        _ = state.apply(.failed([broken]))
        let fixedDifferently = state.apply(.built(siteB, changed: true))
        #expect(fixedDifferently.kind == .reload && fixedDifferently.errors.isEmpty)
    }

    @Test func aSiteShownButNotWrittenGivesWayToTheLastGoodSite() {
        let state = PreviewState()
        _ = state.apply(.built(siteA, changed: true))
        _ = state.apply(.built(siteB, changed: true))
        let unwritten = state.apply(.unwritten(lastGood: siteA, [warning, broken]))
        // Pages showing siteB reload (the generation moved) into siteA with the error over it.
        #expect(unwritten.kind == .failed && unwritten.generation == 3)
        #expect(unwritten.errors == ["Content/atlas.yml:2:3: error: mapping values are not allowed"])
        #expect(state.current.files == siteA)
        let fixed = state.apply(.built(siteB, changed: true))
        #expect(fixed.kind == .reload && fixed.errors.isEmpty && state.current.files == siteB)
    }

    @Test func eventFramesAreOneDataLine() {
        let state = PreviewState()
        let event = state.apply(
            .failed([Diagnostic(.error, at: SourceLocation(path: "a", line: 1, column: 1), "x\ny")]))
        #expect(event.frame == "event: failed\ndata: {\"errors\":[\"a:1:1: error: x\\ny\"],\"generation\":0}\n\n")
    }
}
