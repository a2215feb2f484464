import Markdown
import Testing

@testable import Catalog

/// OWASP's CSV injection rule: no text cell may start with `=`, `+`, `-`, `@`, tab, CR or LF.
@Suite struct CSVInjectionTests {
    static let formulas = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "\nx"]

    static func catalog(names: [String], value: Double) -> Catalog {
        let source = Provenance(Markdown.SourceLocation(path: "=a.md", line: 3, column: 5))
        let models = names.enumerated().map { index, name in
            var model = Model(id: ModelID(rawValue: "m\(index)"), name: name, source: source)
            model.notes = name
            model.aliases = [name]
            return model
        }
        let benchmark = Benchmark(id: BenchmarkID(rawValue: "b"), name: "@SUM(1+1)", source: source)
        let scores = models.map { model in
            Score(
                model: model.id, benchmark: benchmark.id, setting: Setting(metric: "=1", shots: "-"),
                value: value, raw: String(Int(value)), group: "+x", source: source)
        }
        var catalog = Catalog()
        catalog.finish(
            organizations: [], series: [], models: models, benchmarks: [benchmark], tables: [], scores: [scores],
            otherSections: [])
        return catalog
    }

    @Test(arguments: CSVExport.View.allCases)
    func noTextCellStartsWithAFormulaCharacter(_ view: CSVExport.View) {
        let csv = CSVExport.render(Self.catalog(names: Self.formulas, value: -1), view: view)
        let rows = ExportTests.parseCSV(csv)
        let header = rows[0]
        for row in rows.dropFirst() {
            // A lone `-` (not reported) can start no formula and stays as written.
            for (name, cell) in zip(header, row) where !Self.numericColumns.contains(name) && cell != "-" {
                #expect(
                    !(cell.first.map { "=+-@\t\r\n".contains($0) } ?? false),
                    "\(view) \(name): \(cell.debugDescription)")
            }
        }
        // Every neutralised cell is quoted, so the prefix is visibly part of the text.
        #expect(csv.contains(view == .benchmarks ? "\"'@SUM(1+1)\"" : "\"'=HYPERLINK(\"\"http://x\"\")\""))
    }

    @Test func scoresStayNumbers() {
        let rows = ExportTests.parseCSV(CSVExport.render(Self.catalog(names: ["-x"], value: -1), view: .scores))
        let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        #expect(row["value"] == "-1")
        #expect(row["line"] == "3")
        #expect(row["model_name"] == "'-x")
        #expect(row["raw"] == "'-1")
    }

    static let numericColumns: Set<String> = [
        "value", "line", "column", "row", "table_column", "total_parameters_b", "active_parameters_b",
    ]
}
