import Catalog
import Markdown

extension CatalogPages {
    /// `models/index.html`: every model, by name.
    func modelListing() -> ListingPageView<ModelRow> {
        let models = catalog.models.sorted { Self.byName($0.name, $1.name) }
        return ListingPageView(
            chrome: chrome("Models", .models), title: "Models",
            summary: Format.counted(models.count, "model"), rows: models.map(modelRow))
    }

    /// `benchmarks/index.html`: every benchmark, by name.
    func benchmarkListing() -> ListingPageView<BenchmarkRow> {
        let rows = catalog.benchmarks.sorted { Self.byName($0.name, $1.name) }.map { benchmark in
            let metrics = benchmark.metrics.sorted { $0.key < $1.key }.map { name, metric in
                "\(name.isEmpty ? "–" : name) (\(Self.directionText(metric.direction)))"
            }
            return BenchmarkRow(
                benchmark: link(benchmark.id), category: benchmark.category ?? "",
                metrics: metrics.joined(separator: ", "),
                scoreCount: String(catalog.scoreIndices(on: benchmark.id).count))
        }
        return ListingPageView(
            chrome: chrome("Benchmarks", .benchmarks), title: "Benchmarks",
            summary: Format.counted(rows.count, "benchmark"), rows: rows)
    }

    /// `series/index.html`: every series, by name.
    func seriesListing() -> ListingPageView<SeriesRow> {
        let series = catalog.series.sorted { Self.byName($0.name, $1.name) }
        return ListingPageView(
            chrome: chrome("Series", .series), title: "Series",
            summary: Format.counted(series.count, "series", plural: "series"),
            rows: series.map(seriesRow))
    }

    /// `organizations/index.html`: every organization, by name.
    func organizationListing() -> ListingPageView<OrganizationRow> {
        let rows = catalog.organizations.sorted { Self.byName($0.name, $1.name) }.map { organization in
            OrganizationRow(
                organization: link(organization.id),
                seriesCount: String(catalog.series.count { $0.organization == organization.id }),
                modelCount: String(catalog.models(of: organization.id).count))
        }
        return ListingPageView(
            chrome: chrome("Organizations", .organizations), title: "Organizations",
            summary: Format.counted(rows.count, "organization"), rows: rows)
    }

    /// Case-insensitive by name, then exact bytes: the same order on every machine.
    static func byName(_ a: String, _ b: String) -> Bool {
        let (lowerA, lowerB) = (a.lowercased(), b.lowercased())
        if lowerA != lowerB { return lowerA.precedesInUTF8(lowerB) }
        return a.precedesInUTF8(b)
    }
}
