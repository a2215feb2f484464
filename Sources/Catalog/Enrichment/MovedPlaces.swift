import Markdown

// Reading again after lines moved in a document (a paragraph added above its tables): the
// registries then hold the same models and benchmarks as the last reading did, some of them at
// other lines. `ReadingMemory` compares registries aside lines and columns, and moves the places
// the last reading's registries hold in the edited documents to the new reading's, instead of
// reading every later document again.

/// Moves places read in the documents at `paths` to where another reading found the same facts;
/// `failed` once a fact is not the same there (then nothing moved can be used).
struct PlaceMove {
    /// A few paths (those an edit changed): compared one by one, not hashed, as every place of
    /// every model is looked at.
    let paths: [String]
    private(set) var failed = false

    init(paths: [String]) { self.paths = paths }

    mutating func fail() { failed = true }

    func holds(_ path: String) -> Bool { paths.contains(path) }

    func holds(_ place: Provenance?) -> Bool { place.map { holds($0.path) } ?? false }

    /// `mine`, at `theirs` when `mine` lies in `paths` (the same file, table and cell).
    mutating func place(_ mine: Provenance, _ theirs: Provenance) -> Provenance {
        guard holds(mine.path) else { return mine }
        if mine.lineless != theirs.lineless { failed = true }
        return theirs
    }

    mutating func fact<Value>(_ mine: Sourced<Value>?, _ theirs: Sourced<Value>?) -> Sourced<Value>? {
        guard let mine, holds(mine.source.path) else { return mine }
        guard let theirs, theirs.value == mine.value else {
            failed = true
            return mine
        }
        return Sourced(mine.value, source: place(mine.source, theirs.source))
    }
}

extension Model {
    /// The model with no line or column in its places: what reading compares aside places.
    var lineless: Model {
        var model = self
        model.source = source.lineless
        model.release = release?.lineless
        model.openness = openness?.lineless
        model.shape.totalParameters = shape.totalParameters?.lineless
        model.shape.activeParameters = shape.activeParameters?.lineless
        model.shape.architecture = shape.architecture?.lineless
        model.shape.architectureDetail = shape.architectureDetail?.lineless
        return model
    }

    /// Whether any of its places lies in the paths `move` moves.
    func hasPlace(in move: PlaceMove) -> Bool {
        move.holds(source) || move.holds(release?.source) || move.holds(openness?.source)
            || move.holds(shape.totalParameters?.source) || move.holds(shape.activeParameters?.source)
            || move.holds(shape.architecture?.source) || move.holds(shape.architectureDetail?.source)
    }

    /// The model with its places in `move.paths` taken from `reference`, the same model read again.
    func movingPlaces(to reference: Model, _ move: inout PlaceMove) -> Model {
        var model = self
        model.source = move.place(source, reference.source)
        model.release = move.fact(release, reference.release)
        model.openness = move.fact(openness, reference.openness)
        model.shape.totalParameters = move.fact(shape.totalParameters, reference.shape.totalParameters)
        model.shape.activeParameters = move.fact(shape.activeParameters, reference.shape.activeParameters)
        model.shape.architecture = move.fact(shape.architecture, reference.shape.architecture)
        model.shape.architectureDetail = move.fact(shape.architectureDetail, reference.shape.architectureDetail)
        return model
    }
}

extension Benchmark {
    var lineless: Benchmark {
        var benchmark = self
        benchmark.source = source.lineless
        return benchmark
    }
}

extension Array {
    /// Whether both hold elements equal in order, or equal once `lineless` takes their lines.
    func equalAsideLines(_ other: [Element], lineless: (Element) -> Element) -> Bool where Element: Equatable {
        count == other.count && zip(self, other).allSatisfy { $0 == $1 || lineless($0) == lineless($1) }
    }
}

extension ResultsTableReader {
    /// Moves the places its registries hold in `move.paths` to those `reference` holds.
    mutating func movePlaces(to reference: ResultsTableReader, _ move: inout PlaceMove) {
        models.movePlaces(to: reference.models, &move)
        benchmarks.movePlaces(to: reference.benchmarks, &move)
    }
}
