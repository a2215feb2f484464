import Catalog
import Testing

@testable import Site

/// Every page says in one sentence what it holds, from the graph.
struct PageDescriptionsTests {
    static func description(of html: String) -> String? {
        html.components(separatedBy: "<meta name=\"description\" content=\"").dropFirst().first?
            .components(separatedBy: "\"")[0]
    }

    @Test func modelPagesSayScoresReleaseAndMaker() async throws {
        let (site, catalog) = try await ReadyToPublishTests.seedSite(baseURL: nil)
        let html = String(decoding: try #require(site.files["models/deepseek-v3.html"]), as: UTF8.self)
        let model = try #require(catalog.models.first { $0.id.rawValue == "deepseek-v3" })
        let reported = catalog.scores(of: model.id).filter(\.isReported)
        let benchmarks = Set(reported.map(\.benchmark)).count
        #expect(
            Self.description(of: html)
                == "DeepSeek-V3: \(reported.count) scores on \(benchmarks) benchmarks, released December 2024, by DeepSeek"
        )
        #expect(html.contains("<meta property=\"og:description\" content=\"DeepSeek-V3: "))
        #expect(html.contains("<meta property=\"og:type\" content=\"article\">"))
    }

    @Test func descriptionsAreUniqueAcrossEntityPages() async throws {
        let (site, _) = try await ReadyToPublishTests.seedSite(baseURL: nil)
        var seen: [String: String] = [:]
        for (path, html) in ReadyToPublishTests.pages(site) {
            let description = try #require(Self.description(of: html), "\(path)")
            #expect(!description.isEmpty, "\(path)")
            if let other = seen[description], !path.hasPrefix("sections/") {
                Issue.record("\(path) and \(other) share the description \(description)")
            }
            seen[description] = path
        }
        let home = String(decoding: try #require(site.files["index.html"]), as: UTF8.self)
        #expect(home.contains("<meta property=\"og:type\" content=\"website\">"))
    }

    @Test func aBareYearAndAMonthOfItReadAsTheYear() {
        let bare = Release(year: 2025)
        let january = Release(year: 2025, month: 1)
        #expect(Format.releaseSpan(bare...january) == "2025")
        #expect(Format.releaseSpan(Release(year: 2024)...january) == "2024 – January 2025")
        #expect(
            Format.releaseSpan(Release(year: 2023, month: 11)...Release(year: 2024, month: 5))
                == "November 2023 – May 2024")
        #expect(Format.releaseSpan(january...Release(year: 2025, month: 3)) == "January 2025 – March 2025")
        #expect(Format.releaseSpan(january...january) == "January 2025")
    }
}
