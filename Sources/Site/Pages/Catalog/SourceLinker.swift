import Catalog
import Markdown

/// Maps a fact's provenance (`path:line:column`) to the section page that shows it, down to the
/// table cell, and names the place for a reader: `DeepSeek-V3 › Base Model › Standart benchmarks, row MMLU`.
///
/// The site's outline cuts every document into `##` sections; a line belongs to the section whose
/// blocks span it. Lines outside any section (the introduction) are shown on the home page.
struct SourceLinker: Sendable {
    private struct Span: Sendable {
        var firstLine: Int
        var lastLine: Int
        var slug: String
        var title: String
        /// First lines of the section's top-level tables, in order.
        var tableLines: [Int]
        /// The first lines of the tables inside its lists and quotes, which carry no cell ids.
        var nestedTableLines: [Int] = []
    }

    /// Section spans per document path, in reading order.
    private var spans: [String: [Span]] = [:]
    private var documentTitles: [String: String] = [:]
    /// The graph, for the names of a results table's rows.
    private var catalog: Catalog?
    /// Each results table's place in words (the headings above it, the series' own name first;
    /// nil without headings) and whether its rows are models: made once, not once per score.
    private var tablePlaces: [TableID: (words: String?, rowsAreModels: Bool)] = [:]
    /// How a place's `path:line:column` is shown.
    let paths: PublishedPaths

    init(outline: SiteOutline, catalog: Catalog? = nil, paths: PublishedPaths = .asGiven) {
        self.catalog = catalog
        self.paths = paths
        // Made again on every rebuild of `atlas serve`: the tables and the documents on two cores.
        let (places, spans) = concurrently(
            { Self.tablePlaces(catalog) },
            { concurrentMap(count: outline.documents.count, part: 8) { Self.spans(of: outline.documents[$0]) } })
        tablePlaces = places
        for (document, spans) in zip(outline.documents, spans) {
            documentTitles[document.document.path] = document.title
            self.spans[document.document.path] = spans
        }
    }

    private static func tablePlaces(_ catalog: Catalog?) -> [TableID: (words: String?, rowsAreModels: Bool)] {
        var places: [TableID: (words: String?, rowsAreModels: Bool)] = [:]
        for table in catalog?.tables ?? [] {
            var path = table.headingPath
            // The series' own name reads better than its section heading (`DeepSeek V3`).
            if !path.isEmpty, let series = table.series.flatMap({ catalog?.series($0) }) { path[0] = series.name }
            places[table.id] = (path.isEmpty ? nil : path.joined(separator: " › "), table.orientation == .modelsAsRows)
        }
        return places
    }

    /// The document's sections as spans of lines. Its blocks are read in place: a copy of a
    /// block (a table's cells) per look would cost more than the rest.
    private static func spans(of document: DocumentOutline) -> [Span] {
        document.document.blocks.withUnsafeBufferPointer { blocks in
            document.sections.compactMap { section in
                guard let first = section.blockRange.first, let last = section.blockRange.last else { return nil }
                var tableLines: [Int] = []
                var nestedLines: [Int] = []
                for index in section.blockRange {
                    if case .table = blocks[index].kind {
                        tableLines.append(blocks[index].range.start.line)
                    } else {
                        Outline.appendNestedTableLines(in: blocks[index], to: &nestedLines)
                    }
                }
                return Span(
                    firstLine: blocks[first].range.start.line, lastLine: blocks[last].range.end.line,
                    slug: section.slug, title: section.title, tableLines: tableLines, nestedTableLines: nestedLines)
            }
        }
    }

    /// The slug of the section holding `line` of `path`, or nil when no section does.
    func sectionSlug(path: String, line: Int) -> String? {
        span(path: path, line: line)?.slug
    }

    private func span(path: String, line: Int) -> Span? {
        spans[path]?.first { $0.firstLine <= line && line <= $0.lastLine }
    }

    /// A link to the page that shows `source`, from a page `depth` folders deep: to the cell the
    /// fact was read from when the provenance names one, else to its table or section; nil for a
    /// file the site does not show.
    func href(for source: Provenance, depth: Int) -> String? {
        if let span = span(path: source.path, line: source.line) {
            let page = PageLinks.up(depth) + SiteRenderer.sectionsFolder + "/" + span.slug + ".html"
            // The table the fact was read from: the last one starting at or before its line.
            guard let table = span.tableLines.lastIndex(where: { $0 <= source.line }) else { return page }
            // A table in a list item, after the last top-level one: its section, no cell.
            if let nested = span.nestedTableLines.last(where: { $0 <= source.line }), nested > span.tableLines[table] {
                return page
            }
            if let row = source.row, let column = source.tableColumn {
                return page + "#" + TableCellAnchors.id(table: table + 1, row: row + 1, column: column + 1)
            }
            return page + "#" + SiteRenderer.tableAnchor(line: span.tableLines[table])
        }
        return documentTitles[source.path] != nil ? PageLinks.up(depth) + "index.html" : nil
    }

    /// Where `source` is, in words: the headings above its table and its row's name (`row`), else
    /// its section's or document's title, else `path:line:column`.
    func label(for source: Provenance, row: String? = nil) -> String {
        if let id = source.table, let words = tablePlaces[id]?.words {
            return words + (row.map { ", row " + $0 } ?? "")
        }
        return span(path: source.path, line: source.line)?.title ?? documentTitles[source.path] ?? paths(source)
    }

    /// The label and link of `source`, ready for a template; `path:line:column` stays for authors.
    func link(for source: Provenance, depth: Int, row: String? = nil) -> SourceLink {
        let href = href(for: source, depth: depth) ?? ""
        return SourceLink(
            text: label(for: source, row: row), location: paths(source), href: href, hasHref: !href.isEmpty)
    }

    /// A score's source, its row named by the model or benchmark the table's rows stand for.
    func link(for score: Score, depth: Int) -> SourceLink {
        let rowsAreModels = score.source.table.flatMap { tablePlaces[$0] }?.rowsAreModels == true
        let row = rowsAreModels ? catalog?.model(score.model)?.name : catalog?.benchmark(score.benchmark)?.name
        return link(for: score.source, depth: depth, row: row)
    }
}
