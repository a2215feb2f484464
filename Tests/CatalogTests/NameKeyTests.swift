import Testing

@testable import Catalog

@Suite struct NameKeyTests {
    @Test(
        "spellings of one name share a key",
        arguments: [
            ("DeepSeek LLM 67B Base", "DeepSeek-LLM-67B-Base"),
            ("DeepSeek LLM 7B  Base", "DeepSeek-LLM-7B-Base"),
            ("DeepSeek V3", "DeepSeek-V3"),
            ("GPT-4o 0513", "GPT-4o-0513"),
            ("DeepSeekMoE", "DeepSeek-MoE"),
            ("deepseek_moe", "DeepSeek MoE"),
            ("QWen1.5 72B Chat", "Qwen1.5-72B-Chat"),
            ("DeepSeek V2.5-0905", "DeepSeek-V2.5-0905"),
            ("Inst.", "Inst"),
            ("Trivia QA", "TriviaQA"),
            ("开源/闭源", "开源 闭源"),
        ])
    func equal(_ a: String, _ b: String) {
        #expect(NameKey(a) == NameKey(b))
    }

    @Test(
        "a separator between two digits keeps numbers apart",
        arguments: [
            ("LLaMA-2 7B", "LLaMA-27B"),
            ("DeepSeek-V2.5-1210", "DeepSeek-V2.51210"),
            ("Qwen2.5 72B", "Qwen2.572B"),
            ("DeepSeek-V2", "DeepSeek-V2-Chat"),
            ("DeepSeek-V2.5", "DeepSeek-V2.5-1210"),
            ("DeepSeek-V2", "DeepSeek-V2-0628"),
        ])
    func different(_ a: String, _ b: String) {
        #expect(NameKey(a) != NameKey(b))
    }

    @Test func accentsOnLatinLettersDoNotMatter() {
        #expect(NameKey("Tülu 3 8B") == NameKey("Tulu-3-8B"))
        #expect(NameKey.tokens("Llama-3.1-Tülu-3") == ["llama", "3.1", "tulu", "3"])
        #expect(NameKey("が") != NameKey("か"))
    }

    /// `é` as one scalar and as `e` with a combining accent (text pasted from macOS file names or
    /// PDFs) are one name: they were two models with one slug, and one got both rows' scores.
    @Test func canonicallyEquivalentSpellingsAreOneName() throws {
        #expect(NameKey("Caf\u{E9}-1B") == NameKey("Cafe\u{301}-1B"))
        #expect(NameKey("\u{212B}ngstr\u{F6}m") == NameKey("A\u{30A}ngstro\u{308}m"))
        let catalog = try enrich(
            """
            ## Acme family

            | Series | Model | Year |
            |---|---|---|
            | Acme | Caf\u{E9}-1B | 2024 |
            | | Cafe\u{301}-2B | 2025 |

            ### Results

            | Model | MMLU |
            |---|---|
            | Cafe\u{301}-1B | 50.0 |
            | Caf\u{E9}-2B | 61.0 |
            """
        ).catalog
        #expect(catalog.models.map(\.id.rawValue).sorted() == ["cafe-1b", "cafe-2b"])
        #expect(catalog.scores(of: "Caf\u{E9}-1B", on: "MMLU").map(\.value) == [50.0])
    }

    @Test func greekLettersAreTheirNames() {
        #expect(NameKey("τ-Bench") == NameKey("Tau-Bench"))
        #expect(NameKey("τ²-Bench") == NameKey("tau2-bench"))
        #expect(NameKey("τ²-Bench") != NameKey("τ-Bench"))
        #expect(NameKey("中文推理") != NameKey("中文语言"))
    }

    @Test func synonymsApplyToWholeWordsOnly() {
        let synonyms = ["inst": "instruct", "it": "instruct"]
        #expect(NameKey("Qwen2.5 72B-Inst.", synonyms: synonyms) == NameKey("Qwen2.5-72B-Instruct", synonyms: synonyms))
        #expect(NameKey("Gemma-2-9B-it", synonyms: synonyms) == NameKey("Gemma 2 9B Instruct", synonyms: synonyms))
        // `Kit` and `Institute` are not the word `it` or `inst`.
        #expect(NameKey("Kit-7B", synonyms: synonyms).value == "kit7b")
        #expect(NameKey("Institute-7B", synonyms: synonyms).value == "institute7b")
    }

    /// A no-break space is a separator only to the Unicode path: one at the end of a name sends
    /// it there without changing its key, so both paths must give the same key.
    @Test(
        "the ASCII path gives the key the Unicode path gives",
        arguments: [
            "Qwen2.5 72B-Inst.", "LLaMA-2 7B", "V2.5-1210", "Gemma-2-9B-it", "a..", "...", "-", "", "9 it 9", "it 7",
            "7 it", "inst.inst", "A  B", "x/y_z\tw",
        ])
    func asciiPathMatchesUnicodePath(_ name: String) {
        let synonyms = ["inst": "instruct", "it": "instruct", "nine": "9", "gone": ""]
        #expect(NameKey(name, synonyms: synonyms) == NameKey(name + "\u{A0}", synonyms: synonyms))
        #expect(NameKey(name) == NameKey(name + "\u{A0}"))
        #expect(NameKey("7 nine gone 8", synonyms: synonyms).value == "7 9 8")
    }

    @Test func tokensAreLowercasedWordsWithoutTrailingDots() {
        #expect(NameKey.tokens("Llama3.1 405B-Inst.") == ["llama3.1", "405b", "inst"])
        #expect(NameKey.tokens("  A__b / c\u{A0}d\t") == ["a", "b", "c", "d"])
        #expect(NameKey.tokens("...") == ["."])
        #expect(NameKey.tokens("") == [])
    }

    /// A version's `v` does not make another benchmark (Ring-lite's `Alignbench1.1` beside
    /// another card's `AlignBench v1.1`, `VQAv2` and `VQA v2`); a `v` that starts a word or
    /// follows no letter keeps its place.
    @Test func aVersionsVIsNoPartOfABenchmarksName() throws {
        #expect(BenchmarkRegistry.filingKey("AlignBench v1.1") == BenchmarkRegistry.filingKey("Alignbench1.1"))
        #expect(BenchmarkRegistry.filingKey("VQAv2") == BenchmarkRegistry.filingKey("VQA v2"))
        #expect(BenchmarkRegistry.filingKey("LiveBench") == NameKey("LiveBench"))
        #expect(BenchmarkRegistry.filingKey("AlignBench v1.1") != BenchmarkRegistry.filingKey("AlignBench"))
        let catalog = try enrich(
            """
            ## A

            | Model | AlignBench v1.1 |
            |---|---|
            | Foo-7B | 6.5 |

            ## B

            | Model | Alignbench1.1 |
            |---|---|
            | Bar-7B | 7.1 |
            """
        ).catalog
        #expect(catalog.benchmarks.count == 1)
    }
}
