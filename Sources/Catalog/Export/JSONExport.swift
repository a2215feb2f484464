import Foundation

/// The graph as JSON for other tools: stable ids, sorted keys, the schema in docs/export.md.
public enum JSONExport {
    public static func render(_ catalog: Catalog) -> String {
        let document: [String: Any] = [
            "schema": "atlas-catalog/1",
            "organizations": catalog.organizations.map { org in
                ["id": org.id.rawValue, "name": org.name, "aliases": org.aliases, "url": org.url as Any? ?? NSNull()]
                    as [String: Any]
            },
            "series": catalog.series.map(series),
            "models": catalog.models.map(model),
            "benchmarks": catalog.benchmarks.map(benchmark),
            "tables": catalog.tables.map { table in
                [
                    "id": table.id.rawValue, "headingPath": table.headingPath,
                    "series": table.series?.rawValue as Any? ?? NSNull(),
                    "orientation": table.orientation.rawValue, "models": table.models.map(\.rawValue),
                    "benchmarks": table.benchmarks.map(\.rawValue), "source": source(table.source),
                ] as [String: Any]
            },
            "scores": catalog.scores.map(score),
        ]
        let data = try! JSONSerialization.data(
            withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func orNull(_ value: Any?) -> Any { value ?? NSNull() }

    static func source(_ provenance: Provenance) -> [String: Any] {
        [
            "path": provenance.path, "line": provenance.line, "column": provenance.column,
            "table": orNull(provenance.table?.rawValue), "row": orNull(provenance.row),
            "tableColumn": orNull(provenance.tableColumn),
        ]
    }

    private static func series(_ series: Series) -> [String: Any] {
        [
            "id": series.id.rawValue, "name": series.name, "organization": orNull(series.organization?.rawValue),
            "summary": series.summary, "models": series.models.map(\.rawValue),
            "tables": series.resultsTables.map(\.rawValue),
            "citations": series.citations.map { ["label": $0.label, "url": $0.url] },
            "section": orNull(series.section.map { ["path": $0.path, "title": $0.title, "line": $0.location.line] }),
            "source": source(series.source),
        ]
    }

    private static func count(_ sourced: Sourced<ParameterCount>?) -> Any {
        orNull(
            sourced.map {
                ["billions": $0.value.billions, "text": $0.value.text, "source": source($0.source)] as [String: Any]
            })
    }

    private static func model(_ model: Model) -> [String: Any] {
        let release: Any = orNull(
            model.release.map {
                [
                    "text": $0.value.description, "iso": $0.value.iso, "year": $0.value.year,
                    "month": orNull($0.value.month),
                    "source": source($0.source),
                ] as [String: Any]
            })
        return [
            "id": model.id.rawValue, "name": model.name, "aliases": model.aliases,
            "organization": orNull(model.organization?.rawValue), "series": orNull(model.series?.rawValue),
            "catalogued": model.isCatalogued, "variantOf": orNull(model.variantOf?.rawValue),
            "variant": orNull(model.variant?.rawValue), "released": release, "notes": model.notes,
            "parameters": ["total": count(model.shape.totalParameters), "active": count(model.shape.activeParameters)],
            "architecture": orNull(model.shape.architecture?.value),
            "architectureDetail": orNull(model.shape.architectureDetail?.value),
            "openness": orNull(model.openness?.value), "source": source(model.source),
        ]
    }

    private static func benchmark(_ benchmark: Benchmark) -> [String: Any] {
        [
            "id": benchmark.id.rawValue, "name": benchmark.name, "aliases": benchmark.aliases,
            "category": orNull(benchmark.category),
            "metrics": benchmark.metrics.keys.sorted().map { key in
                let metric = benchmark.metrics[key]!
                return ["name": metric.name, "scale": metric.scale.rawValue, "direction": metric.direction.rawValue]
            },
            "source": source(benchmark.source),
        ]
    }

    private static func score(_ score: Score) -> [String: Any] {
        [
            "model": score.model.rawValue, "benchmark": score.benchmark.rawValue,
            "setting": [
                "metric": score.setting.metric, "shots": score.setting.shots, "qualifier": score.setting.qualifier,
            ],
            "value": orNull(score.value), "raw": score.raw, "group": orNull(score.group),
            "source": source(score.source),
        ]
    }
}
