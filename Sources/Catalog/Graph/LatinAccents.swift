import Foundation

/// Accents on Latin letters, which spellings of one name drop or keep at will: `Tülu 3` is
/// `Tulu 3` in the next card and in its repository's name.
enum LatinAccents {
    /// `Tülu` → `Tulu`, `Señor` → `Senor`: a mark over an ASCII letter is dropped; other scripts
    /// are left as they are (`が` keeps its mark). ASCII text is returned as it is, unread.
    static func removed(from text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        // Most names outside ASCII are Chinese: decomposing them (through Foundation) costs, and
        // only Latin letters with marks (`Ü`, `ñ`, `ệ`) change.
        guard
            text.unicodeScalars.contains(where: {
                (0xC0...0x24F).contains($0.value) || (0x1E00...0x1EFF).contains($0.value)
            })
        else { return text }
        var out = String.UnicodeScalarView()
        var afterLatinLetter = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if afterLatinLetter, scalar.properties.generalCategory == .nonspacingMark { continue }
            out.append(scalar)
            afterLatinLetter = scalar.isASCII && scalar.properties.isAlphabetic
        }
        return String(out).precomposedStringWithCanonicalMapping
    }
}
