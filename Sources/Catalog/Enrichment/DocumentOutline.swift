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
    /// One section per `##` heading; text outside them (before the first `##`, or under a later
    /// `#` heading) makes sections too, at level 1, so that none of its tables is lost.
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
                    close(&current, at: index)
                    current = Self.section(title: text, level: level, at: index, block.range.start)
                }
                headings = headings.filter { $0.key < level }
                headings[level] = text
            }
            if current == nil {
                current = Self.section(title: title ?? "", level: 1, at: index, block.range.start)
            }
            Self.collect(block, into: &current!, path: path)
            if case .table(let table) = block.kind {
                // `##` sections keep their path from level 2 down; the rest name their `#` heading.
                let lowest = current!.level == 2 ? 2 : 1
                let pathTitles = headings.filter { $0.key >= lowest }.sorted { $0.key < $1.key }.map(\.value)
                current!.tables.append(PlacedTable(table: table, headingPath: pathTitles, location: block.range.start))
            }
        }
        close(&current, at: document.blocks.count)
    }

    private mutating func close(_ section: inout Section?, at end: Int) {
        guard var done = section else { return }
        section = nil
        done.blocks = done.blocks.lowerBound..<end
        // Text outside `##` sections counts only for its tables: it is no series of its own.
        if done.level == 2 || !done.tables.isEmpty { sections.append(done) }
    }

    private static func section(title: String, level: Int, at index: Int, _ location: SourceLocation) -> Section {
        Section(
            title: title, level: level, blocks: index..<index, location: location, citations: [], images: [],
            summary: "", tables: [])
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
