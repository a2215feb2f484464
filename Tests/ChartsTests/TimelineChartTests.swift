import Testing

@testable import Charts

@Suite struct TimelineChartTests {
    @Test func groupsKeepFirstAppearanceOrder() {
        #expect(Samples.timeline.groups == ["DeepSeek-Coder", "DeepSeek-V2", "DeepSeek-V3"])
    }

    @Test(arguments: [
        (TimelineChart.Date.month(year: 2024, month: 5), "2024-05"), (.month(year: 2025, month: 12), "2025-12"),
        (.year(2023), "2023"),
    ])
    func dateText(date: TimelineChart.Date, text: String) {
        #expect(date.text == text)
    }

    @Test func sameMonthLabelsGoToSeparateLanes() {
        let chart = Samples.timeline
        let coder = chart.points.filter { $0.group == "DeepSeek-Coder" }
        let lanes = chart.place(coder.map { ($0, $0.label) }, x: { $0.position * 30 }, right: 10_000).map(\.lane)
        #expect(lanes == [0, 0, 1])
    }

    @Test func labelsNearTheRightEdgeEndAtTheirMarker() {
        let point = TimelineChart.Point(label: "Late release", date: .month(year: 2025, month: 12), group: "g")
        let placed = TimelineChart(title: "t", points: [point]).place(
            [(point, point.label)], x: { _ in 630 }, right: 640)
        #expect(placed.first?.anchorEnd == true)
    }

    @Test func yearOnlyDatesUseAHollowMarker() {
        let svg = Samples.timeline.svg()
        #expect(svg.contains("class=\"point approximate\""))
        #expect(svg.contains("fill=\"none\""))
    }

    @Test func theLegendNamesEveryMarkerStyleInUse() {
        let both = Samples.timeline.svg()
        #expect(both.contains(">month known</text>") && both.contains(">year only</text>"))
        let monthsOnly = TimelineChart(
            title: "t", points: [.init(label: "A", date: .month(year: 2024, month: 1), group: "g")]
        ).svg()
        #expect(monthsOnly.contains(">month known</text>") && !monthsOnly.contains(">year only</text>"))
    }

    @Test func labelsThatShareALongStartStayDistinct() {
        let names = ["Qwen-1.5B", "Qwen-7B", "Qwen-14B", "Qwen-32B"].map { "DeepSeek-R1-Distill-" + $0 }
        let chart = TimelineChart(
            title: "t", points: names.map { .init(label: $0, date: .month(year: 2025, month: 1), group: "R1") })
        let shown = TextSpans.labels(in: chart.svg()).filter { $0 != "R1" }
        #expect(Set(shown).count == names.count, "\(shown)")
        #expect(shown.allSatisfy { $0.count <= TimelineChart.Layout.labelBudget })
    }

    @Test func narrowTimelinesPutGroupNamesAboveTheirRow() {
        let svg = Samples.timeline.svg(width: 360)
        #expect(svg.contains("x=\"16\" y=\"60\" font-weight=\"600\">DeepSeek-Coder</text>"))
    }

    @Test func linkedTimelinesAreNoImage() {
        #expect(!Samples.timeline.svg().contains("role="))
        let unlinked = TimelineChart(title: "t", points: [.init(label: "A", date: .year(2024), group: "g")])
        #expect(unlinked.svg().contains("role=\"img\""))
    }

    @Test func yearTicksSpanTheData() {
        let svg = Samples.timeline.svg()
        for year in 2023...2026 { #expect(svg.contains(">\(year)</text>")) }
        #expect(!svg.contains(">2022</text>") && !svg.contains(">2027</text>"))
    }

    @Test func hostileTextAndLinksAreNeutralised() {
        let svg = TimelineChart(
            title: "T & <b>",
            points: [
                .init(label: "<script>", date: .year(2024), href: "javascript:alert(1)", group: "\"g\""),
                .init(label: "ok", date: .year(2024), href: "m.html?a='1'", group: "\"g\""),
            ]
        ).svg()
        #expect(!svg.contains("<script") && !svg.contains("javascript"))
        #expect(svg.contains("T &amp; &lt;b&gt;") && svg.contains("&quot;g&quot;"))
        #expect(svg.contains("href=\"m.html?a=&#39;1&#39;\""))
    }

    @Test func emptyTimelineRendersNoData() {
        #expect(TimelineChart(title: "Releases", points: []).svg().contains(">No data</text>"))
    }

    @Test func renderingIsDeterministic() {
        #expect(Samples.timeline.svg() == Samples.timeline.svg())
    }
}
