/// A value kept in one box that copies share until one of them is written to (as arrays do).
///
/// For the entities a build copies and compares whole many times (a catalog's models and tables
/// at every reading checkpoint, in sort orders, in the closure of each page): a copy is then one
/// reference, not one per field, and two copies of one box are equal without comparing a field.
struct CopyOnWrite<Value: Hashable & Sendable>: Hashable, Sendable {
    private var box: Box

    init(_ value: Value) { box = Box(value) }

    var value: Value {
        _read { yield box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }

    static func == (lhs: CopyOnWrite, rhs: CopyOnWrite) -> Bool {
        lhs.box === rhs.box || lhs.box.value == rhs.box.value
    }

    func hash(into hasher: inout Hasher) { box.value.hash(into: &hasher) }

    /// Written only while uniquely referenced, so sharing it across threads is safe.
    private final class Box: @unchecked Sendable {
        var value: Value

        init(_ value: Value) { self.value = value }
    }
}
