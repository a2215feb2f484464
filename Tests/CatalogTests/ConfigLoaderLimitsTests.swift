import Markdown
import Testing

@testable import Catalog

/// `atlas.yml` costs time in proportion to its size, and refuses what would claim every model.
@Suite struct ConfigLoaderLimitsTests {
    func error(_ yaml: String) -> Diagnostic? {
        do {
            _ = try ConfigLoader.load(yaml: yaml, path: "atlas.yml")
            return nil
        } catch {
            return error
        }
    }

    @Test(
        "a prefix that normalises to nothing is an error at its place",
        arguments: [#""""#, #""-""#, #"" _ ""#])
    func emptyPrefix(_ prefix: String) throws {
        let found = try #require(
            error("organizations:\n  - name: Kite\n    modelPrefixes: [Kite, \(prefix)]\n"))
        #expect(found.location == Markdown.SourceLocation(path: "atlas.yml", line: 3, column: 27))
        #expect(found.message.contains("claim every model"), "\(found.message)")
    }

    @Test func aliasesThatExpandBeyondTheFileAreRefused() throws {
        var yaml = "vocabulary:\n  modelHeaders: &big [" + (0..<300).map { "x\($0)" }.joined(separator: ", ") + "]\n"
        yaml += "modelAliases:\n" + (0..<300).map { "  k\($0): *big\n" }.joined()
        let found = try #require(error(yaml))
        #expect(found.message.contains("aliases"), "\(found.message)")
        // Warnings are not repeated through aliases either.
        var organizations = "junk: &org {name: X, " + (0..<300).map { "k\($0): 1" }.joined(separator: ", ") + "}\n"
        organizations += "organizations: [" + Array(repeating: "*org", count: 300).joined(separator: ", ") + "]\n"
        #expect(ConfigLoader.unknownKeys(yaml: organizations, path: "atlas.yml").count <= 1)
        #expect(error(organizations)?.message.contains("aliases") == true)
        // One alias used once is fine.
        #expect(error("vocabulary:\n  modelHeaders: &m [Model]\n  seriesHeaders: *m\n") == nil)
    }

    @Test func entriesOfMapsAreCheckedAtTheirPlace() throws {
        let found = try #require(error("modelAliases:\n  A: [a]\n  B: {x: y}\n"))
        #expect(found.location == Markdown.SourceLocation(path: "atlas.yml", line: 3, column: 6))
        #expect(found.message == "`modelAliases.B` should be a list, such as [a, b]")
        let scale = try #require(error("benchmarkScales:\n  X: percent\n  Y: out-of-11\n"))
        #expect(scale.location.line == 3)
        #expect(scale.message.hasPrefix("`benchmarkScales.Y` should be one of percent"))
        let config = try ConfigLoader.load(
            yaml: "modelAliases:\n  A: [a, b]\nvocabulary:\n  variants:\n    chat: [chat, c]\n", path: "atlas.yml")
        #expect(config.modelAliases == ["A": ["a", "b"]])
        #expect(config.vocabulary.variants == ["chat": ["chat", "c"]])
    }

    /// 10,000 entries in a map and 10,000 unknown keys: quadratic loading takes minutes here.
    @Test func largeConfigurationsLoadInLinearTime() throws {
        let count = 10_000
        let aliases = "modelAliases:\n" + (0..<count).map { "  Model-\($0): [M\($0)]\n" }.joined()
        let unknown = (0..<count).map { "unknown\($0): 1\n" }.joined()
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            let config = try ConfigLoader.load(yaml: aliases + unknown, path: "atlas.yml")
            #expect(config.modelAliases.count == count)
            #expect(ConfigLoader.unknownKeys(yaml: aliases + unknown, path: "atlas.yml").count == count)
        }
        #expect(elapsed < .seconds(20), "took \(elapsed)")
    }
}
