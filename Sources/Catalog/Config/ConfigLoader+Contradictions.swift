import Markdown
import Yams

/// Maps of `atlas.yml` that contradict themselves. Each entry of a map was taken on its own, so
/// `Acme-A: [Acme-B]` beside `Acme-B: [Acme-A]` swapped the two models' scores, and a benchmark
/// in two categories took one or the other from build to build (the order of a dictionary): the
/// output could not be trusted, and nothing said so.
extension EntryMaps {
    func refuseContradictions(lines: LineIndex, path: String) throws(Diagnostic) {
        try Self.refuseContradictions(modelAliases, "modelAliases", kind: .aliases, lines: lines, path: path)
        try Self.refuseContradictions(benchmarkAliases, "benchmarkAliases", kind: .aliases, lines: lines, path: path)
        try Self.refuseContradictions(
            benchmarkCategories, "benchmarkCategories", kind: .categories, lines: lines, path: path)
        try Self.refuseRepeatedKeys(benchmarkScales, "benchmarkScales", lines: lines, path: path)
    }

    /// Two keys one name (`MMLU` and `mmlu`): which one's entry counted depended on the order
    /// of a dictionary.
    private static func refuseRepeatedKeys(
        _ mapping: Node.Mapping?, _ name: String, lines: LineIndex, path: String
    ) throws(Diagnostic) {
        var seen: [NameKey: String] = [:]
        for (key, _) in mapping ?? [:] {
            guard let text = key.string else { continue }
            if let first = seen[NameKey(text)] {
                throw Diagnostic(
                    .error, at: ConfigLoader.location(key.mark, in: lines, path: path),
                    "'\(text)' and '\(first)' are one name in \(name): give its entry once")
            }
            seen[NameKey(text)] = text
        }
    }

    enum MapKind { case aliases, categories }

    /// A name listed under two keys; in a map of aliases, also a spelling that is itself a key
    /// with spellings of its own (the cycle `A: [B]`, `B: [A]` is one). An error at the listing.
    private static func refuseContradictions(
        _ mapping: Node.Mapping?, _ name: String, kind: MapKind, lines: LineIndex, path: String
    ) throws(Diagnostic) {
        guard let mapping else { return }
        try refuseRepeatedKeys(mapping, name, lines: lines, path: path)
        var keys: [NameKey: String] = [:]
        for (key, _) in mapping { if let text = key.string { keys[NameKey(text)] = keys[NameKey(text)] ?? text } }
        var listedUnder: [NameKey: String] = [:]
        for (key, value) in mapping {
            guard let owner = key.string else { continue }
            for item in value.sequence ?? [] {
                guard let listed = item.string else { continue }
                let listedKey = NameKey(listed)
                let at = ConfigLoader.location(item.mark, in: lines, path: path)
                if kind == .aliases, listedKey != NameKey(owner), let other = keys[listedKey] {
                    throw Diagnostic(
                        .error, at: at,
                        "'\(listed)' is listed in \(name) as a spelling of '\(owner)', but '\(other)' has spellings "
                            + "of its own there: list every spelling under one name")
                }
                if let first = listedUnder[listedKey], NameKey(first) != NameKey(owner) {
                    throw Diagnostic(
                        .error, at: at,
                        kind == .aliases
                            ? "'\(listed)' is listed in \(name) under both '\(first)' and '\(owner)': list it under one"
                            : "'\(listed)' is in two categories, '\(first)' and '\(owner)': a benchmark has one")
                }
                listedUnder[listedKey] = owner
            }
        }
    }
}
