import Catalog

/// Catalog's scale, named apart from Charts' scale (both modules call theirs `Scale`, and the
/// `Catalog` type hides the `Catalog` module's name in qualified lookups).
typealias CatalogScale = Scale
