import Foundation
import Testing

@testable import Site

/// The catalog's tables carry what tables.js needs to sort them: a marker and raw sort keys.
struct SortableTablesTests {
    @Test func catalogTablesAreMarkedAndPagesLinkTheScript() async throws {
        let (site, _) = try await SearchIndexTests.seedSite()
        let paths = site.files.keys.filter { path in
            ["models/", "benchmarks/", "series/", "organizations/"].contains { path.hasPrefix($0) }
        }
        #expect(paths.count > 100)
        for path in paths {
            let html = String(decoding: site.files[path]!, as: UTF8.self)
            #expect(html.contains("<script src=\"../assets/tables.js\" defer></script>"), "\(path)")
            let tables = html.components(separatedBy: "<table").count - 1
            let marked = html.components(separatedBy: "<table data-sortable>").count - 1
            #expect(tables == marked, "\(path): \(marked) of \(tables) tables marked sortable")
        }
    }

    @Test func scoreCellsCarryTheRawNumberAndNotReportedIsEmpty() async throws {
        let (site, catalog) = try await SearchIndexTests.seedSite()
        let html = String(decoding: try #require(site.files["models/deepseek-v3.html"]), as: UTF8.self)
        let keys = Self.sortKeys(html)
        let reported = catalog.scores(of: .init(rawValue: "deepseek-v3")).compactMap(\.value)
        #expect(!reported.isEmpty)
        let numbers = keys.compactMap(Double.init)
        #expect(Set(numbers).isSuperset(of: Set(reported)))
        let benchmarkPage = String(decoding: try #require(site.files["benchmarks/mmlu.html"]), as: UTF8.self)
        #expect(Self.sortKeys(benchmarkPage).compactMap(Double.init).contains(91.8))
        #expect(keys.allSatisfy { $0.isEmpty || Double($0) != nil }, "\(keys.filter { Double($0) == nil })")
    }

    @Test func listingReleasesSortByDateNotByText() async throws {
        let (site, _) = try await SearchIndexTests.seedSite()
        let html = String(decoding: try #require(site.files["models/index.html"]), as: UTF8.self)
        let keys = Self.sortKeys(html).filter { $0.count == 6 }
        #expect(keys.count > 20)
        #expect(keys.allSatisfy { Int($0) != nil && $0.hasPrefix("20") })
    }

    /// Every `data-sort="..."` value of a page, in order.
    static func sortKeys(_ html: String) -> [String] {
        html.components(separatedBy: "data-sort=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
}
