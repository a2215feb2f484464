/// What a catalog gets when `atlas.yml` is silent: the makers that real model cards name, and the
/// benchmarks whose scale their numbers do not tell. Data, not logic: `atlas.yml` replaces the
/// organizations (`organizations: []` for none) and adds to or overrides the scales.
extension CatalogConfig.OrganizationRule {
    /// Well-known makers of language models. Prefixes are matched after normalisation (case,
    /// spaces and hyphens do not matter) and the longest wins, so `GPT-J` is EleutherAI's and
    /// `GPT-4` OpenAI's. Only those that make a model of the catalog are kept in it.
    public static let builtIn: [Self] = [
        Self(name: "OpenAI", modelPrefixes: ["GPT", "ChatGPT", "o1", "o3", "o4", "gpt-oss", "davinci", "Codex"]),
        Self(name: "Anthropic", modelPrefixes: ["Claude"]),
        Self(
            name: "Google", aliases: ["Google DeepMind", "DeepMind"],
            modelPrefixes: ["Gemini", "Gemma", "CodeGemma", "PaLM", "Bard", "Flan", "T5"]),
        Self(name: "Meta", aliases: ["Meta AI", "Facebook"], modelPrefixes: ["Llama", "CodeLlama", "OPT"]),
        Self(
            name: "Microsoft",
            modelPrefixes: ["Phi-1", "Phi-2", "Phi-3", "Phi-4", "WizardLM", "WizardCoder", "WizardMath", "Orca"]),
        Self(
            name: "Mistral AI", aliases: ["Mistral"],
            modelPrefixes: [
                "Mistral", "Mixtral", "Codestral", "Ministral", "Pixtral", "Mathstral", "Magistral", "Devstral",
            ]),
        Self(name: "xAI", modelPrefixes: ["Grok"]),
        Self(name: "Amazon", modelPrefixes: ["Nova", "Titan"]),
        Self(name: "Cohere", aliases: ["Cohere For AI", "C4AI"], modelPrefixes: ["Command", "Aya", "C4AI"]),
        Self(name: "AI21 Labs", aliases: ["AI21"], modelPrefixes: ["Jamba", "Jurassic"]),
        // Fine-tunes named after their base model first: the longest prefix wins over `Llama`.
        Self(
            name: "NVIDIA",
            modelPrefixes: [
                "Nemotron", "Megatron", "Minitron", "Llama-Nemotron", "Llama-3.1-Nemotron", "Llama-3.3-Nemotron",
                "OpenReasoning-Nemotron", "OpenCodeReasoning-Nemotron", "AceMath", "AceReason",
            ]),
        Self(name: "IBM", modelPrefixes: ["Granite"]),
        Self(name: "Databricks", modelPrefixes: ["DBRX", "Dolly"]),
        Self(name: "MosaicML", modelPrefixes: ["MPT"]),
        Self(name: "TII", aliases: ["Technology Innovation Institute"], modelPrefixes: ["Falcon"]),
        Self(name: "EleutherAI", modelPrefixes: ["GPT-J", "GPT-Neo", "Pythia"]),
        Self(name: "BigScience", modelPrefixes: ["BLOOM"]),
        Self(name: "BigCode", modelPrefixes: ["StarCoder", "SantaCoder"]),
        Self(name: "Hugging Face", modelPrefixes: ["Zephyr", "SmolLM", "Idefics"]),
        Self(name: "Ai2", aliases: ["AI2", "Allen Institute for AI"], modelPrefixes: ["OLMo", "Tulu", "Tülu"]),
        Self(name: "LMSYS", modelPrefixes: ["Vicuna", "LongChat"]),
        Self(name: "Upstage", modelPrefixes: ["SOLAR"]),
        Self(name: "LG AI Research", modelPrefixes: ["EXAONE"]),
        Self(name: "Reka", modelPrefixes: ["Reka"]),
        Self(name: "Stability AI", aliases: ["Stability"], modelPrefixes: ["StableLM", "Stable Code", "StableBeluga"]),
        Self(name: "Snowflake", modelPrefixes: ["Arctic", "Snowflake Arctic"]),
        Self(name: "Salesforce", modelPrefixes: ["xGen", "CodeT5"]),
        Self(name: "Apple", modelPrefixes: ["OpenELM"]),
        Self(name: "Nous Research", aliases: ["NousResearch"], modelPrefixes: ["Nous-Hermes", "Hermes"]),
        Self(name: "Liquid AI", modelPrefixes: ["LFM"]),
        Self(name: "OpenChat", modelPrefixes: ["OpenChat"]),
        Self(
            name: "Alibaba", aliases: ["阿里巴巴", "通义千问", "Qwen team", "Alibaba Cloud"],
            modelPrefixes: ["Qwen", "QwQ", "QVQ", "通义千问"]),
        Self(name: "Baidu", aliases: ["百度", "文心一言"], modelPrefixes: ["ERNIE", "文心一言", "文心"]),
        Self(name: "DeepSeek", aliases: ["深度求索", "DeepSeek-AI"], modelPrefixes: ["DeepSeek", "R1-Distill"]),
        Self(name: "Moonshot AI", aliases: ["月之暗面", "Moonshot"], modelPrefixes: ["Kimi", "Moonshot"]),
        Self(name: "01.AI", aliases: ["零一万物"], modelPrefixes: ["Yi"]),
        Self(
            name: "Zhipu AI", aliases: ["智谱", "智谱AI", "THUDM", "Z.ai"],
            modelPrefixes: ["GLM", "ChatGLM", "CodeGeeX", "CogVLM", "智谱清言"]),
        Self(name: "Tencent", aliases: ["腾讯", "腾讯混元"], modelPrefixes: ["Hunyuan", "混元", "腾讯混元"]),
        Self(
            name: "ByteDance", aliases: ["字节跳动", "豆包", "ByteDance Seed"],
            modelPrefixes: [
                "Doubao", "豆包", "云雀", "Seed-OSS", "Seed-Coder", "Seed1.5", "Seed1.6", "Seed-Thinking", "UI-TARS",
            ]),
        Self(
            name: "Shanghai AI Laboratory", aliases: ["上海人工智能实验室", "Shanghai AI Lab"],
            modelPrefixes: ["InternLM", "InternVL"]),
        Self(name: "MiniMax", aliases: ["稀宇科技"], modelPrefixes: ["MiniMax", "abab"]),
        Self(name: "StepFun", aliases: ["阶跃星辰"], modelPrefixes: ["Step-1", "Step-2", "Step-3"]),
        Self(name: "Baichuan", aliases: ["百川智能"], modelPrefixes: ["Baichuan", "百川"]),
        Self(name: "ModelBest", aliases: ["面壁智能", "OpenBMB"], modelPrefixes: ["MiniCPM"]),
        Self(name: "XVERSE", aliases: ["元象"], modelPrefixes: ["XVERSE"]),
        Self(name: "Kunlun Tech", aliases: ["昆仑万维"], modelPrefixes: ["Skywork"]),
        Self(name: "BAAI", aliases: ["智源", "北京智源人工智能研究院"], modelPrefixes: ["Aquila"]),
        Self(name: "SenseTime", aliases: ["商汤"], modelPrefixes: ["SenseChat", "SenseNova", "商量"]),
        Self(name: "iFlytek", aliases: ["科大讯飞", "讯飞星火"], modelPrefixes: ["讯飞星火", "星火", "Spark"]),
        Self(name: "360", aliases: ["三六零", "奇虎360"], modelPrefixes: ["360GPT", "360智脑"]),
        Self(name: "Xiaomi", aliases: ["小米"], modelPrefixes: ["MiMo"]),
        Self(name: "vivo", aliases: ["vivo AI Lab"], modelPrefixes: ["BlueLM", "蓝心"]),
        Self(name: "China Telecom", aliases: ["中国电信", "TeleAI"], modelPrefixes: ["TeleChat", "星辰"]),
        Self(name: "bilibili", aliases: ["哔哩哔哩", "B站"], modelPrefixes: ["Index-1.9B"]),
        Self(name: "OrionStar", aliases: ["猎户星空"], modelPrefixes: ["Orion-14B", "OrionStar"]),
        Self(name: "IEIT Systems", aliases: ["浪潮信息", "Inspur"], modelPrefixes: ["Yuan1", "Yuan2", "源1", "源2"]),
        Self(
            name: "Ant Group", aliases: ["蚂蚁集团", "inclusionAI"],
            modelPrefixes: [
                "Ling-lite", "Ling-plus", "Ling-mini", "Ling-flash", "Ling-1T", "Ring-lite", "Ring-mini", "Ring-flash",
                "Ring-1T", "Bailing", "百灵",
            ]),
        Self(name: "Meituan", aliases: ["美团"], modelPrefixes: ["LongCat"]),
        Self(name: "Kuaishou", aliases: ["快手"], modelPrefixes: ["KwaiYii", "KwaiCoder", "Kwaipilot", "快意"]),
        Self(name: "Huawei", aliases: ["华为"], modelPrefixes: ["PanGu", "盘古", "openPangu"]),
    ]
}

extension CatalogConfig {
    /// Benchmarks judged on a 1–10 scale: their numbers alone would read as percentages. Any
    /// benchmark named after MT-Bench (`KoMT-Bench`, `Japanese MT-Bench`, `MT-Bench (dev)`) is
    /// judged so too when its numbers allow (`EnrichmentRun.isNamedAfterMTBench`).
    public static let builtInScales: [String: Scale] = [
        "MT-Bench": .outOfTen, "MT-Bench-101": .outOfTen, "AlignBench": .outOfTen, "LogicKor": .outOfTen,
    ]

    /// Benchmarks of harm or bias whose numbers are better lower, whatever the metric is called
    /// (`RealToxicity average`, `Toxigen`, `CrowS-Pairs top-1`): read as percentages, the way
    /// most benchmarks go, their best model would be the most toxic.
    public static let builtInLowerIsBetterBenchmarks: [String] = [
        "RealToxicity", "RealToxicityPrompts", "Toxigen", "CrowS-Pairs",
    ]

    /// Speech recognition test sets, reported as word or character error rates whatever the
    /// header calls the number (`LibriSpeech test-clean`, `aishell1`, `AISHELL-2 iOS`): better
    /// lower. A benchmark is one when its name's first word starts with one of these.
    public static let builtInSpeechTestSets: [String] = [
        "LibriSpeech", "AISHELL", "WenetSpeech", "KeSpeech", "GigaSpeech", "SPGISpeech", "VoxPopuli",
        "TED-LIUM", "TEDLIUM", "Common Voice", "CommonVoice", "Earnings22", "Earnings-21", "Earnings-22",
        "CHiME", "Switchboard", "CallHome", "AMI",
    ]

    /// Spellings of one benchmark that no normal form joins (an abbreviation and its full name),
    /// merged as `benchmarkAliases` merges them but named by the spelling the content uses most.
    /// Versions and subsets (`BFCL v2`, `MMLU-Pro`, `ARC-Easy`) are other benchmarks.
    public static let builtInBenchmarkSpellings: [[String]] = [
        ["BFCL", "Berkeley Function Calling Leaderboard"],
        ["BBH", "BIG-Bench Hard", "BigBench Hard"],
        // The Open LLM Leaderboard's tables, on many Hugging Face cards, spell it out.
        ["ARC-C", "ARC-Challenge", "AI2 Reasoning Challenge"],
        ["ARC-E", "ARC-Easy"],
        ["NQ", "Natural Questions"],
        ["MMLU", "Massive Multitask Language Understanding"],
        ["GSM8K", "Grade School Math 8K"],
        ["MBPP", "Mostly Basic Python Problems"],
        // Vision-language cards abbreviate it (`MMB dev(en)`).
        ["MMBench", "MMB"],
        // LongCat's and MiniMax's cards abbreviate it.
        ["LiveCodeBench", "LCB"],
        // A subset that is a benchmark of its own; `GPQA (diamond)` is read as this name too.
        ["GPQA-Diamond", "GPQA-D"],
        // Reasoning cards of 2025 write the contest's year in two digits (Seed-OSS: `AIME24`).
        ["AIME 2024", "AIME24", "AIME'24"],
        ["AIME 2025", "AIME25", "AIME'25"],
    ]

    /// Benchmarks so widely reported that a row or column named so is a benchmark, never a model:
    /// they settle which way a table runs (`| Model | GPT-4o | Qwen2.5-72B |` over rows of `MMLU`
    /// and `GSM8K` has models as columns). Not aliases: spellings are still merged as read.
    public static let commonBenchmarkNames: [String] = [
        "MMLU", "MMLU-Pro", "MMLU-Redux", "CMMLU", "C-Eval", "CEval", "AGIEval", "GSM8K", "GSM-8K", "MATH",
        "MATH-500", "MGSM", "AIME", "AIME 2024", "AIME 2025", "HumanEval", "HumanEval+", "MBPP", "MBPP+",
        "LiveCodeBench", "BBH", "BIG-Bench Hard", "HellaSwag", "WinoGrande", "ARC-C", "ARC-E", "ARC-Challenge",
        "ARC-Easy", "PIQA", "SIQA", "BoolQ", "OpenBookQA", "TriviaQA", "NaturalQuestions", "NQ", "DROP", "GPQA",
        "GPQA-Diamond", "GPQA Diamond", "IFEval", "IF-Eval", "TruthfulQA", "MT-Bench", "AlpacaEval", "AlpacaEval 2.0",
        "Arena-Hard", "SimpleQA", "SWE-bench", "SWE-bench Verified", "MMMU", "MathVista", "RACE", "LAMBADA",
        "SuperGLUE", "GAOKAO-Bench", "LongBench", "RULER", "MultiPL-E", "CRUXEval", "BFCL", "Codeforces",
    ]

    /// The file's `benchmarkScales` over the built-in ones, by normal form of the benchmark's
    /// name: a benchmark the file names in any spelling takes the file's scale.
    var scaleOverrides: [NameKey: Scale] {
        var scales: [NameKey: Scale] = [:]
        for (name, scale) in Self.builtInScales { scales[NameKey(name)] = scale }
        // Sorted, so two spellings of one name in the file settle the same way every run.
        for (name, scale) in benchmarkScales.sorted(by: { $0.key < $1.key }) { scales[NameKey(name)] = scale }
        return scales
    }

    /// Whether the organizations are the built-in list, whose makers of nothing are left out.
    var usesBuiltInOrganizations: Bool { organizations == OrganizationRule.builtIn }
}
