import Testing

@testable import Markdown

@Suite struct SafeURLTests {
    @Test(arguments: [
        "https://arxiv.org/abs/2401.02954", "HTTP://example.com", "mailto:team@example.com", "MailTo:a@b",
        "../models/deepseek-v3.html", "sections/intro.html", "#results", "?q=a:b", "a/b:c", "//cdn.example.com/x",
        "", "page.html#a:b",
    ])
    func allowed(_ url: String) {
        #expect(SafeURL.check(url) == url)
        #expect(url.withCString(SafeURL.allows), "the bytes' road agrees")
    }

    @Test(arguments: [
        "javascript:alert(document.domain)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
        "java\nscript:alert(1)", "\u{0}javascript:alert(1)", "\u{1F}javascript:x", "javascript&#58;alert(1)",
        "javascript&#x3A;alert(1)", "javascript&#X3a alert(1)", "javascript&colon;alert(1)",
        "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "java&Tab;script:alert(1)",
        "vbscript:msgbox(1)", "VBScript:x", "data:text/html,<script>alert(1)</script>",
        "DATA:image/png;base64,AAAA", "file:///etc/passwd", "java script:x", "ftp://example.com",
        "jav\u{00AD}ascript:x", ":no-scheme",
    ])
    func refused(_ url: String) {
        #expect(SafeURL.check(url) == nil, "\(url.debugDescription)")
        // A C string ends at a NUL (cmark's URLs have none: NULs become U+FFFD).
        if !url.contains("\u{0}") { #expect(!url.withCString(SafeURL.allows), "\(url.debugDescription)") }
    }

    @Test func theSchemeIsTheTextBeforeTheFirstColon() {
        #expect(SafeURL.scheme(of: "JavaScript:x") == "javascript")
        #expect(SafeURL.scheme(of: "java&#115;cript&#58;x") == "javascript")
        #expect(SafeURL.scheme(of: "a/b:c") == nil)
        #expect(SafeURL.scheme(of: "#x:y") == nil)
    }
}

@Suite struct ContentLinkTests {
    static let text = """
        [a](java&Tab;script:alert(1)) [b](ftp://x) [c](https://ok.example) ![d](data:text/html,x)

        | Model | Link |
        |---|---|
        | A | [e](VBScript:x) [f](mailto:a@b.example) |

        """

    @Test func contentLinksPassTheSameSchemeCheckAndKeepTheirText() throws {
        let html = try MarkdownParser.parse(Self.text, path: "links.md").html
        for refused in ["script:", "ftp:", "data:", "VBScript:"] { #expect(!html.contains(refused), "\(refused)") }
        #expect(html.contains("<a href=\"https://ok.example\">c</a>"))
        #expect(html.contains("<a href=\"mailto:a@b.example\">f</a>"))
        #expect(html.contains(">a</a>") && html.contains(">e</a>"))
    }

    @Test func renderDropsThemToo() throws {
        var html: [UInt8] = []
        _ = try MarkdownParser.renderHTML(Array(Self.text.utf8), path: "links.md") { html += $0 }
        let text = String(decoding: html, as: UTF8.self)
        #expect(!text.contains("ftp:") && !text.contains("script:") && text.contains("https://ok.example"))
    }
}
