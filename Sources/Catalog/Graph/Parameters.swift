/// A parameter count such as `6.7B` or `2.4B`, kept as billions with its original text.
public struct ParameterCount: Hashable, Sendable, Codable, CustomStringConvertible {
    public var billions: Double
    public var text: String

    public init(billions: Double, text: String) {
        self.billions = billions
        self.text = text
    }

    public var description: String { text }
}

/// What is known about a model's size and architecture, each fact with its source.
public struct ModelShape: Hashable, Sendable, Codable {
    public var totalParameters: Sourced<ParameterCount>?
    public var activeParameters: Sourced<ParameterCount>?
    /// `MoE` or `Dense`.
    public var architecture: Sourced<String>?
    /// Further architecture notes, such as `MLA+MoE` or `8x22B`.
    public var architectureDetail: Sourced<String>?

    public init() {}
}

/// A value and where it was read.
public struct Sourced<Value: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
    public var value: Value
    public var source: Provenance

    public init(_ value: Value, source: Provenance) {
        self.value = value
        self.source = source
    }

    var lineless: Sourced { Sourced(value, source: source.lineless) }
}
