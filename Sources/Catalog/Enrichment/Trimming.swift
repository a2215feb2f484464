import Markdown

/// Foundation's `CharacterSet.whitespaces` as CoreFoundation defines it: tab, the space
/// separators (Zs) and the zero width space, for `trimming(where:)` in place of
/// `trimmingCharacters(in: .whitespaces)`.
func isFoundationWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
}
