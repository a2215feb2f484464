import Markdown

/// Tables written in HTML (`<table>`, as some model cards lay out merged cells) are shown as
/// text and never read: each gets a note where it starts, so a card whose numbers are all in
/// such tables does not pass for one without results.
enum HTMLTableNote {
    static func notes(in document: Document) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for block in document.blocks { check(block, into: &found) }
        return found
    }

    private static func check(_ block: Block, into found: inout [Diagnostic]) {
        for child in block.children { check(child, into: &found) }
        guard case .html(let html) = block.kind, html.utf8.count >= 6, containsTableTag(html) else { return }
        found.append(
            Diagnostic(
                .note, at: block.range.start,
                "an HTML table is not read for scores; write it as a pipe table (| Model | MMLU |) to catalogue it"))
    }

    /// Whether `<table` occurs, in any case, without lowercasing the whole block.
    private static func containsTableTag(_ html: String) -> Bool {
        let bytes = Array(html.utf8)
        let tag = Array("<table".utf8)
        guard bytes.count >= tag.count else { return false }
        for start in 0...(bytes.count - tag.count) where bytes[start] == UInt8(ascii: "<") {
            if (1..<tag.count).allSatisfy({ bytes[start + $0] | 0x20 == tag[$0] }) { return true }
        }
        return false
    }
}
