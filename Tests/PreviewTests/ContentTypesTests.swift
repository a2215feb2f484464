import Testing

@testable import Preview

@Suite struct ContentTypesTests {
    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"), ("assets/style.css", "text/css; charset=utf-8"),
        ("a/app.js", "text/javascript; charset=utf-8"), ("chart.svg", "image/svg+xml"),
        ("atlas.json", "application/json"), ("scores.csv", "text/csv; charset=utf-8"),
        ("feed.xml", "application/xml"), ("robots.txt", "text/plain; charset=utf-8"), ("logo.PNG", "image/png"),
        ("favicon.ico", "image/x-icon"), ("README", "application/octet-stream"),
        (".hidden", "application/octet-stream"), ("dir.v2/file", "application/octet-stream"),
    ])
    func byExtension(path: String, type: String) {
        #expect(ContentTypes.forPath(path) == type)
    }
}
