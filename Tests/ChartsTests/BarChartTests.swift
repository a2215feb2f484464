import Testing

@testable import Charts

@Suite struct BarChartTests {
    private func chart(_ bars: [BarChart.Bar], lowerIsBetter: Bool = false, subtitle: String = "") -> BarChart {
        BarChart(title: "Test", subtitle: subtitle, scale: .percent, lowerIsBetter: lowerIsBetter, bars: bars)
    }

    @Test func hostileLabelIsEscaped() {
        let svg = chart([.init(label: "<script>alert(\"x\")</script>", value: 50, display: "50")]).svg()
        #expect(!svg.contains("<script"))
        #expect(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
    }

    @Test func hrefWithAQuoteStaysInsideTheAttribute() {
        let svg = chart([.init(label: "A", value: 50, display: "50", href: "a.html\" onclick=\"x")]).svg()
        #expect(svg.contains("href=\"a.html&quot; onclick=&quot;x\""))
        #expect(!svg.contains("onclick=\"x"))
    }

    @Test func javascriptHrefDrawsTheBarWithoutALink() {
        let svg = chart([.init(label: "A", value: 50, display: "50", href: "javascript:alert(1)")]).svg()
        #expect(!svg.contains("<a "))
        #expect(!svg.contains("javascript"))
        #expect(svg.contains("class=\"bar\""))
    }

    @Test func linkedBarWrapsLabelAndBarInAnAnchor() {
        let svg = chart([.init(label: "A", value: 50, display: "50", href: "../models/a.html", highlight: true)]).svg()
        #expect(svg.contains("<a href=\"../models/a.html\" class=\"row highlight\">"))
        #expect(svg.contains("class=\"bar highlight\""))
    }

    @Test func longLabelIsTruncatedWithTheFullTextInATooltip() {
        let long = "DeepSeek-R1-Distill-Qwen-32B-Instruct-Preview-0101"
        let svg = chart([.init(label: long, value: 50, display: "50")]).svg()
        #expect(svg.contains(">DeepSeek-R1-Di…-Preview-0101</text>"))
        #expect(svg.contains("<title>\(long): 50</title>"))
    }

    @Test(arguments: [("", "Lower is better"), ("Pile-test · BPB", "Pile-test · BPB · lower is better")])
    func lowerIsBetterIsInTheCaption(subtitle: String, caption: String) {
        let bpb = chart([.init(label: "A", value: 0.6, display: "0.6")], lowerIsBetter: true, subtitle: subtitle)
        #expect(bpb.caption == caption)
        #expect(bpb.svg().contains(">\(caption)</text>"))
    }

    @Test func higherIsBetterCaptionIsTheSubtitle() {
        #expect(chart([], subtitle: "5-shot").caption == "5-shot")
    }

    @Test func emptyDataRendersNoData() {
        let svg = chart([]).svg()
        #expect(svg.contains(">No data</text>"))
        #expect(svg.hasPrefix("<svg "))
    }

    @Test func nonFiniteValuesAreSkipped() {
        let svg = chart([
            .init(label: "Kept", value: 40, display: "40"),
            .init(label: "NaN", value: .nan, display: "?"),
            .init(label: "Inf", value: .infinity, display: "∞"),
        ]).svg()
        #expect(svg.contains(">Kept</text>"))
        #expect(!svg.contains(">NaN</text>") && !svg.contains(">Inf</text>"))
        #expect(!svg.contains("nan") && !svg.contains("inf"))
    }

    @Test func onlyNonFiniteValuesRenderNoData() {
        #expect(chart([.init(label: "A", value: .nan, display: "-")]).svg().contains(">No data</text>"))
    }

    @Test func phoneWidthPutsEachLabelOnItsOwnLineAboveItsBar() {
        let svg = chart([.init(label: "DeepSeek-Coder-V2-Lite-Instruct (16B MoE)", value: 60, display: "60")])
            .svg(width: 360)
        #expect(
            svg.contains("<text class=\"label\" x=\"16\" y=\"53\">DeepSeek-Coder-V2-Lite-Instruct (16B MoE)</text>"))
        #expect(svg.contains("<rect class=\"bar\" x=\"16\""))
    }

    @Test func chartsWithLinksAreNoImageAndChartsWithoutAre() {
        let linked = chart([.init(label: "A", value: 50, display: "50", href: "a.html")]).svg()
        #expect(!linked.contains("role="))
        let plain = chart([.init(label: "A", value: 50, display: "50")]).svg()
        #expect(plain.contains("role=\"img\"") && !plain.contains("<a "))
    }

    @Test func outOfRangeValuesStayInsideThePlot() {
        let svg = chart([.init(label: "A", value: 140, display: "140"), .init(label: "B", value: -5, display: "-5")])
            .svg()
        #expect(svg.contains("width=\"0\""))
        #expect(!svg.contains("width=\"-"))
    }

    @Test func accessibleAndScalable() {
        let svg = Samples.leaderboard.svg(width: 500, id: "mmlu")
        #expect(svg.contains("viewBox=\"0 0 500 "))
        #expect(svg.contains("viewBox=\"0 0 500 262\" aria-labelledby=\"mmlu-title\" aria-describedby=\"mmlu-desc\""))
        #expect(svg.contains("<title id=\"mmlu-title\">MMLU</title>"))
        #expect(svg.contains("<desc id=\"mmlu-desc\">English · EM, 5-shot (%). 7 bars: LLaMA-3.1 405B-Inst. 88.6"))
        #expect(!svg.contains("<script") && !svg.contains("@font-face") && !svg.contains("style="))
    }

    @Test func heightGrowsWithRows() {
        let one = chart([.init(label: "A", value: 1, display: "1")]).svg()
        let two = chart([.init(label: "A", value: 1, display: "1"), .init(label: "B", value: 2, display: "2")]).svg()
        #expect(one.contains("height=\"100\"") && two.contains("height=\"124\""))
    }

    @Test(arguments: [Samples.leaderboard, Samples.rating, Samples.outOfTen])
    func renderingIsDeterministic(chart: BarChart) {
        #expect(chart.svg() == chart.svg())
    }

    @Test func defaultIDComesFromTheTitle() {
        #expect(chartID(from: "MMLU (5-shot) · EM") == "chart-mmlu-5-shot-em")
        #expect(chartID(from: "通义") == "chart-untitled")
    }
}
