/// Drawing a `TimelineChart` as SVG.
extension TimelineChart {
    enum Layout {
        static let padding = 16.0
        /// Labels, group names and the axis; never shown below 11px at natural size or more.
        static let fontSize = 12.0
        static let laneHeight = 15.0
        static let groupBudget = 22
        static let labelBudget = 24
        /// Below this width (phones) each group's name gets its own line above its row.
        static let stackedBelow = 480.0
        static let legendHeight = 24.0
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
        let stacked = width < L.stackedBelow
        let firstYear = points.map(\.date.year).min()!
        let lastYear = points.map(\.date.year).max()!
        let start = Double(firstYear * 12)
        let span = Double((lastYear + 1 - firstYear) * 12)
        let groups = self.groups  // computed: once, not per use
        let groupLabels = groups.map { TextTruncation.shortenMiddle($0, budget: L.groupBudget) }
        // Group names are bold, about a tenth wider than the regular-weight estimate.
        let groupWidth = groupLabels.map { TextTruncation.estimatedWidth($0, fontSize: L.fontSize * 1.1) }.max() ?? 0
        let left = stacked ? L.padding + 4 : L.padding + groupWidth + 12
        let right = width - L.padding - 4
        func x(_ date: Date) -> Double { left + (right - left) * (date.position - start) / span }

        // Labels shortened together, so no two different names read the same.
        let labels = TextTruncation.distinct(points.map(\.label), budget: L.labelBudget)
        let indicesByGroup = Dictionary(grouping: points.indices, by: { points[$0].group })
        let rows = groups.map { group in
            place((indicesByGroup[group] ?? []).map { (points[$0], labels[$0]) }, x: x, right: right)
        }
        let nameLine = stacked ? 20.0 : 0
        let rowHeights = rows.map { row in Double((row.map(\.lane).max() ?? 0) + 1) * L.laneHeight + 18 + nameLine }
        let plotTop = 44.0
        let plotBottom = plotTop + rowHeights.reduce(0, +)
        let height = plotBottom + 24 + L.legendHeight + L.padding

        var svg = SVGWriter()
        let description = "\(points.count) releases in \(rows.count) rows, \(firstYear) to \(lastYear)."
        svg.openRoot(
            width: width, height: height, id: id, title: title, description: description,
            interactive: points.contains { SVGEscaping.safeHref($0.href) != nil })
        svg.leaf(
            "text",
            [
                ("class", "title"), ("x", num(L.padding)), ("y", "24"), ("font-size", "15"),
                ("font-weight", "600"),
            ], text: title)
        drawYears(firstYear...(lastYear + 1), top: plotTop, bottom: plotBottom, left: left, right: right, into: &svg)
        var rowTop = plotTop
        for (index, row) in rows.enumerated() {
            let lineY = rowTop + rowHeights[index] - 10
            let name = GroupName(
                text: groupLabels[index], full: groups[index],
                x: stacked ? L.padding : left - 12, y: stacked ? rowTop + 16 : lineY + 4, anchorEnd: !stacked)
            drawRow(row, name: name, lineY: lineY, left: left, right: right, into: &svg)
            rowTop += rowHeights[index]
        }
        drawLegend(top: plotBottom + 24, into: &svg)
        svg.close("svg")
        return svg.text
    }

    /// Assigns each label the lowest lane where it does not run into the previous label.
    func place(_ rowPoints: [(Point, String)], x: (Date) -> Double, right: Double) -> [Placement] {
        let sorted = rowPoints.enumerated().sorted {
            ($0.element.0.date.position, $0.offset) < ($1.element.0.date.position, $1.offset)
        }
        var laneEnds: [Double] = []
        return sorted.map { _, pair in
            let (point, text) = pair
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

    /// The year gridlines and the axis with a label per year.
    private func drawYears(
        _ years: ClosedRange<Int>, top: Double, bottom: Double, left: Double, right: Double,
        into svg: inout SVGWriter
    ) {
        let yearWidth = (right - left) / Double(years.count - 1)
        func tickX(_ year: Int) -> Double { left + yearWidth * Double(year - years.lowerBound) }
        svg.open("g", [("class", "grid"), ("stroke", "currentColor"), ("stroke-opacity", "0.15")])
        for year in years {
            svg.leaf(
                "line", [("x1", num(tickX(year))), ("x2", num(tickX(year))), ("y1", num(top)), ("y2", num(bottom))])
        }
        svg.close("g")
        svg.open("g", [("class", "axis"), ("text-anchor", "middle"), ("fill-opacity", "0.75")])
        svg.leaf(
            "line",
            [
                ("x1", num(left)), ("x2", num(right)), ("y1", num(bottom)), ("y2", num(bottom)),
                ("stroke", "currentColor"), ("stroke-opacity", "0.5"),
            ])
        for year in years {
            // The edges' labels are anchored inside the chart.
            let anchor: SVGWriter.Attributes =
                year == years.upperBound
                ? [("text-anchor", "end")] : year == years.lowerBound ? [("text-anchor", "start")] : []
            svg.leaf("text", [("x", num(tickX(year))), ("y", num(bottom + 16))] + anchor, text: String(year))
        }
        svg.close("g")
    }

    /// A legend entry per marker style the chart uses.
    private func drawLegend(top: Double, into svg: inout SVGWriter) {
        let styles: [(hollow: Bool, text: String)] = [(false, "month known"), (true, "year only")]
        let used = styles.filter { style in points.contains { $0.date.isYearOnly == style.hollow } }
        svg.open("g", [("class", "legend")])
        var x = Layout.padding + 4
        for style in used {
            svg.leaf(
                "circle",
                [
                    ("class", "marker"), ("cx", num(x)), ("cy", num(top + 8)), ("r", "4"), ("stroke", "currentColor"),
                    ("stroke-width", "1.5"), ("fill", style.hollow ? "none" : "currentColor"),
                ])
            svg.leaf("text", [("x", num(x + 9)), ("y", num(top + 12))], text: style.text)
            x += 9 + TextTruncation.estimatedWidth(style.text, fontSize: Layout.fontSize) + 20
        }
        svg.close("g")
    }

    /// A row's name and where it goes: beside the row (wide) or on its own line above it (narrow).
    struct GroupName {
        var text: String
        var full: String
        var x: Double
        var y: Double
        var anchorEnd: Bool
    }

    private func drawRow(
        _ row: [Placement], name: GroupName, lineY: Double, left: Double, right: Double, into svg: inout SVGWriter
    ) {
        svg.open("g", [("class", "series")])
        svg.leaf("title", text: name.full)
        svg.leaf(
            "text",
            [("class", "label"), ("x", num(name.x)), ("y", num(name.y)), ("font-weight", "600")]
                + (name.anchorEnd ? [("text-anchor", "end")] : []), text: name.text)
        svg.leaf(
            "line",
            [
                ("class", "grid"), ("x1", num(left)), ("x2", num(right)), ("y1", num(lineY)),
                ("y2", num(lineY)), ("stroke", "currentColor"), ("stroke-opacity", "0.3"),
            ])
        svg.close("g")
        for placement in row { drawPoint(placement, lineY: lineY, into: &svg) }
    }

    private func drawPoint(_ placement: Placement, lineY: Double, into svg: inout SVGWriter) {
        let point = placement.point
        let link = SVGEscaping.safeHref(point.href)
        let approximate = point.date.isYearOnly
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
                ("y", num(labelY)),
            ] + (placement.anchorEnd ? [("text-anchor", "end")] : []), text: placement.text)
        svg.close(link == nil ? "g" : "a")
    }
}
