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

    /// Pages give tables and cells ids that source links point at: a heading spelled like one
    /// (`### T2 R1 C2`, `### Table line 17`) takes the next id, and `#t2-r1-c2` written for
    /// GitHub still finds it.
    @Test func idsOfTablesAndCellsAreNotHeadings() {
        var ids = HeadingIDs()
        let claimed = ["T2 R1 C2", "Table line 17", "T2 R1 C2 notes", "Table line 17b"].map { ids.claim($0) }
        #expect(claimed == ["t2-r1-c2-1", "table-line-17-1", "t2-r1-c2-notes", "table-line-17b"])
        #expect(ids.layoutAliases == ["t2-r1-c2": "t2-r1-c2-1", "table-line-17": "table-line-17-1"])
    }
}
