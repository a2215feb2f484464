import Testing

@testable import Catalog

/// A column headed as notes holds remarks, unless every filled cell under it is a number: then
/// `Notes` names what was measured (a kind of page in a document benchmark).
@Suite struct NotesColumnsTests {
    @Test func aNotesColumnOfNumbersIsReadAsScores() throws {
        let catalog = try enrich(
            """
            # Report

            ## Document parsing

            | Model | Book | Notes | Newspaper |
            |---|---|---|---|
            | Alpha-OCR | 0.055 | 0.984 | 0.171 |
            | Beta-OCR | 0.074 | - | 0.192 |

            """
        ).catalog
        #expect(catalog.scores(of: "Alpha-OCR", on: "Notes").map(\.value) == [0.984])
        #expect(catalog.scores(of: "Beta-OCR", on: "Notes").map(\.raw) == ["-"])
        #expect(catalog.scores(of: "Beta-OCR", on: "Newspaper").map(\.value) == [0.192])
    }

    @Test(arguments: [
        "| Alpha-OCR | 0.055 | open weights |\n| Beta-OCR | 0.074 | API only |",
        "| Alpha-OCR | 0.055 | 0.984 |\n| Beta-OCR | 0.074 | see below |",
    ])
    func aNotesColumnWithWordsIsLeftOut(_ rows: String) throws {
        let catalog = try enrich("# Report\n\n## Results\n\n| Model | Book | Notes |\n|---|---|---|\n\(rows)\n").catalog
        #expect(catalog.benchmark(named: "Notes") == nil)
        #expect(catalog.scores(of: "Alpha-OCR", on: "Book").map(\.value) == [0.055])
    }
}
