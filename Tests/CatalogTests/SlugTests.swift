import Testing

@testable import Catalog

@Suite struct SlugTests {
    @Test(arguments: [
        ("DeepSeek-V2.5", "deepseek-v2.5"),
        ("DeepSeek-V2.5 1210", "deepseek-v2.5-1210"),
        ("MBPP+", "mbpp-plus"),
        ("MBPP +", "mbpp-plus"),
        ("C++", "c-plus-plus"),
        ("Humanity's Last Exam", "humanitys-last-exam"),
        ("LiveCodeBench  (0901-0401)", "livecodebench-0901-0401"),
        ("DeepSeek-V2 Chat (SFT)", "deepseek-v2-chat-sft"),
        ("v1.", "v1"),
        (".5B", "5b"),
        ("Mixtral 8x22B", "mixtral-8x22b"),
        // Accents on Latin letters drop, as other spellings of the name drop them.
        ("Tülu 3 8B", "tulu-3-8b"), ("Llama-3.1-Tülu-3-405B-DPO", "llama-3.1-tulu-3-405b-dpo"),
        ("Señor Ça", "senor-ca"),
        // Greek letters are spelled out and superscript digits are digits, as repositories write
        // them (`tau-bench`, `zephyr-7b-alpha`); they were `u3c4-bench`, `zephyr-7b-u3b1`.
        ("τ-Bench", "tau-bench"), ("τ²-Bench", "tau2-bench"), ("Zephyr-7B-α", "zephyr-7b-alpha"),
        ("αNLI", "alphanli"), ("ΔAcc", "deltaacc"), ("µP", "mup"),
    ])
    func slugs(_ text: String, _ slug: String) {
        #expect(Slug.make(text) == slug)
    }

    /// Only marks over ASCII letters go: kana keep their voicing marks (`が` is not `か`).
    @Test func otherScriptsKeepTheirMarks() {
        #expect(LatinAccents.removed(from: "が") == "が")
        #expect(Slug.make("が") != Slug.make("か"))
        #expect(LatinAccents.removed(from: "Tülu 3 (通义千问)") == "Tulu 3 (通义千问)")
        #expect(LatinAccents.removed(from: "plain ASCII") == "plain ASCII")
    }

    @Test func chineseNamesAreSafeAndDistinct() {
        let names = ["中文推理", "中文语言", "总分", "文心一言", "通义千问"]
        let slugs = names.map(Slug.make)
        #expect(Set(slugs).count == names.count)
        #expect(Slug.make("中文推理") == "u4e2du6587u63a8u7406")
        #expect(Slug.make("Qwen1.5-72B-Chat (通义千问)") == "qwen1.5-72b-chat-u901au4e49u5343u95ee")
        for slug in slugs { #expect(Self.isSafe(slug), "\(slug)") }
    }

    @Test(
        "never empty and never a path",
        arguments: ["", " ", "!!!", "/", "..", "../../etc/passwd", "-", "((", "<script>", "a/b"])
    func safe(_ text: String) {
        let slug = Slug.make(text)
        #expect(!slug.isEmpty)
        #expect(Self.isSafe(slug), "\(slug)")
    }

    /// Lowercase ASCII letters, digits, inner hyphens and dots between digits: safe in a URL path and a file name.
    static func isSafe(_ slug: String) -> Bool {
        slug.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." }
            && !slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.hasPrefix(".") && !slug.contains("..")
    }
}
