import Foundation
import Markdown

/// The shape of a document: its title, its `##` sections, and the tables under each heading.
struct DocumentOutline {
    struct Section {
        var title: String
        var level: Int
        var blocks: Range<Int>
        var location: SourceLocation
        var citations: [Citation]
        var images: [String]
        /// The first paragraph with text, as plain text.
        var summary: String
        var tables: [PlacedTable]
    }

    /// A table and the headings above it, outermost (`##`) first.
    struct PlacedTable {
        var table: Table
        var headingPath: [String]
        var location: SourceLocation
    }

    var path: String
    var title: String?
    /// Blocks before the first `##`, then one section per `##` heading.
    var sections: [Section] = []

    init(_ document: Document) {
        path = document.path
        var headings: [Int: String] = [:]
        var current: Section?
        for (index, block) in document.blocks.enumerated() {
            if case .heading(let level, let inlines) = block.kind {
                let text = Self.headingText(inlines)
                if level == 1 { title = title ?? text }
                if level <= 2 {
                    if var done = current {
                        done.blocks = done.blocks.lowerBound..<index
                        sections.append(done)
                    }
                    current =
                        level == 2
                        ? Section(
                            title: text, level: level, blocks: index..<index, location: block.range.start,
                            citations: [], images: [], summary: "", tables: []) : nil
                }
                headings = headings.filter { $0.key < level }
                headings[level] = text
            }
            guard current != nil else { continue }
            Self.collect(block, into: &current!, path: path)
            if case .table(let table) = block.kind {
                let pathTitles = headings.filter { $0.key >= 2 }.sorted { $0.key < $1.key }.map(\.value)
                current!.tables.append(PlacedTable(table: table, headingPath: pathTitles, location: block.range.start))
            }
        }
        if var done = current {
            done.blocks = done.blocks.lowerBound..<document.blocks.count
            sections.append(done)
        }
    }

    /// A heading's text without citation links such as `[[7]](url)`.
    static func headingText(_ inlines: [Inline]) -> String {
        inlines.filter { !isCitation($0) }.plainText.trimmed
    }

    static func isCitation(_ inline: Inline) -> Bool {
        guard case .link = inline.kind else { return false }
        let text = inline.children.plainText
        return text.hasPrefix("[") && text.hasSuffix("]") && text.dropFirst().dropLast().allSatisfy(\.isNumber)
            && text.count > 2
    }

    private static func collect(_ block: Block, into section: inout Section, path: String) {
        if section.summary.isEmpty, case .paragraph(let inlines) = block.kind {
            let text = inlines.filter { !isCitation($0) }.plainText.trimmed
            if !text.isEmpty { section.summary = text }
        }
        for inline in block.inlines { collect(inline, into: &section) }
        for child in block.children { collect(child, into: &section, path: path) }
    }

    private static func collect(_ inline: Inline, into section: inout Section) {
        switch inline.kind {
        case .link(let url, _, let children) where isCitation(inline):
            let label = children.plainText
            if !section.citations.contains(where: { $0.url == url && $0.label == label }) {
                section.citations.append(Citation(label: label, url: url, source: Provenance(inline.range.start)))
            }
        case .image(let source, _, _):
            if !section.images.contains(source) { section.images.append(source) }
        default:
            for child in inline.children { collect(child, into: &section) }
        }
    }
}
