import Markdown

/// One model: catalogued in a list table, or named only in results tables (a peer).
///
/// Its fields are kept `CopyOnWrite`: builds copy and compare the catalog's models whole many times.
public struct Model: Hashable, Sendable, Identifiable {
    private var fields: CopyOnWrite<Fields>

    public init(id: ModelID, name: String, source: Provenance) {
        fields = CopyOnWrite(
            Fields(
                id: id, name: name, aliases: [], isCatalogued: false, notes: "", shape: ModelShape(),
                source: source))
    }

    public var id: ModelID {
        get { fields.value.id }
        _modify { yield &fields.value.id }
    }
    public var name: String {
        get { fields.value.name }
        _modify { yield &fields.value.name }
    }
    /// Every spelling of the name seen in the sources, in order of first appearance.
    public var aliases: [String] {
        get { fields.value.aliases }
        _modify { yield &fields.value.aliases }
    }
    public var organization: OrganizationID? {
        get { fields.value.organization }
        _modify { yield &fields.value.organization }
    }
    public var series: SeriesID? {
        get { fields.value.series }
        _modify { yield &fields.value.series }
    }
    /// Whether a "List of ..." table catalogues it.
    public var isCatalogued: Bool {
        get { fields.value.isCatalogued }
        _modify { yield &fields.value.isCatalogued }
    }
    /// For dated snapshots and training stages (`DeepSeek-V2 Chat (SFT)`): the model it derives from.
    public var variantOf: ModelID? {
        get { fields.value.variantOf }
        _modify { yield &fields.value.variantOf }
    }
    public var variant: Variant? {
        get { fields.value.variant }
        _modify { yield &fields.value.variant }
    }
    public var release: Sourced<Release>? {
        get { fields.value.release }
        _modify { yield &fields.value.release }
    }
    public var notes: String {
        get { fields.value.notes }
        _modify { yield &fields.value.notes }
    }
    public var shape: ModelShape {
        get { fields.value.shape }
        _modify { yield &fields.value.shape }
    }
    /// `open` or `closed` weights, when a table says so.
    public var openness: Sourced<String>? {
        get { fields.value.openness }
        _modify { yield &fields.value.openness }
    }
    public var source: Provenance {
        get { fields.value.source }
        _modify { yield &fields.value.source }
    }

    private struct Fields: Hashable, Sendable {
        var id: ModelID
        var name: String
        var aliases: [String]
        var organization: OrganizationID? = nil
        var series: SeriesID? = nil
        var isCatalogued: Bool
        var variantOf: ModelID? = nil
        var variant: Variant? = nil
        var release: Sourced<Release>? = nil
        var notes: String
        var shape: ModelShape
        var openness: Sourced<String>? = nil
        var source: Provenance
    }
}
