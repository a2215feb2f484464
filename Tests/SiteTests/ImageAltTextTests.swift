import Testing

@testable import Site

struct ImageAltTextTests {
    @Test func anEmptyAltGetsTheHeadingAndFileName() {
        let html = "<p><img src=\"https://github.com/x/raw/main/pictures/HumanEval.png\" alt=\"\" /></p>\n"
        let filled = ImageAltText.filling(html, heading: "Multilingual HumanEval Benchmark")
        #expect(
            filled
                == "<p><img src=\"https://github.com/x/raw/main/pictures/HumanEval.png\" alt=\"Multilingual HumanEval Benchmark: HumanEval\" /></p>\n"
        )
    }

    @Test func footnoteMarksLeaveTheHeadingAndNamesReadAsWords() {
        #expect(
            ImageAltText.text(src: "a/llm_radar.png?raw=1", heading: "Performance[7]")
                == "Performance: llm radar")
        #expect(ImageAltText.text(src: "", heading: nil) == "Image")
    }

    @Test func writtenAltTextAndOtherTagsAreLeftAlone() {
        let html = "<p><img src=\"a.png\" alt=\"A chart\" /> <a href=\"x\" title=\"\">x</a></p>"
        #expect(ImageAltText.filling(html, heading: "H") == html)
    }

    @Test func hostileFileNamesAreEscaped() {
        let html = "<img src=\"a/&quot;&gt;x.png\" alt=\"\" />"
        #expect(!ImageAltText.filling(html, heading: "<b>\"").contains("<b>"))
    }

    @Test func theSeedHasNoImageWithoutAltText() async throws {
        let (site, _) = try await SearchIndexTests.seedSite()
        var images = 0
        for path in site.sortedPaths where path.hasSuffix(".html") {
            let page = String(decoding: site.files[path] ?? [], as: UTF8.self)
            images += page.components(separatedBy: "<img ").count - 1
            #expect(!page.contains(ImageAltText.emptyAlt), "\(path)")
        }
        #expect(images >= 29)
    }
}
