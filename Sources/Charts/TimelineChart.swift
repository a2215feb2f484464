/// A release timeline: one row per group (e.g. series), points placed by date on a shared year axis.
public struct TimelineChart: Sendable, Equatable {
    /// When something happened, as precisely as the source says.
    public enum Date: Sendable, Hashable {
        /// A known month (1–12).
        case month(year: Int, month: Int)
        /// Only the year is known; drawn mid-year with a hollow marker.
        case year(Int)

        /// The year, whatever the precision.
        public var year: Int {
            switch self {
            case .month(let year, _), .year(let year): return year
            }
        }

        /// Position in months since year 0, at the middle of the month (or of the year).
        var position: Double {
            switch self {
            case .month(let year, let month): return Double(year * 12 + min(max(month, 1), 12) - 1) + 0.5
            case .year(let year): return Double(year * 12) + 6
            }
        }

        /// True when only the year is known (drawn hollow).
        public var isYearOnly: Bool {
            if case .year = self { return true }
            return false
        }

        /// "2024-05" or "2024".
        public var text: String {
            switch self {
            case .month(let year, let month): return "\(year)-\(month < 10 ? "0" : "")\(month)"
            case .year(let year): return String(year)
            }
        }
    }

    /// One release on the timeline.
    public struct Point: Sendable, Hashable {
        /// What is released, e.g. a model name; truncated when long (full text in a tooltip).
        public var label: String
        public var date: Date
        /// A relative URL to the model page; the marker and its label become a link.
        public var href: String?
        /// The row it belongs to, e.g. the series name.
        public var group: String

        public init(label: String, date: Date, href: String? = nil, group: String) {
            self.label = label
            self.date = date
            self.href = href
            self.group = group
        }
    }

    /// The chart heading.
    public var title: String
    /// The releases; rows appear in the order their group first appears here.
    public var points: [Point]

    public init(title: String, points: [Point]) {
        self.title = title
        self.points = points
    }

    /// Group names in first-appearance order.
    public var groups: [String] {
        var seen = Set<String>()
        return points.map(\.group).filter { seen.insert($0).inserted }
    }
}
