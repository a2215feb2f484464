import Catalog
import Foundation

/// Turns heading titles into file-name-safe slugs that are unique within one site.
///
/// A slug is lowercase ASCII `[a-z0-9.-]` (a dot only between digits), never empty and never
/// `.` or `..`, so it can be used as a path component and in a URL without escaping.
public struct SlugAllocator: Sendable {
    private var unique = UniqueSlugs()

    /// Longest slug kept from a title, before any `-2` suffix (`Slug.maxBytes`); a longer one is
    /// cut and ends in a hash of the whole title, so it stays distinct and stable.
    public static let maxLength = Slug.maxBytes

    public init() {}

    /// A slug for `title` not handed out before: `base(for:)`, then `-2`, `-3`, ... on a clash.
    public mutating func allocate(for title: String) -> String {
        unique.claim(slug: Self.base(for: title))
    }

    /// The slug of a title, ignoring clashes: the catalog's one rule for every URL (`Slug.make`),
    /// so `DeepSeek-V2.5` is `deepseek-v2.5` for its section as for its series.
    public static func base(for title: String) -> String {
        Slug.make(title)
    }
}
