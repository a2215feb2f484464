/// A horizontal bar chart: one row per bar, in the caller's order.
public struct BarChart: Sendable, Equatable {
    /// One row of the chart.
    public struct Bar: Sendable, Equatable {
        /// The row label, e.g. a model name; truncated when long (full text in a tooltip).
        public var label: String
        /// The value that sets the bar length; NaN and infinite values are skipped.
        public var value: Double
        /// The text shown after the bar, e.g. "88.5", formatted by the caller as the source wrote it.
        public var display: String
        /// A relative URL (e.g. to the model page); the bar and label become a link.
        public var href: String?
        /// Draws the bar with the `highlight` class (e.g. the model whose page this is).
        public var highlight: Bool

        public init(label: String, value: Double, display: String, href: String? = nil, highlight: Bool = false) {
            self.label = label
            self.value = value
            self.display = display
            self.href = href
            self.highlight = highlight
        }
    }

    /// The chart heading, e.g. "MMLU".
    public var title: String
    /// A line under the title, e.g. "5-shot, accuracy (%)".
    public var subtitle: String
    /// How the value axis runs.
    public var scale: Scale
    /// When true (e.g. bits per byte), the caption says "lower is better"; order stays the caller's.
    public var lowerIsBetter: Bool
    /// The rows, top to bottom.
    public var bars: [Bar]

    public init(title: String, subtitle: String = "", scale: Scale, lowerIsBetter: Bool = false, bars: [Bar]) {
        self.title = title
        self.subtitle = subtitle
        self.scale = scale
        self.lowerIsBetter = lowerIsBetter
        self.bars = bars
    }

    /// The caption under the title: the subtitle, plus a note when lower values are better.
    public var caption: String {
        guard lowerIsBetter else { return subtitle }
        return subtitle.isEmpty ? "Lower is better" : "\(subtitle) · lower is better"
    }

    /// The bars that can be drawn: those with a finite value.
    public var plottableBars: [Bar] { bars.filter { $0.value.isFinite } }
}
