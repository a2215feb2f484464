import Catalog
import Markdown
import Testing

@testable import Site

/// Section pages take the catalog's one slug rule (`Slug.make`, `UniqueSlugs`).
struct SectionSlugTests {
    @Test(arguments: [
        ("DeepSeek AI family", "deepseek-ai-family"),
        ("DeepSeek-Coder V2", "deepseek-coder-v2"),
        ("DeepSeek V2.5", "deepseek-v2.5"),
        ("DeepSeek R1 and R1-Zero", "deepseek-r1-and-r1-zero"),
        ("  --Qwen2.5 (72B)--  ", "qwen2.5-72b"),
        ("../../etc/passwd", "etc-passwd"),
        ("..", "item"),
        ("", "item"),
    ])
    func baseSlug(title: String, expected: String) {
        #expect(Slug.make(title) == expected)
    }

    /// One slug rule for every URL: a section page and a series page of the same name agree.
    @Test(arguments: ["DeepSeek-V2.5", "Qwen2.5 (72B)", "DeepSeek 模型", "Café Élan", "通义千问"])
    func sectionSlugIsTheCatalogSlug(title: String) {
        #expect(Slug.make(title) == Slug.make(title))
    }

    @Test func chineseOnlyHeadingGetsAStableNonEmptySlug() {
        let slug = Slug.make("通义千问")
        #expect(!slug.isEmpty)
        #expect(slug == Slug.make("通义千问"))
        #expect(slug != Slug.make("文心一言"))
    }

    @Test(arguments: ["DeepSeek V3", "模型", "", "..", "/", "a/b\\c", String(repeating: "Long title ", count: 30)])
    func slugsAreSafePathComponents(title: String) {
        let slug = Slug.make(title)
        #expect(!slug.isEmpty)
        #expect(slug != "." && slug != "..")
        let allowed = { (c: Unicode.Scalar) in
            ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == "-" || c == "."
        }
        #expect(slug.unicodeScalars.allSatisfy(allowed))
        #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-"))
        #expect(slug.count <= Slug.maxBytes)
    }

    @Test func clashesGetNumberedSuffixes() {
        var slugs = UniqueSlugs()
        #expect(slugs.claim(slug: Slug.make("Performance")) == "performance")
        #expect(slugs.claim(slug: Slug.make("performance")) == "performance-2")
        #expect(slugs.claim(slug: Slug.make("Performance-2")) == "performance-2-2")
        #expect(slugs.claim(slug: Slug.make("PERFORMANCE")) == "performance-3")
    }

    @Test func seedHeadingsWithCitationsLoseTheCitation() throws {
        let document = try MarkdownParser.parse(
            """
            ## DeepSeek MoE[[10]](https://huggingface.co/collections/deepseek-ai/deepseek-moe)
            ### List of DeepSeek models[[3]](https://a.example/)[[4]](https://b.example/)
            ## See [the paper](https://c.example/) [[1]](https://d.example/)
            """)
        let titles = document.blocks.map(\.inlines.titleText)
        #expect(titles == ["DeepSeek MoE", "List of DeepSeek models", "See the paper"])
        #expect(titles.map(Slug.make) == ["deepseek-moe", "list-of-deepseek-models", "see-the-paper"])
    }
}
