/// The value axis of a bar chart, chosen by the caller from the benchmark's metric.
public enum Scale: Sendable, Equatable {
    /// Percentages: the axis always runs 0–100.
    case percent
    /// Scores out of ten (MT-Bench): the axis always runs 0–10.
    case outOfTen
    /// Unbounded values (ratings like Codeforces): 0 to a nice maximum above the largest value.
    case open

    /// The axis for these values: its maximum and the tick positions from 0 up to it.
    public func axis(for values: [Double]) -> Axis {
        switch self {
        case .percent: return Axis(maximum: 100, step: 20)
        case .outOfTen: return Axis(maximum: 10, step: 2)
        case .open:
            let largest = values.filter(\.isFinite).max() ?? 0
            return Axis.nice(above: largest)
        }
    }
}

/// A linear axis from 0 to `maximum`, with ticks every `step`.
public struct Axis: Sendable, Equatable {
    public let maximum: Double
    public let step: Double

    public init(maximum: Double, step: Double) {
        self.maximum = maximum
        self.step = step
    }

    /// Tick values from 0 to `maximum` inclusive.
    public var ticks: [Double] {
        guard step > 0, maximum > 0 else { return [0] }
        let count = Int((maximum / step).rounded())
        // Multiplying (not accumulating) keeps 0.1-steps free of drift like 0.30000000000000004.
        return (0...count).map { Double($0) * step }
    }

    /// The smallest axis of the form {1, 2, 2.5, 5} × 10ⁿ that reaches `value`, with 4–5 ticks.
    ///
    /// e.g. 2121 → 0–2500 by 500; 88 → 0–100 by 20; 0.42 → 0–0.5 by 0.1. Zero or negative
    /// values get 0–1 so the chart still has an axis.
    public static func nice(above value: Double) -> Axis {
        guard value.isFinite, value > 0 else { return Axis(maximum: 1, step: 0.2) }
        var power = 1.0
        while power * 10 <= value { power *= 10 }
        while power > value { power /= 10 }
        // (multiple of power, tick step as a multiple of power)
        let candidates: [(Double, Double)] = [(1, 0.2), (2, 0.5), (2.5, 0.5), (5, 1), (10, 2)]
        for (factor, stepFactor) in candidates where factor * power >= value {
            return Axis(maximum: factor * power, step: stepFactor * power)
        }
        return Axis(maximum: 10 * power, step: 2 * power)
    }
}
