import Markdown

/// A maker of models: DeepSeek, Alibaba, Meta, ...
public struct Organization: Hashable, Sendable, Identifiable {
    public var id: OrganizationID
    public var name: String
    /// Other names, e.g. in Chinese, from the configuration.
    public var aliases: [String]
    public var url: String?

    public init(id: OrganizationID, name: String, aliases: [String] = [], url: String? = nil) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.url = url
    }
}

/// A run of top-level blocks of one document: a `##` section and everything under it.
public struct SectionRef: Hashable, Sendable {
    public var path: String
    public var title: String
    /// Indices into `Document.blocks` / `Document.blockHTML`.
    public var blocks: Range<Int>
    public var location: SourceLocation

    public init(path: String, title: String, blocks: Range<Int>, location: SourceLocation) {
        self.path = path
        self.title = title
        self.blocks = blocks
        self.location = location
    }
}

/// A link cited in the text, such as `[[7]](https://github.com/...)`.
public struct Citation: Hashable, Sendable {
    public var label: String
    public var url: String
    public var source: Provenance

    public init(label: String, url: String, source: Provenance) {
        self.label = label
        self.url = url
        self.source = source
    }
}

/// A model family with its own section: DeepSeek-V3, DeepSeek-Coder, ...
public struct Series: Hashable, Sendable, Identifiable {
    public var id: SeriesID
    public var name: String
    public var organization: OrganizationID?
    public var section: SectionRef?
    /// The first paragraph of the section, as plain text.
    public var summary: String
    public var citations: [Citation]
    public var images: [String]
    public var models: [ModelID]
    public var resultsTables: [TableID]
    public var source: Provenance

    public init(id: SeriesID, name: String, source: Provenance) {
        self.id = id
        self.name = name
        self.summary = ""
        self.citations = []
        self.images = []
        self.models = []
        self.resultsTables = []
        self.source = source
    }

    /// First and last release among the series' models.
    public func releaseSpan(in catalog: Catalog) -> ClosedRange<Release>? {
        let releases = models.compactMap { catalog.model($0)?.release?.value }
        guard let first = releases.min(), let last = releases.max() else { return nil }
        return first...last
    }
}

/// How a model was trained or packaged, read from its name.
public enum Variant: String, Hashable, Sendable, Codable, CaseIterable {
    case base, chat, instruct, rl, sft, distill
}
