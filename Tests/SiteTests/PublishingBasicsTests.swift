import Foundation
import TestSupport
import Testing

@testable import Site

/// What a published site needs whatever its host: a favicon every page links, robots.txt, print styles.
struct PublishingBasicsTests {
    @Test func everyPageLinksTheSVGFaviconRelatively() async throws {
        let (site, _) = try await SearchIndexTests.seedSite()
        let pages = site.files.keys.filter { $0.hasSuffix(".html") }
        #expect(pages.count > 100)
        for path in pages {
            let html = String(decoding: site.files[path]!, as: UTF8.self)
            let up = String(repeating: "../", count: path.split(separator: "/").count - 1)
            #expect(
                html.contains("<link rel=\"icon\" href=\"\(up)assets/favicon.svg\" type=\"image/svg+xml\">"), "\(path)")
        }
        let icon = String(decoding: try #require(site.files["assets/favicon.svg"]), as: UTF8.self)
        #expect(icon.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    }

    @Test func robotsAllowsEverything() async throws {
        let (site, _) = try await SearchIndexTests.seedSite()
        let robots = String(decoding: try #require(site.files["robots.txt"]), as: UTF8.self)
        #expect(robots.hasPrefix("User-agent: *\nAllow: /\n"))
    }

    @Test func stylesheetHasPrintRulesThatHideTheChrome() throws {
        let css = try String(contentsOfFile: repositoryRoot + "/Templates/assets/style.css", encoding: .utf8)
        let print = try #require(css.range(of: "@media print {")).upperBound
        let rules = css[print...]
        #expect(rules.contains(".site-nav"))
        #expect(rules.contains(".site-search"))
        #expect(rules.contains("display: none"))
    }
}

/// A reader's tabs, bookmarks and search results tell pages apart by their titles.
struct UniqueTitlesTests {
    @Test func everyPageOfTheSeedHasItsOwnTitle() async throws {
        let (site, _) = try await SearchIndexTests.seedSite()
        var pagesByTitle: [String: [String]] = [:]
        for path in site.files.keys where path.hasSuffix(".html") {
            let html = String(decoding: site.files[path]!, as: UTF8.self)
            let title = try #require(
                html.components(separatedBy: "<title>").dropFirst().first?.components(separatedBy: "</title>").first)
            pagesByTitle[title, default: []].append(path)
        }
        let shared = pagesByTitle.filter { $0.value.count > 1 }
        #expect(pagesByTitle.count > 100)
        #expect(shared.isEmpty, "\(shared.sorted { $0.key < $1.key }.prefix(5))")
    }
}
