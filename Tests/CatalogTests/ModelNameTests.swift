import Testing

@testable import Catalog

@Suite struct ModelNameTests {
    let makers = ["OpenAI", "Nimbus Labs"]
    let architectures = ["MoE", "Dense"]

    func parse(_ text: String) -> ModelName { ModelName(parsing: text, makers: makers, architectures: architectures) }

    /// `(17Bx16E)`: a mixture of experts' active size times its experts, which the results
    /// tables leave out of the name; `(8x7B)` names Mixtral's size and stays in it.
    @Test func activeSizeTimesExpertsIsNoPartOfTheName() {
        let scout = parse("Llama 4 Scout (17Bx16E)")
        #expect(scout.core == "Llama 4 Scout" && scout.qualifiers.isEmpty)
        #expect(scout.architecture == "MoE" && scout.parameters == nil)
        #expect(ModelName.isActiveTimesExperts("17B x 128E") && !ModelName.isActiveTimesExperts("8x7B"))
        #expect(!parse("Mixtral (8x7B)").qualifiers.isEmpty || parse("Mixtral (8x7B)").core != "Mixtral")
    }

    /// `-A3B`: the active parameters of a mixture of experts, in a word of their own.
    @Test(arguments: [
        ("Qwen3-30B-A3B", 3.0 as Double?), ("Hunyuan-A13B-Instruct", 13), ("Qwen1.5-MoE-A2.7B", 2.7),
        ("TeleChat2 39B A12B", 12), ("A100-7B", nil), ("Aquila-7B", nil), ("Llama-3-8B", nil), ("VL-A", nil),
    ])
    func activeParametersInTheName(_ name: String, _ billions: Double?) {
        #expect(ModelName.activeSize(in: name)?.billions == billions)
    }

    @Test func architectureAndSizeInParentheses() {
        let name = parse("DeepSeek-V1 (Dense-67B)")
        #expect(name.core == "DeepSeek-V1")
        #expect(name.architecture == "Dense")
        #expect(name.parameters?.billions == 67)
        #expect(name.parameters?.text == "67B")
        #expect(name.qualifiers.isEmpty)

        let moe = parse("DeepSeek-V2-Lite (MoE-16B)")
        #expect(moe.core == "DeepSeek-V2-Lite")
        #expect(moe.architecture == "MoE")
        #expect(moe.parameters?.billions == 16)

        let dense = parse("DeepSeek 7B (Dense)")
        #expect(dense.core == "DeepSeek 7B")
        #expect(dense.architecture == "Dense")
        #expect(dense.parameters == nil)

        let sizeOnly = parse("Orchard-3 (70B)")
        #expect(sizeOnly.core == "Orchard-3")
        #expect(sizeOnly.architecture == nil)
        #expect(sizeOnly.parameters?.billions == 70)
    }

    /// Quantized and fine-tuned models' cards name models by their Hugging Face repository.
    @Test(arguments: [
        ("ibm-granite/granite-3.1-8b-instruct", "granite-3.1-8b-instruct", "ibm-granite"),
        ("Qwen/Qwen2.5-7B-Instruct", "Qwen2.5-7B-Instruct", "Qwen"),
        ("01-ai/Yi-34B", "Yi-34B", "01-ai"),
        ("meta-llama/Llama-3.1-8B-Instruct", "Llama-3.1-8B-Instruct", "meta-llama"),
        // Without a digit in the name, written as repositories are; an owner that is a user's handle.
        ("BAAI/bge-large-zh", "bge-large-zh", "BAAI"),
        ("sentence-transformers/paraphrase-mini", "paraphrase-mini", "sentence-transformers"),
        ("shibing624/text2vec-base-chinese", "text2vec-base-chinese", "shibing624"),
    ])
    func aRepositoryNameIsTheModelItHolds(_ text: String, _ core: String, _ owner: String) {
        let name = parse(text)
        #expect(name.core == core)
        #expect(name.makerHints == [owner])
    }

    /// A slash between two models or two sizes is no repository.
    @Test(arguments: [
        "GPT-4/GPT-4o", "DeepSeek-V3/R1", "7B/13B", "Qwen2.5-7B/14B", "Claude/Gemini", "Llama 2/3 70B",
        "Claude/Gemini-Pro", "GPT4/GPT4o", "gpt4/gpt4o", "qwen2/qwen2.5-7b", "Llama2/Mistral-7B", "w/o-cot",
    ])
    func aPairOfModelsIsNoRepository(_ text: String) {
        #expect(ModelName.repository(text) == nil)
        #expect(parse(text).core == text)
    }

    @Test func authorshipRemarksAreNotPartOfTheName() {
        for text in [
            "Skywork-13B-Base (ours)", "Skywork-13B-Base (Ours)", "Skywork-13B-Base (this work)",
            "Skywork-13B-Base (Ours.)",
        ] {
            let name = parse(text)
            #expect(name.core == "Skywork-13B-Base", "\(text)")
            #expect(name.identity == "Skywork-13B-Base", "\(text)")
            #expect(name.remark == nil, "\(text)")
        }
        // A stage stays a qualifier beside it.
        #expect(parse("Orchard-3 (SFT) (ours)").identity == "Orchard-3 (SFT)")
    }

    @Test func remarksOnHowNumbersWereObtainedAreNotQualifiers() {
        let reported = parse("Llama-2-7B (reported)")
        #expect(reported.identity == "Llama-2-7B")
        #expect(reported.remark == "reported")
        #expect(parse("Yi-6B (our reproduction)").remark == "our reproduction")
        #expect(parse("GPT-4 (Official)").remark == "Official")
        #expect(parse("GPT-4 (From InfiniteBench)").identity == "GPT-4")
        #expect(parse("Qwen2-1.5B(report)").identity == "Qwen2-1.5B")
        #expect(parse("Qwen-7B (re-evaluated) (SFT)").identity == "Qwen-7B (SFT)")
        // The engine or access it ran through (OpenCompass's `(lmdeploy)`, SuperCLUE's `(API)`).
        #expect(parse("Llama-3-70b-Instruct (lmdeploy)").remark == "lmdeploy")
        #expect(parse("GPT4(API)").identity == "GPT4")
        // A size and variant in parentheses after a name without a size are part of the name.
        #expect(parse("Llama-3.3 (70B instruct)").identity == "Llama-3.3 70B instruct")
        #expect(parse("Llama 3.3 (text only)").identity == "Llama 3.3")
        // Stages, products and sizes are not remarks.
        #expect(parse("DeepSeek-V2 Chat (SFT)").remark == nil)
        #expect(parse("DeepSeek-V2 Chat (RL)").identity == "DeepSeek-V2 Chat (RL)")
        #expect(parse("Orchard-3 (70B)").remark == nil)
    }

    /// Words in parentheses that describe how the row's model was made or run are remarks on
    /// its scores: Seed-OSS's `(w/ syn.)` and InternLM-Math's `(First version)` made the ids
    /// `seed-oss-36b-base-w-syn` and `gpt4-first-version`. One word still names another model,
    /// and so do stage or variant words.
    /// DeepSeek-Coder's LeetCode table writes `GPT-4-Turbo + CoT` under `GPT-4-Turbo`: a way of
    /// running the model, as `(CoT)` is, so a remark on the scores and not another model; what
    /// is added to a model that is no way of running it (`+ RAG`, `+ SFT`) still names a system.
    @Test(arguments: [
        ("GPT-4-Turbo + CoT", "GPT-4-Turbo", "CoT"), ("Qwen2-7B +PoT", "Qwen2-7B", "PoT"),
        ("GPT-4 w/ CoT", "GPT-4", "w/ CoT"), ("Llama-3-8B with tools", "Llama-3-8B", "with tools"),
        ("DeepSeek-R1 + self-consistency", "DeepSeek-R1", "self-consistency"),
    ])
    func waysOfRunningAfterTheNameAreRemarks(_ text: String, _ core: String, _ remark: String) {
        let name = parse(text)
        #expect(name.core == core && name.qualifiers.isEmpty && name.remark == remark)
    }

    @Test(arguments: ["GPT-4o + RAG", "Llama-3-8B + SFT", "Qwen2 with Sliding Window"])
    func otherAdditionsStayInTheName(_ text: String) {
        let name = parse(text)
        #expect(name.remark == nil && name.identity == text)
    }

    @Test func glossesAreRemarksNotPartsOfTheName() {
        #expect(parse("Seed-OSS-36B-Base (w/ syn.)").identity == "Seed-OSS-36B-Base")
        #expect(parse("Seed-OSS-36B-Base (w/ syn.)").remark == "w/ syn.")
        #expect(parse("GPT4 (First version)").identity == "GPT4")
        #expect(parse("ChatGPT (GPT-3.5)").identity == "ChatGPT (GPT-3.5)")
        #expect(parse("DeepSeek-R1 (w/o RL)").identity == "DeepSeek-R1 (w/o RL)")
        #expect(parse("Qwen-7B (Chat SFT)").identity == "Qwen-7B (Chat SFT)")
        #expect(parse("Orchard (8 experts)").remark == nil)
    }

    @Test func inferenceModesQualifyTheScoresNotTheModel() {
        let off = parse("Claude Opus 4 (w/o extended thinking)")
        #expect(off.identity == "Claude Opus 4")
        #expect(off.remark == "w/o extended thinking")
        #expect(parse("Qwen3-235B-A22B (Non-thinking)").identity == "Qwen3-235B-A22B")
        #expect(parse("Orchard-7B (CoT)").remark == "CoT")
        // Qwen3's cards write the mode as a word after the name; joined to it, it names a model.
        let word = parse("Qwen3-235B-A22B Non-Thinking")
        #expect(word.identity == "Qwen3-235B-A22B")
        #expect(word.remark == "Non-Thinking")
        #expect(parse("Claude 3.7 Sonnet Thinking").identity == "Claude 3.7 Sonnet")
        #expect(parse("Qwen3-30B-A3B-Thinking-2507").identity == "Qwen3-30B-A3B-Thinking-2507")
        #expect(parse("Thinking").identity == "Thinking")
        #expect(parse("Orchard-7B (maj@64)").remark == "maj@64")
        #expect(parse("Orchard-Math-7B (w/ tools) (SFT)").identity == "Orchard-Math-7B (SFT)")
        // A training stage, even one said with `w/o`, is another model.
        #expect(parse("Orchard-7B (w/o RL)").identity == "Orchard-7B (w/o RL)")
        #expect(parse("Orchard-7B (w/o RL)").remark == nil)
    }

    @Test func expertLayouts() {
        #expect(ModelName.isExpertLayout("8x22B") && ModelName.isExpertLayout("8x7b"))
        #expect(!ModelName.isExpertLayout("x7B") && !ModelName.isExpertLayout("8x") && !ModelName.isExpertLayout("7B"))
    }

    @Test func chineseRemarkIsAMakerHint() {
        let name = parse("erniebot-4.0-202404 (文心一言)")
        #expect(name.core == "erniebot-4.0-202404")
        #expect(name.makerHints == ["文心一言"])
        #expect(name.qualifiers.isEmpty)
        #expect(name.identity == "erniebot-4.0-202404")
    }

    @Test func leadingMakerIsAHint() {
        let name = parse("OpenAI o1-mini")
        #expect(name.core == "o1-mini")
        #expect(name.makerHints == ["OpenAI"])
        // A maker name alone is the whole name, not a hint.
        #expect(parse("OpenAI").core == "OpenAI")
        #expect(parse("Nimbus Labs Nimbus-2").core == "Nimbus-2")
        // Joined by a hyphen, as Hugging Face names Meta's models (`Meta-Llama-3-8B`) and
        // Hunyuan's card OpenAI's (`OpenAI-o1-1217`).
        #expect(parse("OpenAI-o1-1217").core == "o1-1217" && parse("OpenAI-o1-1217").makerHints == ["OpenAI"])
        #expect(parse("openai-o1").core == "o1")
        #expect(parse("OpenAI-").core == "OpenAI-")
    }

    /// Groups read off the end keep their written order, whatever their number.
    @Test func manyGroupsKeepTheirOrder() {
        let name = parse("Acme-7B (ours) (chat) (int4) (v2) (0-shot)")
        #expect(name.core == "Acme-7B")
        #expect(name.qualifiers == ["chat", "v2"])
        #expect(name.remark == "int4, 0-shot")
        let long = parse("Acme" + String(repeating: " (7B)", count: 2000))
        #expect(long.core == "Acme" && long.parameters?.billions == 7)
    }

    @Test func plusAdditionIsAQualifier() {
        let name = parse("DeepSeek LLM 7B Chat + MC")
        #expect(name.core == "DeepSeek LLM 7B Chat")
        #expect(name.qualifiers == ["+ MC"])
        #expect(name.identity == "DeepSeek LLM 7B Chat + MC")
    }

    @Test(
        "training stages are qualifiers",
        arguments: [
            ("DeepSeek-V2 Chat (SFT)", "DeepSeek-V2 Chat", ["SFT"]),
            ("DeepSeek-V2 Chat (RL)", "DeepSeek-V2 Chat", ["RL"]),
            ("DeepSeekMoE 16B Chat (SFT)", "DeepSeekMoE 16B Chat", ["SFT"]),
            ("Nimbus-2 Chat (SFT) (v2)", "Nimbus-2 Chat", ["SFT", "v2"]),
        ])
    func stages(_ text: String, _ core: String, _ qualifiers: [String]) {
        let name = parse(text)
        #expect(name.core == core)
        #expect(name.qualifiers == qualifiers)
    }

    @Test func stageWithRemarkKeepsBoth() {
        let name = parse("Nimbus-2 Chat (SFT) (云雀)")
        #expect(name.core == "Nimbus-2 Chat")
        #expect(name.qualifiers == ["SFT"])
        #expect(name.makerHints == ["云雀"])
        #expect(name.identity == "Nimbus-2 Chat (SFT)")
    }

    @Test(
        "sizes in names",
        arguments: [
            ("DeepSeek-Coder-6.7B-base", "6.7B"),
            ("DeepSeek-VL1.3B-chat", "1.3B"),
            ("DeepSeek-LLM-67B-Base", "67B"),
            ("Qwen2.5 72B-Inst.", "72B"),
            ("DeepSeek-MoE-16B-Base", "16B"),
            ("tiny-500M", "500M"),
            ("Base-Chat_1.2t", "1.2t"),
            ("Turbo bot 7b", "7b"),
            // Qwen's repositories write the point as `_`.
            ("Qwen-1_8B-Chat", "1.8B"),
        ])
    func size(_ name: String, _ text: String) {
        #expect(ModelName.size(in: name)?.text == text)
    }

    @Test(
        "names without a total size",
        arguments: [
            "DeepSeek-V3", "Mixtral 8x22B", "Qwen3-A3B", "GPT-4o-0513", "o1-mini", "Claude-3-Opus",
            "Instruct-Turbo-Mini Base", "模型 7", "",
        ])
    func noSize(_ name: String) {
        #expect(ModelName.size(in: name) == nil)
    }

    @Test func activeCountIsNotTheTotal() {
        // `A3B` is the active count of `Qwen3-30B-A3B`: the total is the 30B.
        #expect(ModelName.size(in: "Qwen3-30B-A3B")?.text == "30B")
    }

    @Test func expertLayoutIsASize() {
        #expect(ModelName.hasSize("Mixtral 8x22B"))
        #expect(ModelName.hasSize("Qwen2.5 72B"))
        #expect(!ModelName.hasSize("DeepSeek-V3"))
    }

    @Test(
        "the row's size goes before the variant words",
        arguments: [
            ("DeepSeek-Coder-Base", "33B", "DeepSeek-Coder-33B-Base"),
            ("DeepSeek-Coder-Instruct", "33B", "DeepSeek-Coder-33B-Instruct"),
            ("Qwen2.5 Inst.", "72B", "Qwen2.5-72B-Inst."),
            ("CodeStral", "22B", "CodeStral-22B"),
        ])
    func insertingSize(_ name: String, _ size: String, _ expected: String) {
        #expect(
            ModelName.inserting(size: size, into: name, variantWords: ["base", "instruct", "inst", "chat"]) == expected)
    }

    @Test(
        "dated snapshots",
        arguments: [
            ("DeepSeek-V2-0628", "DeepSeek-V2", "0628"),
            ("DeepSeek V2.5-0905", "DeepSeek V2.5", "0905"),
            ("erniebot-4.0-202404", "erniebot-4.0", "202404"),
            ("kestrel-pro 20240915", "kestrel-pro", "20240915"),
        ])
    func snapshot(_ name: String, _ stem: String, _ date: String) {
        let found = ModelName.snapshotSuffix(of: name)
        #expect(found?.stem == stem)
        #expect(found?.date == date)
    }

    @Test("not dated snapshots", arguments: ["DeepSeek-V2", "Qwen2.5 72B", "LLaMA-2 -70B", "model-12345", "V3-2024a"])
    func notSnapshot(_ name: String) {
        #expect(ModelName.snapshotSuffix(of: name) == nil)
    }

    /// A link's tag after a name (`Florence-2-base[[HF]](url)` reads `Florence-2-base[HF]`) and a
    /// maker in parentheses (`text-embedding-ada-002(OpenAI)`) are no part of the name: each made
    /// a second model beside the one named plainly.
    @Test func aLinkTagOrAMakerAfterTheNameIsNoPartOfIt() {
        let makers = ["OpenAI", "Meta"]
        let tagged = ModelName(parsing: "Florence-2-base[HF]", makers: makers, architectures: [])
        #expect(tagged.core == "Florence-2-base")
        let made = ModelName(parsing: "text-embedding-ada-002 (OpenAI)", makers: makers, architectures: [])
        #expect(made.core == "text-embedding-ada-002")
        #expect(made.makerHints == ["OpenAI"])
        #expect(ModelName(parsing: "Orchard-7B [beta]", makers: makers, architectures: []).core == "Orchard-7B [beta]")
    }
}

/// A maker's snapshot named by its date only (`Cohere May 2024`, a reward-model leaderboard's
/// row) keeps the maker: the date alone names no model, and every maker's `May 2024` was one.
struct DatedMakerNameTests {
    @Test(arguments: ["Cohere May 2024", "Cohere March 2024", "OpenAI 2024-05-13", "Cohere Nov. 2023"])
    func aMakersDateStaysWhole(_ text: String) {
        let name = ModelName(parsing: text, makers: ["Cohere", "OpenAI"], architectures: [])
        #expect(name.core == text)
        #expect(name.makerHints == [String(text.split(separator: " ")[0])])
    }

    @Test func aMakersModelLosesTheMaker() {
        let name = ModelName(parsing: "OpenAI o1-mini", makers: ["OpenAI"], architectures: [])
        #expect(name.core == "o1-mini")
        #expect(name.makerHints == ["OpenAI"])
    }

    @Test func twoMakersDatedRowsAreTwoModels() throws {
        let catalog = try enrich(
            """
            # RewardBench

            | Model | Chat | Safety |
            |---|---|---|
            | Cohere May 2024 | 96.4 | 92.0 |
            | Cohere March 2024 | 94.7 | 90.1 |
            """
        ).catalog
        #expect(catalog.models.map(\.name).sorted() == ["Cohere March 2024", "Cohere May 2024"])
        #expect(catalog.models.map(\.organization?.rawValue) == ["cohere", "cohere"])
    }
}
