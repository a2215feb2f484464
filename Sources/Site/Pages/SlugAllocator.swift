import Catalog
import Foundation

/// Turns heading titles into file-name-safe slugs that are unique within one site.
///
/// A slug is lowercase ASCII `[a-z0-9-]`, never empty and never `.` or `..`, so it can be used
/// as a path component and in a URL without escaping.
public struct SlugAllocator: Sendable {
    private var unique = UniqueSlugs()

    /// Longest slug kept from a title, before any `-2` suffix; long headings make unwieldy URLs.
    /// A longer one is cut and ends in a hash of the whole title, so it stays distinct and stable.
    public static let maxLength = 80

    public init() {}

    /// A slug for `title` not handed out before: `base(for:)`, then `-2`, `-3`, ... on a clash.
    public mutating func allocate(for title: String) -> String {
        unique.claim(slug: Self.base(for: title))
    }

    /// The slug of a title, ignoring clashes.
    ///
    /// Accents are dropped (`é` → `e`); runs of anything else become one `-`. A title with no
    /// ASCII letters or digits (`模型`) gets `section-` plus a hash of its text, so its URL stays
    /// the same when other sections are added or moved.
    public static func base(for title: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in title.decomposedStringWithCanonicalMapping.unicodeScalars {
            let isKept = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            let isUpper = ("A"..."Z").contains(scalar)
            if isKept || isUpper {
                if pendingDash && !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug.unicodeScalars.append(isUpper ? Unicode.Scalar(scalar.value + 32)! : scalar)
            } else if scalar.properties.generalCategory != .nonspacingMark {
                pendingDash = true
            }
        }
        if slug.isEmpty {
            let trimmed = title.trimmingWhitespace()
            return trimmed.isEmpty ? "section" : "section-" + Slug.fnv1aHex(trimmed)
        }
        return Slug.shortened(slug, name: title, maxBytes: maxLength)
    }
}
