import Markdown
import Mustache

extension TemplateSet {
    /// The theme's templates: the built-in ones, each replaced by the `<name>.mustache` file in
    /// `folder` when it has one, checked like `load(from:)`. Messages name files in `folder`.
    public static func load(overriding folder: String) throws(Diagnostic) -> TemplateSet {
        var library = MustacheLibrary()
        for file in try Theme.files(overriding: folder, include: { Theme.templateName(of: $0) != nil }) {
            guard let name = Theme.templateName(of: file.path) else { continue }
            do {
                library.register(try MustacheTemplate(string: String(decoding: file.bytes, as: UTF8.self)), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw Diagnostic(
                    .error,
                    at: SourceLocation(
                        path: file.origin, line: error.context.lineNumber, column: error.context.columnNumber),
                    "template could not be parsed: \(error.error) (fix the tag near here)")
            } catch {
                throw Diagnostic(
                    .error, at: SourceLocation(path: file.origin, line: 1, column: 1),
                    "template could not be parsed: \(error)")
            }
        }
        let set = TemplateSet(library: library, directory: folder)
        try set.checkReferences()
        return set
    }
}
