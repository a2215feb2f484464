import Markdown
import Mustache

/// swift-mustache escapes `{{name}}` by whole `Character`s, so a `"` or `<` joined to a
/// combining mark or a prepended character in one grapheme passes unescaped, where a browser
/// still reads it as markup. Templates only swift-mustache renders (tags the compiled templates
/// leave to it) therefore escape through `HTMLEscaping`, byte by byte: each template is parsed
/// behind a content-type pragma of a line of its own, which renders as nothing.
enum SafeHTMLContent {
    static let pragmaLine = "{{% CONTENT_TYPE: ATLAS_HTML}}\n"

    private struct ContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
    }

    private static let registered: Void = MustacheContentTypes.register(ContentType(), named: "ATLAS_HTML")

    /// `text` parsed as a template that escapes safely; a parse error names the line of `path`
    /// as written (the pragma's line taken off).
    static func template(_ text: String, path: String) throws(Diagnostic) -> MustacheTemplate {
        _ = registered
        do {
            return try MustacheTemplate(string: pragmaLine + text)
        } catch let error as MustacheTemplate.ParserError {
            throw TemplateParseFailure.diagnostic(error, in: text, path: path)
        } catch {
            throw Diagnostic(
                .error, at: SourceLocation(path: path, line: 1, column: 1), "template could not be parsed: \(error)")
        }
    }

    /// A template's text without the pragma line (what the compiled templates parse).
    static func withoutPragma(_ text: String) -> String {
        text.hasPrefix(pragmaLine) ? String(text.dropFirst(pragmaLine.count)) : text
    }
}
