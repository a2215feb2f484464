import Markdown

/// What the enrichment cannot know from the text: who makes which model, which spellings mean
/// the same thing, how to read table headers. Loaded from `Content/atlas.yml`.
public struct CatalogConfig: Hashable, Sendable, Decodable {
    /// A maker of models and the names that identify its models.
    public struct OrganizationRule: Hashable, Sendable, Decodable {
        public var name: String
        /// Other names (Chinese names, product names) seen in parentheses after model names.
        public var aliases: [String]
        /// Model names starting with one of these (after normalisation) belong to the organization.
        public var modelPrefixes: [String]
        public var url: String?

        public init(name: String, aliases: [String] = [], modelPrefixes: [String] = [], url: String? = nil) {
            self.name = name
            self.aliases = aliases
            self.modelPrefixes = modelPrefixes
            self.url = url
        }

        enum CodingKeys: String, CodingKey { case name, aliases, modelPrefixes, url }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
            modelPrefixes = try container.decodeIfPresent([String].self, forKey: .modelPrefixes) ?? []
            url = try container.decodeIfPresent(String.self, forKey: .url)
            // The organization page links it: it passes the same scheme check as content links.
            if let url, SafeURL.check(url) == nil {
                let scheme = SafeURL.scheme(of: url) ?? ""
                throw DecodingError.dataCorruptedError(
                    forKey: .url, in: container,
                    debugDescription: "the scheme '\(scheme)' is not allowed; give an http, https or mailto URL")
            }
            if let url, let problem = BaseURL.linkProblem(url) {
                throw DecodingError.dataCorruptedError(forKey: .url, in: container, debugDescription: problem)
            }
        }
    }

    /// Words that mark the role of a table's header cell or attribute row.
    public struct Vocabulary: Hashable, Sendable, Decodable {
        public var modelHeaders = [
            "Model", "Models", "Name", "Model Name", "Language Model", "LLM", "Method", "Methods", "模型", "模型名称",
            "模型名",
        ]
        public var seriesHeaders = ["Series", "Family"]
        public var releaseHeaders = [
            "Year", "Release", "Released", "Date", "Release date", "发布日期", "发布时间", "开源日期", "发布",
        ]
        public var notesHeaders = ["Notes", "Note", "Description"]
        public var benchmarkHeaders = [
            "Benchmark", "Benchmarks", "Benchmark (Metric)", "Metric", "Task", "Tasks", "Dataset", "Datasets",
            "Benchmark Name", "Task Name", "Dataset Name", "Bench", "Test set", "Test sets", "Testset", "Eval set",
            "Evaluation set", "评测集", "数据集", "测试集", "基准", "任务",
        ]
        public var categoryHeaders = [
            "Category", "Domain", "Capability", "Capabilities", "Topic", "分类", "类别", "领域", "能力",
        ]
        public var shotsHeaders = ["# Shots", "Shots", "#Shots", "n-shot", "n-shots", "Shot", "# Shot", "#Shot"]
        /// A column of one model's values over rows of benchmarks (`| Task | Metric | Value |`,
        /// lm-evaluation-harness output; `| Benchmark | Score |`): the scores of the model the
        /// table is about, named above it or in a heading over it.
        public var valueHeaders = [
            "Value", "Values", "Score", "Scores", "Result", "Results", "分数", "得分",
            // the score itself beside scores relative to another model's (LLMEval-3's `绝对分数` by `相对分数-GPT4`)
            "Absolute Score", "绝对分数", "绝对得分",
        ]
        /// Columns beside the values that are neither models nor benchmarks: a task's version, a
        /// value's standard error, a leaderboard's rank, one model's share of another's score
        /// (`Recovery`, the quantized model's score over the original's) or a difference (`Δ`).
        public var ignoredHeaders = [
            "Version", "Stderr", "Std Err", "Std. Err.", "Std Error", "Std. Error", "Standard Error", "SE", "±", "Rank",
            "Ranking", "排名", "名次", "Recovery", "Recovery (%)", "Recovery %", "Δ", "Delta", "Diff", "Difference",
            "Gain", "Improvement", "Organization", "Organisation", "Developer", "Company", "机构", "公司", "厂商",
            "开发者", "单位", "机构名", "测试时间", "评测时间",
        ]
        /// Header words are compared without `#`, `*`, "number of" and case, and with "parameters"
        /// read as "params" and "activated" as "active": `#Active Params` = `Active Parameters`.
        public var totalParameterHeaders = ["Total Params", "Params", "TP", "Model Size", "Size"]
        public var activeParameterHeaders = ["Active Params", "AP"]
        /// Columns (or rows) that summarise others: derived values, not benchmarks.
        public var averageHeaders = [
            "Average", "Avg", "Avg.", "Ave", "Ave.", "Mean", "Aggregated", "Aggregate", "Overall Average", "平均", "平均值",
            "平均分",
            "平均得分", "平均成绩",
            "均分",
        ]
        public var architectureHeaders = ["Architecture", "Arch"]
        /// A column of the precision the row's model was run at (`BF16`, `INT4`, `GPTQ-Int4`):
        /// it qualifies the row's scores, as `(Int4)` after a name does.
        public var precisionHeaders = [
            "Precision", "Prec.", "Prec", "Quantization", "Quantisation", "Quant", "Quantization Level", "Dtype",
            "Data Type", "量化",
            "量化等级", "精度", "数据精度", "Data精度",
        ]
        public var opennessHeaders = ["Open/Closed", "License", "Weights"]
        /// A column of how each row's model was run (Qwen3-ASR's `Infer. Mode` over `Offline`,
        /// `Streaming`): it qualifies the row's scores, as a precision column does.
        public var modeHeaders = [
            "Mode", "Infer. Mode", "Inference Mode", "Decoding Mode", "Reasoning Mode", "Thinking Mode", "推理模式",
        ]
        /// A column of the samples or attempts each row's scores were allowed (Goedel-Prover's
        /// `Compute (Pass)` over `32`, `3200`): `pass@32` when the header says pass, else the
        /// header and the number; it qualifies the row's scores, as a precision column does.
        /// So do the frames, crop size or decoder a vision row was run with (InternVL's `#frame`).
        public var budgetHeaders = [
            "Compute", "Budget", "Compute Budget", "Sample Budget", "Sampling Budget", "#Samples", "# Samples",
            "Num Samples", "Number of Samples", "Attempts", "#Attempts", "#Frame", "#Frames", "Frames", "Crop Size",
            "Resolution", "Input Size", "Image Size", "Decoder", "Training Data", "Fine-tuning Data", "Finetuning Data",
        ]
        /// Words and phrases of labels that name a property of a model (architecture, training,
        /// resources) rather than a benchmark: such a column or row is never a benchmark.
        public var propertyWords = [
            "layers", "layer", "heads", "hidden", "dim", "dimension", "d model", "vocab", "vocabulary", "embedding",
            "embeddings", "lr", "learning rate", "warmup", "weight decay", "dropout", "epoch", "epochs", "batch size",
            "batch", "seq", "sequence length", "context length", "max length", "optimizer", "beta1", "beta2", "betas",
            "epsilon", "schedule", "clipping", "dtype", "tokens", "memory", "precision", "gpu", "gpus", "power",
            "carbon", "emissions", "throughput", "latency", "percentage", "ffn", "mlp", "steps", "activation",
            "layernorm", "training time", "price", "cost", "input length", "output length", "context window", "speed",
            "routed experts", "shared experts", "experts per token", "active experts", "activated experts",
            "num experts", "intermediate size", "window size", "flops", "dataset size", "training loss",
            "validation loss", "model size", "file size", "time to first token", "ttft", "prefill", "decode", "sec",
            "seconds", "mb", "gb", "gib", "quant method", "quantization", "max ram", "ram required", "vram",
            "use case", "t/s", "tok/s", "tokens/s", "filename", "file name", "savings", "discount", "推理速度", "速度",
            "显存", "显存占用", "内存", "延迟", "吞吐量", "字符/秒", "数量", "题目数量", "数目", "占比", "数量占比", "number of devices", "devices",
            "model length", "avg length", "average length", "response length", "answer length",
            "kv cache", "kv-cache", "qps", "tps", "rps", "queries per second", "requests per second",
            "tokens per second", "trainable parameters", "trainable params",
            // a tokenizer's: how many characters or bytes a token holds (Baichuan's `Compress Rate`)
            "compress rate", "compression rate", "compression ratio", "压缩率",
            // how a run generated: its settings, not a benchmark (`max_token`, `top_p`)
            "max token", "max tokens", "max new tokens", "temperature", "top p", "top k", "seq len",
            // what a benchmark's or a judge's table says of it: its size, its questions, how well a
            // judge agrees with people
            "examples", "input tokens", "questions", "answer choices", "options", "agreement", "correlation", "corr",
            "bias", "variance", "spearman", "pearson", "kendall",
        ]
        /// Rows or columns scored beside models that are references, not models.
        public var notModels = [
            "random", "random chance", "random baseline", "chance", "baseline", "best baseline", "human", "humans",
            "human expert", "human experts", "human performance", "human baseline", "人类", "人类表现", "人类水平",
            "sota", "previous sota", "prior sota", "previous best",
            // serving engines, compared on one model (`| Metric | FastLLM | vLLM |`)
            "vllm", "sglang", "tensorrt-llm", "trt-llm", "llama.cpp", "fastllm", "transformers", "hf transformers",
            "ollama", "lmdeploy", "tgi", "text generation inference", "mlc-llm", "exllamav2", "ctranslate2",
            "onnx runtime", "onnxruntime", "openvino",
        ]
        /// Cell texts meaning "not reported".
        public var notReported = [
            "-", "N/A", "n/a", "NA", "N.A.", "—", "–", "−", "", "?", "/", "\\", "*", "✗", "NaN", "unknown",
            "undisclosed", "未知", "未公开",
        ]
        /// Cell texts and group labels meaning open or closed weights.
        public var openWords = ["open", "open-source", "open source", "open-source models", "open weights"]
        public var closedWords = ["closed", "closed-source", "closed source", "closed-source models", "proprietary"]
        /// Architecture words in names and cells (`(Dense-67B)`, `MHA+MoE`).
        public var architectures = ["MoE", "Dense"]
        /// Name words that give a model's variant, by variant.
        public var variants: [String: [String]] = [
            "base": ["base", "pt", "pretrained"], "chat": ["chat"], "instruct": ["instruct", "inst", "ins", "it"],
            "rl": ["rl"], "sft": ["sft"], "distill": ["distill", "distilled"],
        ]
        /// Metric names that mean lower is better.
        public var lowerIsBetterMetrics = [
            "BPB", "PPL", "Perplexity", "Loss", "WER", "CER", "Error", "Edit Distance", "NED", "负率", "错误率",
        ]
        /// Metric names on an open-ended rating scale.
        /// (A captioning card's CIDEr runs past 100: `NoCaps val CIDEr 118.7` is no percentage.)
        public var ratingMetrics = ["Rating", "Elo", "CIDEr"]
        /// Metric names (in parentheses or after the benchmark name) as opposed to other qualifiers.
        /// Scores over samples (`pass@1`, `cons@64`) are metrics whatever their name.
        public var metrics = [
            "EM", "Acc.", "Acc", "Accuracy", "F1", "Percentile", "Rating", "Resolved", "Correct", "BPB", "Score",
            "Win rate", "PPL", "Perplexity", "WER", "CER", "准确率", "正确率", "胜率", "负率", "分数", "得分",
            // an agent's success rate; a segment's overlap (`CharadesSTA/mIoU`)
            "SR", "mIoU", "IoU",
            // retrieval and long-context cards (`GraphWalks-128k (precision)`, `LoCoMo (recall)`)
            "Precision", "Recall", "Success rate", "Pass rate",
            // captioning, detection, document and translation cards (`NoCaps val CIDEr`, `COCO mAP`)
            "CIDEr", "BLEU", "ROUGE-L", "METEOR", "SPICE", "mAP", "ANLS", "chrF",
            // OCR cards: a table's structure (`Table<sup>TEDS</sup>`), text's normalized edit distance
            "TEDS", "Edit Distance", "NED",
            // speech synthesis cards: speaker similarity (IndexTTS's `WER↓ | SS↑`)
            "SS", "SIM",
            // embedding cards: a similarity task's correlation with people's ratings
            "Spearman", "Pearson",
        ]
        /// Metrics spelled other ways, by the spelling a score's setting takes: cards written
        /// apart say `MMLU (Acc.)`, `MMLU (Accuracy)` and `MMLU（准确率）` of one measure.
        /// (`Acc`, `ACC` are `Acc.` already: a metric's spelling is the list's.) `Score` stays a
        /// metric: `MT-bench (score)` beside `MT-bench (win rate %)` is one of two.
        public static let metricSpellings = ["Accuracy": "Acc.", "准确率": "Acc.", "正确率": "Acc.", "胜率": "Win rate"]

        /// The spelling settings give `metric` (`metricSpellings`).
        static func settingMetric(_ metric: String) -> String {
            metric.isEmpty ? metric : metricSpellings[metric] ?? metric
        }

        /// Words after a benchmark's name that narrow it to a subset or a way of prompting rather
        /// than name another benchmark (`HumanEval python` is HumanEval on Python, `BBH CoT` BBH
        /// with chain of thought).
        public var qualifiers = [
            "Python", "Java", "JavaScript", "TypeScript", "C++", "C#", "Go", "Rust", "PHP", "Bash", "CoT",
            // a benchmark's split: `TextVQA val`, `MMB dev`, `MathVista testmini`
            "val", "dev", "test", "validation", "testmini",
            // vision cards' splits (`RefCOCO test-A`, `TextVQA test-dev`, `COCO val2017`)
            "test-dev", "test-std", "test-A", "test-B", "testA", "testB", "minival", "val2017",
            // BBQ's subsets, as Gemma's cards give them: `BBQ Ambig`, `BBQ Disambig`
            "Ambig", "Disambig",
        ]

        public init() {}
    }

    /// Without `organizations` in the file: the built-in makers (`OrganizationRule.builtIn`).
    public var organizations: [OrganizationRule]
    /// Canonical model name → other spellings that mean the same model.
    public var modelAliases: [String: [String]]
    /// Canonical benchmark name → other spellings.
    public var benchmarkAliases: [String: [String]]
    /// Category → benchmark names, for benchmarks no table gives a category.
    public var benchmarkCategories: [String: [String]]
    /// Benchmark name → scale, where the values alone do not tell (`MT-Bench: out-of-10`), as
    /// the file gives them; `scaleOverrides` adds the built-in ones.
    public var benchmarkScales: [String: Scale]
    public var vocabulary: Vocabulary
    /// Where the site is published; nil keeps every link relative (no sitemap, canonical or feed).
    public var baseURL: BaseURL?
    /// The site's title, in every page's header and `<title>`; nil takes the first document's
    /// `#` heading (a site of several model cards needs one of its own).
    public var title: String?

    public init(
        organizations: [OrganizationRule] = OrganizationRule.builtIn, modelAliases: [String: [String]] = [:],
        benchmarkAliases: [String: [String]] = [:], benchmarkCategories: [String: [String]] = [:],
        benchmarkScales: [String: Scale] = [:], vocabulary: Vocabulary = Vocabulary(), baseURL: BaseURL? = nil,
        title: String? = nil
    ) {
        self.organizations = organizations
        self.modelAliases = modelAliases
        self.benchmarkAliases = benchmarkAliases
        self.benchmarkCategories = benchmarkCategories
        self.benchmarkScales = benchmarkScales
        self.vocabulary = vocabulary
        self.baseURL = baseURL
        self.title = title
    }

    enum CodingKeys: String, CodingKey {
        case organizations, modelAliases, benchmarkAliases, benchmarkCategories, benchmarkScales, vocabulary
        case baseURL, title
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        organizations =
            try c.decodeIfPresent([OrganizationRule].self, forKey: .organizations) ?? OrganizationRule.builtIn
        modelAliases = try c.decodeIfPresent([String: [String]].self, forKey: .modelAliases) ?? [:]
        benchmarkAliases = try c.decodeIfPresent([String: [String]].self, forKey: .benchmarkAliases) ?? [:]
        benchmarkCategories = try c.decodeIfPresent([String: [String]].self, forKey: .benchmarkCategories) ?? [:]
        benchmarkScales = try c.decodeIfPresent([String: Scale].self, forKey: .benchmarkScales) ?? [:]
        vocabulary = try c.decodeIfPresent(Vocabulary.self, forKey: .vocabulary) ?? Vocabulary()
        if let address = try c.decodeIfPresent(String.self, forKey: .baseURL) {
            do {
                baseURL = try BaseURL(validating: address)
            } catch {
                throw DecodingError.dataCorruptedError(forKey: .baseURL, in: c, debugDescription: error.description)
            }
        }
        // A blank title is none: the first document's heading stays.
        title = try c.decodeIfPresent(String.self, forKey: .title).map { $0.trimmed }.flatMap { $0.isEmpty ? nil : $0 }
    }
}

extension CatalogConfig.Vocabulary {
    enum CodingKeys: String, CodingKey {
        case modelHeaders, seriesHeaders, releaseHeaders, notesHeaders, benchmarkHeaders, categoryHeaders
        case shotsHeaders, valueHeaders, ignoredHeaders, totalParameterHeaders, activeParameterHeaders,
            architectureHeaders, opennessHeaders, precisionHeaders, budgetHeaders, modeHeaders
        case averageHeaders, propertyWords, notModels, notReported, openWords, closedWords, architectures, variants,
            lowerIsBetterMetrics, ratingMetrics, metrics
        case qualifiers
    }

    /// Each list given in the file replaces the default list; lists not given keep the default.
    public init(from decoder: any Decoder) throws {
        self.init()
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func take(_ key: CodingKeys, _ value: inout [String]) throws {
            if let list = try c.decodeIfPresent([String].self, forKey: key) { value = list }
        }
        try take(.modelHeaders, &modelHeaders)
        try take(.seriesHeaders, &seriesHeaders)
        try take(.releaseHeaders, &releaseHeaders)
        try take(.notesHeaders, &notesHeaders)
        try take(.benchmarkHeaders, &benchmarkHeaders)
        try take(.categoryHeaders, &categoryHeaders)
        try take(.shotsHeaders, &shotsHeaders)
        try take(.valueHeaders, &valueHeaders)
        try take(.ignoredHeaders, &ignoredHeaders)
        try take(.totalParameterHeaders, &totalParameterHeaders)
        try take(.activeParameterHeaders, &activeParameterHeaders)
        try take(.architectureHeaders, &architectureHeaders)
        try take(.opennessHeaders, &opennessHeaders)
        try take(.precisionHeaders, &precisionHeaders)
        try take(.budgetHeaders, &budgetHeaders)
        try take(.modeHeaders, &modeHeaders)
        try take(.averageHeaders, &averageHeaders)
        try take(.propertyWords, &propertyWords)
        try take(.notModels, &notModels)
        try take(.notReported, &notReported)
        try take(.openWords, &openWords)
        try take(.closedWords, &closedWords)
        try take(.architectures, &architectures)
        try take(.lowerIsBetterMetrics, &lowerIsBetterMetrics)
        try take(.ratingMetrics, &ratingMetrics)
        try take(.metrics, &metrics)
        try take(.qualifiers, &qualifiers)
        if let variants = try c.decodeIfPresent([String: [String]].self, forKey: .variants) { self.variants = variants }
    }
}
