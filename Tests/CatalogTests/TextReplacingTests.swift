import Testing

@testable import Catalog

/// `replacingAll` stands in for Foundation's `replacingOccurrences` in enrichment and the CSVs.
struct TextReplacingTests {
    @Test(arguments: [
        ("a\"b\"", "\"", "\"\"", "a\"\"b\"\""),
        (" num. params ", " num. ", " ", " params "),
        ("−1.5", "\u{2212}", "-", "-1.5"),
        ("88.5†", "†", "", "88.5"),
        ("aaa", "aa", "b", "ba"),  // left to right, no overlaps
        ("plain", "x", "y", "plain"),
        ("", "x", "y", ""),
        ("通义−千问", "−", "-", "通义-千问"),
    ])
    func replacesLeftToRightWithoutOverlaps(text: String, target: String, replacement: String, expected: String) {
        #expect(text.replacingAll(target, with: replacement) == expected)
    }
}
