import Testing

@testable import Markdown

@Suite("Container prefixes")
struct ContainerPrefixTests {
    func cursor(_ text: String) -> LineCursor { LineCursor(pinned(text)) }

    @Test(
        "an item's content offset",
        arguments: [
            ("- a", 2), ("-   a", 4), ("-    a", 5), ("-     a", 2), ("-", 2), ("-   ", 2), ("10. x", 4), ("1) x", 3),
            ("  - a", 4), ("1.\tx", 4), ("-\t\tx", 2), ("- \tx", 4),
        ])
    func itemOffset(line: String, offset: Int) {
        var at = cursor(line)
        #expect(ContainerPrefix.openItem(&at) == offset)
    }

    @Test func blockQuoteMarkersTakeOneBlankAfterThem() {
        let quote = ContainerPrefix(kind: .blockQuote, startLine: 1)
        var at = cursor(">  x")
        #expect(quote.matchContinuation(&at))
        #expect(at.firstNonspace().indent == 1)
        at = cursor("   > x")
        #expect(quote.matchContinuation(&at))
        #expect(at.firstNonspace().indent == 0)
        at = cursor("    > x")
        #expect(!quote.matchContinuation(&at))
        at = cursor("x")
        #expect(!quote.matchContinuation(&at))
    }

    @Test func aTabAfterAMarkerIsConsumedInPart() {
        let quote = ContainerPrefix(kind: .blockQuote, startLine: 1)
        var at = cursor(">\t\tcode")
        #expect(quote.matchContinuation(&at))
        // `>` is column 0; the tab's first column goes with the marker, two stay, then four.
        #expect(at.firstNonspace().indent == 6)
        // As code, 4 columns go: what stays of the second tab becomes 2 spaces.
        #expect(at.indentationForReparse() == Array("      ".utf8))
    }

    @Test func itemsNeedTheirContentIndentation() {
        let item = ContainerPrefix(kind: .item(contentOffset: 3), startLine: 1)
        var at = cursor("   x")
        #expect(item.matchContinuation(&at))
        at = cursor("  x")
        #expect(!item.matchContinuation(&at))
        at = cursor("\tx")
        #expect(item.matchContinuation(&at))
        #expect(at.firstNonspace().indent == 1)
    }

    @Test(
        "indentation rewritten for a line parsed alone",
        arguments: [
            ("x", ""), ("  x", "  "), ("\tx", "    "), ("\t\tx", "    \t"), ("  \t  x", "      "), (" \t\tx", "    \t"),
        ])
    func reparseIndentation(line: String, expected: String) {
        #expect(cursor(line).indentationForReparse() == Array(expected.utf8))
    }
}
