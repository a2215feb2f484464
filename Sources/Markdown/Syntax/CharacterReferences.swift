/// HTML character references as a browser reads them: numeric (`&#58;`, `&#x3a;`) and named
/// (`&amp;`), the `;` optional. Shared by the URL check (`SafeURL`, which must see a scheme
/// however it is spelled) and the cells of HTML tables (`HTMLEntities`).
enum CharacterReferences {
    /// The scalars of `text` with numeric references and those `named` (looked up as written,
    /// then lowercased) decoded, then those `other` knows (written with their `;`); anything
    /// else is kept as written.
    static func decoding(
        _ text: String, named: [String: Unicode.Scalar], other: (String) -> [Unicode.Scalar]? = { _ in nil }
    ) -> [Unicode.Scalar] {
        let scalars = Array(text.unicodeScalars)
        var out: [Unicode.Scalar] = []
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let (decoded, next) = reference(in: scalars, at: index + 1, named: named, other) {
                out += decoded
                index = next
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return out
    }

    /// The reference starting after an `&` at `start`, and the index after it.
    private static func reference(
        in scalars: [Unicode.Scalar], at start: Int, named: [String: Unicode.Scalar],
        _ other: (String) -> [Unicode.Scalar]?
    ) -> ([Unicode.Scalar], Int)? {
        var index = start
        func take(while accept: (Unicode.Scalar) -> Bool) -> String {
            var text = ""
            while index < scalars.count, accept(scalars[index]) {
                text.unicodeScalars.append(scalars[index])
                index += 1
            }
            return text
        }
        let value: Unicode.Scalar?
        if index < scalars.count, scalars[index] == "#" {
            index += 1
            let isHex = index < scalars.count && (scalars[index] == "x" || scalars[index] == "X")
            if isHex { index += 1 }
            let digits = take { $0.properties.isASCIIHexDigit && (isHex || ("0"..."9").contains($0)) }
            value = digits.isEmpty ? nil : UInt32(digits.prefix(8), radix: isHex ? 16 : 10).flatMap(Unicode.Scalar.init)
        } else {
            let name = take { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
            value = named[name] ?? named[name.lowercased()]
            if value == nil, !name.isEmpty, index < scalars.count, scalars[index] == ";", let decoded = other(name) {
                return (decoded, index + 1)
            }
        }
        guard let value else { return nil }
        if index < scalars.count, scalars[index] == ";" { index += 1 }
        return ([value], index)
    }
}
