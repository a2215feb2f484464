/// Flat CSV views of the graph (RFC 4180: quoted where needed, CRLF-free `\n` rows, UTF-8), safe
/// to open in a spreadsheet: no text cell starts a formula.
public enum CSVExport {
    public enum View: String, CaseIterable, Sendable {
        case scores, models, benchmarks
    }

    /// Source paths are written as `paths` gives them.
    public static func render(_ catalog: Catalog, view: View, paths: PublishedPaths = .asGiven) -> String {
        String(decoding: bytes(catalog, view: view, paths: paths), as: UTF8.self)
    }

    /// `render` as UTF-8 (the site writes these bytes).
    public static func bytes(_ catalog: Catalog, view: View, paths: PublishedPaths = .asGiven) -> [UInt8] {
        switch view {
        case .scores: return scores(catalog, paths)
        case .models: return models(catalog)
        case .benchmarks: return benchmarks(catalog)
        }
    }

    private static func scores(_ catalog: Catalog, _ paths: PublishedPaths) -> [UInt8] {
        var rows = Rows(header: [
            "model", "model_name", "organization", "series", "benchmark", "benchmark_name", "category", "metric",
            "shots", "qualifier", "value", "raw", "group", "path", "line", "column", "table", "row", "table_column",
        ])
        // Some 100 bytes a row: reserved once, not grown by doubling through tens of megabytes.
        rows.reserve(catalog.scores.count * 128)
        // The columns each row takes from its model and benchmark, looked up once for each: the
        // scores come sorted by model, and there are few benchmarks (a lookup copies the entity).
        var modelColumns: (id: ModelID, columns: [String])?
        var benchmarkColumns: [BenchmarkID: [String]] = [:]
        for benchmark in catalog.benchmarks where benchmarkColumns[benchmark.id] == nil {
            benchmarkColumns[benchmark.id] = [benchmark.name, benchmark.category ?? ""]
        }
        for score in catalog.scores {
            if modelColumns?.id != score.model {
                let model = catalog.model(score.model)
                modelColumns = (
                    score.model,
                    [model?.name ?? "", model?.organization?.rawValue ?? "", model?.series?.rawValue ?? ""]
                )
            }
            rows.add(score.model.rawValue)
            for column in modelColumns!.columns { rows.add(column) }
            rows.add(score.benchmark.rawValue)
            for column in benchmarkColumns[score.benchmark] ?? ["", ""] { rows.add(column) }
            rows.add(score.setting.metric)
            rows.add(score.setting.shots)
            rows.add(score.setting.qualifier)
            rows.add(score.value.map(format) ?? "")
            rows.add(score.raw)
            rows.add(score.group ?? "")
            rows.add(paths(score.source.path))
            rows.add(score.source.line)
            rows.add(score.source.column)
            rows.add(score.source.table?.rawValue ?? "")
            rows.add(score.source.row)
            rows.add(score.source.tableColumn)
            rows.endRow()
        }
        return rows.bytes
    }

    private static func models(_ catalog: Catalog) -> [UInt8] {
        var rows = Rows(header: [
            "id", "name", "aliases", "organization", "series", "catalogued", "variant_of", "variant", "released",
            "total_parameters_b", "active_parameters_b", "architecture", "openness", "notes",
        ])
        for model in catalog.models {
            rows.add(row: [
                model.id.rawValue, model.name, model.aliases.joined(separator: "; "),
                model.organization?.rawValue ?? "",
                model.series?.rawValue ?? "", model.isCatalogued ? "true" : "false", model.variantOf?.rawValue ?? "",
                model.variant?.rawValue ?? "", model.release?.value.iso ?? "",
                model.shape.totalParameters.map { format($0.value.billions) } ?? "",
                model.shape.activeParameters.map { format($0.value.billions) } ?? "",
                model.shape.architecture?.value ?? "", model.openness?.value ?? "", model.notes,
            ])
        }
        return rows.bytes
    }

    private static func benchmarks(_ catalog: Catalog) -> [UInt8] {
        var rows = Rows(header: ["id", "name", "aliases", "category", "metrics"])
        for benchmark in catalog.benchmarks {
            let metrics = benchmark.metrics.keys.sorted().map { key -> String in
                let metric = benchmark.metrics[key]!
                return "\(key.isEmpty ? "(unnamed)" : key):\(metric.scale.rawValue):\(metric.direction.rawValue)"
            }
            rows.add(row: [
                benchmark.id.rawValue, benchmark.name, benchmark.aliases.joined(separator: "; "),
                benchmark.category ?? "", metrics.joined(separator: "; "),
            ])
        }
        return rows.bytes
    }

    /// `78.9`, `2046`, never `78.90000001` or `2046.0`.
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// Columns written as numbers; every other column is text.
    fileprivate static let numericColumns: Set<String> = [
        "value", "line", "column", "row", "table_column", "total_parameters_b", "active_parameters_b",
    ]

    /// The CSV text, written cell by cell as cells are added: a view of every score held as
    /// rows of strings first took several times the text's size, and a string per cell took
    /// the scores view's time.
    private struct Rows {
        private(set) var bytes: [UInt8] = []
        private let isNumeric: [Bool]
        private var column = 0
        private var isHeader = true

        init(header: [String]) {
            isNumeric = header.map(CSVExport.numericColumns.contains)
            add(row: header)
            isHeader = false
        }

        mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

        mutating func add(row: [String]) {
            for cell in row { add(cell) }
            endRow()
        }

        /// The next cell, a number if its column is numeric (never in the header), else text.
        mutating func add(_ cell: String) {
            if column > 0 { bytes.append(UInt8(ascii: ",")) }
            CSVExport.appendField(cell, isNumber: !isHeader && isNumeric[column], to: &bytes)
            column += 1
        }

        /// A whole number (a line, a column); nothing for nil.
        mutating func add(_ number: Int?) {
            if column > 0 { bytes.append(UInt8(ascii: ",")) }
            if let number { bytes += String(number).utf8 }
            column += 1
        }

        mutating func endRow() {
            bytes.append(UInt8(ascii: "\n"))
            column = 0
        }
    }

    /// The one place CSV escaping happens. Text that would start a formula gets a leading `'` and
    /// quotes (OWASP's CSV injection rule: `=`, `+`, `-`, `@`, tab, CR or LF first); numbers are
    /// left as they are, so `-1` stays a number. All the characters looked at are ASCII, so the
    /// UTF-8 bytes are read directly.
    fileprivate static func appendField(_ text: String, isNumber: Bool, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            // A lone `-` (not reported) can start no formula, so it stays as the table wrote it.
            let isLoneDash = utf8.count == 1 && utf8[0] == UInt8(ascii: "-")
            let isFormula = !isNumber && !isLoneDash && utf8.first.map(isFormulaStart) == true
            let needsQuotes = utf8.contains { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 0x0A || $0 == 0x0D }
            guard isFormula || needsQuotes else { return out.append(contentsOf: utf8) }
            out.append(quote)
            if isFormula { out.append(UInt8(ascii: "'")) }
            for byte in utf8 {
                if byte == quote { out.append(quote) }
                out.append(byte)
            }
            out.append(quote)
        }
    }

    private static let quote = UInt8(ascii: "\"")

    private static func isFormulaStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@")
            || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }
}
