import Markdown
import Mustache

extension TemplateSet {
    /// The theme's templates: the built-in ones, each replaced by the `<name>.mustache` file in
    /// `folder` when it has one, checked like `load(from:)`. Messages name files in `folder`.
    /// A file of the folder that is neither a template of the theme nor included by one, or that
    /// is not UTF-8, is a warning (`warnings`): a misspelt `modle.mustache` changed nothing, silently.
    /// So is a variable of the folder's templates that no page has (`unknownFields`).
    public static func load(overriding folder: String) throws(Diagnostic) -> TemplateSet {
        var library = MustacheLibrary()
        var names: [String] = []
        var warnings: [Diagnostic] = []
        var usersNames: [String: String] = [:]
        for file in try Theme.files(overriding: folder, include: { Theme.templateName(of: $0) != nil }) {
            guard let name = Theme.templateName(of: file.path) else { continue }
            let (bytes, badOffsets) = UTF8Repair.repair(file.bytes)
            let text = String(decoding: bytes, as: UTF8.self)
            if let first = badOffsets.first {
                warnings.append(invalidUTF8(at: first, count: badOffsets.count, in: text, path: file.origin))
            }
            library.register(try SafeHTMLContent.template(text, path: file.origin), named: name)
            names.append(name)
            if let path = file.overriddenBy {
                usersNames[name] = path
                warnings += unknownFields(in: text, path: path)
            }
        }
        var set = TemplateSet(library: library, directory: folder, names: names)
        try set.checkReferences()
        set.warnings = warnings + set.unused(usersNames)
        return set
    }

    /// The user's templates no page renders: not the theme's (which pages render or include)
    /// and included by no template.
    private func unused(_ usersNames: [String: String]) -> [Diagnostic] {
        let themeNames = Set(BuiltInTheme.files.keys.compactMap(Theme.templateName(of:)))
        let included = Set(inclusions.values.joined())
        return usersNames.keys.sorted().filter { !themeNames.contains($0) && !included.contains($0) }.map { name in
            let suggestion = themeNames.sorted().first { Self.isTypo($0, of: name) }
            return Diagnostic(
                .warning, at: Self.location(usersNames[name]!),
                "template '\(name)' is not used: the theme has no template of this name and no template includes it"
                    + (suggestion.map { " (did you mean \($0).mustache?)" } ?? ""))
        }
    }

    /// At most two letters added, dropped or changed, or two neighbours swapped.
    static func isTypo(_ candidate: String, of name: String) -> Bool {
        let (a, b) = (Array(candidate), Array(name))
        guard a != b, abs(a.count - b.count) <= 2 else { return false }
        // Optimal string alignment distance.
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count] <= 2
    }

    private static func invalidUTF8(at offset: Int, count: Int, in text: String, path: String) -> Diagnostic {
        let (line, column) = TemplateTags.position(of: offset, in: text)
        let more = count > 1 ? " (and \(count - 1) more)" : ""
        return Diagnostic(
            .warning, at: SourceLocation(path: path, line: line, column: column),
            "invalid UTF-8\(more), replaced with U+FFFD (save the template as UTF-8)")
    }
}
