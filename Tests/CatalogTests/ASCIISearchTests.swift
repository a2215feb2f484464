import Testing

@testable import Catalog

@Suite struct ASCIISearchTests {
    @Test func findsAWordAnywhereWithOrWithoutCase() {
        #expect(ASCIISearch.contains("All evaluations are 5-shot", "All "))
        #expect(!ASCIISearch.contains("all evaluations", "All "))
        #expect(ASCIISearch.contains("Zero-SHOT 中文 results", "shot", ignoringCase: true))
        #expect(!ASCIISearch.contains("Zero-SHOT", "shot"))
        #expect(ASCIISearch.contains("a test set", "set"))
        #expect(ASCIISearch.contains("sho shot", "shot"))
        #expect(!ASCIISearch.contains("sho", "shot"))
        #expect(!ASCIISearch.contains("", "shot"))
        #expect(ASCIISearch.contains("中文shot", "shot"))
    }
}
