import Catalog

/// The one-sentence summaries of `<meta name="description">`, `og:description` and the feed,
/// made from the graph: `DeepSeek-V3: 45 scores on 30 benchmarks, released December 2024, by DeepSeek`.
struct PageDescriptions {
    var catalog: Catalog

    func model(_ model: Model) -> String {
        let reported = catalog.scores(of: model.id).filter(\.isReported)
        let benchmarks = Set(reported.map(\.benchmark)).count
        let parts = [
            reported.isEmpty
                ? "no scores"
                : Format.counted(reported.count, "score") + " on " + Format.counted(benchmarks, "benchmark"),
            model.release.map { "released \($0.value)" },
            model.organization.flatMap(catalog.organization).map { "by \($0.name)" },
        ]
        return model.name + ": " + parts.compactMap { $0 }.joined(separator: ", ")
    }

    func benchmark(_ benchmark: Benchmark) -> String {
        let reported = catalog.scores(on: benchmark.id).filter(\.isReported)
        let models = Set(reported.map(\.model)).count
        let category = benchmark.category.map { " (\($0))" } ?? ""
        return benchmark.name + category + ": benchmark with " + Format.counted(reported.count, "score") + " of "
            + Format.counted(models, "model")
    }

    func series(_ series: Series) -> String {
        let parts = [
            "series of " + Format.counted(series.models.count, "model"),
            series.organization.flatMap(catalog.organization).map { "by \($0.name)" },
            series.releaseSpan(in: catalog).map { "released " + Format.releaseSpan($0) },
        ]
        return series.name + ": " + parts.compactMap { $0 }.joined(separator: ", ")
    }

    func organization(_ organization: Organization) -> String {
        let series = catalog.series.count { $0.organization == organization.id }
        let models = catalog.models(of: organization.id).count
        return organization.name + ": maker of " + Format.counted(series, "series", plural: "series") + " and "
            + Format.counted(models, "model")
    }

    /// The home page: what the catalog holds.
    func site(title: String) -> String {
        let reported = catalog.scores.reportedCount
        return title + ": " + Format.counted(catalog.models.count, "model") + ", "
            + Format.counted(catalog.benchmarks.count, "benchmark") + " and " + Format.counted(reported, "score")
    }

    static func listing(_ summary: String, siteTitle: String) -> String { "\(summary) in \(siteTitle)" }

    static func section(_ title: String, document: String, tables: Int) -> String {
        "\(title), a section of \(document)" + (tables > 0 ? " with " + Format.counted(tables, "table") : "")
    }
}
