import Foundation
import Markdown
import Testing

@testable import Catalog

@Suite struct ExportTests {
    // MARK: - Golden JSON of the seed

    /// `ATLAS_RECORD=1 swift test --filter ExportTests` rewrites the golden file and fails (a
    /// recording run is never green); review the diff like code, then run the tests again.
    @Test func seedExportMatchesTheGoldenFile() throws {
        let golden = Fixture.fixtures.appendingPathComponent("seed-export.json")
        let rendered = JSONExport.render(seed.catalog)
        if ProcessInfo.processInfo.environment["ATLAS_RECORD"] == "1" {
            try Data(rendered.utf8).write(to: golden, options: .atomic)
            Issue.record(
                "recorded \(golden.path) (ATLAS_RECORD=1); review its diff, then run the tests again without ATLAS_RECORD"
            )
            return
        }
        let expected = try #require(
            try? Data(contentsOf: golden),
            "no golden file at \(golden.path); record it with `ATLAS_RECORD=1 swift test --filter ExportTests`")
        let same = Data(rendered.utf8) == expected
        #expect(
            same,
            """
            the JSON export of the seed differs from Tests/CatalogTests/Fixtures/seed-export.json \
            (first difference at line \(Self.firstDifference(rendered, String(decoding: expected, as: UTF8.self)))); \
            if the change is intended, re-record with `ATLAS_RECORD=1 swift test --filter ExportTests` and review the diff
            """)
    }

    /// The export is written one entity at a time; it must be the text of the whole graph as one value.
    @Test func streamedExportEqualsTheWholeDocument() {
        #expect(JSONExport.render(seed.catalog) == JSONExport.document(seed.catalog).linesText)
        #expect(JSONExport.render(Catalog()) == JSONExport.document(Catalog()).linesText)
    }

    /// A score is written straight into bytes, not built as a value first: the same text as the
    /// value, whatever its cell held (quotes, a backslash, a line break, a control character)
    /// and whatever is missing (group, value, table place).
    @Test(arguments: [
        (raw: "\"8\\2\"\n\u{1}", group: "Closed \"A\"" as String?, value: 12.5 as Double?, placed: true),
        (raw: "-", group: nil, value: nil, placed: false),
        (raw: "90", group: "", value: 90, placed: true),
        (raw: "1e-7", group: nil, value: -0.0000001, placed: false),
    ])
    func aScoreWrittenDirectlyIsItsValuesText(raw: String, group: String?, value: Double?, placed: Bool) {
        let location = SourceLocation(path: "Content/a \"b\".md", line: 3, column: 9)
        let score = Score(
            model: ModelID(rawValue: "m\\1"), benchmark: BenchmarkID(rawValue: "mmlu"),
            setting: Setting(metric: "EM", shots: "5-shot", qualifier: "\t"), value: value, raw: raw, group: group,
            source: placed
                ? Provenance(location, table: TableID(rawValue: "t-1"), row: 0, column: 2) : Provenance(location))
        var written = Array("x".utf8)
        JSONExport.write(score, .asGiven, to: &written)
        let expected = Array("x".utf8) + JSONExport.score(score, .asGiven).compactBytes
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    /// `atlas serve` exports after each edit copying the text of unchanged entities: the result
    /// is the fresh export, whatever changed (a score, a model's facts, an entity gone).
    @Test func anExportReusingTheLastOneIsTheFreshExport() {
        var catalog = seed.catalog
        let first = JSONExport.bytes(catalog, reusing: nil)
        #expect(first.bytes == JSONExport.bytes(catalog))
        #expect(JSONExport.bytes(catalog, reusing: first).bytes == first.bytes)

        var scores = Array(catalog.scores)
        scores[3].value = 12.5
        scores[3].raw = "12.5"
        scores.remove(at: 7)
        var models = catalog.models
        models[0].notes = "edited \"notes\""
        var edited = Catalog()
        edited.finish(
            organizations: catalog.organizations, series: catalog.series, models: models,
            benchmarks: catalog.benchmarks, tables: catalog.tables, scores: [scores],
            otherSections: catalog.otherSections)
        catalog = edited
        let second = JSONExport.bytes(catalog, reusing: first)
        #expect(second.bytes == JSONExport.bytes(catalog))
        #expect(second.bytes != first.bytes)
        // Reused from an export of another catalog altogether (the empty one): still the fresh text.
        #expect(JSONExport.bytes(Catalog(), reusing: second).bytes == JSONExport.bytes(Catalog()))
    }

    /// The walk that finds last time's text: whatever the edit (values changed, inserted, removed,
    /// moved), an element is only ever given the range of an equal one, and unchanged runs are found.
    @Test func reusedRangesPointOnlyAtEqualElements() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let before = (0..<Int.random(in: 0...40, using: &generator)).map { _ in Int.random(in: 0..<25) }
            var after = before
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                switch Int.random(in: 0..<4, using: &generator) {
                case 0 where !after.isEmpty: after[Int.random(in: after.indices)] = Int.random(in: 0..<25)
                case 1: after.insert(Int.random(in: 0..<25), at: Int.random(in: 0...after.count))
                case 2 where !after.isEmpty: after.remove(at: Int.random(in: after.indices))
                default: after.shuffle(using: &generator)
                }
            }
            // Each previous element's "text" is its own index, so a range names the element it came from.
            let placed = JSONExport.Placed(elements: before, ranges: before.indices.map { $0..<($0 + 1) })
            let found = placed.ranges(for: after)
            #expect(found.count == after.count)
            for (element, range) in zip(after, found) {
                guard let range else { continue }
                #expect(before[range.lowerBound] == element)
            }
            if after == before { #expect(found.allSatisfy { $0 != nil }) }
        }
    }

    @Test func exportIsTheSameFromRunToRun() throws {
        let again = try Fixture.enrich(
            folder: Fixture.root.appendingPathComponent("Content"),
            markdown: "overview-of-chinese-ai-models.md", prefix: "Content")
        #expect(JSONExport.render(again.catalog) == JSONExport.render(seed.catalog))
        #expect(CSVExport.render(again.catalog, view: .scores) == CSVExport.render(seed.catalog, view: .scores))
    }

    static func firstDifference(_ a: String, _ b: String) -> Int {
        let left = a.split(separator: "\n", omittingEmptySubsequences: false)
        let right = b.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count)
        where index >= left.count || index >= right.count || left[index] != right[index] {
            return index + 1
        }
        return 0
    }

    // MARK: - JSON shape

    @Test func jsonShape() throws {
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(JSONExport.render(seed.catalog).utf8)) as? [String: Any])
        for key in ["organizations", "series", "models", "benchmarks", "tables", "scores"] {
            #expect(json[key] is [[String: Any]], "\(key)")
        }
        let models = try #require(json["models"] as? [[String: Any]])
        let v3 = try #require(models.first { $0["id"] as? String == "deepseek-v3" })
        for key in ["id", "name", "aliases", "organization", "series", "released", "parameters"] {
            #expect(v3[key] != nil, "model key \(key)")
        }
        #expect(v3["name"] as? String == "DeepSeek-V3")
        #expect(v3["organization"] as? String == "deepseek")
        #expect(v3["series"] as? String == "deepseek-v3")
        #expect((v3["aliases"] as? [String])?.contains("DeepSeek V3") == true)
        let released = try #require(v3["released"] as? [String: Any])
        #expect(released["iso"] as? String == "2024-12")
        let parameters = try #require(v3["parameters"] as? [String: Any])
        #expect((parameters["total"] as? [String: Any])?["billions"] as? Double == 671)
        #expect((parameters["active"] as? [String: Any])?["text"] as? String == "37B")

        let scores = try #require(json["scores"] as? [[String: Any]])
        let score = try #require(
            scores.first {
                ($0["source"] as? [String: Any])?["line"] as? Int == 483
                    && ($0["source"] as? [String: Any])?["column"] as? Int == 102
            })
        #expect(Set(score.keys).isSuperset(of: ["model", "benchmark", "setting", "value", "raw", "source"]))
        #expect(score["model"] as? String == "deepseek-v3-base")
        #expect(score["benchmark"] as? String == "pile-test")
        #expect(score["value"] as? Double == 0.548)
        #expect(score["raw"] as? String == "0.548")
        #expect((score["setting"] as? [String: Any])?["metric"] as? String == "BPB")
        let source = try #require(score["source"] as? [String: Any])
        #expect(source["path"] as? String == seedPath)
        #expect(source["table"] as? String == "deepseek-v3-base-model-standart-benchmarks")
        // Not reported is null, not 0.
        let dash = try #require(scores.first { $0["raw"] as? String == "N/A" })
        #expect(dash["value"] is NSNull)

        let benchmarks = try #require(json["benchmarks"] as? [[String: Any]])
        let ids = benchmarks.compactMap { $0["id"] as? String }
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
    }

    // MARK: - CSV

    /// A catalog with texts that need quoting.
    static func awkwardCatalog() -> Catalog {
        let source = Provenance(
            Markdown.SourceLocation(path: "a,b.md", line: 3, column: 5), table: TableID(rawValue: "t"), row: 0,
            column: 1)
        var model = Model(id: ModelID(rawValue: "m"), name: "Model, \"quoted\"", source: source)
        model.notes = "first line\nsecond, with \"quotes\""
        model.aliases = ["A", "B"]
        var benchmark = Benchmark(id: BenchmarkID(rawValue: "b"), name: "MMLU", source: source)
        benchmark.metrics = ["EM": Metric(name: "EM", scale: .percent, direction: .higherIsBetter)]
        let score = Score(
            model: model.id, benchmark: benchmark.id, setting: Setting(metric: "EM", shots: "5-shot"),
            value: 78.9, raw: "78.9", group: "Closed, \"API\"", source: source)
        var catalog = Catalog()
        catalog.finish(
            organizations: [], series: [], models: [model], benchmarks: [benchmark], tables: [],
            scores: [[score]], otherSections: [])
        return catalog
    }

    @Test func csvQuotesCommasQuotesAndNewlines() {
        let csv = CSVExport.render(Self.awkwardCatalog(), view: .models)
        #expect(csv.contains("\"Model, \"\"quoted\"\"\""))
        #expect(csv.contains("\"first line\nsecond, with \"\"quotes\"\"\""))
        let rows = Self.parseCSV(csv)
        #expect(rows.count == 2)
        #expect(rows[1][0] == "m")
        #expect(rows[1][1] == "Model, \"quoted\"")
        #expect(rows[1][2] == "A; B")
        #expect(rows[1].last == "first line\nsecond, with \"quotes\"")
        #expect(rows.allSatisfy { $0.count == rows[0].count })
    }

    @Test func csvScoresRoundTrip() {
        let rows = Self.parseCSV(CSVExport.render(Self.awkwardCatalog(), view: .scores))
        #expect(rows.count == 2)
        let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        #expect(row["value"] == "78.9")
        #expect(row["group"] == "Closed, \"API\"")
        #expect(row["path"] == "a,b.md")
        #expect(row["line"] == "3")
        #expect(row["shots"] == "5-shot")
        #expect(row["model_name"] == "Model, \"quoted\"")
    }

    @Test func csvOfTheSeedHasOneRowPerScore() {
        let rows = Self.parseCSV(CSVExport.render(seed.catalog, view: .scores))
        #expect(rows.count == seed.catalog.scores.count + 1)
        #expect(rows.allSatisfy { $0.count == rows[0].count })
        // Not reported is an empty value, not 0.
        let valueColumn = rows[0].firstIndex(of: "value")!
        let rawColumn = rows[0].firstIndex(of: "raw")!
        #expect(rows.dropFirst().filter { $0[rawColumn] == "N/A" }.allSatisfy { $0[valueColumn].isEmpty })
    }

    @Test(arguments: [(78.9, "78.9"), (2046, "2046"), (0.548, "0.548"), (0, "0"), (7.37, "7.37")])
    func numbersAreWrittenAsRead(_ value: Double, _ text: String) {
        #expect(CSVExport.format(value) == text)
    }

    /// A minimal RFC 4180 reader, to check that what is written can be read back.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
