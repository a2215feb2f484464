import Foundation
import Markdown

/// The catalog's cut of a document's `Outline`: its title, its `##` sections, and the tables
/// under each heading, with the citations, images and summary each section holds.
struct DocumentOutline: Equatable {
    struct Section: Equatable {
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
    struct PlacedTable: Equatable {
        var table: Table
        var headingPath: [String]
        var location: SourceLocation
        /// The bold phrases and link texts of the paragraphs right above the table (since the
        /// last heading or table): `We give **Skywork-13B-Base**'s results by subject` names the
        /// table's model, `Tested on [Berkeley Function Calling Leaderboard](…)` its benchmark.
        var leadIn: [String] = []
        /// The document's `#` heading, when one came before the table: it may name the model
        /// the document is about.
        var documentTitle: String?
        /// The model the card's front matter names (`model-index: - name: …`).
        var frontMatterModel: String?
        /// The text of those paragraphs, one string each: `we also tested the model on the
        /// LongBench evaluation set` or `RULER: a retrieval-based benchmark` names the benchmark
        /// whose parts the table's columns are.
        var leadInTexts: [String] = []
        /// What a generic nearest heading (`### 结果`) stands for: the sibling heading before it
        /// that held no table (`### C-Eval`).
        var headingStandsFor: String?
        /// The shots the prose of the sections over the table gives benchmarks by name (`MMLU
        /// (5-shot), BBH (3-shot)`), the nearest statement first: for scores that state none.
        var proseShots: [String: String] = [:]
        /// The datasets the prose of the nearest section over the table that names any names (`We
        /// used the Flores-101 dataset`): for a table whose columns are the parts of one benchmark
        /// (translation directions) that no heading names.
        var proseDatasets: [String] = []
        /// What the nearest heading says of every score (`HeadingBenchmark.qualifier`).
        var headingQualifier: String?
        /// The `<summary>` of the `<details>` the table is folded in (`ASR Benchmarks (WER ↓)`):
        /// it titles the table as a heading would.
        var caption: String?
        /// The note right under the table, with the list after it (`notesBelow`): one text each.
        var notesBelow: [String] = []
    }

    var path: String
    var title: String?
    /// One section per `##` heading; text outside them (before the first `##`, or under a later
    /// `#` heading) makes sections too, at level 1, so that none of its tables is lost.
    var sections: [Section] = []
    /// The bullet lists of `Key: value` items (`- Total Parameters: 456B`), in order, wherever
    /// they are: read after the document's tables.
    var featureLists: [FeatureList] = []

    init(_ document: Document) {
        path = document.path
        let outline = Outline(document)
        let headings = Dictionary(
            outline.headings.filter(\.isTopLevel).map { ($0.blockIndex, $0) }, uniquingKeysWith: { first, _ in first })
        let tables = Dictionary(grouping: outline.tables, by: \.blockIndex)
        // An HTML `<h1>` before any heading, else the first `#` heading that is a title.
        title = document.title(of: outline.headings)?.text
        var current: Section?
        var siblings = SiblingHeadings()
        // Levels with headings of two languages or more (`#### English`, `#### Chinese evaluation`).
        let languageLevels = Set(
            Dictionary(
                grouping: outline.headings.filter { HeadingBenchmark.language(of: $0.title) != nil }, by: \.level
            )
            .filter { Set($0.value.compactMap { HeadingBenchmark.language(of: $0.title)?.lowercased() }).count > 1 }
            .keys)
        var leadIn: [String] = []
        // Each as text, made once: the shots in it are looked for in every paragraph.
        var leadInParagraphs: [String] = []
        // Shots stated in the prose, with the level of the heading they were written under.
        var shotStatements: [(level: Int, shots: [String: String])] = []
        // Shots the prose gives every score that states none, from where it says so on, with
        // the names the same paragraph gives theirs.
        var documentShots: [String: String] = [:]
        // Datasets named in the prose, likewise.
        var datasetMentions: [(level: Int, names: [String])] = []
        var level = 0
        var caption: String?
        for (index, block) in document.blocks.enumerated() {
            switch block.kind {
            case .paragraph(let inlines):
                leadIn += Self.leadInPhrases(inlines)
                let text = inlines.plainText
                leadInParagraphs.append(text)
                var shots = ProseShots.statement(in: text)
                // `All evaluations are zero-shot unless stated otherwise` holds for the rest of the
                // document, the sections after its own too (SmolLM2's card says it under
                // `## Evaluation`, its tables come under the `##` headings after).
                // The names such a paragraph gives their own shots go as far.
                if let every = shots.removeValue(forKey: ProseShots.everyBenchmark) {
                    documentShots = shots
                    documentShots[ProseShots.everyBenchmark] = every
                }
                if !shots.isEmpty { shotStatements.append((level, shots)) }
                let datasets = HeadingBenchmark.datasetsNamed(in: text)
                if !datasets.isEmpty { datasetMentions.append((level, datasets)) }
            case .list(_, let items) where tables[index] == nil:
                // A short list right above a table says what it holds as a paragraph would
                // (uniem's `- Dataset: the [T2Ranking](…) dataset; we report map@10, …`).
                for item in items.prefix(Self.maxLeadInItems) {
                    for case .paragraph(let inlines) in item.children.map(\.kind) {
                        leadIn += Self.leadInPhrases(inlines)
                        leadInParagraphs.append(inlines.plainText)
                    }
                }
            case .heading:
                leadIn = []
                leadInParagraphs = []
                caption = nil
            case .html(let html):
                if let summary = Self.summaryText(html) { caption = summary }
            default: break
            }
            if let heading = headings[index] {
                level = heading.level
                shotStatements.removeAll { $0.level >= heading.level }
                datasetMentions.removeAll { $0.level >= heading.level }
                siblings.enter(heading.title, level: heading.level)
                if heading.level == 1, title == nil { title = heading.title }
                if heading.level <= 2 {
                    close(&current, at: index)
                    current = Self.section(title: heading.title, level: heading.level, at: index, heading.location)
                }
            }
            if current == nil {
                current = Self.section(title: title ?? "", level: 1, at: index, block.range.start)
            }
            Self.collect(block, into: &current!, path: path)
            if let items = FeatureList.items(of: block) {
                featureLists.append(
                    FeatureList(
                        items: items, location: block.range.start, leadIn: leadIn,
                        leadInText: leadInParagraphs.joined(separator: " "), documentTitle: title,
                        frontMatterModel: document.frontMatterModel))
            }
            for placed in tables[index] ?? [] {
                // A table in a list item reads the item's words above it after those above the list.
                let local = placed.isNested ? Self.paragraphs(before: placed.location, in: block) : []
                let leadIn = leadIn + local.flatMap(Self.leadInPhrases)
                let leadInParagraphs = leadInParagraphs + local.map(\.plainText)
                // `##` sections keep their path from level 2 down; the rest name their `#` heading.
                let lowest = current!.level == 2 ? 2 : 1
                let titles = placed.headingPath.filter { $0.level >= lowest }.map(\.title)
                let standsFor = placed.headingPath.last.flatMap { siblings.table(under: $0) }
                let qualifier = placed.headingPath.last.flatMap { nearest in
                    HeadingBenchmark.qualifier(of: nearest.title, languages: languageLevels.contains(nearest.level))
                }
                current!.tables.append(
                    PlacedTable(
                        table: placed.table, headingPath: titles, location: placed.location, leadIn: leadIn,
                        documentTitle: title, frontMatterModel: document.frontMatterModel,
                        leadInTexts: leadInParagraphs, headingStandsFor: standsFor,
                        proseShots: shotStatements.reduce(into: documentShots) {
                            all, statement in all.merge(statement.shots) { _, nearer in nearer }
                        },
                        proseDatasets: Self.nearest(datasetMentions), headingQualifier: qualifier, caption: caption,
                        notesBelow: placed.isNested ? [] : Self.notesBelow(index, in: document.blocks, tables: tables)))
            }
            if tables[index] != nil {
                leadIn = []
                leadInParagraphs = []
                caption = nil
            }
        }
        close(&current, at: document.blocks.count)
    }

    /// The paragraphs right before the table at `location` among the blocks beside it (a list
    /// item's `Zero-Shot Image Classification` over its table), nearest last.
    static func paragraphs(before location: SourceLocation, in block: Block) -> [[Inline]] {
        var before: [[Inline]] = []
        for child in block.children {
            if case .table = child.kind, child.range.start == location { return before }
            if child.range.start <= location, location <= child.range.end, !child.children.isEmpty {
                return paragraphs(before: location, in: child)
            }
            if case .paragraph(let inlines) = child.kind { before.append(inlines) } else { before = [] }
        }
        return []
    }

    /// The names of the mentions under the deepest heading that has any (the document's
    /// introduction names many benchmarks; the section over a table, its own).
    private static func nearest(_ mentions: [(level: Int, names: [String])]) -> [String] {
        guard let deepest = mentions.map(\.level).max() else { return [] }
        return mentions.filter { $0.level == deepest }.flatMap(\.names)
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

    /// The text of the last `<summary>…</summary>` in an HTML block, its tags dropped.
    static func summaryText(_ html: String) -> String? {
        guard ASCIISearch.contains(html, "<summary", ignoringCase: true),
            let open = html.range(of: "<summary", options: [.caseInsensitive, .backwards]),
            let start = html[open.upperBound...].firstIndex(of: ">"),
            let end = html[start...].range(of: "</summary>", options: .caseInsensitive)
        else { return nil }
        var text = ""
        var inTag = false
        for character in html[html.index(after: start)..<end.lowerBound] {
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                text.append(character)
            }
        }
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.isEmpty ? nil : words
    }

    /// The most items of a list above a table read as its lead-in: a long list is about
    /// something else (a card's news, its features).
    static let maxLeadInItems = 4

    private static func leadInPhrases(_ inlines: [Inline]) -> [String] {
        inlines.flatMap { inline -> [String] in
            switch inline.kind {
            case .strong(let children), .link(_, _, let children): return [children.plainText.trimmed]
            default: return leadInPhrases(inline.children)
            }
        }
    }

    private static func collect(_ block: Block, into section: inout Section, path: String) {
        if section.summary.isEmpty, case .paragraph(let inlines) = block.kind {
            let text = inlines.filter { !$0.isCitation }.plainText.trimmed
            if !text.isEmpty { section.summary = text }
        }
        for inline in block.inlines { collect(inline, into: &section) }
        for child in block.children { collect(child, into: &section, path: path) }
    }

    private static func collect(_ inline: Inline, into section: inout Section) {
        switch inline.kind {
        case .link(let url, _, let children) where inline.isCitation:
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

/// The headings met so far, per level, to tell what a generic heading stands for: Baichuan's
/// `### C-Eval` (a paragraph, no table) then `### 结果` (results) over the table. The table is
/// C-Eval's: a generic heading right after a sibling that held no table takes that sibling's name.
struct SiblingHeadings {
    private var latest: [Int: (title: String, tables: Int)] = [:]
    private var before: [Int: String] = [:]

    mutating func enter(_ title: String, level: Int) {
        if let previous = latest[level], previous.tables == 0 {
            before[level] = previous.title
        } else {
            before[level] = nil
        }
        latest[level] = (title, 0)
        for deeper in latest.keys where deeper > level {
            latest[deeper] = nil
            before[deeper] = nil
        }
    }

    /// Counts a table under `heading`; the name it stands for when it is generic and follows a
    /// sibling without tables.
    mutating func table(under heading: Outline.Heading) -> String? {
        latest[heading.level]?.tables += 1
        guard HeadingBenchmark.isGeneric(heading.title), let named = before[heading.level] else { return nil }
        return named
    }
}
