import Foundation

/// Names as slugs and keys compare them: Greek letters spelled out in Latin letters and
/// superscript digits made digits, then accents on Latin letters dropped (`LatinAccents`).
/// `τ-Bench` is `tau-bench` and one benchmark with `Tau-Bench`; `τ²-Bench` is `tau2-bench`. Before,
/// the Greek letter became its code point in hex (`u3c4-bench`), and the superscript was lost.
enum LatinFolding {
    static func folded(_ text: String) -> String {
        // Most names are ASCII: one pass over their bytes, and nothing else to do.
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
        // Canonically equivalent spellings are one: `é` as one scalar, or as `e` and a combining
        // accent (text pasted from macOS file names or PDFs), were two models with one slug.
        return LatinAccents.removed(from: spelledOut(text.precomposedStringWithCanonicalMapping))
    }

    /// Greek letters and superscript digits replaced; any other text returned as it is.
    private static func spelledOut(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { replacement(for: $0) != nil }) else { return text }
        // Into a String, not a `UnicodeScalarView`: appending a view's contents copied it whole
        // each time (a name of 100,000 Greek letters took minutes).
        var out = ""
        out.reserveCapacity(text.utf8.count * 2)
        for scalar in text.unicodeScalars {
            if let spelled = replacement(for: scalar) {
                out += spelled
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func replacement(for scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x391...0x3A9, 0x3B1...0x3C9, 0xB5: return greek[scalar]
        case 0xB2, 0xB3, 0xB9, 0x2070, 0x2074...0x2079: return superscripts[scalar]
        default: return nil
        }
    }

    private static let greekNames = [
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu",
        "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
    ]

    /// `τ` → `tau`, `Δ` → `Delta` (capitals capitalized), `ς` → `sigma`, `µ` (micro) → `mu`.
    private static let greek: [Unicode.Scalar: String] = {
        let small = Array("αβγδεζηθικλμνξοπρστυφχψω".unicodeScalars)
        let capital = Array("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ".unicodeScalars)
        var table: [Unicode.Scalar: String] = ["ς": "sigma", "\u{B5}": "mu"]
        for (index, name) in greekNames.enumerated() {
            table[small[index]] = name
            table[capital[index]] = name.prefix(1).uppercased() + name.dropFirst()
        }
        return table
    }()

    private static let superscripts: [Unicode.Scalar: String] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
    ]
}
