import Markdown
import Yams

/// What keeps loading `atlas.yml` linear in its size.
extension ConfigLoader {
    /// Refuses a tree whose aliases (`*name`) expand it to more values than a file of its size
    /// could hold without them (two per byte, as in `{a,b}`): a few lines of anchors and aliases
    /// would otherwise cost minutes and gigabytes to decode. The walk stops there, so it is linear.
    static func refuseExpansion(of root: Node, size: Int, lines: LineIndex, path: String) throws(Diagnostic) {
        let limit = 2 * size + 16
        var budget = limit
        var pending = [root]
        while let node = pending.popLast() {
            budget -= 1
            guard budget >= 0 else {
                throw Diagnostic(
                    .error, at: location(node.mark, in: lines, path: path),
                    "aliases (`*name`) expand the configuration beyond \(limit) values, more than a file of its "
                        + "size can hold; write the values out instead of repeating an alias")
            }
            if let sequence = node.sequence { pending += sequence }
            if let mapping = node.mapping {
                for (key, value) in mapping { pending += [key, value] }
            }
        }
    }

    /// Refuses a model prefix that normalises to nothing (`""`, `"-"`): it would claim every model.
    static func refuseEmptyPrefixes(_ config: CatalogConfig, root: Node, lines: LineIndex, path: String)
        throws(Diagnostic)
    {
        let rules = root.mapping?["organizations"]?.sequence ?? []
        for (index, organization) in config.organizations.enumerated() {
            for (position, prefix) in organization.modelPrefixes.enumerated() where NameKey(prefix).value.isEmpty {
                let node = rules.indices.contains(index) ? rules[index].mapping?["modelPrefixes"] : nil
                let mark = node?.sequence.flatMap { $0.indices.contains(position) ? $0[position].mark : nil }
                throw Diagnostic(
                    .error, at: location(mark ?? node?.mark, in: lines, path: path),
                    "model prefix `\(prefix)` of \(organization.name) is empty once spaces, hyphens and case "
                        + "are set aside, so it would claim every model; remove it or write the name's start")
            }
        }
    }
}

/// The configuration's maps from names to values, taken out of the tree and decoded entry by
/// entry: Yams finds a key by scanning its mapping, so decoding a whole map of n entries at once
/// costs n² comparisons (10,000 model aliases: minutes).
struct EntryMaps {
    private(set) var rest: Node
    private(set) var modelAliases: Node.Mapping?
    private(set) var benchmarkAliases: Node.Mapping?
    private(set) var benchmarkCategories: Node.Mapping?
    private(set) var benchmarkScales: Node.Mapping?
    private var variants: Node.Mapping?

    init(_ root: Node) {
        guard var top = root.mapping else {
            rest = root
            return
        }
        modelAliases = Self.take("modelAliases", from: &top)
        benchmarkAliases = Self.take("benchmarkAliases", from: &top)
        benchmarkCategories = Self.take("benchmarkCategories", from: &top)
        benchmarkScales = Self.take("benchmarkScales", from: &top)
        if var vocabulary = top["vocabulary"]?.mapping {
            variants = Self.take("variants", from: &vocabulary)
            top["vocabulary"] = .mapping(vocabulary)
        }
        rest = .mapping(top)
    }

    /// Removes `key` when its value is a mapping; anything else stays for the decoder to report.
    private static func take(_ key: String, from mapping: inout Node.Mapping) -> Node.Mapping? {
        guard let value = mapping[key]?.mapping else { return nil }
        mapping[key] = nil
        return value
    }

    /// Decodes the maps taken out into `config`.
    func decode(into config: inout CatalogConfig, lines: LineIndex, path: String) throws(Diagnostic) {
        let read = { (mapping: Node.Mapping?, name: [String]) throws(Diagnostic) -> [String: [String]]? in
            try mapping.map { mapping throws(Diagnostic) in try Self.entries(mapping, name, lines: lines, path: path) }
        }
        config.modelAliases = try read(modelAliases, ["modelAliases"]) ?? config.modelAliases
        config.benchmarkAliases = try read(benchmarkAliases, ["benchmarkAliases"]) ?? config.benchmarkAliases
        config.benchmarkCategories =
            try read(benchmarkCategories, ["benchmarkCategories"]) ?? config.benchmarkCategories
        config.vocabulary.variants = try read(variants, ["vocabulary", "variants"]) ?? config.vocabulary.variants
        if let benchmarkScales {
            config.benchmarkScales = try Self.entries(benchmarkScales, ["benchmarkScales"], lines: lines, path: path)
        }
    }

    /// Each entry decoded on its own; errors name the entry's key path and point at its value.
    /// Keys that are not text are skipped, as Swift's own decoding of a dictionary does.
    private static func entries<Value: Decodable>(
        _ mapping: Node.Mapping, _ name: [String], lines: LineIndex, path: String
    ) throws(Diagnostic) -> [String: Value] {
        var result: [String: Value] = [:]
        result.reserveCapacity(mapping.count)
        for (key, value) in mapping {
            guard let text = key.string else { continue }
            do {
                result[text] = try YAMLDecoder().decode(Value.self, from: value)
            } catch let error as DecodingError {
                let mark = ConfigLoader.mark(at: ConfigLoader.codingPath(of: error), in: value)
                throw Diagnostic(
                    .error, at: ConfigLoader.location(mark, in: lines, path: path),
                    ConfigLoader.describe(error, under: (name + [text]).map(TextKey.init)))
            } catch {
                throw Diagnostic(
                    .error, at: ConfigLoader.location(value.mark, in: lines, path: path),
                    "cannot read configuration: \(error)")
            }
        }
        return result
    }
}

/// A key of the configuration, by name.
struct TextKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ text: String) { stringValue = text }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// The lines of a file, split once, so that placing n diagnostics costs n lines, not n files.
struct LineIndex {
    private let lines: [Substring.UnicodeScalarView]

    init(_ text: String) {
        lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The UTF-8 column of libyaml's `scalar` column (counted in Unicode scalars) on `line`.
    func utf8Column(line: Int, scalar column: Int) -> Int {
        guard lines.indices.contains(line - 1) else { return column }
        return lines[line - 1].prefix(max(0, column - 1)).reduce(1) { $0 + UTF8.width($1) }
    }
}
