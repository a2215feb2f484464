import Catalog
import Markdown

/// What the compare page reads, written as `assets/compare-data.js`: a classic script setting
/// `window.atlasCompare`, like the search index (`fetch` is refused on `file://`).
///
/// `models` are the models with at least one reported score (by name); `measures` are the
/// benchmarks in each setting (by name, then setting); `scores` holds
/// `[model index, measure index, value, text as written]`, each model's best value per measure.
extension CatalogPages {
    static let compareDataPath = SiteRenderer.assetsFolder + "/compare-data.js"

    func compareData() -> JSONValue {
        let measures = catalog.benchmarks.flatMap { benchmark in
            let scores = catalog.scoreIndices(on: benchmark.id).lazy.map { catalog.scores[$0] }
            return Set(scores.filter(\.isReported).map(\.setting)).sorted().map {
                (benchmark, Measure(benchmark: benchmark.id, setting: $0))
            }
        }
        .sorted { ($0.0.name, $0.1.setting, $0.0.id.rawValue) < ($1.0.name, $1.1.setting, $1.0.id.rawValue) }
        // Only what a row shows is kept (not the whole score), and models are sorted by keys made
        // once each: at 100x this file is remade on every edit.
        var rows: [(model: ModelID, measure: Int, value: Double?, raw: String)] = []
        for (index, (_, measure)) in measures.enumerated() {
            for (model, score) in standings.comparison(measure)?.best ?? [:] {
                rows.append((model, index, score.value, score.raw))
            }
        }
        let compared = Set(rows.map(\.model))
        let candidates = catalog.models.indices.filter { compared.contains(catalog.models[$0].id) }
        let keys = candidates.map { (catalog.models[$0].name.lowercased(), catalog.models[$0].id.rawValue) }
        let models = candidates.indices.sorted { keys[$0] < keys[$1] }.map { catalog.models[candidates[$0]] }
        let modelIndex = Dictionary(uniqueKeysWithValues: models.enumerated().map { ($1.id, $0) })
        let scores = rows.compactMap { row -> (model: Int, measure: Int, value: Double?, raw: String)? in
            modelIndex[row.model].map { ($0, row.measure, row.value, row.raw) }
        }
        .sorted { ($0.model, $0.measure) < ($1.model, $1.measure) }
        return .object([
            "models": .array(models.map(compareEntry)),
            "measures": .array(measures.map { compareEntry($0.0, $0.1.setting) }),
            "scores": .array(
                scores.map { row in
                    .array([
                        .number(Double(row.model)), .number(Double(row.measure)), .optional(row.value),
                        .string(row.raw),
                    ])
                }),
        ])
    }

    /// The script text: `window.atlasCompare = {...};`.
    func compareScript() -> [UInt8] {
        var out = Array("window.atlasCompare = ".utf8)
        SearchIndex.appendJavaScriptSafe(compareData().compactBytes, to: &out)
        out += ";\n".utf8
        return out
    }

    private func compareEntry(_ model: Model) -> JSONValue {
        .object([
            "id": .string(model.id.rawValue), "name": .string(model.name),
            "href": .string(EntityFolder.models.href(model.id, depth: 0)),
        ])
    }

    private func compareEntry(_ benchmark: Benchmark, _ setting: Setting) -> JSONValue {
        let metric = Self.metric(for: setting, in: benchmark)
        return .object([
            "name": .string(benchmark.name), "setting": .string(setting.description),
            "href": .string(EntityFolder.benchmarks.href(benchmark.id, depth: 0)),
            "lower": .bool(metric?.direction == .lowerIsBetter),
            "percent": .bool(metric?.scale == .percent),
        ])
    }

    /// `compare.html` (at the top of the site), still to render; `compareScript()` is its data.
    func pendingComparePage(chrome: PageChrome) -> PendingFile {
        let page = publishing.place(
            ComparePageView(chrome: chrome, modelListHref: EntityFolder.models.indexHref(depth: 0)),
            at: Self.comparePath,
            description:
                "Compare the scores of \(catalog.models.count) models side by side on the benchmarks they share.")
        return PendingFile(path: Self.comparePath) { () throws(Diagnostic) in
            try templates.renderBytes(page, template: "compare")
        }
    }

    static let comparePath = "compare.html"

    /// The compare page with `model` already picked, from a page one folder deep. A query, not a
    /// fragment: a fragment names an element, and link checkers rightly flag one that names none;
    /// compare.js reads `?m=` (and `#m=`, which it writes as the reader picks) also from `file://`.
    static func compareHref(with model: ModelID) -> String {
        PageLinks.up(depth) + comparePath + "?m=" + model.rawValue
    }
}

/// `compare.html`: the page is built by compare.js (which, with compare-data.js, the template
/// loads by literal paths, as the scan of theme scripts expects); without it, it says so.
public struct ComparePageView: Sendable, Equatable {
    public var chrome: PageChrome
    public var modelListHref: String
}
