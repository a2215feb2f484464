import Foundation
import Markdown
import Mustache

/// The site's Mustache templates, loaded once from a folder and checked before any page is rendered.
///
/// swift-mustache renders a missing template or partial as nothing; this wrapper turns each of
/// those cases into an error that names the template file, so a typo never ships blank pages.
public struct TemplateSet: Sendable {
    /// Templates every build renders; each is `<name>.mustache` in the templates folder.
    public static let requiredNames = [
        "layout", "index", "section", "model", "benchmark", "series", "organization",
        "model-index", "benchmark-index", "series-index", "organization-index",
    ]

    let library: MustacheLibrary
    /// The folder as the user named it, for messages (`Templates/index.mustache`).
    public let directory: String
    /// The same templates compiled for `TemplateFields` views (no reflection), made on first use.
    private let compiled = CompiledTemplateCache()
    /// The templates each template includes (`{{> part}}`, `{{< parent}}`), by name.
    let inclusions: [String: [String]]

    init(library: MustacheLibrary, directory: String, names: [String]) {
        self.library = library
        self.directory = directory
        var inclusions: [String: [String]] = [:]
        for name in names {
            inclusions[name] = library.getTemplate(named: name).map { Self.referencedNames(in: $0.description) } ?? []
        }
        self.inclusions = inclusions
    }

    /// Loads every `*.mustache` file under `directory` and checks the required templates and
    /// every partial or parent they name exist.
    public static func load(from directory: String) async throws(Diagnostic) -> TemplateSet {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            throw Diagnostic(
                .error, at: location(directory),
                "templates folder not found (pass the folder that holds layout.mustache with --templates)")
        }
        var library = MustacheLibrary()
        var names: [String] = []
        let files = FileManager.default.enumerator(atPath: directory)?.compactMap { $0 as? String } ?? []
        for path in files.sorted() where path.hasSuffix(".mustache") {
            let file = join(directory, path)
            guard let data = FileManager.default.contents(atPath: file) else {
                throw Diagnostic(.error, at: location(file), "template could not be read")
            }
            let template = try SafeHTMLContent.template(String(decoding: data, as: UTF8.self), path: file)
            names.append(String(path.dropLast(".mustache".count)))
            library.register(template, named: names[names.count - 1])
        }
        let set = TemplateSet(library: library, directory: directory, names: names)
        try set.checkReferences()
        return set
    }

    /// Renders `view` with the named template; a template that is not loaded is an error.
    public func render(_ view: Any, template name: String) throws(Diagnostic) -> String {
        String(decoding: try renderBytes(view, template: name), as: UTF8.self)
    }

    /// Renders `view` as UTF-8 bytes. Page views (`TemplateFields`) go through the compiled
    /// templates, without reflection; anything else, or a template using a tag only
    /// swift-mustache knows, is rendered by swift-mustache. Both give the same bytes.
    func renderBytes(_ view: Any, template name: String) throws(Diagnostic) -> [UInt8] {
        var view = view
        if let fields = view as? any TemplateFields {
            let compiledLibrary = compiled.library(ensuring: name, from: library)
            if let template = compiledLibrary.templates[name] {
                var renderer = TemplateRenderer(library: compiledLibrary)
                renderer.render(template, view: .object(fields))
                if let runaway = renderer.runawayPartial {
                    throw Diagnostic(
                        .error, at: Self.location(Self.join(directory, runaway + ".mustache")),
                        "template '\(runaway)' is included without end (more than \(TemplateRenderer.maxDepth) "
                            + "templates deep, or more than \(TemplateRenderer.maxExpansions) inclusions on one page): "
                            + "a template includes itself, or others that include it, outside a section that ends")
                }
                if !renderer.needsFallback { return renderer.output }
            }
            view = MustacheFieldsAdapter(view: fields)
            try checkBoundedFallback(from: name, unsupported: compiledLibrary.unsupported)
        }
        guard let output = library.render(view, withTemplate: name) else {
            throw missing(name, neededBy: nil)
        }
        return Array(output.utf8)
    }

    // MARK: - Checks

    func checkReferences() throws(Diagnostic) {
        var checked: Set<String> = []
        for name in Self.requiredNames {
            guard let template = library.getTemplate(named: name) else { throw missing(name, neededBy: nil) }
            // An empty `layout.mustache` (a save that went wrong) made every page 0 bytes, and
            // the build said nothing.
            guard SafeHTMLContent.withoutPragma(template.description).contains(where: { !$0.isWhitespace }) else {
                throw Diagnostic(
                    .error, at: Self.location(Self.join(directory, name + ".mustache")),
                    "template is empty, so every page it renders would be empty (write it, or delete it to use the "
                        + "built-in theme's)")
            }
            checked.insert(name)
            try checkReferences(in: template.description, of: name, checked: &checked)
        }
    }

    /// Follows `{{> partial}}` and `{{< parent}}` tags, each template once (a chain of
    /// templates that each name the next twice was walked exponentially), through changed
    /// delimiters too (`referencedNames`).
    private func checkReferences(in text: String, of name: String, checked: inout Set<String>) throws(Diagnostic) {
        for referenced in Self.referencedNames(in: text) where checked.insert(referenced).inserted {
            guard let template = library.getTemplate(named: referenced) else {
                throw missing(referenced, neededBy: name)
            }
            try checkReferences(in: template.description, of: referenced, checked: &checked)
        }
    }

    /// Names in `{{>name}}` and `{{<name}}` tags, in order of appearance. The tags are found in
    /// the UTF-8 bytes (every build scans every template, some several times); only a tag's own
    /// text is trimmed, of spaces and tabs as `CharacterSet.whitespaces` has them.
    static func referencedNames(in text: String) -> [String] {
        var names: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            // `{{=<% %>=}}` changes the delimiters for the rest of the template: a partial named
            // with the new ones (`<%> part%>`) was never checked, and rendered as nothing.
            // A change inside a section lasts until the section ends, as swift-mustache parses it.
            var (opening, closing) = (Array("{{".utf8), Array("}}".utf8))
            var outside: [([UInt8], [UInt8])] = []
            while let open = find(opening, in: bytes, from: index),
                let close = find(closing, in: bytes, from: open + opening.count)
            {
                let tag = trimmed(String(decoding: bytes[(open + opening.count)..<close], as: UTF8.self))
                index = close + closing.count
                if let sigil = tag.first, "#^$<".contains(sigil) { outside.append((opening, closing)) }
                if tag.first == "/", let restored = outside.popLast() { (opening, closing) = restored }
                if let sigil = tag.first, sigil == ">" || sigil == "<" {
                    let name = trimmed(String(tag.dropFirst()))
                    if !name.isEmpty { names.append(name) }
                } else if tag.count > 2, tag.first == "=", tag.last == "=" {
                    let parts = tag.dropFirst().dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" })
                    if parts.count == 2 { (opening, closing) = (Array(parts[0].utf8), Array(parts[1].utf8)) }
                }
            }
        }
        return names
    }

    /// The first index at or after `start` where `pattern` occurs.
    private static func find(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = pattern.first else { return nil }
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == first, pattern.indices.allSatisfy({ bytes[index + $0] == pattern[$0] }) { return index }
            index += 1
        }
        return nil
    }

    /// Without leading and trailing spaces and tabs (`CharacterSet.whitespaces`: tab and the
    /// Unicode space separators).
    private static func trimmed(_ text: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, isSpace(first) { scalars.removeFirst() }
        while let last = scalars.last, isSpace(last) { scalars.removeLast() }
        return String(scalars)
    }

    private func missing(_ name: String, neededBy user: String?) -> Diagnostic {
        let file = Self.join(directory, name + ".mustache")
        if let user {
            return Diagnostic(
                .error, at: Self.location(Self.join(directory, user + ".mustache")),
                "template '\(name)' is used here but \(file) is missing or unreadable")
        }
        return Diagnostic(
            .error, at: Self.location(file), "template is missing or unreadable (every site needs \(file))")
    }

    static func location(_ path: String) -> SourceLocation { SourceLocation(path: path, line: 1, column: 1) }

    static func join(_ directory: String, _ file: String) -> String {
        directory.hasSuffix("/") ? directory + file : directory + "/" + file
    }
}
