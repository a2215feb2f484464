/// Whether a higher or a lower value is better.
public enum Direction: String, Hashable, Sendable, Codable {
    case higherIsBetter = "higher"
    case lowerIsBetter = "lower"
}

/// How a metric's values are to be read and drawn.
public enum Scale: String, Hashable, Sendable, Codable, CaseIterable {
    /// 0-100.
    case percent
    /// An open-ended rating such as a Codeforces Elo.
    case rating
    /// A 0-10 judge score such as MT-Bench.
    case outOfTen = "out-of-10"
    /// Bits per byte and other small positive numbers.
    case ratio
}

/// A way a benchmark is measured (`EM`, `Pass@1`, `Rating`), with its scale and direction.
public struct Metric: Hashable, Sendable, Codable {
    public var name: String
    public var scale: Scale
    public var direction: Direction

    public init(name: String, scale: Scale, direction: Direction) {
        self.name = name
        self.scale = scale
        self.direction = direction
    }
}

/// A benchmark such as MMLU, identified by its canonical name across all tables.
public struct Benchmark: Hashable, Sendable, Identifiable {
    public var id: BenchmarkID
    public var name: String
    /// Every spelling seen in table headers, in order of first appearance.
    public var aliases: [String]
    /// English, Code, Math, Chinese, ... from a Domain or Category cell or the configuration.
    public var category: String?
    /// Metrics the scores use, by name (`""` for an unnamed metric).
    public var metrics: [String: Metric]
    public var source: Provenance

    public init(id: BenchmarkID, name: String, source: Provenance) {
        self.id = id
        self.name = name
        self.aliases = [name]
        self.metrics = [:]
        self.source = source
    }
}
