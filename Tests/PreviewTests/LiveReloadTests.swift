import Markdown
import Testing

@testable import Preview

@Suite struct LiveReloadTests {
    private func injected(_ page: String, errors: [String] = []) -> String {
        let snapshot = PreviewSnapshot(files: [:], generation: 7, errors: errors)
        return String(decoding: LiveReload.inject(into: Array(page.utf8), snapshot: snapshot), as: UTF8.self)
    }

    @Test func scriptGoesBeforeTheLastBodyClose() {
        let page = injected("<html><body><pre>&lt;/body&gt; </body></pre>x</BODY></html>")
        let script = page.range(of: "<script id=\"atlas-live-reload\">")
        let end = page.range(of: "</BODY>")
        #expect(script != nil && end != nil)
        if let script, let end { #expect(script.upperBound < end.lowerBound) }
        #expect(page.hasPrefix("<html><body><pre>&lt;/body&gt; </body></pre>x<script"))
        #expect(page.contains("var page=7;"))
    }

    @Test func pagesWithoutBodyGetTheScriptAtTheEnd() {
        let page = injected("<p>fragment</p>")
        #expect(page.hasPrefix("<p>fragment</p><script id=\"atlas-live-reload\">"))
        #expect(page.hasSuffix("</script>"))
    }

    @Test func noOverlayWithoutErrors() {
        #expect(!injected("<body></body>").contains("<div id=\"atlas-errors\""))
    }

    @Test func overlayEscapesErrors() {
        let error = "Content/a.md:3:5: error: <script>alert('x')</script> & \"more\""
        let page = injected("<body></body>", errors: [error])
        #expect(page.contains("id=\"atlas-errors\""))
        #expect(
            page.contains(
                "Content/a.md:3:5: error: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;"))
        #expect(!page.contains("<script>alert"))
    }
}
