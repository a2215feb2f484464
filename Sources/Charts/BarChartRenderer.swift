/// Drawing a `BarChart` as SVG.
extension BarChart {
    /// Layout constants, in SVG user units (pixels at natural size).
    enum Layout {
        static let padding = 16.0
        static let titleSize = 15.0
        /// Every text but the title; at natural size or more it is never shown below 11px.
        static let fontSize = 12.0
        static let rowHeight = 24.0
        static let barHeight = 16.0
        static let gap = 8.0
        /// Labels longer than this are cut in the middle with `…`; tooltips keep the full text.
        static let labelBudget = 28
        /// The label column never takes more than this share of the width.
        static let maxLabelShare = 0.4
        /// Below this width (phones) each label gets its own line above its bar.
        static let stackedBelow = 480.0
        static let stackedRowHeight = 38.0
        static let stackedBarHeight = 14.0
    }

    /// Where the parts of the chart go for one width.
    struct Geometry {
        var stacked: Bool
        var left: Double
        var right: Double
        var plotTop: Double
        var rowHeight: Double
        var axis: Axis

        var plotWidth: Double { max(right - left, 1) }
        func x(_ value: Double) -> Double { left + plotWidth * min(max(value / axis.maximum, 0), 1) }
        func top(ofRow index: Int) -> Double { plotTop + Double(index) * rowHeight }
    }

    /// The chart as a standalone SVG document.
    ///
    /// Colours are `currentColor` with opacities as presentation attributes, so the chart is
    /// readable as a bare file; the site's CSS restyles it through the classes `chart`, `title`,
    /// `caption`, `grid`, `axis`, `row`, `label`, `bar`, `bar highlight` and `value`.
    /// Narrower than `Layout.stackedBelow`, labels sit on their own line above the bars, so a
    /// phone-sized chart keeps 12px text at natural size.
    ///
    /// - Parameters:
    ///   - width: the natural width; the height follows from the number of rows.
    ///   - id: prefix for the ids of `<title>` and `<desc>`; give distinct ids to charts that share
    ///     a page. Defaults to one derived from the title.
    public func svg(width: Double = 640, id: String? = nil) -> String {
        let id = id ?? chartID(from: title)
        let bars = plottableBars
        guard !bars.isEmpty else { return noDataSVG(title: title, width: width, id: id) }
        let labels = TextTruncation.distinct(bars.map(\.label), budget: labelBudget(width: width))
        let geometry = self.geometry(bars, labels: labels, width: width)
        let plotBottom = geometry.top(ofRow: bars.count)
        let height = plotBottom + 20 + Layout.padding

        var svg = SVGWriter()
        svg.openRoot(
            width: width, height: height, id: id, title: title, description: description(for: bars),
            interactive: bars.contains { SVGEscaping.safeHref($0.href) != nil })
        drawHeading(into: &svg)
        drawAxis(geometry, bottom: plotBottom, into: &svg)
        for (index, bar) in bars.enumerated() {
            drawRow(bar, label: labels[index], top: geometry.top(ofRow: index), geometry, into: &svg)
        }
        svg.close("svg")
        return svg.text
    }

    /// How many characters a label may keep at this width.
    private func labelBudget(width: Double) -> Int {
        let glyph = Layout.fontSize * 0.6
        if width < Layout.stackedBelow { return max(Int((width - 2 * Layout.padding) / glyph), 4) }
        return min(Layout.labelBudget, Int(width * Layout.maxLabelShare / glyph))
    }

    private func geometry(_ bars: [Bar], labels: [String], width: Double) -> Geometry {
        typealias L = Layout
        let stacked = width < L.stackedBelow
        let axis = scale.axis(for: bars.map(\.value))
        let labelWidth = labels.map { TextTruncation.estimatedWidth($0, fontSize: L.fontSize) }.max() ?? 0
        let valueWidth = bars.map { TextTruncation.estimatedWidth($0.display, fontSize: L.fontSize) }.max() ?? 0
        let left = stacked ? L.padding : L.padding + labelWidth + L.gap
        // The value column also leaves room for half of the last tick label, centred on the end.
        let tickWidth = TextTruncation.estimatedWidth(num(axis.maximum), fontSize: L.fontSize)
        let right = width - L.padding - max(valueWidth + L.gap, tickWidth / 2)
        return Geometry(
            stacked: stacked, left: left, right: right, plotTop: caption.isEmpty ? 40.0 : 58.0,
            rowHeight: stacked ? L.stackedRowHeight : L.rowHeight, axis: axis)
    }

    private func drawHeading(into svg: inout SVGWriter) {
        svg.leaf(
            "text",
            [
                ("class", "title"), ("x", num(Layout.padding)), ("y", "24"), ("font-size", num(Layout.titleSize)),
                ("font-weight", "600"),
            ], text: title)
        if !caption.isEmpty {
            svg.leaf(
                "text", [("class", "caption"), ("x", num(Layout.padding)), ("y", "42"), ("fill-opacity", "0.75")],
                text: caption)
        }
    }

    /// Gridlines and tick labels, drawn first so bars paint over them.
    private func drawAxis(_ g: Geometry, bottom: Double, into svg: inout SVGWriter) {
        svg.open("g", [("class", "grid"), ("stroke", "currentColor"), ("stroke-opacity", "0.15")])
        for tick in g.axis.ticks {
            let x = num(g.x(tick))
            svg.leaf("line", [("x1", x), ("x2", x), ("y1", num(g.plotTop - 4)), ("y2", num(bottom))])
        }
        svg.close("g")
        svg.open("g", [("class", "axis"), ("text-anchor", "middle"), ("fill-opacity", "0.75")])
        svg.leaf(
            "line",
            [
                ("x1", num(g.left)), ("x2", num(g.right)), ("y1", num(bottom)), ("y2", num(bottom)),
                ("stroke", "currentColor"), ("stroke-opacity", "0.5"),
            ])
        for tick in g.axis.ticks {
            svg.leaf("text", [("x", num(g.x(tick))), ("y", num(bottom + 16))], text: num(tick))
        }
        svg.close("g")
    }

    private func drawRow(_ bar: Bar, label: String, top: Double, _ g: Geometry, into svg: inout SVGWriter) {
        let link = SVGEscaping.safeHref(bar.href)
        let rowAttributes: SVGWriter.Attributes = [("class", bar.highlight ? "row highlight" : "row")]
        svg.open(link == nil ? "g" : "a", (link.map { [("href", $0)] } ?? []) + rowAttributes)
        // The tooltip (and a link's accessible name) carries the untruncated label and the value.
        svg.leaf("title", text: "\(bar.label): \(bar.display)")
        let barHeight = g.stacked ? Layout.stackedBarHeight : Layout.barHeight
        let middle = g.stacked ? top + 18 + barHeight / 2 : top + g.rowHeight / 2
        let labelPlace: SVGWriter.Attributes =
            g.stacked
            ? [("x", num(g.left)), ("y", num(top + 13))]
            : [("x", num(g.left - Layout.gap)), ("y", num(middle + 4)), ("text-anchor", "end")]
        svg.leaf("text", [("class", "label")] + labelPlace, text: label)
        svg.leaf(
            "rect",
            [
                ("class", bar.highlight ? "bar highlight" : "bar"), ("x", num(g.left)),
                ("y", num(middle - barHeight / 2)), ("width", num(g.x(bar.value) - g.left)),
                ("height", num(barHeight)), ("rx", "2"), ("fill-opacity", bar.highlight ? "0.9" : "0.45"),
            ])
        svg.leaf(
            "text", [("class", "value"), ("x", num(g.x(bar.value) + 6)), ("y", num(middle + 4))], text: bar.display)
        svg.close(link == nil ? "g" : "a")
    }

    /// The text screen readers get: the caption and every value.
    private func description(for bars: [Bar]) -> String {
        let values = bars.map { "\($0.label) \($0.display)" }.joined(separator: ", ")
        let lead = caption.isEmpty ? "" : "\(caption). "
        return "\(lead)\(bars.count) \(bars.count == 1 ? "bar" : "bars"): \(values)."
    }
}
