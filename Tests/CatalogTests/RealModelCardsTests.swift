import Foundation
import Markdown
import Testing

@testable import Catalog

/// Twelve real model cards (`Fixtures/model-cards/`, sources and licences in SOURCES.md), each
/// read alone with the project's `atlas.yml`, against expectations checked by hand
/// (`expected.json`): results tables read, other tables not, sample scores exact, no entity
/// from a non-results table, spellings of one model resolved to one model.
@Suite struct RealModelCardsTests {
    struct Expected: Decodable {
        struct Card: Decodable {
            var file: String
            var tables: [Table]
            var scores: [ScoreSample]?
            var models: [String]?
            var notModels: [String]?
            var notBenchmarks: [String]?
            var sameModel: [[String]]?

            enum CodingKeys: String, CodingKey {
                case file, tables, scores, models
                case notModels = "not_models"
                case notBenchmarks = "not_benchmarks"
                case sameModel = "same_model"
            }
        }
        struct Table: Decodable {
            var index: Int
            var line: Int
            var kind: String
        }
        struct ScoreSample: Decodable {
            var table: Int
            var model: String
            var benchmark: String
            var value: Double
        }
        var cards: [Card]
    }

    static let folder = Fixture.fixtures.appendingPathComponent("model-cards")
    static let expected: [Expected.Card] = {
        do {
            let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
            return try JSONDecoder().decode(Expected.self, from: data).cards
        } catch {
            fatalError("cannot read model-cards/expected.json: \(error)")
        }
    }()
    static var files: [String] { expected.map(\.file) }

    static func read(_ file: String) throws -> Enrichment {
        let config = try ConfigLoader.load(
            yaml: Fixture.text(Fixture.root.appendingPathComponent("Content/atlas.yml")), path: "atlas.yml")
        let document = try MarkdownParser.parse(
            Fixture.text(folder.appendingPathComponent(file)), path: "model-cards/\(file)")
        return Enricher(config: config).enrich([document])
    }

    func card(_ file: String) throws -> Expected.Card { try #require(Self.expected.first { $0.file == file }) }

    @Test func atLeastTwelveCards() {
        #expect(Self.expected.count >= 12)
    }

    @Test(arguments: files)
    func resultsTablesAreReadAndNoOtherTableIs(file: String) throws {
        let card = try card(file)
        let catalog = try Self.read(file).catalog
        let readLines = Set(catalog.tables.map(\.source.line))
        for table in card.tables where table.kind == "results" {
            #expect(
                readLines.contains(table.line), "table \(table.index) (line \(table.line)) is results but was not read")
        }
        for table in card.tables where table.kind != "results" {
            #expect(
                !readLines.contains(table.line),
                "table \(table.index) (line \(table.line)) is \(table.kind), read as results")
        }
    }

    @Test(arguments: files)
    func sampledScoresAreExact(file: String) throws {
        let card = try card(file)
        let catalog = try Self.read(file).catalog
        for sample in card.scores ?? [] {
            let models = catalog.models.filter { model in
                model.name == sample.model || model.aliases.contains { $0.contains(sample.model) }
            }.map(\.id)
            // The card's header may carry a setting (`MMLU (5 shot MC)`): the benchmark's name starts it.
            // A column that is part of a benchmark (`STEM` of MMLU) is the score's qualifier.
            // Or the header's name as read: `Arc (Challenge)` is the benchmark `Arc Challenge`.
            let wanted = NameKey(sample.benchmark).value
            let read = NameKey(BenchmarkHeader(parsing: sample.benchmark, metrics: []).name).value
            let found = catalog.scores.filter { score in
                models.contains(score.model)
                    && (catalog.benchmark(score.benchmark).map { benchmark in
                        ([benchmark.name] + benchmark.aliases).contains { name in
                            [wanted, read].contains { $0.hasPrefix(NameKey(name).value) }
                        }
                    } == true || NameKey(score.setting.qualifier).value == wanted)
            }
            #expect(
                found.contains { abs(($0.value ?? .nan) - sample.value) < 1e-6 },
                "no score \(sample.value) for \(sample.model) on \(sample.benchmark): \(found.map(\.raw))")
        }
    }

    @Test(arguments: files)
    func noEntityFromWhatIsNotAModelOrBenchmark(file: String) throws {
        let card = try card(file)
        let catalog = try Self.read(file).catalog
        let modelNames = Set(catalog.models.flatMap { [$0.name] + $0.aliases })
        let benchmarkNames = Set(catalog.benchmarks.flatMap { [$0.name] + $0.aliases })
        for name in card.notModels ?? [] {
            #expect(!modelNames.contains(name), "'\(name)' became a model")
        }
        for name in card.notBenchmarks ?? [] {
            #expect(!benchmarkNames.contains(name), "'\(name)' became a benchmark")
        }
    }

    @Test(arguments: files)
    func spellingsOfOneModelAreOneModel(file: String) throws {
        let card = try card(file)
        let catalog = try Self.read(file).catalog
        for spellings in card.sameModel ?? [] {
            let ids = Set(spellings.compactMap { spelling in catalog.models(spelled: spelling).first?.id })
            #expect(ids.count <= 1, "\(spellings) are \(ids.count) models")
        }
    }
}
