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
    }

    /// The chart as SVG, `width` wide (narrow enough for a phone at natural size by default).
    public func svg(width: Double = 360, id: String? = nil) -> String {
        let id = id ?? chartID(from: title)
        let rows = self.rows.filter { $0.value.isFinite }
        guard !rows.isEmpty else { return noDataSVG(title: title, width: width, id: id) }
        typealias L = Layout
        let rankWidth =
            rows.map { TextTruncation.estimatedWidth("\($0.display) · \($0.rankText)", fontSize: L.fontSize) }
            .max() ?? 0
        let budget = max(Int((width - 2 * L.padding - rankWidth - 8) / (L.fontSize * 0.6)), 6)
        let labels = TextTruncation.distinct(rows.map(\.label), budget: budget)
        let height = L.plotTop + Double(rows.count) * L.rowHeight + L.legendHeight + L.padding
        let description = rows.map { "\($0.label): \($0.display), \($0.rankText)" }.joined(separator: "; ")

        var svg = SVGWriter()
        svg.openRoot(
            width: width, height: height, id: id, title: title, description: description + ".",
            interactive: rows.contains { SVGEscaping.safeHref($0.href) != nil })
        svg.leaf(
            "text",
            [("class", "title"), ("x", num(L.padding)), ("y", "24"), ("font-size", "15"), ("font-weight", "600")],
            text: title)
        for (index, row) in rows.enumerated() {
            drawRow(row, label: labels[index], top: L.plotTop + Double(index) * L.rowHeight, width: width, into: &svg)
        }
        drawLegend(top: L.plotTop + Double(rows.count) * L.rowHeight + 4, into: &svg)
        svg.close("svg")
        return svg.text
    }

    private func drawRow(_ row: Row, label: String, top: Double, width: Double, into svg: inout SVGWriter) {
        typealias L = Layout
        let (left, right) = (L.padding + 6, width - L.padding - 6)
        let range = row.range
        func x(_ value: Double) -> Double { left + (right - left) * row.position(value, within: range) }
        let link = SVGEscaping.safeHref(row.href)
        svg.open(link == nil ? "g" : "a", (link.map { [("href", $0)] } ?? []) + [("class", "row")])
        svg.leaf("title", text: "\(row.label): \(row.display), \(row.rankText)")
        svg.leaf("text", [("class", "label"), ("x", num(L.padding)), ("y", num(top + 13))], text: label)
        svg.leaf(
            "text", [("class", "value"), ("x", num(width - L.padding)), ("y", num(top + 13)), ("text-anchor", "end")],
            text: "\(row.display) · \(row.rankText)")
        let stripY = top + 27
        svg.leaf(
            "line",
            [
                ("class", "strip"), ("x1", num(left)), ("x2", num(right)), ("y1", num(stripY)), ("y2", num(stripY)),
                ("stroke", "currentColor"), ("stroke-opacity", "0.3"), ("stroke-width", "2"),
            ])
        // Other models' values, each drawn once however many models share it: rings of radius 3,
        // all in one path (a row holds up to 48, on every model page at two widths), written from
        // numbers: this path is most of a model page's chart.
        var rings = SVGPath()
        for value in Self.distinctAscending(row.values) where value != row.value {
            rings.command("M")
            rings.number(x(value) - 3)
            rings.command(" ")
            rings.number(stripY)
            rings.command("a3 3 0 1 0 6 0a3 3 0 1 0-6 0")
        }
        if !rings.isEmpty {
            svg.path(
                [("class", "other")], d: rings,
                [("fill", "none"), ("stroke", "currentColor"), ("stroke-opacity", "0.6")])
        }
        svg.leaf(
            "circle", [("class", "marker"), ("cx", num(x(row.value))), ("cy", num(stripY)), ("r", "5.5")])
        svg.close(link == nil ? "g" : "a")
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
        svg.leaf(
            "circle",
            [
                ("class", "other"), ("cx", num(otherX)), ("cy", num(top + 8)), ("r", "3"), ("fill", "none"),
                ("stroke", "currentColor"), ("stroke-opacity", "0.6"),
            ])
        svg.leaf("text", [("x", num(otherX + 8)), ("y", num(top + 12))], text: "other models · best on the right")
        svg.close("g")
    }
}
