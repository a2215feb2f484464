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
    /// What was doubtful in the templates (a file no page uses, bytes that are not UTF-8).
    public internal(set) var warnings: [Diagnostic] = []

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
            let program = compiled.program(ensuring: name, from: library)
            var renderer = TemplateRenderer(program: program)
            if renderer.render(name, view: .object(fields)) {
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
            try checkBoundedFallback(from: name, unsupported: program.unsupported)
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
        let tags = TemplateTags(SafeHTMLContent.withoutPragma(text))
        for referenced in tags.includedNames where checked.insert(referenced).inserted {
            guard let template = library.getTemplate(named: referenced) else {
                throw missing(referenced, neededBy: name, at: tags.inclusion(of: referenced), in: tags)
            }
            try checkReferences(in: template.description, of: referenced, checked: &checked)
        }
    }

    /// Names in `{{>name}}` and `{{<name}}` tags, in order of appearance, through changed
    /// delimiters too (`TemplateTags`).
    static func referencedNames(in text: String) -> [String] { TemplateTags(text).includedNames }

    /// `name` is not loaded: at the tag of `user` that includes it, or (nil) at the file every
    /// site needs.
    private func missing(
        _ name: String, neededBy user: String?, at tag: TemplateTags.Tag? = nil, in tags: TemplateTags? = nil
    ) -> Diagnostic {
        let file = Self.join(directory, name + ".mustache")
        if let user {
            var location = Self.location(Self.join(directory, user + ".mustache"))
            if let tag, let tags { (location.line, location.column) = tags.position(of: tag.offset) }
            return Diagnostic(
                .error, at: location,
                "template '\(name)' is included here (\(tag?.quoted ?? "{{> \(name)}}")) but \(file) is missing or "
                    + "unreadable (check the name, or add the file)")
        }
        return Diagnostic(
            .error, at: Self.location(file), "template is missing or unreadable (every site needs \(file))")
    }

    static func location(_ path: String) -> SourceLocation { SourceLocation(path: path, line: 1, column: 1) }

    static func join(_ directory: String, _ file: String) -> String {
        directory.hasSuffix("/") ? directory + file : directory + "/" + file
    }
}
