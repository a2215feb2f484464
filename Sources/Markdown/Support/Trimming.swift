/// Trimming without Foundation, for cells and names (enrichment trims every cell; HTML tables
/// trim theirs).
extension StringProtocol {
    /// The text without leading and trailing whitespace (spaces, tabs, no-break spaces, line ends).
    /// Pure Swift: Foundation's `trimmingCharacters(in:)` goes through NSString on Linux, and
    /// enrichment trims every cell. Inlinable, so that it is specialized for `String` and
    /// `Substring` where it is called: generic, each scalar went through witness tables.
    @inlinable public var trimmed: String { trimming(where: isTrimmedSpace) }

    /// The text without the leading and trailing scalars that `isTrimmed` accepts: what
    /// `trimmingCharacters(in:)` does with a set of a few characters (`(`, `)`), without NSString.
    @inlinable public func trimming(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isTrimmed($0) })!
        // Most texts have nothing to trim: no copy scalar by scalar then.
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return String(self) }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[first...last])
        return String(result)
    }
}

/// Unicode's White_Space, answered without a property lookup for ASCII.
@inlinable func isTrimmedSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
    return scalar.properties.isWhitespace
}
