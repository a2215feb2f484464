import Foundation
import Markdown
import Testing

@Suite struct ByteSearchTests {
    @Test(arguments: [
        ("<p>a</p><h2>b</h2>", "<h"), ("héllo <h3>wörld</h3>", "<h"), ("no heading here", "<h"), ("", "<h"),
        ("ends with <", "<h"), ("<h", "<h"), ("x href=\"#a\" y href=\"#b\"", "href=\"#"),
        ("日本<img src=\"a\">", "<img "),
        ("aaab", "aab"), ("é<h1>", "<h1>"),
    ])
    func findsWhatFoundationFinds(_ text: String, _ needle: String) {
        #expect(text.firstRange(ofBytes: needle) == text.range(of: needle))
        #expect(text.contains(bytes: needle) == text.contains(needle))
        // A substring keeps the indices of the string it is cut from.
        let tail = text.dropFirst()
        #expect(tail.firstRange(ofBytes: needle) == tail.range(of: needle))
    }

    @Test func anEmptyNeedleIsFoundAtTheStart() {
        #expect("abc".firstRange(ofBytes: "") == "abc".startIndex..<"abc".startIndex)
    }
}
