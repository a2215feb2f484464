/// When a model was released, as precisely as the source says: a month, a year, or a span.
public struct Release: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// Year and month (1-12) of the start; `month` is nil for a bare year.
    public var year: Int
    public var month: Int?
    /// The last month of a span such as `September-December 2024`.
    public var endYear: Int?
    public var endMonth: Int?

    public init(year: Int, month: Int? = nil, endYear: Int? = nil, endMonth: Int? = nil) {
        self.year = year
        self.month = month
        self.endYear = endYear
        self.endMonth = endMonth
    }

    public var isSpan: Bool { endYear != nil }

    /// Sort key: a bare year sorts before its months; a span by its start.
    public static func < (lhs: Release, rhs: Release) -> Bool {
        (lhs.year, lhs.month ?? 0) < (rhs.year, rhs.month ?? 0)
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ]

    /// `November 2023`, `2025`, `September–December 2024`.
    public var description: String {
        func name(_ month: Int?, _ year: Int) -> String {
            month.map { "\(Self.monthNames[$0 - 1]) \(year)" } ?? "\(year)"
        }
        guard let endYear else { return name(month, year) }
        if endYear == year, let month, let endMonth {
            return "\(Self.monthNames[month - 1])–\(Self.monthNames[endMonth - 1]) \(year)"
        }
        return "\(name(month, year))–\(name(endMonth, endYear))"
    }

    /// ISO-style `2023-11`, `2025`, `2024-09/2024-12`, for data exports.
    public var iso: String {
        func part(_ year: Int, _ month: Int?) -> String {
            month.map { "\(year)-" + ($0 < 10 ? "0\($0)" : "\($0)") } ?? "\(year)"
        }
        guard let endYear else { return part(year, month) }
        return part(year, month) + "/" + part(endYear, endMonth)
    }
}
