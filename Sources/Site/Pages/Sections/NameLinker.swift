import Catalog
import Markdown

/// Links the model and benchmark names of a section page to their pages: in a results table only
/// the table's own models and benchmarks (so `DeepSeek-V3` under "Base Model" is the base model),
/// elsewhere any name that means one page only. Never inside a link, code or a heading, nor in a
/// column of benchmark categories (`Math` there is a category, not the MATH benchmark); in a
/// table the first name of each cell, in text the first mention of each page per block.
struct NameLinker: Sendable {
    private var everywhere: NameIndex
    /// Benchmark categories (`Math`, `Code`), lowercased: in prose they are ordinary words.
    private var categories: Set<String>
    /// The names of each results table, by its document and first line.
    private var tables: [TablePlace: NameIndex] = [:]

    struct TablePlace: Hashable, Sendable {
        var path: String
        var line: Int
    }

    /// Links are made from a page `depth` folders deep.
    init(catalog: Catalog, depth: Int) {
        let modelHref = { (model: Model) in EntityFolder.models.href(model.id, depth: depth) }
        let benchmarkHref = { (benchmark: Benchmark) in EntityFolder.benchmarks.href(benchmark.id, depth: depth) }
        func spellings(models: [Model], benchmarks: [Benchmark]) -> [String: Set<String>] {
            var found: [String: Set<String>] = [:]
            for model in models {
                for spelling in [model.name] + model.aliases { found[spelling, default: []].insert(modelHref(model)) }
            }
            for benchmark in benchmarks {
                for spelling in [benchmark.name] + benchmark.aliases {
                    found[spelling, default: []].insert(benchmarkHref(benchmark))
                }
            }
            return found
        }
        let categories = Set(catalog.benchmarks.compactMap { $0.category?.lowercased() })
        self.categories = categories
        everywhere = NameIndex(
            spellings(models: catalog.models, benchmarks: catalog.benchmarks).filter {
                !categories.contains($0.key.lowercased())
            })
        for table in catalog.tables {
            let place = TablePlace(path: table.source.path, line: table.source.line)
            tables[place] = NameIndex(
                spellings(
                    models: table.models.compactMap(catalog.model),
                    benchmarks: table.benchmarks.compactMap(catalog.benchmark)
                ))
        }
    }

    /// A table's HTML with one name linked per cell; `place` finds the results table it is.
    func linkingTable(_ html: String, table: Table, at place: TablePlace) -> String {
        Self.link(html, names: tables[place] ?? everywhere, oncePerCell: true, skippingColumns: categoryColumns(table))
    }

    /// 1-based columns where at least half the filled body cells name benchmark categories (the
    /// others are attribute rows' values, `-`): a benchmark column names a category now and then.
    func categoryColumns(_ table: Table) -> Set<Int> {
        Set(
            (0..<table.columnCount).filter { column in
                let cells = table.rows.compactMap { $0.indices.contains(column) ? $0[column].source : nil }
                    .filter { !$0.isEmpty }
                let named = cells.count { categories.contains($0.lowercased()) }
                return named > 0 && 2 * named >= cells.count
            }
            .map { $0 + 1 })
    }

    /// A block of text with the first mention of each page linked.
    func linkingText(_ html: String) -> String {
        Self.link(html, names: everywhere, oncePerCell: false)
    }

    /// Elements whose text is never linked: links, code, headings.
    private static let skipped: Set<String> = ["a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6"]

    private static func link(
        _ html: String, names: NameIndex, oncePerCell: Bool, skippingColumns: Set<Int> = []
    ) -> String {
        guard !names.isEmpty else { return html }
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var skipDepth = 0
        var linked: Set<String> = []
        var cellHasLink = false
        var column = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") {
                let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? bytes.count
                let (name, closing) = tagName(bytes[index..<end])
                if skipped.contains(name) { skipDepth += closing ? -1 : 1 }
                if !closing, name == "tr" { column = 0 }
                if !closing, name == "td" || name == "th" {
                    column += 1
                    cellHasLink = skippingColumns.contains(column)
                }
                output += bytes[index..<end]
                index = end
                continue
            }
            let end = bytes[index...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
            var start = index
            while skipDepth == 0, !(oncePerCell && cellHasLink),
                let match = names.firstMatch(in: bytes, start..<end, skipping: oncePerCell ? [] : linked)
            {
                output += bytes[start..<match.range.lowerBound]
                output += Array("<a href=\"\(HTMLEscaping.escape(match.href))\">".utf8)
                output += bytes[match.range] + Array("</a>".utf8)
                linked.insert(match.href)
                cellHasLink = true
                start = match.range.upperBound
            }
            output += bytes[start..<end]
            index = end
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `td` and false for `<td id="x">`, `a` and true for `</a>`.
    private static func tagName(_ tag: ArraySlice<UInt8>) -> (String, Bool) {
        var body = tag.dropFirst()
        let closing = body.first == UInt8(ascii: "/")
        if closing { body = body.dropFirst() }
        let name = body.prefix { NameIndex.isWord($0) }
        return (String(decoding: name, as: UTF8.self).lowercased(), closing)
    }
}
