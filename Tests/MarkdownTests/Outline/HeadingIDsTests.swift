import Markdown
import Testing

struct HeadingIDsTests {
    @Test(arguments: [
        ("Results", "results"),
        ("DeepSeek-V2.5 (Base)", "deepseek-v25-base"),
        ("Hello, World!", "hello-world"),
        ("a  b", "a--b"),
        ("snake_case & C++", "snake_case--c"),
        ("模型 评测", "模型-评测"),
        ("Café Élan", "café-élan"),
        ("1. Introduction", "1-introduction"),
        ("", ""),
    ])
    func idIsGitHubs(text: String, expected: String) {
        #expect(HeadingIDs.base(for: text) == expected)
    }

    @Test func repeatedIdsAreNumberedFromOneAsGitHubDoes() {
        var ids = HeadingIDs()
        let claimed = ["Results", "Results", "results", "Results-1", "Other"].map { ids.claim($0) }
        #expect(claimed == ["results", "results-1", "results-2", "results-1-1", "other"])
    }
}
