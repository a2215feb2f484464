import Testing

@testable import Catalog

/// Slugs name files: they must fit a file name (255 bytes on most file systems) with room to spare.
@Suite struct LongSlugTests {
    static let ascii = String(repeating: "a", count: 234)
    static let cjk = String(repeating: "模型", count: 24)

    @Test(arguments: [ascii, cjk, ascii + "-x", String(repeating: "Z9 ", count: 400)])
    func longNamesAreShortenedStably(_ name: String) {
        let slug = Slug.make(name)
        #expect(slug.utf8.count <= Slug.maxBytes)
        #expect(Slug.make(name) == slug)
        #expect(SlugTests.isSafe(slug), "\(slug)")
    }

    @Test func namesThatDifferOnlyAtTheEndKeepDistinctSlugs() {
        #expect(Slug.make(Self.ascii + "1") != Slug.make(Self.ascii + "2"))
        #expect(Slug.make(Self.cjk + "一") != Slug.make(Self.cjk + "二"))
    }

    @Test func shortNamesAreUnchanged() {
        let name = String(repeating: "b", count: Slug.maxBytes)
        #expect(Slug.make(name) == name)
    }

    @Test func noIdIsIndexWhichNamesAListingPage() {
        var slugs = UniqueSlugs()
        #expect(slugs.claim("index") != "index")
        #expect(slugs.claim("Index") != "index")
    }

    /// The byte path for ASCII names gives what the scalar path gives, on names full of the
    /// characters slugs treat specially (`.` between digits, `+`, `'`, runs of separators).
    @Test func asciiSlugsMatchTheScalarPath() {
        let alphabet = Array("aZ09.+'- _/(x)Q7.5")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let name = String((0..<Int.random(in: 0...14, using: &generator)).map { _ in alphabet.randomElement()! })
            #expect(Slug.asciiFull(name) == Slug.scalarFull(name), "\(name.debugDescription)")
        }
        #expect(Slug.asciiFull("文心一言") == nil)
        #expect(Slug.make("DeepSeek-V2.5 1210") == "deepseek-v2.5-1210")
    }
}
