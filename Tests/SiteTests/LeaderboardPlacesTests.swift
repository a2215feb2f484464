import Catalog
import Foundation
import Markdown
import TestSupport
import Testing

@testable import Site

/// A peer quoted by many cards: its leaderboard row lists the first places and links to the
/// model page for the rest; the model page lists every place.
struct LeaderboardPlacesTests {
    /// `count` cards, each quoting GPT-4o's MMLU beside its own model.
    static func cards(_ count: Int) -> String {
        (1...count).map { card in
            """
            ## Card \(card)

            | Model | MMLU |
            |---|---|
            | Own-\(card)-7B | \(50 + card) |
            | GPT-4o | 88.7 |

            """
        }.joined(separator: "\n")
    }

    func render(cards: Int) async throws -> RenderedSite {
        let templates = try await TemplateSet.load(from: repositoryRoot + "/Templates")
        let document = try MarkdownParser.parse("# Cards\n\n" + Self.cards(cards), path: "Content/cards.md")
        let catalog = Enricher(config: CatalogConfig()).enrich([document]).catalog
        return try SiteRenderer(templates: templates).render([document], catalog: catalog)
    }

    func page(_ site: RenderedSite, _ path: String) -> String {
        site.files[path].map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The lead board's GPT-4o row (the page's first), up to its line's end.
    func gpt4oRow(_ html: String) throws -> Substring {
        let start = try #require(html.range(of: #"href="../models/gpt-4o.html">GPT-4o</a>"#)).lowerBound
        return html[start...].prefix { $0 != "\n" }
    }

    @Test func aLeaderboardRowListsThreePlacesAndLinksToTheRest() async throws {
        let site = try await render(cards: 5)
        let board = page(site, "benchmarks/mmlu.html")
        let row = try gpt4oRow(board)
        #expect(row.components(separatedBy: #"class="source-link""#).count - 1 == 3)
        #expect(row.contains(#"<a class="other-places" href="../models/gpt-4o.html#scores">and 2 more places</a>"#))
        let model = page(site, "models/gpt-4o.html")
        #expect(model.contains(#"<h2 id="scores">Scores</h2>"#))
        #expect(model.components(separatedBy: #"class="source-link""#).count - 1 == 5)
    }

    @Test func aRowOfThreePlacesListsThemAll() async throws {
        let site = try await render(cards: 3)
        let row = try gpt4oRow(page(site, "benchmarks/mmlu.html"))
        #expect(row.components(separatedBy: #"class="source-link""#).count - 1 == 3)
        #expect(!row.contains("other-places"))
    }
}
