import Markdown
import Testing

@testable import Catalog

@Suite struct ListTableReaderTests {
    let reader = ListTableReader(vocabulary: CatalogConfig.Vocabulary())

    func entries(_ markdown: String) throws -> [ListTableReader.Entry]? {
        let document = try MarkdownParser.parse(markdown, path: "list.md")
        let table = try #require(DocumentOutline(document).sections.first?.tables.first?.table)
        return reader.entries(of: table)
    }

    @Test func blankSeriesCellMeansTheRowAbove() throws {
        let rows = try #require(
            try entries(
                """
                ## Family

                | Series    | Model          | Year                    | Notes          |
                |-----------|----------------|-------------------------|----------------|
                | Nimbus-2  | Nimbus-2       | May 2024                | Major upgrade  |
                | \t        | Nimbus-2-Chat  | May 2024                |                |
                | Nimbus-2.5| Nimbus-2.5     | September-December 2024 | Merged         |
                |           | Nimbus-2.5-1210|                         |                |
                """))
        #expect(rows.map(\.series) == ["Nimbus-2", "Nimbus-2", "Nimbus-2.5", "Nimbus-2.5"])
        #expect(rows.map(\.model) == ["Nimbus-2", "Nimbus-2-Chat", "Nimbus-2.5", "Nimbus-2.5-1210"])
        #expect(rows.map(\.release) == ["May 2024", "May 2024", "September-December 2024", ""])
        #expect(rows.map(\.notes) == ["Major upgrade", "", "Merged", ""])
        #expect(rows[1].modelCell.location == Markdown.SourceLocation(path: "list.md", line: 6, column: 14))
        #expect(rows[3].releaseCell?.location.line == 8)
        #expect(rows.map(\.row) == [0, 1, 2, 3])
    }

    @Test func rowsWithoutAModelAreSkipped() throws {
        let rows = try #require(
            try entries(
                """
                ## Family

                | Series   | Model    | Year |
                |----------|----------|------|
                | Nimbus-2 |          | 2024 |
                |          | Nimbus-2 | 2024 |
                """))
        #expect(rows.map(\.model) == ["Nimbus-2"])
        #expect(rows.map(\.series) == ["Nimbus-2"])
        #expect(rows.map(\.row) == [1])
    }

    @Test(
        "a list needs a model column and a series or release column",
        arguments: [
            "| Model | MMLU |\n|---|---|\n| A | 1 |",
            "| Series | Notes |\n|---|---|\n| A | x |",
            "| Benchmark | A | B |\n|---|---|---|\n| MMLU | 1 | 2 |",
        ])
    func notALIst(_ table: String) throws {
        #expect(try entries("## S\n\n" + table) == nil)
    }

    @Test func headersMatchWhateverTheSpelling() throws {
        let rows = try #require(
            try entries(
                """
                ## S

                | family | NAME   | Release date |
                |--------|--------|--------------|
                | X      | X-1    | 2025         |
                """))
        #expect(rows.map(\.model) == ["X-1"])
        #expect(rows.map(\.release) == ["2025"])
    }

    /// A leaderboard with a date column is a list (the releases are read) and results: its
    /// scores are not lost, and its date, series and notes columns are no benchmarks.
    @Test(arguments: ["Release date", "Released", "Date", "Year"])
    func aListWithScoreColumnsIsReadAsResultsToo(dateHeader: String) throws {
        let catalog = try enrich(
            """
            | Model | \(dateHeader) | MMLU | GSM8K | Notes |
            | --- | --- | --- | --- | --- |
            | Llama-3-8B | 2024 | 66.6 | 79.6 | base |
            | Mistral-7B | 2023 | 62.5 | 50.0 | |
            """
        ).catalog
        #expect(catalog.benchmarks.map(\.name) == ["GSM8K", "MMLU"])
        #expect(catalog.scores.count == 4)
        #expect(catalog.models.map { $0.release?.value.iso } == ["2024", "2023"])
    }

    /// open-llms' table: `Language Model` names the models, `2022/11` is a month, and `Params
    /// (B)` holds sizes in billions, not scores of a benchmark "Params".
    @Test func aFactsTableWithSizesInBillionsAndSlashedMonths() throws {
        let catalog = try enrich(
            """
            | Language Model | Release Date | Params (B) | Context Length | Licence |
            | --- | --- | --- | --- | --- |
            | Bloom | 2022/11 | 176 | 2048 | OpenRAIL-M v1 |
            | phi-2 | 2023/12 | 2.7 | 2048 | MIT |
            """
        ).catalog
        #expect(catalog.benchmarks.isEmpty && catalog.scores.isEmpty)
        #expect(catalog.models.map { $0.release?.value.iso } == ["2022-11", "2023-12"])
        #expect(catalog.models.map { $0.shape.totalParameters?.value.billions } == [176, 2.7])
    }

    /// A list's model written with the card's own mark (`(ours)`) or a size alone in parentheses
    /// is the model its scores go to: one model, with the list's release date and the size.
    @Test func aListedModelWithAMarkOrASizeIsTheScoredModel() throws {
        let catalog = try enrich(
            """
            # Report

            ## Results

            |Model|Trained From|Release Date|AIME24|AIME25|
            | ---- | ---- | ---- | ---- | ---- |
            | [**Zeta-R1-7B (ours)**](https://example.com/zeta) |Alpha-7B|25.3.12|**59.1**|**44.3**|
            |LIMO (32B)|Beta-32B-Instruct|25.2.4|56.3|47.1|
            |DeepSeek-V1 (Dense-67B)|Gamma|2024|40.0|30.0|

            """
        ).catalog
        #expect(catalog.models.map(\.name).sorted() == ["DeepSeek-V1", "LIMO", "Zeta-R1-7B"])
        let zeta = try #require(catalog.model(named: "Zeta-R1-7B"))
        #expect(zeta.release?.value.iso == "2025-03")
        #expect(catalog.scores(of: "Zeta-R1-7B", on: "AIME24").map(\.value) == [59.1])
        let limo = try #require(catalog.model(named: "LIMO"))
        #expect(limo.shape.totalParameters?.value.billions == 32)
        #expect(limo.release?.value.iso == "2025-02")
        let v1 = try #require(catalog.model(named: "DeepSeek-V1"))
        #expect(v1.shape.totalParameters?.value.billions == 67)
        #expect(v1.shape.architecture?.value == "Dense")
    }
}
