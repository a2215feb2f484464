import Markdown

extension DocumentOutline {
    /// The note written right under the table at block `index`: a paragraph that starts as a
    /// note does (`Note: we report Pass@1`, `说明：`), with the list right after it (text2vec's
    /// `说明：` over `- 结果评测指标：spearman系数`, "evaluation metric: Spearman coefficient"),
    /// one text each. A note under a table speaks of it as the paragraph above one does.
    static func notesBelow(_ index: Int, in blocks: [Block], tables: [Int: [Outline.PlacedTable]]) -> [String] {
        let next = index + 1
        guard next < blocks.count, let first = noteText(blocks[next]), isNote(first) else { return [] }
        var notes = [first]
        if next + 1 < blocks.count, tables[next + 1] == nil, case .list(_, let items) = blocks[next + 1].kind {
            for item in items.prefix(maxNoteItems) {
                for case .paragraph(let inlines) in item.children.map(\.kind) { notes.append(inlines.plainText) }
            }
        }
        return notes
    }

    /// The most items of the list under a note read with it.
    static let maxNoteItems = 6

    /// A paragraph's text, or an HTML block's without its tags (`<sup>NOTE: …</sup>`).
    private static func noteText(_ block: Block) -> String? {
        switch block.kind {
        case .paragraph(let inlines): inlines.plainText
        case .html(let html): textOutsideTags(html)
        default: nil
        }
    }

    /// `Note:`, `Notes.`, `NOTE`, `注：`, `说明：`, `备注`: the first word of a note.
    static func isNote(_ text: String) -> Bool {
        let trimmed = text.trimmed.drop { "*_>(†‡".contains($0) || $0.isWhitespace }
        if ["注", "说明", "備註", "备注", "說明"].contains(where: { trimmed.hasPrefix($0) }) { return true }
        let word = trimmed.prefix { $0.isLetter }.lowercased()
        return word == "note" || word == "notes"
    }

    private static func textOutsideTags(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
                text.append(" ")
            } else if !inTag {
                text.append(character)
            }
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
