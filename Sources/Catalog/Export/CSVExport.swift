import Foundation

/// Flat CSV views of the graph (RFC 4180: quoted where needed, CRLF-free `\n` rows, UTF-8), safe
/// to open in a spreadsheet: no text cell starts a formula.
public enum CSVExport {
    public enum View: String, CaseIterable, Sendable {
        case scores, models, benchmarks
    }

    public static func render(_ catalog: Catalog, view: View) -> String {
        switch view {
        case .scores: return scores(catalog)
        case .models: return models(catalog)
        case .benchmarks: return benchmarks(catalog)
        }
    }

    private static func scores(_ catalog: Catalog) -> String {
        var rows = [
            [
                "model", "model_name", "organization", "series", "benchmark", "benchmark_name", "category", "metric",
                "shots", "qualifier", "value", "raw", "group", "path", "line", "column", "table", "row", "table_column",
            ]
        ]
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
        return table(rows)
    }

    private static func models(_ catalog: Catalog) -> String {
        var rows = [
            [
                "id", "name", "aliases", "organization", "series", "catalogued", "variant_of", "variant", "released",
                "total_parameters_b", "active_parameters_b", "architecture", "openness", "notes",
            ]
        ]
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
        return table(rows)
    }

    private static func benchmarks(_ catalog: Catalog) -> String {
        var rows = [["id", "name", "aliases", "category", "metrics"]]
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
        return table(rows)
    }

    /// `78.9`, `2046`, never `78.90000001` or `2046.0`.
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// Columns written as numbers; every other column is text.
    private static let numericColumns: Set<String> = [
        "value", "line", "column", "row", "table_column", "total_parameters_b", "active_parameters_b",
    ]

    private static func table(_ rows: [[String]]) -> String {
        guard let header = rows.first else { return "" }
        let isNumeric = header.map(numericColumns.contains)
        let lines = rows.enumerated().map { index, row in
            zip(row, isNumeric).map { text, numeric in field(text, isNumber: index > 0 && numeric) }
                .joined(separator: ",")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Characters that make a spreadsheet read a cell as a formula when they start it (OWASP).
    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n"]

    /// The one place CSV escaping happens. Text that would start a formula gets a leading `'` and
    /// quotes (OWASP's CSV injection rule); numbers are left as they are, so `-1` stays a number.
    private static func field(_ text: String, isNumber: Bool) -> String {
        // A lone `-` (not reported) can start no formula, so it stays as the table wrote it.
        let isFormula = !isNumber && text != "-" && text.unicodeScalars.first.map(formulaStarts.contains) == true
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard isFormula || needsQuotes else { return text }
        let body = isFormula ? "'" + text : text
        return "\"" + body.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
