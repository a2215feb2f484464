import Catalog
import Markdown
import Testing

@testable import Site

@Suite struct ScoreRowGroupsTests {
    static func score(_ model: String, _ value: Double?, raw: String? = nil, line: Int, metric: String = "EM") -> Score
    {
        Score(
            model: ModelID(rawValue: model), benchmark: BenchmarkID(rawValue: "mmlu"),
            setting: Setting(metric: metric), value: value, raw: raw ?? value.map { String($0) } ?? "-", group: nil,
            source: Provenance(SourceLocation(path: "a.md", line: line, column: 3)))
    }

    @Test func theSameValueFromTwoTablesIsOneRowWithBothSources() {
        let groups = ScoreRowGroups([Self.score("m", 49.6, line: 10), Self.score("m", 49.6, line: 20)]).groups
        #expect(groups.count == 1)
        #expect(groups.first?.all.map(\.source.line) == [10, 20])
        #expect(groups.first?.otherValues == [])
    }

    @Test func differentValuesStayApartAndEachNamesTheOther() {
        let groups = ScoreRowGroups([
            Self.score("m", 51.6, line: 10), Self.score("m", 58.7, line: 20), Self.score("m", 51.6, line: 30),
        ]).groups
        #expect(groups.map(\.score.raw) == ["51.6", "58.7"])
        #expect(groups.map(\.otherValues) == [["58.7"], ["51.6"]])
        #expect(groups[0].all.count == 2)
    }

    @Test func otherSettingsAndModelsAreNotDisagreements() {
        let groups = ScoreRowGroups([
            Self.score("m", 51.6, line: 10), Self.score("m", 58.7, line: 20, metric: "Rating"),
            Self.score("n", 70, line: 30), Self.score("m", nil, line: 40),
        ]).groups
        #expect(groups.count == 4)
        #expect(groups.allSatisfy { $0.otherValues.isEmpty })
    }

    /// A thousand values of one model, benchmark and setting: each row names the first three
    /// others and counts the rest (it listed all 999, so pages grew with the square of the tables).
    @Test func aRowNamesAFewOtherValuesAndCountsTheRest() {
        let scores = (0..<1000).map { Self.score("m", Double($0) / 10, line: $0 + 1) }
        let groups = ScoreRowGroups(scores).groups
        #expect(groups.count == 1000)
        #expect(groups[0].otherValues == ["0.1", "0.2", "0.3"])
        #expect(groups[0].moreValues == 996)
        #expect(groups[5].otherValues == ["0.0", "0.1", "0.2"])
        #expect(groups.allSatisfy { $0.otherValues.count == 3 && $0.moreValues == 996 })
    }
}
