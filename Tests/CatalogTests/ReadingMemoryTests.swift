import Foundation
import Markdown
import TestSupport
import Testing

@testable import Catalog

/// Enrichment with the memory `atlas serve` keeps gives what a fresh enrichment gives, after any
/// edit, and reads again only what an edit may change.
@Suite struct ReadingMemoryTests {
    /// Four documents that share models: two copies of the seed (the second's tables read against
    /// the first's models) around two real model cards.
    static let initial: [(path: String, text: String)] = {
        let seed = try! Fixture.text(Fixture.root.appendingPathComponent("Content/overview-of-chinese-ai-models.md"))
        let cards = Fixture.fixtures.appendingPathComponent("model-cards")
        return [
            ("Content/a.md", seed),
            ("Content/b.md", try! Fixture.text(cards.appendingPathComponent("yi-Yi.md"))),
            ("Content/c.md", seed),
            ("Content/d.md", try! Fixture.text(cards.appendingPathComponent("skywork-Skywork.md"))),
        ]
    }()
    static let config = try! ConfigLoader.load(
        yaml: Fixture.text(Fixture.root.appendingPathComponent("Content/atlas.yml")), path: "Content/atlas.yml")

    /// The JSON export and every finding: all that enrichment gives.
    func outcome(_ enrichment: Enrichment) -> (json: [UInt8], diagnostics: [Diagnostic]) {
        (JSONExport.bytes(enrichment.catalog), enrichment.diagnostics)
    }

    func parse(_ files: [(path: String, text: String)]) throws -> [Document] {
        try files.map { try MarkdownParser.parse($0.text, path: $0.path) }
    }

    /// Nine documents (checkpoints at 0, 3 and 6): model cards, and the seed at 0 and 5.
    static let nine: [(path: String, text: String)] = (0..<9).map { index in
        (path: "Content/\(index).md", text: initial[index == 0 || index == 5 ? 0 : index % 2 == 0 ? 1 : 3].text)
    }

    /// Four documents (checkpoints every two), and nine: there an edit is often the first of a
    /// document that has no checkpoint after it, and the reading stops after it all the same.
    @Test(arguments: [(1, 4), (2, 4), (3, 4), (4, 4), (5, 9), (6, 9)] as [(UInt64, Int)])
    func randomEditsEnrichAsAFreshEnrichment(seed: UInt64, documents count: Int) throws {
        var random = SplitMix64(seed: seed)
        var files = count == 4 ? Self.initial : Self.nine
        let memory = EnrichmentMemory()
        let enricher = Enricher(config: Self.config)
        _ = enricher.enrich(try parse(files), memory: memory)
        var (spliced, listsReused, listsRedone, movedLines) = (0, 0, 0, 0)
        for step in 0..<16 {
            // Mostly numbers in one document, as an author works; now and then anything anywhere.
            let target =
                random.next() % 4 == 0 || count > 4 ? Int(random.next() % UInt64(count)) : 1 + Int(seed % 2)
            let edit = Self.edit(&files[target].text, &random)
            let documents = try parse(files)
            let remembered = outcome(enricher.enrich(documents, memory: memory))
            let fresh = outcome(enricher.enrich(documents))
            // Compared as Bools: the JSON runs to a megabyte.
            let (sameJSON, sameFindings) = (remembered.json == fresh.json, remembered.diagnostics == fresh.diagnostics)
            let firstDifference = zip(remembered.diagnostics, fresh.diagnostics).first { $0 != $1 }
            #expect(sameJSON, "seed \(seed), step \(step): \(edit) in \(files[target].path)")
            #expect(
                sameFindings,
                "seed \(seed), step \(step): \(edit) in \(files[target].path): \(String(describing: firstDifference))")
            if !sameJSON || !sameFindings { return }
            // Read alone, with documents after it: their reading was taken as it was.
            if memory.lastReading.documentsRead == 1 && target < count - 1 { spliced += 1 }
            if edit.hasPrefix("a paragraph") && memory.lastReading.documentsReused > 0 { movedLines += 1 }
            if memory.lastListsReused { listsReused += 1 } else { listsRedone += 1 }
        }
        // Both ways were taken: the list tables catalogued again, and as they were.
        #expect(listsReused > 0 && listsRedone > 0, "seed \(seed): \(listsReused) reused, \(listsRedone) redone")
        // The memory was used, not merely carried along.
        #expect(spliced > 0, "seed \(seed): no edit was read alone")
        print("seed \(seed): \(movedLines) paragraphs added or removed with documents taken as they were")
    }

    /// The first edit of 3.md after a full reading: no checkpoint was kept after it, so the
    /// reading works out the last reading's state after 3.md from its old outline (one document
    /// more to read) and stops there, instead of reading on to the checkpoint at 6.md.
    @Test func theFirstEditOfADocumentReadsOnlyThatDocument() throws {
        var files = Self.nine
        let memory = EnrichmentMemory()
        let enricher = Enricher(config: Self.config)
        _ = enricher.enrich(try parse(files), memory: memory)
        var lines = files[3].text.components(separatedBy: "\n")
        let row = try #require(lines.firstIndex { $0.hasPrefix("|") && $0.contains(" 58.8 ") })
        lines[row] = lines[row].replacingOccurrences(of: " 58.8 ", with: " 58.9 ")
        files[3].text = lines.joined(separator: "\n")
        let documents = try parse(files)
        let remembered = outcome(enricher.enrich(documents, memory: memory))
        #expect(memory.lastReading == ReadingReuse(documentsRead: 1, documentsReused: 8))
        let fresh = outcome(enricher.enrich(documents))
        #expect(remembered.json == fresh.json)
        #expect(remembered.diagnostics == fresh.diagnostics)
    }

    @Test func aNumberEditedTwiceReadsOnlyItsDocument() throws {
        var files = Self.initial
        let memory = EnrichmentMemory()
        let enricher = Enricher(config: Self.config)
        _ = enricher.enrich(try parse(files), memory: memory)
        #expect(memory.lastReading == ReadingReuse(documentsRead: 4, documentsReused: 0))
        var readings: [ReadingReuse] = []
        for value in ["99.9", "12.25"] {
            let line = try #require(files[2].text.split(separator: "\n").first { $0.contains("| 84.0 ") })
            files[2].text = files[2].text.replacingOccurrences(
                of: String(line), with: line.replacingOccurrences(of: "| 84.0 ", with: "| \(value) "))
            let documents = try parse(files)
            let remembered = outcome(enricher.enrich(documents, memory: memory))
            let sameJSON = remembered.json == outcome(enricher.enrich(documents)).json
            #expect(sameJSON, "84.0 changed to \(value)")
            files[2].text = files[2].text.replacingOccurrences(of: "| \(value) ", with: "| 84.0 ")
            readings.append(memory.lastReading)
        }
        // Checkpoints every 2 documents (the square root of 4). The first edit of c.md starts at the
        // checkpoint before it and reads it and d.md (there is none after it yet); the second
        // starts there again, reads c.md alone, and takes d.md's reading as it was.
        #expect(
            readings == [
                ReadingReuse(documentsRead: 2, documentsReused: 2), ReadingReuse(documentsRead: 1, documentsReused: 3),
            ])
    }

    /// A paragraph added above 7.md's list tables moves the places of the models they catalogue:
    /// the reading starts alike aside lines, and the states kept before 7.md (read from the last
    /// start) get the new places. The next edit, a new name in 4.md, starts from one of them and
    /// reads to the end.
    @Test func aParagraphAboveListTablesMovesTheirModelsPlaces() throws {
        // Nine documents (checkpoints at 0, 3 and 6): model cards, and the seed at 7, renamed so
        // that its list tables catalogue models of their own.
        var files = (0..<9).map { (path: "Content/\($0).md", text: Self.initial[$0 % 2 == 0 ? 1 : 3].text) }
        files[7].text = Self.initial[0].text.replacingOccurrences(of: "DeepSeek", with: "DeepSeekC")
        let memory = EnrichmentMemory()
        let enricher = Enricher(config: Self.config)
        _ = enricher.enrich(try parse(files), memory: memory)
        var readings: [ReadingReuse] = []
        for edit in ["a paragraph above 7.md's list tables", "a new name in 4.md"] {
            if readings.isEmpty {
                files[7].text = Self.addedParagraph + "\n\n" + files[7].text
            } else {
                var lines = files[4].text.components(separatedBy: "\n")
                // The first row under a delimiter row that names something (not a row of shots).
                let delimiter = try #require(lines.firstIndex { $0.hasPrefix("|") && $0.contains("---") })
                let row = try #require(
                    lines.indices.first { index in
                        index > delimiter && lines[index].split(separator: "|").first?.trimmed.first?.isLetter == true
                    })
                var cells = lines[row].components(separatedBy: "|")
                cells[1] += "X"
                lines[row] = cells.joined(separator: "|")
                files[4].text = lines.joined(separator: "\n")
            }
            let documents = try parse(files)
            let remembered = outcome(enricher.enrich(documents, memory: memory))
            let fresh = outcome(enricher.enrich(documents))
            let (sameJSON, sameFindings) = (remembered.json == fresh.json, remembered.diagnostics == fresh.diagnostics)
            #expect(sameJSON && sameFindings, "\(edit)")
            readings.append(memory.lastReading)
        }
        // The first edit started at 6.md's checkpoint, the second at 3.md's.
        #expect(readings.map(\.documentsReused) == [6, 3], "\(readings)")
    }

    /// A note of a later document that cites a place in the edited one (`the architecture of
    /// Zephyr-X is Dense here but MoE at a.md:…`) would keep the old line if its reading were
    /// taken as it was: those documents are read again.
    @Test func aLaterNoteCitingAMovedPlaceIsReadAgain() throws {
        func table(_ row: String) -> String { "## Results\n\n| Model | Architecture | MMLU |\n|---|---|---|\n\(row)\n" }
        var files: [(path: String, text: String)] = [
            ("a.md", table("| Zephyr-X | MoE | 60.1 |")), ("b.md", table("| Other-Y | MoE | 50.0 |")),
            ("c.md", table("| Third-Z | Dense | 40.0 |")), ("d.md", table("| Zephyr-X | Dense | 61.0 |")),
        ]
        let memory = EnrichmentMemory()
        let enricher = Enricher(config: Self.config)
        _ = enricher.enrich(try parse(files), memory: memory)
        files[0].text = Self.addedParagraph + "\n\n" + files[0].text
        let documents = try parse(files)
        let remembered = outcome(enricher.enrich(documents, memory: memory))
        let fresh = outcome(enricher.enrich(documents))
        #expect(fresh.diagnostics.contains { $0.message.contains("MoE at a.md:7:") })
        #expect(remembered.diagnostics == fresh.diagnostics)
        #expect(remembered.json == fresh.json)
    }

    /// `finish` names a benchmark by its most frequent spelling (here `FooBench`, twice against
    /// once), which can change its id: the scores kept from before an edit must carry the id of
    /// their reading, whatever the last name was.
    @Test func aBenchmarkRenamedByAnEditAfterItKeepsTheScoresBeforeIt() throws {
        func table(_ benchmark: String, _ models: [String]) -> String {
            "## Results\n\n| Model | \(benchmark) |\n|---|---|\n" + models.map { "| \($0) | 50.0 |\n" }.joined()
        }
        var files: [(path: String, text: String)] = [
            ("Content/a.md", "# A\n\n" + table("Foo Bench", ["Alpha-7B"])),
            ("Content/b.md", "# B\n\n" + table("MMLU", ["Beta-7B"])),
            ("Content/c.md", "# C\n\n" + table("FooBench", ["Gamma-7B"]) + "\n" + table("FooBench", ["Delta-7B"])),
            ("Content/d.md", "# D\n\n" + table("MMLU", ["Gamma-7B"])),
        ]
        let memory = EnrichmentMemory()
        let enricher = Enricher(config: Self.config)
        let before = enricher.enrich(try parse(files), memory: memory)
        #expect(before.catalog.benchmarks.map(\.id.rawValue).contains("foobench"))
        files[2].text = files[2].text.replacingOccurrences(of: "FooBench", with: "Foo Bench")
        let documents = try parse(files)
        let remembered = enricher.enrich(documents, memory: memory)
        #expect(memory.lastReading == ReadingReuse(documentsRead: 2, documentsReused: 2))
        #expect(remembered.catalog.benchmarks.map(\.id.rawValue).contains("foo-bench"))
        let sameJSON = outcome(remembered).json == outcome(enricher.enrich(documents)).json
        #expect(sameJSON)
    }

    /// About the square root of the documents apart, and never more than ten states.
    @Test func checkpointsAreAboutTheSquareRootApartAndAtMostTen() {
        let spacings = [0, 1, 4, 100, 1_000, 10_000].map(ReadingMemory.checkpointSpacing)
        #expect(spacings == [1, 1, 2, 10, 100, 1_000])
        for documents in 1...2_000 {
            let states =
                (documents + ReadingMemory.checkpointSpacing(documents) - 1)
                / ReadingMemory.checkpointSpacing(documents)
            #expect(states <= 10, "\(documents) documents keep \(states) states")
        }
    }

    static let addedParagraph = "A paragraph added by an edit."

    /// One random edit of a document's text: a number in a table, a name, a row, a heading, a
    /// paragraph added or taken out (the lines below it move).
    static func edit(_ text: inout String, _ random: inout SplitMix64) -> String {
        var lines = text.components(separatedBy: "\n")
        let rows = lines.indices.filter { lines[$0].hasPrefix("|") && !lines[$0].contains("---") }
        guard let row = rows.isEmpty ? nil : rows[Int(random.next() % UInt64(rows.count))] else { return "nothing" }
        var cells = lines[row].components(separatedBy: "|")
        let kind = random.next() % 8
        switch kind {
        case 6, 7:
            if let added = lines.firstIndex(of: addedParagraph) {
                lines.removeSubrange(added...added + 1)
                text = lines.joined(separator: "\n")
                return "the paragraph on line \(added + 1) removed"
            }
            let headings = lines.indices.filter { lines[$0].hasPrefix("#") }
            guard let heading = headings.isEmpty ? nil : headings[Int(random.next() % UInt64(headings.count))] else {
                return "nothing"
            }
            lines.insert(contentsOf: [addedParagraph, ""], at: heading)
            text = lines.joined(separator: "\n")
            return "a paragraph added on line \(heading + 1)"
        case 0, 1, 2:
            // A number, often of another length, so that the cells after it move.
            let numeric = cells.indices.filter { Double(cells[$0].trimmingCharacters(in: .whitespaces)) != nil }
            guard let cell = numeric.isEmpty ? nil : numeric[Int(random.next() % UInt64(numeric.count))] else {
                return "nothing"
            }
            cells[cell] = " \(Double(random.next() % 10_000) / 100) "
            lines[row] = cells.joined(separator: "|")
            text = lines.joined(separator: "\n")
            return "a number on line \(row + 1)"
        case 3:
            guard cells.count > 2 else { return "nothing" }
            cells[1] += "X"
            lines[row] = cells.joined(separator: "|")
            text = lines.joined(separator: "\n")
            return "a name on line \(row + 1)"
        case 4:
            lines.remove(at: row)
            text = lines.joined(separator: "\n")
            return "row \(row + 1) removed"
        default:
            let headings = lines.indices.filter { lines[$0].hasPrefix("#") }
            guard let heading = headings.isEmpty ? nil : headings[Int(random.next() % UInt64(headings.count))] else {
                return "nothing"
            }
            lines[heading] += random.next() % 2 == 0 ? " Chat" : " (2)"
            text = lines.joined(separator: "\n")
            return "heading on line \(heading + 1)"
        }
    }
}
