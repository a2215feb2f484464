import Foundation
import Markdown
import Testing

@testable import Catalog

/// Name resolution with the seed's configuration, against a registry holding the models the seed's
/// list tables catalogue (the names below are data for the test, not knowledge of the code).
/// A registry as the seed's list tables leave it, resolving spellings as a results table would.
struct SeedResolver {
    static let catalogued = [
        "DeepSeek-Coder-7B-base", "DeepSeek-Coder-33B-base", "DeepSeek-Coder-6.7B-instruct",
        "DeepSeek-Coder-33B-instruct",
        "DeepSeek-LLM-7B-Base", "DeepSeek-LLM-67B-Base", "DeepSeek-LLM-7B-Chat", "DeepSeek-LLM-67B-Chat",
        "DeepSeek-MoE-16B-Base", "DeepSeek-MoE-16B-Chat",
        "DeepSeek-V2", "DeepSeek-V2-Chat", "DeepSeek-V2-Lite", "DeepSeek-V2-Lite-Chat",
        "DeepSeek-V2.5", "DeepSeek-V2.5-1210", "DeepSeek-V3", "DeepSeek-V3-Base", "DeepSeek-R1",
    ]

    let config: CatalogConfig
    var registry: ModelRegistry
    let makers: [String]

    init() throws {
        config = try ConfigLoader.load(
            yaml: String(contentsOf: Fixture.root.appendingPathComponent("Content/atlas.yml"), encoding: .utf8),
            path: "Content/atlas.yml")
        let organizations = OrganizationMatcher(rules: config.organizations)
        makers = organizations.makerNames
        registry = ModelRegistry(config: config, organizations: organizations)
        for (index, name) in Self.catalogued.enumerated() {
            _ = registry.catalogue(
                name, source: Provenance(Markdown.SourceLocation(path: "list.md", line: index + 1, column: 3)))
        }
    }

    /// Resolves a spelling; `heading` is the variant a heading implies, `tp` the row's `#TP` cell.
    mutating func resolve(_ text: String, heading: Variant? = nil, tp: String? = nil) -> Model {
        let id = registry.resolve(
            text, context: heading, rowSize: tp.flatMap(ValueParsers.parameters),
            source: Provenance(Markdown.SourceLocation(path: "t.md", line: 1, column: 1)),
            makers: makers, architectures: config.vocabulary.architectures)
        return registry.model(id)!
    }
}

/// Name resolution with the seed's configuration (the names are test data, not knowledge of the code).
@Suite struct ModelRegistryTests {
    // MARK: - Same model

    @Test(
        "a spelling resolves to the catalogued model",
        arguments: [
            ("DeepSeek LLM 67B Base", nil, nil, "DeepSeek-LLM-67B-Base"),
            ("DeepSeek LLM 7B  Base", nil, nil, "DeepSeek-LLM-7B-Base"),
            ("DeepSeek V3", nil, nil, "DeepSeek-V3"),
            ("DeepSeek V3", Variant.chat, nil, "DeepSeek-V3"),
            ("DeepSeek-V3", Variant.base, nil, "DeepSeek-V3-Base"),
            ("DeepSeekMoE 16B", Variant.base, nil, "DeepSeek-MoE-16B-Base"),
            ("DeepSeek-Coder-Instruct", nil, "33B", "DeepSeek-Coder-33B-instruct"),
            ("DeepSeek-Coder-Base", nil, "7B", "DeepSeek-Coder-7B-base"),
            ("DeepSeek-Coder-Base", nil, "33B", "DeepSeek-Coder-33B-base"),
            ("DeepSeek-V1 (Dense-67B)", Variant.base, nil, "DeepSeek-LLM-67B-Base"),
            ("DeepSeek 7B (Dense)", Variant.base, nil, "DeepSeek-LLM-7B-Base"),
            ("DeepSeek-V2 (MoE-236B)", Variant.base, nil, "DeepSeek-V2"),
            ("DeepSeek-V2-Lite (MoE-16B)", Variant.base, nil, "DeepSeek-V2-Lite"),
            ("DeepSeek-V2-Lite 16B Chat", nil, nil, "DeepSeek-V2-Lite-Chat"),
            ("DeepSeek-67B-Chat", nil, nil, "DeepSeek-LLM-67B-Chat"),
            ("DeepSeek-V2 Chat", nil, nil, "DeepSeek-V2-Chat"),
            ("DeepSeek R1", nil, nil, "DeepSeek-R1"),
        ] as [(String, Variant?, String?, String)])
    func resolvesToCatalogued(_ text: String, _ heading: Variant?, _ tp: String?, _ expected: String) throws {
        var r = try SeedResolver()
        #expect(r.resolve(text, heading: heading, tp: tp).name == expected)
        #expect(r.registry.models.count == SeedResolver.catalogued.count, "no new model for \(text)")
    }

    @Test(
        "two spellings of a peer are one model",
        arguments: [
            ("GPT-4o 0513", "GPT-4o-0513"),
            ("OpenAI o1-mini", "o1-mini"),
            ("Qwen1.5-72B-Chat (通义千问)", "QWen1.5 72B Chat"),
            ("Qwen2.5 72B-Inst.", "Qwen2.5-72B-Instruct"),
            ("Llama3.1 405B-Inst.", "Llama-3.1-405B-Instruct"),
            ("Claude-Sonnet-3.5-1022", "Claude-3.5-Sonnet-1022"),
            ("LLaMA-2 -7B", "Llama-2-7B"),
        ])
    func peersMerge(_ a: String, _ b: String) throws {
        var r = try SeedResolver()
        let first = r.resolve(a)
        let second = r.resolve(b)
        #expect(first.id == second.id)
        #expect(first.isCatalogued == false)
        #expect(r.registry.model(first.id)!.aliases.contains(a))
        #expect(r.registry.model(first.id)!.aliases.contains(b))
    }

    @Test func aliasGivesThePeerItsCanonicalName() throws {
        var r = try SeedResolver()
        #expect(r.resolve("Qwen2.5 72B-Inst.").name == "Qwen2.5-72B-Instruct")
        #expect(r.resolve("QWen1.5 72B Chat").name == "Qwen1.5-72B-Chat")
        // `LLaMA-3.1 405B` under a "Chat Model" heading is the configured `LLaMA-3.1 405B Chat`.
        #expect(r.resolve("LLaMA-3.1 405B", heading: .chat).name == "Llama-3.1-405B-Instruct")
    }

    /// Qwen's repositories write `1_8B` for 1.8B: one model with `Qwen-1.8B-Chat`.
    @Test func aSizeWithAnUnderscoreForItsPointIsTheSameModel() throws {
        var r = try SeedResolver()
        let a = r.resolve("Qwen-1.8B-Chat")
        #expect(r.resolve("Qwen-1_8B-Chat").id == a.id)
        #expect(r.resolve("llama_7b").id != a.id)
        #expect(ModelRegistry.withDecimalPoints("Qwen-1_8B-Chat") == "Qwen-1.8B-Chat")
        #expect(ModelRegistry.withDecimalPoints("llama_2_7b") == "llama_2_7b")
    }

    @Test func snapshotsOfTheSameDateMerge() throws {
        var r = try SeedResolver()
        let a = r.resolve("DeepSeek-V2.5-0905")
        let b = r.resolve("DeepSeek V2.5-0905")
        #expect(a.id == b.id)
        #expect(a.name == "DeepSeek-V2.5-0905")
        #expect(a.variantOf == r.registry.model(r.resolve("DeepSeek-V2.5").id)?.id)
    }

    @Test func makerHintGivesTheOrganization() throws {
        var r = try SeedResolver()
        #expect(r.resolve("erniebot-4.0-202404 (文心一言)").organization == OrganizationID(rawValue: "baidu"))
        #expect(r.resolve("Yi-34B-Chat (零一万物)").organization == OrganizationID(rawValue: "01-ai"))
        #expect(r.resolve("OpenAI o1-1217").organization == OrganizationID(rawValue: "openai"))
        #expect(r.resolve("GPT-4o-0513").organization == OrganizationID(rawValue: "openai"))
    }

    // MARK: - Different models

    @Test(
        "never merged",
        arguments: [
            ("DeepSeek-V2", "DeepSeek-V2-Chat"),
            ("DeepSeek-V2.5", "DeepSeek-V2.5-1210"),
            ("DeepSeek-V2-0628", "DeepSeek-V2"),
            ("DeepSeek-V2 Chat (SFT)", "DeepSeek-V2 Chat (RL)"),
            ("DeepSeek-V2 Chat (SFT)", "DeepSeek-V2-Chat"),
            ("DeepSeek-V2 Chat (RL)", "DeepSeek-V2-Chat"),
            ("DeepSeek LLM 7B Chat + MC", "DeepSeek LLM 7B Chat"),
            ("DeepSeek-V2-Lite", "DeepSeek-V2-Lite-Chat"),
            ("DeepSeek-V3", "DeepSeek-V3-Base"),
            ("LLaMA-2 7B", "LLaMA-27B"),
            ("DeepSeek-Coder-V2-0724", "DeepSeek-V2-0628"),
        ])
    func neverMerged(_ a: String, _ b: String) throws {
        var r = try SeedResolver()
        #expect(r.resolve(a).id != r.resolve(b).id)
    }

    @Test func mixtralUnderBaseAndChatHeadingsIsTwoModels() throws {
        var r = try SeedResolver()
        let base = r.resolve("Mixtral 8x22B", heading: .base)
        let chat = r.resolve("Mixtral 8x22B", heading: .chat)
        #expect(base.id != chat.id)
        #expect(base.variant == .base)
        #expect(chat.variant == .chat)
        // And each heading context keeps finding its own.
        #expect(r.resolve("Mixtral 8x22B", heading: .base).id == base.id)
        #expect(r.resolve("Mixtral 8x22B", heading: .chat).id == chat.id)
    }

    @Test func datedSnapshotIsItsOwnModelDerivedFromItsStem() throws {
        var r = try SeedResolver()
        let stem = r.resolve("DeepSeek-V2")
        let snapshot = r.resolve("DeepSeek-V2-0628")
        #expect(snapshot.name == "DeepSeek-V2-0628")
        #expect(snapshot.variantOf == stem.id)
        #expect(snapshot.series == stem.series)
        #expect(snapshot.isCatalogued == false)
    }

    @Test func trainingStagesDeriveFromTheChatModel() throws {
        var r = try SeedResolver()
        let chat = r.resolve("DeepSeek-V2-Chat")
        let sft = r.resolve("DeepSeek-V2 Chat (SFT)")
        let rl = r.resolve("DeepSeek-V2 Chat (RL)")
        #expect(sft.name == "DeepSeek-V2-Chat (SFT)")
        #expect(rl.name == "DeepSeek-V2-Chat (RL)")
        #expect(sft.variantOf == chat.id && rl.variantOf == chat.id)
        // The stage in parentheses is the variant: how the model was trained.
        #expect(sft.variant == .sft)
        #expect(rl.variant == .rl)
        #expect(r.resolve("DeepSeek-V1 Chat (SFT)").variantOf == r.resolve("DeepSeek-LLM-67B-Chat").id)
        let mc = r.resolve("DeepSeek LLM 7B Chat + MC")
        #expect(mc.name == "DeepSeek-LLM-7B-Chat + MC")
        #expect(mc.variantOf == r.resolve("DeepSeek-LLM-7B-Chat").id)
    }

    @Test func parenthesisedDescriptorBecomesFacts() throws {
        var r = try SeedResolver()
        let model = r.resolve("DeepSeek-V1 (Dense-67B)", heading: .base)
        #expect(model.shape.architecture?.value == "Dense")
        #expect(model.shape.totalParameters?.value.billions == 67)
        let lite = r.resolve("DeepSeek-V2-Lite (MoE-16B)", heading: .base)
        #expect(lite.shape.architecture?.value == "MoE")
        #expect(lite.shape.totalParameters?.value.text == "16B")
    }

    @Test func sizeInASpellingIsAFact() throws {
        var r = try SeedResolver()
        // The list names `DeepSeek-V2-Lite-Chat` without a size; a table writes `DeepSeek-V2-Lite 16B Chat`.
        #expect(r.resolve("DeepSeek-V2-Lite 16B Chat").shape.totalParameters?.value.text == "16B")
    }

    @Test func rowSizeIsAFactOfTheModelTheRowNames() throws {
        var r = try SeedResolver()
        let codestral = r.resolve("CodeStral", tp: "22B")
        #expect(codestral.name == "CodeStral")
        #expect(codestral.organization == OrganizationID(rawValue: "mistral"))
        #expect(r.resolve("Llama3-Instruct", tp: "70B").id == r.resolve("LLaMA3 70B Instruct").id)
    }

    @Test func aFamilyNameTakesTheSizeOfItsRow() throws {
        var r = try SeedResolver()
        r.registry.familyNames = [r.registry.key("Coder-Base")]
        #expect(r.resolve("Coder-Base", tp: "7B").name == "Coder-7B-Base")
        #expect(r.resolve("Coder-Base", tp: "33B").name == "Coder-33B-Base")
    }

    @Test func spellingsAreRecordedOnce() throws {
        var r = try SeedResolver()
        _ = r.resolve("DeepSeek V3")
        _ = r.resolve("DeepSeek V3")
        _ = r.resolve("DeepSeek-V3")
        #expect(r.registry.model(r.resolve("DeepSeek-V3").id)!.aliases == ["DeepSeek V3", "DeepSeek-V3"])
    }

    @Test func variantsComeFromTheLastVariantWord() throws {
        let r = try SeedResolver()
        #expect(r.registry.variant(of: "DeepSeek-R1-Distill-Qwen-7B") == .distill)
        #expect(r.registry.variant(of: "DeepSeek-Math-RL-7B") == .rl)
        #expect(r.registry.variant(of: "Qwen2.5 72B-Inst.") == .instruct)
        #expect(r.registry.variant(of: "DeepSeek-Coder-6.7B-base") == .base)
        #expect(r.registry.variant(of: "DeepSeek-V3") == nil)
        #expect(r.registry.variant(of: "DeepSeek-V2-Chat (RL)") == .rl)
        #expect(r.registry.variant(of: "DeepSeek-V2-Chat (SFT)") == .sft)
    }

    /// Gemma's cards name the pre-trained and the instruction-tuned models `PT` and `IT`.
    @Test func gemmasPTIsBaseAndITInstruct() throws {
        let catalog = try enrich(
            """
            | Benchmark | Gemma 3 PT 4B | Gemma 3 IT 4B | Llama 4 Scout (pretrained) |
            |---|---|---|---|
            | MMLU | 59.6 | 58.1 | 79.6 |
            """
        ).catalog
        #expect(catalog.model(named: "Gemma 3 PT 4B")?.variant == .base)
        #expect(catalog.model(named: "Gemma 3 IT 4B")?.variant == .instruct)
        #expect(catalog.model(named: "Llama 4 Scout (pretrained)")?.variant == .base)
    }

    /// Gemma's cards write the variant before the size, its repositories after: one model.
    @Test func aVariantWordBeforeTheSizeIsTheSameName() throws {
        let catalog = try enrich(
            """
            | Benchmark | Gemma 3 IT 4B | Gemma 3 PT 27B |
            |---|---|---|
            | MMLU | 58.1 | 78.6 |

            | Benchmark | gemma-3-4b-it | gemma-3-27b-pt | gemma-3-27b-it |
            |---|---|---|---|
            | GSM8K | 89.2 | 82.6 | 95.9 |
            """
        ).catalog
        #expect(catalog.models.map(\.name).sorted() == ["Gemma 3 IT 4B", "Gemma 3 PT 27B", "gemma-3-27b-it"])
        #expect(
            ModelRegistry.withSizeBeforeVariant("Qwen2.5 Instruct 7B", variantWords: ["instruct": .instruct])
                == "Qwen2.5-7B-Instruct")
        #expect(
            ModelRegistry.withSizeBeforeVariant("Qwen2.5-7B-Instruct", variantWords: ["instruct": .instruct])
                == "Qwen2.5-7B-Instruct")
    }
}

/// A version dated in full and the same version by month and day are one model.
@Suite struct ShortDateTests {
    @Test(arguments: [
        ("gpt-4o-2024-05-13", "gpt-4o-0513"), ("GPT-4-Turbo-20240409", "GPT-4-Turbo-0409"),
        ("model 2023-12-01", "model 1201"), ("x_2024-02-29", "x_0229"),
        // Not dates, or nothing before them: unchanged.
        ("DeepSeek-V2.5-1210", "DeepSeek-V2.5-1210"), ("Model-2024", "Model-2024"),
        ("Model-2024-13-01", "Model-2024-13-01"), ("-2024-05-13", "-2024-05-13"),
        ("v1-2024-05-13x", "v1-2024-05-13x"), ("Qwen-2024-0513", "Qwen-2024-0513"),
        // A month and day in parentheses at the end (MiniMax's cards).
        ("Claude-3.5-Sonnet (10-22)", "Claude-3.5-Sonnet 1022"), ("GPT-4o(05-13)", "GPT-4o 0513"),
        ("Model (13-22)", "Model (13-22)"), ("Model (10-32)", "Model (10-32)"), ("Model (1-22)", "Model (1-22)"),
        ("(10-22)", "(10-22)"), ("Model (10_22)", "Model (10_22)"),
    ])
    func fullDatesBecomeMonthAndDay(name: String, expected: String) {
        #expect(ModelRegistry.withShortDate(name) == expected)
    }

    @Test func aDatedAPINameAndACardsShortNameAreOneModel() throws {
        let enrichment = try enrich(
            """
            ## Results

            | Model | MMLU |
            |---|---|
            | GPT-4o 0513 | 87.2 |
            | gpt-4-turbo-2024-04-09 | 86.5 |

            ## More

            | Model | GSM8K |
            |---|---|
            | gpt-4o-2024-05-13 | 95.8 |
            | GPT-4-Turbo-0409 | 94.2 |
            """)
        #expect(enrichment.catalog.models.map(\.name).sorted() == ["GPT-4o 0513", "gpt-4-turbo-2024-04-09"])
    }

    /// DeepSeek-R1's card writes `Claude-3.5-Sonnet-1022`, MiniMax's `Claude-3.5-Sonnet (10-22)`.
    @Test func aMonthAndDayInParenthesesIsTheShortDate() throws {
        let enrichment = try enrich(
            """
            | Benchmark | Claude-3.5-Sonnet-1022 | GPT-4o 0513 |
            |-----------|------------------------|-------------|
            | MMLU      | 88.3                   | 87.2        |

            | Benchmark | Claude-3.5-Sonnet (10-22) | GPT-4o (05-13) |
            |-----------|---------------------------|----------------|
            | GSM8K     | 96.9                      | 95.6           |
            """)
        #expect(enrichment.catalog.models.map(\.name).sorted() == ["Claude-3.5-Sonnet-1022", "GPT-4o 0513"])
        #expect(enrichment.catalog.scores.count == 4)
    }
}
