/// Flat CSV views of the graph (RFC 4180: quoted where needed, CRLF-free `\n` rows, UTF-8), safe
/// to open in a spreadsheet: no text cell starts a formula.
public enum CSVExport {
    public enum View: String, CaseIterable, Sendable {
        case scores, models, benchmarks
    }

    public static func render(_ catalog: Catalog, view: View) -> String {
        String(decoding: bytes(catalog, view: view), as: UTF8.self)
    }

    /// `render` as UTF-8 (the site writes these bytes).
    public static func bytes(_ catalog: Catalog, view: View) -> [UInt8] {
        switch view {
        case .scores: return scores(catalog)
        case .models: return models(catalog)
        case .benchmarks: return benchmarks(catalog)
        }
    }

    private static func scores(_ catalog: Catalog) -> [UInt8] {
        var rows = Rows(header: [
            "model", "model_name", "organization", "series", "benchmark", "benchmark_name", "category", "metric",
            "shots", "qualifier", "value", "raw", "group", "path", "line", "column", "table", "row", "table_column",
        ])
        for score in catalog.scores {
            let model = catalog.model(score.model)
            let benchmark = catalog.benchmark(score.benchmark)
            rows.append([
                score.model.rawValue, model?.name ?? "", model?.organization?.rawValue ?? "",
                model?.series?.rawValue ?? "",
                score.benchmark.rawValue, benchmark?.name ?? "", benchmark?.category ?? "", score.setting.metric,
                score.setting.shots, score.setting.qualifier, score.value.map(format) ?? "", score.raw,
                score.group ?? "",
                score.source.path, "\(score.source.line)", "\(score.source.column)", score.source.table?.rawValue ?? "",
                score.source.row.map(String.init) ?? "", score.source.tableColumn.map(String.init) ?? "",
            ])
        }
        return rows.bytes
    }

    private static func models(_ catalog: Catalog) -> [UInt8] {
        var rows = Rows(header: [
            "id", "name", "aliases", "organization", "series", "catalogued", "variant_of", "variant", "released",
            "total_parameters_b", "active_parameters_b", "architecture", "openness", "notes",
        ])
        for model in catalog.models {
            rows.append([
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
            rows.append([
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

    /// The CSV text, written row by row as rows are added: a view of every score held as
    /// rows of strings first took several times the text's size.
    private struct Rows {
        private(set) var bytes: [UInt8] = []
        private let isNumeric: [Bool]

        init(header: [String]) {
            isNumeric = header.map(CSVExport.numericColumns.contains)
            write(header, numbers: false)
        }

        mutating func append(_ row: [String]) { write(row, numbers: true) }

        private mutating func write(_ row: [String], numbers: Bool) {
            for (index, (cell, numeric)) in zip(row, isNumeric).enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes += CSVExport.field(cell, isNumber: numbers && numeric).utf8
            }
            bytes.append(UInt8(ascii: "\n"))
        }
    }

    /// Characters that make a spreadsheet read a cell as a formula when they start it (OWASP).
    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n"]

    /// The one place CSV escaping happens. Text that would start a formula gets a leading `'` and
    /// quotes (OWASP's CSV injection rule); numbers are left as they are, so `-1` stays a number.
    fileprivate static func field(_ text: String, isNumber: Bool) -> String {
        // A lone `-` (not reported) can start no formula, so it stays as the table wrote it.
        let isFormula = !isNumber && text != "-" && text.unicodeScalars.first.map(formulaStarts.contains) == true
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard isFormula || needsQuotes else { return text }
        let body = isFormula ? "'" + text : text
        return "\"" + body.replacingAll("\"", with: "\"\"") + "\""
    }
}
