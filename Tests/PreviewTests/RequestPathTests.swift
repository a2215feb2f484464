import Testing

@testable import Preview

@Suite struct RequestPathTests {
    @Test(arguments: [
        ("/", ""), ("/index.html", "index.html"), ("/sections/", "sections/"), ("/sections", "sections"),
        ("/a%20b.html?x=1#top", "a b.html"), ("//assets//style.css", "assets/style.css"),
        ("/%C3%A9t%C3%A9.html", "été.html"),
    ])
    func sitePaths(target: String, path: String) {
        #expect(RequestPath.resolve(target) == .site(path))
    }

    @Test(arguments: [
        "/../Content/atlas.yml", "/sections/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E%2Fetc",
        "/sections%2f..%2f..%2fetc", "/..%5cetc", "/a\\..\\b", "/./index.html", "/%00", "/%zz", "/%e9",
        "index.html", "http://example.com/",
    ])
    func refused(target: String) {
        #expect(RequestPath.resolve(target) == .rejected)
    }

    @Test func foldersServeTheirIndex() {
        #expect(RequestPath.candidates(for: "") == ["index.html"])
        #expect(RequestPath.candidates(for: "sections/") == ["sections/index.html"])
        #expect(RequestPath.candidates(for: "sections") == ["sections", "sections/index.html"])
    }
}
