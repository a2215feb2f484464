import Markdown
import Yams

/// Reads `atlas.yml`. Errors come back as diagnostics with the file's line and column.
public enum ConfigLoader {
    public static func load(yaml: String, path: String) throws(Diagnostic) -> CatalogConfig {
        do {
            return try YAMLDecoder().decode(CatalogConfig.self, from: yaml)
        } catch let error as YamlError {
            throw Diagnostic(.error, at: location(of: error, path: path), "invalid YAML: \(summary(of: error))")
        } catch let error as DecodingError {
            throw Diagnostic(.error, at: SourceLocation(path: path, line: 1, column: 1), describe(error))
        } catch {
            throw Diagnostic(.error, at: SourceLocation(path: path, line: 1, column: 1), "cannot read configuration: \(error)")
        }
    }

    private static func location(of error: YamlError, path: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(path: path, line: mark.line, column: mark.column)
        default:
            return SourceLocation(path: path, line: 1, column: 1)
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func keyPath(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return "`\(keyPath(context.codingPath))` should be \(type): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "`\(keyPath(context.codingPath + [key]))` is required"
        case .dataCorrupted(let context):
            return "`\(keyPath(context.codingPath))`: \(context.debugDescription)"
        @unknown default:
            return "invalid configuration: \(error)"
        }
    }
}
