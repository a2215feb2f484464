/// Drawing a `BarChart` as SVG.
extension BarChart {
    /// Layout constants, in SVG user units (pixels at natural size).
    enum Layout {
        static let padding = 16.0
        static let titleSize = 15.0
        static let fontSize = 12.0
        static let rowHeight = 24.0
        static let barHeight = 16.0
        static let gap = 8.0
        /// Labels longer than this are cut with `…`; tooltips keep the full text.
        static let labelBudget = 28
        /// The label column never takes more than this share of the width.
        static let maxLabelShare = 0.4
    }

    /// The chart as a standalone SVG document.
    ///
    /// Colours are `currentColor` with opacities as presentation attributes, so the chart is
    /// readable as a bare file; the site's CSS restyles it through the classes `chart`, `title`,
    /// `caption`, `grid`, `axis`, `row`, `label`, `bar`, `bar highlight` and `value`.
    ///
    /// - Parameters:
    ///   - width: the natural width; the height follows from the number of rows.
    ///   - id: prefix for the ids of `<title>` and `<desc>`; give distinct ids to charts that share
    ///     a page. Defaults to one derived from the title.
    public func svg(width: Double = 640, id: String? = nil) -> String {
        let id = id ?? chartID(from: title)
        let bars = plottableBars
        guard !bars.isEmpty else { return noDataSVG(title: title, width: width, id: id) }
        typealias L = Layout

        let axis = scale.axis(for: bars.map(\.value))
        let budget = min(L.labelBudget, Int(width * L.maxLabelShare / (L.fontSize * 0.6)))
        let labels = bars.map { TextTruncation.truncate($0.label, budget: budget) }
        let labelWidth = labels.map { TextTruncation.estimatedWidth($0, fontSize: L.fontSize) }.max() ?? 0
        let valueWidth = bars.map { TextTruncation.estimatedWidth($0.display, fontSize: L.fontSize) }.max() ?? 0
        let left = L.padding + labelWidth + L.gap
        // The value column also leaves room for half of the last tick label, centred on the end.
        let tickWidth = TextTruncation.estimatedWidth(num(axis.maximum), fontSize: L.fontSize - 1)
        let right = width - L.padding - max(valueWidth + L.gap, tickWidth / 2)
        let plotWidth = max(right - left, 1)
        let plotTop = caption.isEmpty ? 40.0 : 58.0
        let plotBottom = plotTop + Double(bars.count) * L.rowHeight
        let height = plotBottom + 20 + L.padding
        func x(_ value: Double) -> Double { left + plotWidth * min(max(value / axis.maximum, 0), 1) }

        var svg = SVGWriter()
        svg.openRoot(width: width, height: height, id: id, title: title, description: description(for: bars))
        svg.leaf(
            "text",
            [
                ("class", "title"), ("x", num(L.padding)), ("y", "24"), ("font-size", num(L.titleSize)),
                ("font-weight", "600"),
            ], text: title)
        if !caption.isEmpty {
            svg.leaf(
                "text", [("class", "caption"), ("x", num(L.padding)), ("y", "42"), ("fill-opacity", "0.75")],
                text: caption)
        }

        // Gridlines and tick labels first, so bars paint over them.
        svg.open("g", [("class", "grid"), ("stroke", "currentColor"), ("stroke-opacity", "0.15")])
        for tick in axis.ticks {
            svg.leaf(
                "line",
                [
                    ("x1", num(x(tick))), ("x2", num(x(tick))), ("y1", num(plotTop - 4)),
                    ("y2", num(plotBottom)),
                ])
        }
        svg.close("g")
        svg.open(
            "g",
            [
                ("class", "axis"), ("font-size", num(L.fontSize - 1)), ("text-anchor", "middle"),
                ("fill-opacity", "0.75"),
            ])
        svg.leaf(
            "line",
            [
                ("x1", num(left)), ("x2", num(right)), ("y1", num(plotBottom)), ("y2", num(plotBottom)),
                ("stroke", "currentColor"), ("stroke-opacity", "0.5"),
            ])
        for tick in axis.ticks {
            svg.leaf("text", [("x", num(x(tick))), ("y", num(plotBottom + 16))], text: num(tick))
        }
        svg.close("g")

        for (index, bar) in bars.enumerated() {
            let top = plotTop + Double(index) * L.rowHeight
            let middle = top + L.rowHeight / 2
            let link = SVGEscaping.safeHref(bar.href)
            let rowAttributes: SVGWriter.Attributes = [("class", bar.highlight ? "row highlight" : "row")]
            if let link {
                svg.open("a", [("href", link)] + rowAttributes)
            } else {
                svg.open("g", rowAttributes)
            }
            // The tooltip carries the untruncated label and the value.
            svg.leaf("title", text: "\(bar.label): \(bar.display)")
            svg.leaf(
                "text",
                [
                    ("class", "label"), ("x", num(left - L.gap)), ("y", num(middle + 4)),
                    ("text-anchor", "end"),
                ], text: labels[index])
            svg.leaf(
                "rect",
                [
                    ("class", bar.highlight ? "bar highlight" : "bar"), ("x", num(left)),
                    ("y", num(middle - L.barHeight / 2)), ("width", num(x(bar.value) - left)),
                    ("height", num(L.barHeight)), ("rx", "2"),
                    ("fill-opacity", bar.highlight ? "0.9" : "0.45"),
                ])
            svg.leaf(
                "text", [("class", "value"), ("x", num(x(bar.value) + 6)), ("y", num(middle + 4))],
                text: bar.display)
            svg.close(link == nil ? "g" : "a")
        }
        svg.close("svg")
        return svg.text
    }

    /// The text screen readers get: the caption and every value, since `role="img"` hides the rows.
    private func description(for bars: [Bar]) -> String {
        let values = bars.map { "\($0.label) \($0.display)" }.joined(separator: ", ")
        let lead = caption.isEmpty ? "" : "\(caption). "
        return "\(lead)\(bars.count) \(bars.count == 1 ? "bar" : "bars"): \(values)."
    }
}
