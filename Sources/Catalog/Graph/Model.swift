import Markdown

/// One model: catalogued in a list table, or named only in results tables (a peer).
///
/// Its fields live in one box, copied when a shared one is written to (as arrays are). A
/// catalog's models are copied and compared whole many times per build (registries at every
/// checkpoint, sort orders, the closure of each page): a copy is then one reference, not one per
/// field, and two copies of one box are equal without comparing a field.
public struct Model: Hashable, Sendable, Identifiable {
    private var box: Box

    public init(id: ModelID, name: String, source: Provenance) {
        box = Box(
            Fields(
                id: id, name: name, aliases: [], isCatalogued: false, notes: "", shape: ModelShape(),
                source: source))
    }

    public var id: ModelID {
        get { box.fields.id }
        _modify {
            makeUnique()
            yield &box.fields.id
        }
    }
    public var name: String {
        get { box.fields.name }
        _modify {
            makeUnique()
            yield &box.fields.name
        }
    }
    /// Every spelling of the name seen in the sources, in order of first appearance.
    public var aliases: [String] {
        get { box.fields.aliases }
        _modify {
            makeUnique()
            yield &box.fields.aliases
        }
    }
    public var organization: OrganizationID? {
        get { box.fields.organization }
        _modify {
            makeUnique()
            yield &box.fields.organization
        }
    }
    public var series: SeriesID? {
        get { box.fields.series }
        _modify {
            makeUnique()
            yield &box.fields.series
        }
    }
    /// Whether a "List of ..." table catalogues it.
    public var isCatalogued: Bool {
        get { box.fields.isCatalogued }
        _modify {
            makeUnique()
            yield &box.fields.isCatalogued
        }
    }
    /// For dated snapshots and training stages (`DeepSeek-V2 Chat (SFT)`): the model it derives from.
    public var variantOf: ModelID? {
        get { box.fields.variantOf }
        _modify {
            makeUnique()
            yield &box.fields.variantOf
        }
    }
    public var variant: Variant? {
        get { box.fields.variant }
        _modify {
            makeUnique()
            yield &box.fields.variant
        }
    }
    public var release: Sourced<Release>? {
        get { box.fields.release }
        _modify {
            makeUnique()
            yield &box.fields.release
        }
    }
    public var notes: String {
        get { box.fields.notes }
        _modify {
            makeUnique()
            yield &box.fields.notes
        }
    }
    public var shape: ModelShape {
        get { box.fields.shape }
        _modify {
            makeUnique()
            yield &box.fields.shape
        }
    }
    /// `open` or `closed` weights, when a table says so.
    public var openness: Sourced<String>? {
        get { box.fields.openness }
        _modify {
            makeUnique()
            yield &box.fields.openness
        }
    }
    public var source: Provenance {
        get { box.fields.source }
        _modify {
            makeUnique()
            yield &box.fields.source
        }
    }

    public static func == (lhs: Model, rhs: Model) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
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

    /// Written only while uniquely referenced (`makeUnique`), so sharing it across threads is safe.
    private final class Box: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) { self.fields = fields }
    }
}
