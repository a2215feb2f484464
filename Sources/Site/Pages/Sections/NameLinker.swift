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
    /// The models and benchmarks of each results table, by its document and first line. Their
    /// index is made when the table's page is rendered: `atlas serve` renders few of them again.
    private var tables: [TablePlace: (models: [Model], benchmarks: [Benchmark])] = [:]
    private let depth: Int

    struct TablePlace: Hashable, Sendable {
        var path: String
        var line: Int
    }

    /// Links are made from a page `depth` folders deep.
    init(catalog: Catalog, depth: Int) {
        self.depth = depth
        let categories = Set(catalog.benchmarks.compactMap { $0.category?.lowercased() })
        self.categories = categories
        everywhere = NameIndex(
            Self.spellings(models: catalog.models, benchmarks: catalog.benchmarks, depth: depth).filter {
                !categories.contains($0.key.lowercased())
            })
        for table in catalog.tables {
            let place = TablePlace(path: table.source.path, line: table.source.line)
            tables[place] = (table.models.compactMap(catalog.model), table.benchmarks.compactMap(catalog.benchmark))
        }
    }

    /// Each spelling and the pages it may mean. A spelling that is one page's own name means that
    /// page, even when another page has it as an alias (`DeepSeek-V3` is the model, although tables
    /// call its base model so too).
    private static func spellings(models: [Model], benchmarks: [Benchmark], depth: Int) -> [String: Set<String>] {
        var named: [String: Set<String>] = [:]
        var aliased: [String: Set<String>] = [:]
        for model in models {
            let href = EntityFolder.models.href(model.id, depth: depth)
            named[model.name, default: []].insert(href)
            for alias in model.aliases { aliased[alias, default: []].insert(href) }
        }
        for benchmark in benchmarks {
            let href = EntityFolder.benchmarks.href(benchmark.id, depth: depth)
            named[benchmark.name, default: []].insert(href)
            for alias in benchmark.aliases { aliased[alias, default: []].insert(href) }
        }
        return aliased.merging(named) { _, ownName in ownName }
    }

    /// A table's HTML with one name linked per cell; `place` finds the results table it is.
    func linkingTable(_ html: String, table: Table, at place: TablePlace) -> String {
        let names = tables[place].map { NameIndex(Self.spellings(models: $0, benchmarks: $1, depth: depth)) }
        return Self.link(
            html, names: names ?? everywhere, oncePerCell: true,
            skippingColumns: categoryColumns(table).union(seriesColumns(table)))
    }

    /// 1-based columns headed as series or families: `DeepSeek-V3` there is the series, which
    /// shares its spelling with a model.
    func seriesColumns(_ table: Table) -> Set<Int> {
        Set(
            table.header.indices.filter { column in
                let words = table.header[column].text.lowercased().split { !$0.isLetter }
                return words.contains("series") || words.contains("family")
            }
            .map { $0 + 1 })
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

    /// What the linker needs to know of a tag: `skipped` elements' text is never linked (links,
    /// code, headings); rows and cells are counted.
    enum TagKind {
        case skipped, row, cell, other
    }

    /// Tag names up to 4 ASCII bytes, packed into one number (lower case), so a tag is told
    /// without making a string of its name.
    private static func packed(_ name: some Sequence<UInt8>) -> UInt32? {
        var value: UInt32 = 0
        var length = 0
        for byte in name {
            guard length < 4, byte < 0x80 else { return nil }
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            value = value << 8 | UInt32(lower)
            length += 1
        }
        return value
    }

    private static let kinds: [UInt32: TagKind] = {
        var kinds: [UInt32: TagKind] = [:]
        for name in ["a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6"] { kinds[packed(name.utf8)!] = .skipped }
        kinds[packed("tr".utf8)!] = .row
        for name in ["td", "th"] { kinds[packed(name.utf8)!] = .cell }
        return kinds
    }()

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
                let (kind, closing) = tagKind(bytes[index..<end])
                if kind == .skipped { skipDepth += closing ? -1 : 1 }
                if !closing, kind == .row { column = 0 }
                if !closing, kind == .cell {
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

    /// `.cell` and false for `<td id="x">`, `.skipped` and true for `</a>`.
    static func tagKind(_ tag: ArraySlice<UInt8>) -> (TagKind, closing: Bool) {
        var body = tag.dropFirst()
        let closing = body.first == UInt8(ascii: "/")
        if closing { body = body.dropFirst() }
        let name = body.prefix { NameIndex.isWord($0) }
        return (packed(name).flatMap { kinds[$0] } ?? .other, closing)
    }
}
