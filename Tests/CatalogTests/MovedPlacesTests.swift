import Markdown
import Testing

@testable import Catalog

/// Moving a model's places to those of the same model read again after lines moved.
@Suite struct MovedPlacesTests {
    private func place(_ path: String, _ line: Int) -> Provenance {
        Provenance(SourceLocation(path: path, line: line, column: 3), table: TableID(rawValue: "results"), row: 1)
    }

    private func model(at line: Int, releaseMonth: Int = 5, releaseLine: Int = 40) -> Model {
        var model = Model(id: ModelID(rawValue: "alpha"), name: "Alpha", source: place("a.md", line))
        model.release = Sourced(Release(year: 2024, month: releaseMonth), source: place("a.md", releaseLine))
        model.openness = Sourced("open", source: place("b.md", 9))
        return model
    }

    @Test func placesInTheMovedFilesTakeTheNewLines() {
        var move = PlaceMove(paths: ["a.md"])
        let moved = model(at: 10).movingPlaces(to: model(at: 12, releaseLine: 42), &move)
        #expect(!move.failed)
        #expect(moved == model(at: 12, releaseLine: 42))
        #expect(moved.openness?.source.line == 9, "b.md did not move")
    }

    @Test func aFactThatIsNotTheSameThereFailsTheMove() {
        var move = PlaceMove(paths: ["a.md"])
        _ = model(at: 10).movingPlaces(to: model(at: 12, releaseMonth: 6), &move)
        #expect(move.failed)
    }

    @Test func aPlaceInAnotherCellFailsTheMove() {
        var move = PlaceMove(paths: ["a.md"])
        var elsewhere = model(at: 12)
        elsewhere.source.row = 2
        _ = model(at: 10).movingPlaces(to: elsewhere, &move)
        #expect(move.failed)
    }

    @Test func onlyModelsWithAPlaceInTheMovedFilesAreLookedAt() {
        #expect(model(at: 10).hasPlace(in: PlaceMove(paths: ["a.md"])))
        #expect(model(at: 10).hasPlace(in: PlaceMove(paths: ["b.md"])), "its openness")
        #expect(!model(at: 10).hasPlace(in: PlaceMove(paths: ["c.md"])))
    }
}
