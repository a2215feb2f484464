import Markdown
import Yams

/// Reads `atlas.yml`. Errors come back as diagnostics with the file's line and column.
public enum ConfigLoader {
    public static func load(yaml: String, path: String) throws(Diagnostic) -> CatalogConfig {
        let lines = LineIndex(yaml)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw Diagnostic(
                .error, at: location(of: error, in: lines, path: path), "invalid YAML: \(summary(of: error))")
        } catch {
            throw Diagnostic(
                .error, at: SourceLocation(path: path, line: 1, column: 1), "cannot read configuration: \(error)")
        }
        // A file that is empty or only comments configures nothing: the defaults apply.
        guard let root else { return CatalogConfig() }
        try refuseExpansion(of: root, size: yaml.utf8.count, lines: lines, path: path)
        let split = EntryMaps(root)
        do {
            var config = try YAMLDecoder().decode(CatalogConfig.self, from: split.rest)
            try split.decode(into: &config, lines: lines, path: path)
            try split.refuseContradictions(lines: lines, path: path)
            try refuseEmptyPrefixes(config, root: root, lines: lines, path: path)
            return config
        } catch let error as DecodingError {
            let mark = self.mark(at: codingPath(of: error), in: root)
            throw Diagnostic(.error, at: location(mark, in: lines, path: path), describe(error))
        } catch let error as Diagnostic {
            throw error
        } catch {
            throw Diagnostic(
                .error, at: SourceLocation(path: path, line: 1, column: 1), "cannot read configuration: \(error)")
        }
    }

    /// Keys the configuration does not know (a typo such as `modelAlias`), as warnings at their
    /// place in the file: they would otherwise be ignored without a word.
    public static func unknownKeys(yaml: String, path: String) -> [Diagnostic] {
        guard let root = try? Yams.compose(yaml: yaml) else { return [] }
        let lines = LineIndex(yaml)
        // An organization repeated through aliases would repeat its warnings: `load` refuses it.
        guard (try? refuseExpansion(of: root, size: yaml.utf8.count, lines: lines, path: path)) != nil else {
            return []
        }
        var found: [Diagnostic] = []
        func check<Key: CodingKey>(_ node: Node?, _ keys: Key.Type, _ context: String) {
            guard let mapping = node?.mapping else { return }
            for (key, _) in mapping {
                guard let name = key.string, Key(stringValue: name) == nil else { continue }
                found.append(
                    Diagnostic(
                        .warning, at: location(key.mark, in: lines, path: path),
                        "unknown key `\(name)`\(context); it is ignored (check the spelling)"))
            }
        }
        check(root, CatalogConfig.CodingKeys.self, "")
        for organization in root.mapping?["organizations"]?.sequence ?? [] {
            check(organization, CatalogConfig.OrganizationRule.CodingKeys.self, " in an organization")
        }
        check(root.mapping?["vocabulary"], CatalogConfig.Vocabulary.CodingKeys.self, " in vocabulary")
        return found
    }

    // MARK: - Where

    private static func location(of error: YamlError, in lines: LineIndex, path: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return location(mark, in: lines, path: path)
        case .duplicatedKeysInMapping(_, let context):
            return location(context.mark, in: lines, path: path)
        default:
            return SourceLocation(path: path, line: 1, column: 1)
        }
    }

    /// The value a decoding error is about, followed down its key path as far as the file goes
    /// (for a missing key: the mapping that lacks it).
    static func mark(at codingPath: [any CodingKey], in root: Node) -> Mark? {
        var node = root
        var mark = root.mark
        for key in codingPath {
            if let index = key.intValue, let sequence = node.sequence, sequence.indices.contains(index) {
                node = sequence[index]
            } else if let child = node.mapping?[key.stringValue] {
                node = child
            } else {
                break
            }
            mark = node.mark ?? mark
        }
        return mark
    }

    /// libyaml counts columns in Unicode scalars; Atlas, like cmark, in UTF-8 bytes.
    static func location(_ mark: Mark?, in lines: LineIndex, path: String) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path, line: 1, column: 1) }
        return SourceLocation(
            path: path, line: mark.line, column: lines.utf8Column(line: mark.line, scalar: mark.column))
    }

    static func codingPath(of error: DecodingError) -> [any CodingKey] {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
            .dataCorrupted(let context):
            return context.codingPath
        @unknown default:
            return []
        }
    }

    // MARK: - What

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }

    /// What is wrong, naming the value by its key path (`under`, then the error's own path).
    static func describe(_ error: DecodingError, under prefix: [any CodingKey] = []) -> String {
        func keyPath(_ path: [any CodingKey]) -> String {
            path.reduce("") { text, key in
                key.intValue.map { text + "[\($0)]" } ?? (text.isEmpty ? key.stringValue : text + "." + key.stringValue)
            }
        }
        /// `a list such as [a, b]` rather than `Sequence` or `Array<String>`.
        func kind(_ type: Any.Type) -> String {
            let name = "\(type)"
            if name.hasPrefix("Array") || name == "Sequence" { return "a list, such as [a, b]" }
            if name.hasPrefix("Dictionary") || name == "Mapping" { return "a mapping of names to values" }
            if name == "String" || name == "Scalar" { return "text" }
            if name.hasPrefix("Scale") { return "one of " + Scale.allCases.map(\.rawValue).joined(separator: ", ") }
            return name
        }
        switch error {
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return "`\(keyPath(prefix + context.codingPath))` should be \(kind(type))"
        case .keyNotFound(let key, let context):
            return "`\(keyPath(prefix + context.codingPath + [key]))` is required"
        case .dataCorrupted(let context):
            let path = prefix + context.codingPath
            if path.first?.stringValue == "benchmarkScales" {
                return "`\(keyPath(path))` should be \(kind(Scale.self))"
            }
            return "`\(keyPath(path))`: \(context.debugDescription)"
        @unknown default:
            return "invalid configuration: \(error)"
        }
    }
}
