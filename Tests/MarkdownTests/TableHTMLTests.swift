import Foundation
import Testing

@testable import Markdown

/// One recorded case of `Fixtures/table-cases.json`: markdown and cmark-gfm's HTML for it.
struct TableCase: Decodable, Sendable, CustomTestStringConvertible {
    var name: String
    var markdown: String
    var html: String
    /// Why Atlas differs from cmark-gfm here, confirmed with the oracle. The difference is then
    /// the smallest one: `deviationOracle`, a fragment of `html`, is where Atlas writes
    /// `deviationAtlas`; everything else must be equal.
    var knownDeviation: String?
    var deviationOracle: String?
    var deviationAtlas: String?

    var testDescription: String { name }

    /// The cases, recorded by `scripts/record-table-fixtures.py`, or why they could not be read.
    static let loaded: Result<[TableCase], FixtureError> = {
        guard let url = Bundle.module.url(forResource: "table-cases", withExtension: "json", subdirectory: "Fixtures")
        else { return .failure(FixtureError(message: "Fixtures/table-cases.json is not in the test bundle")) }
        do {
            return .success(try JSONDecoder().decode([TableCase].self, from: Data(contentsOf: url)))
        } catch {
            return .failure(FixtureError(message: "\(url.path) cannot be read: \(error)"))
        }
    }()

    /// The cases, none when the file cannot be read (`fixturesAreLoaded` fails then).
    static var all: [TableCase] { (try? loaded.get()) ?? [] }
}

/// Why a fixture file could not be read.
struct FixtureError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

@Suite("Table HTML")
struct TableHTMLTests {
    @Test func fixturesAreLoaded() throws {
        let cases = try TableCase.loaded.get()
        #expect(cases.count >= 188)
        #expect(Set(cases.map(\.name)).count == cases.count, "case names must be unique")
    }

    /// A known deviation is one fragment swapped in cmark-gfm's HTML: every other byte must be
    /// equal, and once Atlas stops deviating the test fails, so that the deviation is removed.
    @Test("Atlas's HTML equals cmark-gfm's", arguments: TableCase.all)
    func matchesRecordedOracle(_ fixture: TableCase) throws {
        let html = normalizedHTML(try parse(fixture.markdown).html)
        var expected = fixture.html
        if let reason = fixture.knownDeviation {
            let oracle = try #require(fixture.deviationOracle, "a known deviation names the fragment that differs")
            let atlas = try #require(fixture.deviationAtlas, "a known deviation names what Atlas writes instead")
            #expect(expected.ranges(of: oracle).count == 1, "the deviation's fragment must be in cmark-gfm's HTML once")
            let range = try #require(expected.range(of: oracle))
            expected.replaceSubrange(range, with: atlas)
            #expect(html == normalizedHTML(expected), "known deviation (\(reason)); the rest must be equal")
            return
        }
        #expect(html == normalizedHTML(expected))
    }

    // MARK: - The renderer on its own

    @Test func headerOnlyTableHasNoBody() {
        let html = renderTable(alignments: [.unspecified, .left], header: ["a", "b"], rows: [])
        #expect(html == "<table>\n<thead>\n<tr>\n<th>a</th>\n<th align=\"left\">b</th>\n</tr>\n</thead>\n</table>\n")
    }

    @Test func everyAlignmentHasItsAttribute() {
        let html = renderTable(
            alignments: [.unspecified, .left, .center, .right],
            header: ["a", "b", "c", "d"], rows: [["1", "2", "3", "4"]])
        #expect(
            html.contains(
                "<td>1</td>\n<td align=\"left\">2</td>\n<td align=\"center\">3</td>\n<td align=\"right\">4</td>"))
        #expect(html.contains("<tbody>\n<tr>\n"))
    }

    @Test func cellHTMLIsInsertedAsRendered() {
        let html = renderTable(alignments: [.unspecified], header: ["<em>x</em> &amp; y"], rows: [[""]])
        #expect(html.contains("<th><em>x</em> &amp; y</th>"))
        #expect(html.contains("<td></td>"))
    }

    @Test func documentHTMLIsTheBlocksJoined() throws {
        let document = try parse("# T\n\n| a |\n|---|\n| b |\n\ntext\n")
        #expect(document.blockHTML.count == document.blocks.count)
        #expect(document.html == document.blockHTML.joined())
        #expect(document.blockHTML[1].hasPrefix("<table>\n"))
    }
}

/// The comparison itself: it must see what readers see.
@Suite("HTML comparison")
struct HTMLComparisonTests {
    @Test func aDroppedSpaceBetweenInlineTagsIsADifference() {
        #expect(
            normalizedHTML("<td><em>a</em> <strong>b</strong></td>")
                != normalizedHTML("<td><em>a</em><strong>b</strong></td>"))
    }

    @Test func aLineBreakBetweenInlineTagsIsADifference() {
        #expect(normalizedHTML("<p><em>a</em>\n<b>c</b></p>") != normalizedHTML("<p><em>a</em><b>c</b></p>"))
    }

    @Test func lineBreaksBetweenBlockTagsAreNot() {
        #expect(normalizedHTML("<p>a</p>\n<table>\n<thead>") == normalizedHTML("<p>a</p><table><thead>"))
        #expect(normalizedHTML("<li>\n<p>a</p>\n</li>\n") == normalizedHTML("<li><p>a</p></li>"))
    }
}
