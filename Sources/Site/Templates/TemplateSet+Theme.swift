import Markdown
import Mustache

extension TemplateSet {
    /// The theme's templates: the built-in ones, each replaced by the `<name>.mustache` file in
    /// `folder` when it has one, checked like `load(from:)`. Messages name files in `folder`.
    public static func load(overriding folder: String) throws(Diagnostic) -> TemplateSet {
        var library = MustacheLibrary()
        var names: [String] = []
        for file in try Theme.files(overriding: folder, include: { Theme.templateName(of: $0) != nil }) {
            guard let name = Theme.templateName(of: file.path) else { continue }
            library.register(
                try SafeHTMLContent.template(String(decoding: file.bytes, as: UTF8.self), path: file.origin),
                named: name)
            names.append(name)
        }
        let set = TemplateSet(library: library, directory: folder, names: names)
        try set.checkReferences()
        return set
    }
}
