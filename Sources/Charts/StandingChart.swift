/// Where one model stands on each of its benchmarks among the models it was compared with: per
/// benchmark, its rank ("3 of 12") and a dot on a strip that runs from the worst to the best value.
public struct StandingChart: Sendable, Equatable {
    /// One benchmark (in one setting).
    public struct Row: Sendable, Hashable {
        /// e.g. "MMLU · EM, 5-shot"; cut in the middle when long (full text in a tooltip).
        public var label: String
        /// The model's value and the text shown for it, as the source wrote it.
        public var value: Double
        public var display: String
        /// 1 is best; ties share a rank.
        public var rank: Int
        /// The compared values to draw on the strip (the lowest and highest included).
        public var values: [Double]
        /// How many models were compared, the model itself included.
        public var comparedCount: Int
        /// Then the strip runs from the highest value (left) to the lowest (right).
        public var lowerIsBetter: Bool
        /// A relative URL (the benchmark's page); the row becomes a link.
        public var href: String?

        public init(
            label: String, value: Double, display: String, rank: Int, values: [Double], comparedCount: Int? = nil,
            lowerIsBetter: Bool = false, href: String? = nil
        ) {
            self.label = label
            self.value = value
            self.display = display
            self.rank = rank
            self.values = values
            self.comparedCount = comparedCount ?? values.count
            self.lowerIsBetter = lowerIsBetter
            self.href = href
        }

        /// "rank 3 of 12".
        public var rankText: String { "rank \(rank) of \(comparedCount)" }

        /// Where `value` sits on the strip: 0 is the worst compared value, 1 the best.
        func position(_ value: Double) -> Double { position(value, within: range) }

        /// The lowest and highest finite compared values; found once per row, not per dot.
        var range: (low: Double, high: Double)? {
            let finite = values.lazy.filter(\.isFinite)
            guard let low = finite.min(), let high = finite.max() else { return nil }
            return (low, high)
        }

        func position(_ value: Double, within range: (low: Double, high: Double)?) -> Double {
            guard let (low, high) = range, high > low else { return 0.5 }
            let share = (value - low) / (high - low)
            return lowerIsBetter ? 1 - share : share
        }
    }

    public var title: String
    public var rows: [Row]

    public init(title: String, rows: [Row]) {
        self.title = title
        self.rows = rows
    }
}

extension StandingChart {
    enum Layout {
        static let padding = 16.0
        static let fontSize = 12.0
        static let rowHeight = 42.0
        static let plotTop = 40.0
        static let legendHeight = 28.0
        /// The widths labels are cut for: a phone's (the estimate of 0.6em a character leaves
        /// room for a 360px screen's 328px figure), and the widest the style sheet shows.
        static let phoneWidth = 360.0
        static let wideWidth = 640.0
        /// The strip runs over the middle 90% of the width; its dots are placed in 0...1000.
        static let stripStart = 5.0
        static let stripShare = 90.0
        static let stripSteps = 1000.0
    }

    /// The chart as SVG that fills its figure's width (`width="100%"`, no `viewBox`): text is
    /// drawn at its size at every width, and only the strips stretch. A strip is a nested
    /// viewport with `preserveAspectRatio="none"`, its dots round caps of zero-length strokes
    /// that do not scale (`vector-effect`), so they stay round: one drawing for every screen,
    /// where two fixed widths were most of a model page's bytes. A label cut to fit a phone is
    /// written beside the one cut for a wide screen when the two differ; the style sheet shows one.
    public func svg(id: String? = nil) -> String {
        let id = id ?? chartID(from: title)
        let rows = self.rows.filter { $0.value.isFinite }
        guard !rows.isEmpty else { return noDataSVG(title: title, width: Layout.phoneWidth, id: id) }
        typealias L = Layout
        let rankWidth =
            rows.map { TextTruncation.estimatedWidth("\($0.display) · \($0.rankText)", fontSize: L.fontSize) }
            .max() ?? 0
        func labels(width: Double) -> [String] {
            let budget = max(Int((width - 2 * L.padding - rankWidth - 8) / (L.fontSize * 0.6)), 6)
            return TextTruncation.distinct(rows.map(\.label), budget: budget)
        }
        let (phoneLabels, wideLabels) = (labels(width: L.phoneWidth), labels(width: L.wideWidth))
        let height = L.plotTop + Double(rows.count) * L.rowHeight + L.legendHeight + L.padding
        let description = rows.map { "\($0.label): \($0.display), \($0.rankText)" }.joined(separator: "; ")

        var svg = SVGWriter()
        svg.openRoot(
            width: nil, height: height, id: id, title: title, description: description + ".",
            interactive: rows.contains { SVGEscaping.safeHref($0.href) != nil })
        svg.leaf(
            "text",
            [("class", "title"), ("x", num(L.padding)), ("y", "24"), ("font-size", "15"), ("font-weight", "600")],
            text: title)
        for (index, row) in rows.enumerated() {
            drawRow(
                row, labels: (phoneLabels[index], wideLabels[index]), top: L.plotTop + Double(index) * L.rowHeight,
                into: &svg)
        }
        drawLegend(top: L.plotTop + Double(rows.count) * L.rowHeight + 4, into: &svg)
        svg.close("svg")
        return svg.text
    }

    /// The strip's line, the same in every row (`x2` is `Layout.stripSteps`).
    private static let stripLine: StaticString = #"""
         class="strip" x2="1000" stroke="currentColor" stroke-opacity="0.3" stroke-width="2" \#
        vector-effect="non-scaling-stroke"
        """#

    /// How the compared values' dots are drawn, the same in every row.
    private static let dotsStyle: StaticString = #"""
         fill="none" stroke="currentColor" stroke-opacity="0.5" stroke-width="6" stroke-linecap="round" \#
        vector-effect="non-scaling-stroke"
        """#

    private func drawRow(
        _ row: Row, labels: (phone: String, wide: String), top: Double, into svg: inout SVGWriter
    ) {
        typealias L = Layout
        let range = row.range
        let link = SVGEscaping.safeHref(row.href)
        svg.open(link == nil ? "g" : "a", (link.map { [("href", $0)] } ?? []) + [("class", "row")])
        svg.leaf("title", text: "\(row.label): \(row.display), \(row.rankText)")
        let labelPlace = [("x", num(L.padding)), ("y", num(top + 13))]
        if labels.phone == labels.wide {
            svg.leaf("text", [("class", "label")] + labelPlace, text: labels.phone)
        } else {
            svg.leaf("text", [("class", "label label-phone")] + labelPlace, text: labels.phone)
            svg.leaf("text", [("class", "label label-wide")] + labelPlace, text: labels.wide)
        }
        svg.leaf(
            "text",
            [("class", "value"), ("x", "100%"), ("dx", num(-L.padding)), ("y", num(top + 13)), ("text-anchor", "end")],
            text: "\(row.display) · \(row.rankText)")
        let stripY = top + 27
        svg.open(
            "svg",
            [
                ("class", "track"), ("x", num(L.stripStart) + "%"), ("y", num(stripY - 6)),
                ("width", num(L.stripShare) + "%"), ("height", "12"), ("viewBox", "0 -6 \(num(L.stripSteps)) 12"),
                ("preserveAspectRatio", "none"), ("overflow", "visible"),
            ])
        svg.leaf("line", fixed: Self.stripLine)
        // The compared values, each place drawn once however many models share it, all in one
        // path of zero-length strokes: this path is most of a model page's chart. The model's own
        // value is among them, under its marker: every page on the measure draws the same dots.
        var dots = SVGPath()
        for step in Self.stripSteps(row.values, lowerIsBetter: row.lowerIsBetter) {
            dots.command("M")
            dots.number(Double(step))
            dots.command(" 0h0")
        }
        if !dots.isEmpty {
            svg.path([("class", "other")], d: dots, fixed: Self.dotsStyle)
        }
        svg.close("svg")
        let markerX = L.stripStart + L.stripShare * row.position(row.value, within: range)
        svg.leaf("circle", [("class", "marker"), ("cx", num(markerX) + "%"), ("cy", num(stripY)), ("r", "5.5")])
        svg.close(link == nil ? "g" : "a")
    }

    /// Where a strip of `values` has its dots, in 0...1000 (worst to best), each place once, in
    /// the order of the values: all a chart draws of them besides their range. Pages key on it,
    /// so a value moved less than a dot's place re-renders no chart.
    public static func stripSteps(_ values: [Double], lowerIsBetter: Bool) -> [Int] {
        let row = Row(label: "", value: 0, display: "", rank: 1, values: values, lowerIsBetter: lowerIsBetter)
        let range = row.range
        var drawn: Set<Int> = []
        return distinctAscending(values).compactMap { value in
            let step = Int((Layout.stripSteps * row.position(value, within: range)).rounded())
            return drawn.insert(step).inserted ? step : nil
        }
    }

    /// The finite values, each once, lowest first. A comparison's strip is that already: then
    /// no set is built and nothing is sorted.
    static func distinctAscending(_ values: [Double]) -> [Double] {
        let isStrictlyAscending = zip(values, values.dropFirst()).allSatisfy { $0 < $1 }
        if isStrictlyAscending, values.allSatisfy(\.isFinite) { return values }
        return Set(values.filter(\.isFinite)).sorted()
    }

    private func drawLegend(top: Double, into svg: inout SVGWriter) {
        typealias L = Layout
        svg.open("g", [("class", "legend")])
        svg.leaf("circle", [("class", "marker"), ("cx", num(L.padding + 5)), ("cy", num(top + 8)), ("r", "5.5")])
        svg.leaf("text", [("x", num(L.padding + 15)), ("y", num(top + 12))], text: "this model")
        let otherX = L.padding + 15 + TextTruncation.estimatedWidth("this model", fontSize: L.fontSize) + 18
        var dot = SVGPath()
        dot.command("M")
        dot.number(otherX)
        dot.command(" ")
        dot.number(top + 8)
        dot.command("h0")
        svg.path(
            [("class", "other")], d: dot,
            [
                ("fill", "none"), ("stroke", "currentColor"), ("stroke-opacity", "0.5"), ("stroke-width", "6"),
                ("stroke-linecap", "round"),
            ])
        svg.leaf("text", [("x", num(otherX + 8)), ("y", num(top + 12))], text: "other models · best on the right")
        svg.close("g")
    }
}
