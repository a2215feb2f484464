import Markdown
import Testing

@Suite struct UTF8OrderTests {
    @Test func agreesWithTheOrderOfTheBytes() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["", "a", "b", "A", "-", "é", "e\u{301}", "日本", "models/", "index.html", "z", "\u{0}", "😀"]
        var strings = pieces
        for _ in 0..<400 {
            let count = Int.random(in: 0...4, using: &generator)
            strings.append((0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for a in strings {
            for b in strings.prefix(60) {
                #expect(a.precedesInUTF8(b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) \(b)")
            }
        }
    }
}
