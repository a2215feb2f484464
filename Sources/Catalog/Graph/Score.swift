/// The conditions a score was measured under: metric, shots and any other qualifier.
public struct Setting: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// `EM`, `Pass@1`, ... or empty when the table does not say.
    public var metric: String
    /// `5-shot`, ... or empty.
    public var shots: String
    /// Anything else from the header: `Python`, `0901-0401`, `GPT-4-1106`.
    public var qualifier: String

    public init(metric: String = "", shots: String = "", qualifier: String = "") {
        self.metric = metric
        self.shots = shots
        self.qualifier = qualifier
    }

    public var isEmpty: Bool { metric.isEmpty && shots.isEmpty && qualifier.isEmpty }

    /// `EM, 5-shot` — the parts that are present.
    public var description: String {
        [metric, shots, qualifier].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// Whether two settings may describe the same measurement: equal where both are specified.
    public func isCompatible(with other: Setting) -> Bool {
        func agree(_ a: String, _ b: String) -> Bool { a.isEmpty || b.isEmpty || a.lowercased() == b.lowercased() }
        return agree(metric, other.metric) && agree(shots, other.shots)
            && qualifier.lowercased() == other.qualifier.lowercased()
    }

    /// Metric, then shots, then qualifier, each in the order readers count (`NaturalOrder`):
    /// `5-shot` before `25-shot`, `16K` before `128K`.
    public static func < (lhs: Setting, rhs: Setting) -> Bool {
        // No array of the pairs: catalogs sort many scores that differ only in their setting.
        if lhs.metric != rhs.metric { return NaturalOrder.areInIncreasingOrder(lhs.metric, rhs.metric) }
        if lhs.shots != rhs.shots { return NaturalOrder.areInIncreasingOrder(lhs.shots, rhs.shots) }
        return lhs.qualifier != rhs.qualifier && NaturalOrder.areInIncreasingOrder(lhs.qualifier, rhs.qualifier)
    }
}

/// One number from one table cell: model × benchmark × setting.
///
/// Its names and place are kept `CopyOnWrite` (the value stays inline, for sorting): pages,
/// exports and checks copy scores many times, and a copy is then one reference, not one per string.
public struct Score: Hashable, Sendable {
    private var fields: CopyOnWrite<Fields>
    /// nil when the cell says the score was not reported (`-`, `N/A`, empty).
    public var value: Double?

    public init(
        model: ModelID, benchmark: BenchmarkID, setting: Setting, value: Double?, raw: String,
        group: String? = nil, source: Provenance
    ) {
        fields = CopyOnWrite(
            Fields(model: model, benchmark: benchmark, setting: setting, raw: raw, group: group, source: source))
        self.value = value
    }

    public var model: ModelID {
        get { fields.value.model }
        _modify { yield &fields.value.model }
    }
    public var benchmark: BenchmarkID {
        get { fields.value.benchmark }
        _modify { yield &fields.value.benchmark }
    }
    public var setting: Setting {
        get { fields.value.setting }
        _modify { yield &fields.value.setting }
    }
    /// The cell's text as written.
    public var raw: String {
        get { fields.value.raw }
        _modify { yield &fields.value.raw }
    }
    /// A group the row or column belongs to, such as `Closed-Source Models` or `Agentic Tool Use`.
    public var group: String? {
        get { fields.value.group }
        _modify { yield &fields.value.group }
    }
    public var source: Provenance {
        get { fields.value.source }
        _modify { yield &fields.value.source }
    }

    public var isReported: Bool { value != nil }
    /// A cell that gives only a bound (`< 5%`): no value to rank, but more than not reported.
    public var isBound: Bool { value == nil && ScoreText.isBound(raw) }

    public static func == (lhs: Score, rhs: Score) -> Bool { lhs.value == rhs.value && lhs.fields == rhs.fields }

    public func hash(into hasher: inout Hasher) {
        fields.hash(into: &hasher)
        hasher.combine(value)
    }

    private struct Fields: Hashable, Sendable {
        var model: ModelID
        var benchmark: BenchmarkID
        var setting: Setting
        var raw: String
        var group: String?
        var source: Provenance
    }
}
