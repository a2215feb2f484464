import Testing

@testable import Catalog
@testable import Markdown

/// `baseURL` in atlas.yml: http or https with a host, refused otherwise at the value's place.
struct ConfigBaseURLTests {
    @Test func addressesAreNormalisedToEndWithASlash() throws {
        #expect(try BaseURL(validating: "https://x.github.io/atlas").text == "https://x.github.io/atlas/")
        #expect(try BaseURL(validating: "HTTP://Example.org").text == "http://Example.org/")
        #expect(try BaseURL(validating: "https://example.org:8080/a/b/").text == "https://example.org:8080/a/b/")
    }

    @Test func pagesAreAbsoluteUnderTheSubPath() throws {
        let base = try BaseURL(validating: "https://x.github.io/atlas/")
        #expect(base.absolute("index.html") == "https://x.github.io/atlas/")
        #expect(base.absolute("models/index.html") == "https://x.github.io/atlas/models/")
        #expect(base.absolute("models/deepseek-v3.html") == "https://x.github.io/atlas/models/deepseek-v3.html")
    }

    @Test(arguments: [
        "ftp://example.org/", "example.org", "https://", "https:///atlas", "https://x.org/a?b=1", "https://x.org/#top",
        "https://x.org/a b", "https://user@x.org/", "javascript:alert(1)", "https://x.org:99999/", "https://x.org:/",
        "https://:80/",
    ])
    func otherAddressesAreRefused(_ address: String) {
        #expect(throws: BaseURLError.self) { try BaseURL(validating: address) }
    }

    /// An organization's link leaves the site for the organization's: one without a host (or
    /// with a port no browser takes) was published as written (hostile sweep 2, D7).
    @Test(arguments: [
        "https://", "//evil.example/x", "\\\\evil.example\\x", "/relative/path", "https://a.example/ space",
        "https://a.example:99999/", "mailto:", "www.example.org",
        "https://e.example/\\\"><script>alert(1)</script>",
    ])
    func organizationLinksWithoutAHostAreRefused(_ url: String) throws {
        let yaml =
            "organizations:\n  - name: Acme\n    url: \"\(url.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\"\n"
        do {
            _ = try ConfigLoader.load(yaml: yaml, path: "atlas.yml")
            Issue.record("\(url) was accepted")
        } catch {
            #expect(error.location == SourceLocation(path: "atlas.yml", line: 3, column: 10), "\(error.message)")
        }
    }

    @Test(arguments: [
        "https://a.example", "http://a.example:8080/x?y=1#z", "https://[::1]:443/", "mailto:team@a.example",
        "HTTPS://A.EXAMPLE/",
    ])
    func organizationLinksWithAHostAreKept(_ url: String) throws {
        let config = try ConfigLoader.load(yaml: "organizations:\n  - name: Acme\n    url: \"\(url)\"\n", path: "a.yml")
        #expect(config.organizations.first?.url == url)
    }

    @Test func theFileKeyIsReadAndChecked() throws {
        let config = try ConfigLoader.load(yaml: "baseURL: https://x.github.io/atlas\n", path: "Content/atlas.yml")
        #expect(config.baseURL?.text == "https://x.github.io/atlas/")
        #expect(try ConfigLoader.load(yaml: "vocabulary: {}\n", path: "Content/atlas.yml").baseURL == nil)

        let yaml = "organizations: []\nbaseURL: ftp://x.org/\n"
        do {
            _ = try ConfigLoader.load(yaml: yaml, path: "Content/atlas.yml")
            Issue.record("ftp:// was accepted")
        } catch {
            #expect(error.location == SourceLocation(path: "Content/atlas.yml", line: 2, column: 10))
            #expect(error.message.contains("not an http or https URL"), "\(error.message)")
        }
        #expect(ConfigLoader.unknownKeys(yaml: yaml, path: "Content/atlas.yml").isEmpty)
    }

    /// `title` is read as written (trimmed); a blank one is none.
    @Test func aTitleIsReadAndABlankOneIsNone() throws {
        let config = try ConfigLoader.load(yaml: "title: '  Open model evaluations '\n", path: "Content/atlas.yml")
        #expect(config.title == "Open model evaluations")
        #expect(try ConfigLoader.load(yaml: "title: ''\n", path: "Content/atlas.yml").title == nil)
        #expect(try ConfigLoader.load(yaml: "vocabulary: {}\n", path: "Content/atlas.yml").title == nil)
        #expect(ConfigLoader.unknownKeys(yaml: "title: Atlas\n", path: "Content/atlas.yml").isEmpty)
    }
}
