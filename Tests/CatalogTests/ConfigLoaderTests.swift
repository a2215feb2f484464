import Markdown
import Testing

@testable import Catalog

@Suite struct ConfigLoaderTests {
    @Test func seedConfiguration() throws {
        let config = try ConfigLoader.load(
            yaml: Fixture.text(Fixture.root.appendingPathComponent("Content/atlas.yml")),
            path: "Content/atlas.yml")
        #expect(config.organizations.map(\.name).prefix(3) == ["DeepSeek", "Alibaba", "Baidu"])
        #expect(config.organizations[0].url == "https://www.deepseek.com")
        #expect(config.organizations[1].modelPrefixes == ["Qwen", "QwQ"])
        #expect(config.modelAliases["Qwen2.5-72B-Instruct"] == ["Qwen2.5 72B-Inst."])
        #expect(config.benchmarkScales["MT-Bench"] == .outOfTen)
        #expect(config.vocabulary.modelHeaders.contains("模型"))
        // Lists the file does not give keep their defaults.
        #expect(config.vocabulary.benchmarkHeaders == CatalogConfig.Vocabulary().benchmarkHeaders)
    }

    @Test func emptyFileIsTheDefaults() throws {
        #expect(try ConfigLoader.load(yaml: "", path: "atlas.yml") == CatalogConfig())
        #expect(try ConfigLoader.load(yaml: "# nothing yet\n", path: "atlas.yml") == CatalogConfig())
    }

    /// Without `organizations` the built-in makers apply; a list replaces them, `[]` means none.
    @Test func organizationsDefaultToTheBuiltInMakers() throws {
        #expect(
            try ConfigLoader.load(yaml: "title: Cards\n", path: "atlas.yml").organizations
                == CatalogConfig.OrganizationRule.builtIn)
        #expect(try ConfigLoader.load(yaml: "organizations: []\n", path: "atlas.yml").organizations.isEmpty)
        let given = try ConfigLoader.load(yaml: "organizations:\n  - name: Kestrel\n", path: "atlas.yml")
        #expect(given.organizations.map(\.name) == ["Kestrel"])
        #expect(!given.usesBuiltInOrganizations)
    }

    /// The file's scales go over the built-in ones, whatever the spelling of the benchmark's name.
    @Test func scalesAddToTheBuiltInOnes() throws {
        #expect(try ConfigLoader.load(yaml: "", path: "atlas.yml").scaleOverrides[NameKey("MT-Bench")] == .outOfTen)
        let given = try ConfigLoader.load(
            yaml: "benchmarkScales:\n  mt bench: percent\n  Arena: rating\n", path: "atlas.yml")
        let scales = given.scaleOverrides
        #expect(scales[NameKey("MT-Bench")] == .percent)  // the file's, in its own spelling
        #expect(scales[NameKey("Arena")] == .rating && scales[NameKey("AlignBench")] == .outOfTen)
    }

    @Test func organizationNeedsOnlyAName() throws {
        let config = try ConfigLoader.load(yaml: "organizations:\n  - name: Kestrel\n", path: "atlas.yml")
        #expect(config.organizations == [CatalogConfig.OrganizationRule(name: "Kestrel")])
    }

    /// The error a load throws, or nil.
    func error(_ yaml: String) -> Diagnostic? {
        do {
            _ = try ConfigLoader.load(yaml: yaml, path: "Content/atlas.yml")
            return nil
        } catch {
            return error
        }
    }

    @Test func badYAMLPointsAtTheLineAndColumn() throws {
        let found = try #require(
            error(
                """
                organizations:
                  - name: DeepSeek
                    modelPrefixes: [DeepSeek
                  - name: Alibaba
                """))
        #expect(found.severity == .error)
        #expect(found.location.path == "Content/atlas.yml")
        #expect(found.location.line == 4)
        #expect(found.message.hasPrefix("invalid YAML: "))

        let tab = try #require(error("organizations:\n\t- name: X\n"))
        #expect(tab.location.line == 2)
        #expect(tab.location.column == 1)

        let indent = try #require(error("modelAliases:\n  A: [x]\n   B: y\n"))
        #expect(indent.location.line == 3)
        #expect(indent.location.column == 4)

        // libyaml counts Unicode scalars; the diagnostic counts UTF-8 bytes like every other.
        let colon = try #require(error("organizations:\n  - name: 深度求索: x\n"))
        #expect(colon.location.line == 2)
        #expect(colon.location.column == 23)
        #expect(colon.message == "invalid YAML: mapping values are not allowed in this context")
    }

    @Test func missingKeyPointsAtItsMapping() throws {
        let found = try #require(error("organizations:\n  - name: DeepSeek\n  - aliases: [x]\n"))
        #expect(found.location == Markdown.SourceLocation(path: "Content/atlas.yml", line: 3, column: 5))
        #expect(found.message == "`organizations[1].name` is required")
    }

    @Test(
        "a value of the wrong type names its key",
        arguments: [
            ("organizations: DeepSeek\n", "`organizations`"),
            ("organizations:\n  - aliases: [x]\n", "`organizations[0].name` is required"),
            ("modelAliases:\n  Qwen: 5\n", "`modelAliases.Qwen`"),
            ("benchmarkScales:\n  MT-Bench: out-of-11\n", "`benchmarkScales.MT-Bench`"),
            ("vocabulary:\n  modelHeaders: Model\n", "`vocabulary.modelHeaders`"),
        ])
    func wrongType(_ yaml: String, _ named: String) throws {
        let found = try #require(error(yaml))
        #expect(found.severity == .error)
        #expect(found.message.contains(named), "\(found.message)")
        #expect(found.location.path == "Content/atlas.yml")
    }

    @Test func wrongTypePointsAtItsLine() throws {
        let found = try #require(
            error(
                """
                organizations:
                  - name: DeepSeek
                benchmarkScales:
                  MT-Bench: out-of-11
                """))
        #expect(found.location.line == 4)
    }
}

@Suite struct UnknownConfigurationKeysTests {
    @Test func typosAreWarnedAboutWhereTheyAre() {
        let yaml =
            "organizations:\n  - name: X\n    modelPrefix: [X]\nmodelAlias:\n  a: [b]\nvocabulary:\n  modelHeaders: [M]\n  modelHeader: [M]\n"
        let found = ConfigLoader.unknownKeys(yaml: yaml, path: "atlas.yml")
        #expect(
            found.map(\.description) == [
                "atlas.yml:4:1: warning: unknown key `modelAlias`; it is ignored (check the spelling)",
                "atlas.yml:3:5: warning: unknown key `modelPrefix` in an organization; it is ignored (check the spelling)",
                "atlas.yml:8:3: warning: unknown key `modelHeader` in vocabulary; it is ignored (check the spelling)",
            ])
    }

    @Test func theShippedConfigurationHasNoUnknownKeys() throws {
        let path = Fixture.root.appendingPathComponent("Content/atlas.yml").path
        let yaml = try String(contentsOfFile: path, encoding: .utf8)
        #expect(ConfigLoader.unknownKeys(yaml: yaml, path: path).isEmpty)
    }
}
