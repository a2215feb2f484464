import Foundation
import Testing

@testable import Catalog

/// `trimmed` and `trimming(where:)` stand in for Foundation's `trimmingCharacters(in:)`.
struct TrimmingTests {
    @Test(arguments: ["  88.5 ", "\t模型\u{A0}", "\u{3000}开源\n", "plain", "", "   ", "a b", " é "])
    func trimmedMatchesFoundationWhitespace(text: String) {
        #expect(text.trimmed == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test(arguments: ["(sft)", "((rl))", "chat", "(", "()", "", "(通义)", "a(b)c", ".inst..", " (x) "])
    func trimmingMatchesFoundationForASetOfCharacters(text: String) {
        #expect(text.trimming { $0 == "(" || $0 == ")" } == text.trimmingCharacters(in: ["(", ")"]))
        #expect(text.trimming { $0 == "." } == text.trimmingCharacters(in: ["."]))
    }

    /// Every scalar of the Basic Multilingual Plane, where all of Foundation's whitespace is.
    @Test func foundationWhitespaceIsCharacterSetWhitespaces() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(isFoundationWhitespace(scalar) == CharacterSet.whitespaces.contains(scalar), "U+\(value)")
        }
    }

    @Test(arguments: [" 88.5\u{2009}", "\u{200B}12\u{3000}", "\t-\t", "\n5\n", "\u{A0}%"])
    func trimmingFoundationWhitespaceMatchesFoundation(text: String) {
        #expect(text.trimming(where: isFoundationWhitespace) == text.trimmingCharacters(in: .whitespaces))
    }
}
