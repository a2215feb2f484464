import Testing

@testable import Charts

@Suite struct SVGEscapingTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("a & b", "a &amp; b"),
        ("say \"hi\"", "say &quot;hi&quot;"),
        ("it's", "it&#39;s"),
        ("already &amp;", "already &amp;amp;"),
        ("bell\u{07}tab\t", "belltab\t"),
        ("通义千问 · Qwen", "通义千问 · Qwen"),
        // U+FFFE and U+FFFF are not XML characters; other characters starting with byte EF stay.
        ("a\u{FFFE}b\u{FFFF}c\u{FFFD}\u{FF21}", "abc\u{FFFD}\u{FF21}"),
        ("\u{0}\u{1F}<\r\n", "&lt;\r\n"),
    ])
    func escapesMarkupCharacters(input: String, expected: String) {
        #expect(SVGEscaping.escape(input) == expected)
    }

    @Test(arguments: [
        "../models/deepseek-v3.html", "models/qwen2-5.html#mmlu", "https://example.com/a", "HTTP://x.y",
        "page.html?q=a:b", "#top",
    ])
    func allowsRelativeAndHTTPLinks(href: String) {
        #expect(SVGEscaping.safeHref(href) == href)
    }

    @Test(arguments: [
        "javascript:alert(1)", "JavaScript:alert(1)", "  javascript:alert(1)", "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>", "vbscript:x", "file:///etc/passwd", "", "   ",
    ])
    func refusesOtherSchemes(href: String) {
        #expect(SVGEscaping.safeHref(href) == nil)
    }

    @Test func noHrefIsNoLink() {
        #expect(SVGEscaping.safeHref(nil) == nil)
    }
}
