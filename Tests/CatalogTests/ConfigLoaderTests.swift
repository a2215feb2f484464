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

    /// Maps that contradict themselves swapped scores between models, or gave a benchmark one
    /// category or another from build to build: each is an error at the listing that contradicts.
    @Test(arguments: [
        ("modelAliases:\n  Acme-A: [Acme-B]\n  Acme-B: [Acme-A]\n", 2, 12, "'Acme-B' is listed in modelAliases"),
        ("modelAliases:\n  A: [x]\n  B: [y, X]\n", 3, 10, "under both 'A' and 'B'"),
        (
            "benchmarkAliases:\n  Bench-A: [Bench-B]\n  bench-b: [MMLU]\n", 2, 13,
            "'Bench-B' is listed in benchmarkAliases"
        ),
        ("benchmarkCategories:\n  Math: [MMLU]\n  Code: [GSM8K, mmlu]\n", 3, 17, "'mmlu' is in two categories"),
        ("benchmarkScales:\n  MMLU: percent\n  mmlu: rating\n", 3, 3, "'mmlu' and 'MMLU' are one name"),
        ("modelAliases:\n  Acme-A: [x]\n  acme a: [y]\n", 3, 3, "'acme a' and 'Acme-A' are one name"),
    ])
    func contradictoryMapsAreErrorsAtTheirPlace(_ yaml: String, _ line: Int, _ column: Int, _ message: String) throws {
        let found = try #require(error(yaml))
        #expect(found.severity == .error)
        #expect(found.message.contains(message), "\(found.message)")
        #expect((found.location.line, found.location.column) == (line, column))
    }

    /// A name may list itself among its spellings, and two names may share no spelling.
    @Test func consistentMapsLoad() throws {
        let config = try ConfigLoader.load(
            yaml: "modelAliases:\n  Acme-A: [Acme-A, acme a1]\n  Acme-B: [b]\nbenchmarkCategories:\n  Math: [GSM8K]\n",
            path: "atlas.yml")
        #expect(config.modelAliases["Acme-A"] == ["Acme-A", "acme a1"])
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
