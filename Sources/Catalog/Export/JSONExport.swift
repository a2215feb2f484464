/// The graph as JSON for other tools: stable ids, sorted keys, one entity a line (`linesText`),
/// the schema in docs/export.md.
public enum JSONExport {
    /// The same text as one `JSONValue` of the whole graph would give, written one entity at a
    /// time: a tree of every score holds several times the text's size (hundreds of MB at 100
    /// copies of the seed), so only one entity's tree exists at once.
    /// Source paths are written as `paths` gives them.
    public static func render(_ catalog: Catalog, paths: PublishedPaths = .asGiven) -> String {
        String(decoding: bytes(catalog, paths: paths), as: UTF8.self)
    }

    /// `render` as UTF-8, made without the text in between (the site writes these bytes).
    public static func bytes(_ catalog: Catalog, paths: PublishedPaths = .asGiven) -> [UInt8] {
        write(catalog, writer: MemberWriter(previous: nil, records: false), paths: paths).bytes
    }

    /// `bytes`, copying the text of every entity that `previous` wrote already (`atlas serve`
    /// exports again after each edit; most entities are as they were). Also returns where each
    /// entity's text is, for the next export.
    /// `previous` must have been written with the same `paths`.
    public static func bytes(_ catalog: Catalog, reusing previous: Written?, paths: PublishedPaths = .asGiven)
        -> Written
    {
        write(catalog, writer: MemberWriter(previous: previous, records: true), paths: paths)
    }

    private static func write(_ catalog: Catalog, writer: MemberWriter, paths: PublishedPaths) -> Written {
        var out = Array("{".utf8)
        // The last export's size and a little more: growing by doubling copied tens of megabytes,
        // and slack above a sixteenth is copied away when the site keeps the bytes
        // (`RenderedSite.compact`: 58 MB at 100x).
        if let previous = writer.previous {
            out.reserveCapacity(previous.bytes.count + previous.bytes.count / 32 + 4096)
        }
        var layout = Layout()
        // Members in sorted key order, as `JSONValue.object` writes them.
        func tree<Element>(_ convert: @escaping (Element) -> JSONValue) -> (Element, inout [UInt8]) -> Void {
            { element, out in convert(element).writeCompact(to: &out) }
        }
        writer.member("benchmarks", catalog.benchmarks, tree { benchmark($0, paths) }, \.benchmarks, to: &out, &layout)
        writer.member("models", catalog.models, tree { model($0, paths) }, \.models, to: &out, &layout)
        writer.member("organizations", catalog.organizations, tree(organization), \.organizations, to: &out, &layout)
        out += "\"schema\":\"atlas-catalog/1\",\n".utf8
        writer.member("scores", catalog.scores, { write($0, paths, to: &$1) }, \.scores, to: &out, &layout)
        writer.member("series", catalog.series, tree { series($0, paths) }, \.series, to: &out, &layout)
        writer.member("tables", catalog.tables, tree { table($0, paths) }, \.tables, to: &out, &layout, last: true)
        out += "}\n".utf8
        return Written(bytes: out, layout: layout)
    }

    /// An export's bytes and where each entity's text sits in them.
    public struct Written: Sendable {
        public var bytes: [UInt8]
        var layout: Layout
    }

    /// Each entity's text in an export, with the entity's whole value: an equal value writes the same text.
    struct Layout: Sendable {
        var benchmarks = Placed<[Benchmark]>()
        var models = Placed<[Model]>()
        var organizations = Placed<[Organization]>()
        var scores = Placed<ScoreList>()
        var series = Placed<[Series]>()
        var tables = Placed<[ResultsTable]>()
    }

    /// One member's elements, in order, and where each one's text is.
    struct Placed<Elements: RandomAccessCollection & Sendable>: Sendable
    where Elements.Element: Hashable & Sendable, Elements.Index == Int {
        var elements: Elements?
        var ranges: [Range<Int>] = []

        /// Where `new`'s elements were written last time, where they were: walked in step, since an
        /// edit changes few elements and moves none, so most are compared once with `==` (hashing
        /// 100,000 scores each time cost more than writing them); an element out of step is looked up.
        func ranges(for new: Elements) -> [Range<Int>?] {
            guard let elements else { return Array(repeating: nil, count: new.count) }
            var found: [Range<Int>?] = []
            found.reserveCapacity(new.count)
            var next = 0
            var positions: [Elements.Element: Int]?
            for (index, element) in new.enumerated() {
                if next < elements.count, elements[next] == element {
                    found.append(ranges[next])
                    next += 1
                } else if next + 1 < elements.count, index + 1 < new.count, elements[next + 1] == new[index + 1] {
                    found.append(nil)  // this one changed in place
                    next += 1
                } else {
                    let lookup =
                        positions ?? Dictionary(elements.indices.map { (elements[$0], $0) }) { first, _ in first }
                    positions = lookup
                    let position = lookup[element]
                    found.append(position.map { ranges[$0] })
                    if let position { next = position + 1 }
                }
            }
            return found
        }
    }

    /// Writes the top-level members, each element converted, or copied from `previous`.
    private struct MemberWriter {
        var previous: Written?
        /// Whether to note where each element went (for a next export to reuse).
        var records: Bool

        /// `"key":[` and each element on a line of its own, then `]`.
        func member<Elements: RandomAccessCollection & Sendable>(
            _ key: String, _ elements: Elements, _ write: (Elements.Element, inout [UInt8]) -> Void,
            _ place: WritableKeyPath<Layout, Placed<Elements>>, to out: inout [UInt8], _ layout: inout Layout,
            last: Bool = false
        ) where Elements.Element: Hashable & Sendable, Elements.Index == Int {
            out += "\"\(key)\":".utf8
            if elements.isEmpty {
                out += "[]".utf8
            } else {
                out += "[\n".utf8
                let known = previous.map { $0.layout[keyPath: place].ranges(for: elements) }
                var ranges: [Range<Int>] = []
                if records { ranges.reserveCapacity(elements.count) }
                // The last export's bytes, borrowed once: a slice and retain per element (100,000
                // scores) cost more than the copying.
                (previous?.bytes ?? []).withUnsafeBufferPointer { earlier in
                    for (index, element) in elements.enumerated() {
                        let start = out.count
                        if let range = known?[index] {
                            out.append(contentsOf: UnsafeBufferPointer(rebasing: earlier[range]))
                        } else {
                            write(element, &out)
                        }
                        if records { ranges.append(start..<out.count) }
                        out += (index + 1 < elements.count ? ",\n" : "\n").utf8
                    }
                }
                out += "]".utf8
                if records { layout[keyPath: place] = Placed(elements: elements, ranges: ranges) }
            }
            if !last { out += ",\n".utf8 }
        }
    }

    /// The whole graph as one value: what `render` writes, built whole (tests compare the two).
    static func document(_ catalog: Catalog, paths: PublishedPaths = .asGiven) -> JSONValue {
        .object([
            "schema": .string("atlas-catalog/1"),
            "organizations": .array(catalog.organizations.map(organization)),
            "series": .array(catalog.series.map { series($0, paths) }),
            "models": .array(catalog.models.map { model($0, paths) }),
            "benchmarks": .array(catalog.benchmarks.map { benchmark($0, paths) }),
            "tables": .array(catalog.tables.map { table($0, paths) }),
            "scores": .array(catalog.scores.map { score($0, paths) }),
        ])
    }

    static func source(_ provenance: Provenance, _ paths: PublishedPaths) -> JSONValue {
        .ordered([
            ("column", .optional(provenance.column)), ("line", .optional(provenance.line)),
            ("path", .string(paths(provenance.path))), ("row", .optional(provenance.row)),
            ("table", .optional(provenance.table?.rawValue)), ("tableColumn", .optional(provenance.tableColumn)),
        ])
    }

    private static func organization(_ org: Organization) -> JSONValue {
        .object([
            "id": .string(org.id.rawValue), "name": .string(org.name), "aliases": .strings(org.aliases),
            "url": .optional(org.url),
        ])
    }

    private static func series(_ series: Series, _ paths: PublishedPaths) -> JSONValue {
        .object([
            "id": .string(series.id.rawValue), "name": .string(series.name),
            "organization": .optional(series.organization?.rawValue), "summary": .string(series.summary),
            "models": .strings(series.models.map(\.rawValue)), "tables": .strings(series.resultsTables.map(\.rawValue)),
            "citations": .array(
                series.citations.map { .object(["label": .string($0.label), "url": .string($0.url)]) }),
            "section": series.section.map {
                .object([
                    "path": .string(paths($0.path)), "title": .string($0.title), "line": .optional($0.location.line),
                ])
            } ?? .null,
            "source": source(series.source, paths),
        ])
    }

    private static func count(_ sourced: Sourced<ParameterCount>?, _ paths: PublishedPaths) -> JSONValue {
        guard let sourced else { return .null }
        return .object([
            "billions": .number(sourced.value.billions), "text": .string(sourced.value.text),
            "source": source(sourced.source, paths),
        ])
    }

    private static func model(_ model: Model, _ paths: PublishedPaths) -> JSONValue {
        let release: JSONValue =
            model.release.map {
                .object([
                    "text": .string($0.value.description), "iso": .string($0.value.iso),
                    "year": .optional($0.value.year),
                    "month": .optional($0.value.month), "source": source($0.source, paths),
                ])
            } ?? .null
        return .object([
            "id": .string(model.id.rawValue), "name": .string(model.name), "aliases": .strings(model.aliases),
            "organization": .optional(model.organization?.rawValue), "series": .optional(model.series?.rawValue),
            "catalogued": .bool(model.isCatalogued), "variantOf": .optional(model.variantOf?.rawValue),
            "variant": .optional(model.variant?.rawValue), "released": release, "notes": .string(model.notes),
            "parameters": .object([
                "total": count(model.shape.totalParameters, paths),
                "active": count(model.shape.activeParameters, paths),
            ]),
            "architecture": .optional(model.shape.architecture?.value),
            "architectureDetail": .optional(model.shape.architectureDetail?.value),
            "openness": .optional(model.openness?.value), "source": source(model.source, paths),
        ])
    }

    private static func benchmark(_ benchmark: Benchmark, _ paths: PublishedPaths) -> JSONValue {
        .object([
            "id": .string(benchmark.id.rawValue), "name": .string(benchmark.name),
            "aliases": .strings(benchmark.aliases),
            "category": .optional(benchmark.category),
            "metrics": .array(
                benchmark.metrics.keys.sorted().map { key in
                    let metric = benchmark.metrics[key]!
                    return .object([
                        "name": .string(metric.name), "scale": .string(metric.scale.rawValue),
                        "direction": .string(metric.direction.rawValue),
                    ])
                }),
            "source": source(benchmark.source, paths),
        ])
    }

    private static func table(_ table: ResultsTable, _ paths: PublishedPaths) -> JSONValue {
        .object([
            "id": .string(table.id.rawValue), "headingPath": .strings(table.headingPath),
            "series": .optional(table.series?.rawValue), "orientation": .string(table.orientation.rawValue),
            "models": .strings(table.models.map(\.rawValue)), "benchmarks": .strings(table.benchmarks.map(\.rawValue)),
            "source": source(table.source, paths),
        ])
    }

    /// `score(score, paths)` written compact, without building it: the export's most numerous
    /// entity (a tree per score was most of the export's time).
    static func write(_ score: Score, _ paths: PublishedPaths, to out: inout [UInt8]) {
        var object = CompactObject(appendingTo: &out)
        object.member("benchmark", score.benchmark.rawValue)
        object.member("group", score.group)
        object.member("model", score.model.rawValue)
        object.member("raw", score.raw)
        object.open("setting")
        object.member("metric", score.setting.metric)
        object.member("qualifier", score.setting.qualifier)
        object.member("shots", score.setting.shots)
        object.close()
        object.open("source")
        let source = score.source
        object.member("column", source.column)
        object.member("line", source.line)
        object.member("path", paths(source.path))
        object.member("row", source.row)
        object.member("table", source.table?.rawValue)
        object.member("tableColumn", source.tableColumn)
        object.close()
        object.member("value", score.value)
        object.finish(into: &out)
    }

    static func score(_ score: Score, _ paths: PublishedPaths) -> JSONValue {
        .ordered([
            ("benchmark", .string(score.benchmark.rawValue)), ("group", .optional(score.group)),
            ("model", .string(score.model.rawValue)), ("raw", .string(score.raw)),
            (
                "setting",
                .ordered([
                    ("metric", .string(score.setting.metric)), ("qualifier", .string(score.setting.qualifier)),
                    ("shots", .string(score.setting.shots)),
                ])
            ),
            ("source", source(score.source, paths)), ("value", .optional(score.value)),
        ])
    }
}
