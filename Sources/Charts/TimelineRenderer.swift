/// Drawing a `TimelineChart` as SVG.
extension TimelineChart {
    enum Layout {
        static let padding = 16.0
        static let fontSize = 11.0
        static let laneHeight = 14.0
        static let groupBudget = 22
        static let labelBudget = 22
    }

    /// A label placed in a row: which lane (0 is nearest the row's line) and how it is anchored.
    struct Placement {
        var point: Point
        var x: Double
        var lane: Int
        var text: String
        var anchorEnd: Bool
    }

    /// The chart as a standalone SVG document; `id` prefixes the `<title>`/`<desc>` ids.
    public func svg(width: Double = 640, id: String? = nil) -> String {
        let id = id ?? chartID(from: title)
        guard !points.isEmpty else { return noDataSVG(title: title, width: width, id: id) }
        typealias L = Layout

        let firstYear = points.map(\.date.year).min()!
        let lastYear = points.map(\.date.year).max()!
        let start = Double(firstYear * 12)
        let span = Double((lastYear + 1 - firstYear) * 12)
        let groups = self.groups  // computed: once, not per use
        let groupLabels = groups.map { TextTruncation.truncate($0, budget: L.groupBudget) }
        // Group names are bold, about a tenth wider than the regular-weight estimate.
        let groupWidth = groupLabels.map { TextTruncation.estimatedWidth($0, fontSize: 12 * 1.1) }.max() ?? 0
        let left = L.padding + groupWidth + 12
        let right = width - L.padding
        func x(_ date: Date) -> Double { left + (right - left) * (date.position - start) / span }

        // Points grouped in one pass (in order): a filter per group would cost groups × points.
        let pointsByGroup = Dictionary(grouping: points, by: \.group)
        let rows = groups.map { group in place(pointsByGroup[group] ?? [], x: x, right: right) }
        let rowHeights = rows.map { row in Double((row.map(\.lane).max() ?? 0) + 1) * L.laneHeight + 18 }
        let plotTop = 44.0
        let plotBottom = plotTop + rowHeights.reduce(0, +)
        let height = plotBottom + 20 + L.padding

        var svg = SVGWriter()
        let description = "\(points.count) releases in \(rows.count) rows, \(firstYear) to \(lastYear)."
        svg.openRoot(width: width, height: height, id: id, title: title, description: description)
        svg.leaf(
            "text",
            [
                ("class", "title"), ("x", num(L.padding)), ("y", "24"), ("font-size", "15"),
                ("font-weight", "600"),
            ], text: title)

        svg.open("g", [("class", "grid"), ("stroke", "currentColor"), ("stroke-opacity", "0.15")])
        for year in firstYear...(lastYear + 1) {
            let tickX = num(x(.month(year: year, month: 1)) - (right - left) * 0.5 / span)
            svg.leaf("line", [("x1", tickX), ("x2", tickX), ("y1", num(plotTop)), ("y2", num(plotBottom))])
        }
        svg.close("g")
        svg.open("g", [("class", "axis"), ("text-anchor", "middle"), ("fill-opacity", "0.75")])
        svg.leaf(
            "line",
            [
                ("x1", num(left)), ("x2", num(right)), ("y1", num(plotBottom)), ("y2", num(plotBottom)),
                ("stroke", "currentColor"), ("stroke-opacity", "0.5"),
            ])
        for year in firstYear...(lastYear + 1) {
            let tickX = left + (right - left) * Double((year - firstYear) * 12) / span
            // The closing year's tick sits on the right edge; anchor its label inside the chart.
            let anchor: SVGWriter.Attributes = year == lastYear + 1 ? [("text-anchor", "end")] : []
            svg.leaf("text", [("x", num(tickX)), ("y", num(plotBottom + 16))] + anchor, text: String(year))
        }
        svg.close("g")

        var rowTop = plotTop
        for (index, row) in rows.enumerated() {
            let lineY = rowTop + rowHeights[index] - 10
            drawRow(
                row, group: groupLabels[index], fullGroup: groups[index], lineY: lineY, left: left,
                right: right, into: &svg)
            rowTop += rowHeights[index]
        }
        svg.close("svg")
        return svg.text
    }

    /// Assigns each label the lowest lane where it does not run into the previous label.
    func place(_ rowPoints: [Point], x: (Date) -> Double, right: Double) -> [Placement] {
        let sorted = rowPoints.enumerated().sorted {
            ($0.element.date.position, $0.offset) < ($1.element.date.position, $1.offset)
        }
        var laneEnds: [Double] = []
        return sorted.map { _, point in
            let text = TextTruncation.truncate(point.label, budget: Layout.labelBudget)
            let labelWidth = TextTruncation.estimatedWidth(text, fontSize: Layout.fontSize)
            let pointX = x(point.date)
            // Labels start at the marker; near the right edge they end there instead.
            let anchorEnd = pointX - 3 + labelWidth > right
            let begin = anchorEnd ? pointX + 3 - labelWidth : pointX - 3
            let lane = laneEnds.firstIndex(where: { $0 + 6 <= begin }) ?? laneEnds.count
            if lane == laneEnds.count { laneEnds.append(0) }
            laneEnds[lane] = begin + labelWidth
            return Placement(point: point, x: pointX, lane: lane, text: text, anchorEnd: anchorEnd)
        }
    }

    private func drawRow(
        _ row: [Placement], group: String, fullGroup: String, lineY: Double, left: Double,
        right: Double, into svg: inout SVGWriter
    ) {
        svg.open("g", [("class", "series")])
        svg.leaf("title", text: fullGroup)
        svg.leaf(
            "text",
            [
                ("class", "label"), ("x", num(left - 12)), ("y", num(lineY + 4)), ("text-anchor", "end"),
                ("font-weight", "600"),
            ], text: group)
        svg.leaf(
            "line",
            [
                ("class", "grid"), ("x1", num(left)), ("x2", num(right)), ("y1", num(lineY)),
                ("y2", num(lineY)), ("stroke", "currentColor"), ("stroke-opacity", "0.3"),
            ])
        svg.close("g")
        for placement in row {
            let point = placement.point
            let link = SVGEscaping.safeHref(point.href)
            let approximate = if case .year = point.date { true } else { false }
            let attributes: SVGWriter.Attributes = [("class", approximate ? "point approximate" : "point")]
            svg.open(link == nil ? "g" : "a", (link.map { [("href", $0)] } ?? []) + attributes)
            svg.leaf("title", text: "\(point.label) (\(point.group), \(point.date.text))")
            let labelY = lineY - 9 - Double(placement.lane) * Layout.laneHeight
            if placement.lane > 0 {
                // A leader ties a raised label back to its marker.
                svg.leaf(
                    "line",
                    [
                        ("class", "leader"), ("x1", num(placement.x)), ("x2", num(placement.x)),
                        ("y1", num(lineY - 5)), ("y2", num(labelY + 2)), ("stroke", "currentColor"),
                        ("stroke-opacity", "0.3"),
                    ])
            }
            svg.leaf(
                "circle",
                [
                    ("class", "marker"), ("cx", num(placement.x)), ("cy", num(lineY)), ("r", "4"),
                    ("stroke", "currentColor"), ("stroke-width", "1.5"),
                    ("fill", approximate ? "none" : "currentColor"),
                ])
            svg.leaf(
                "text",
                [
                    ("class", "label"), ("x", num(placement.anchorEnd ? placement.x + 3 : placement.x - 3)),
                    ("y", num(labelY)), ("font-size", num(Layout.fontSize)),
                ]
                    + (placement.anchorEnd ? [("text-anchor", "end")] : []), text: placement.text)
            svg.close(link == nil ? "g" : "a")
        }
    }
}
