import Markdown
import Mustache

/// What a template parse error means, said at the tag to fix: a section never closed is
/// reported at its opening tag (swift-mustache stops at the end of the file), a close that
/// names another section at that close, with the section that is open.
enum TemplateParseFailure {
    static func diagnostic(_ error: MustacheTemplate.ParserError, in text: String, path: String) -> Diagnostic {
        let tags = TemplateTags(text)
        func at(_ tag: TemplateTags.Tag) -> SourceLocation {
            let (line, column) = tags.position(of: tag.offset)
            return SourceLocation(path: path, line: line, column: column)
        }
        // swift-mustache counts the pragma line `SafeHTMLContent` puts first.
        let reported = SourceLocation(
            path: path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber)
        let kind = error.error as? MustacheTemplate.Error
        switch (kind, tags.nesting) {
        case (.expectedSectionEnd?, .unclosed(let open)):
            let close = open.opening + "/" + open.name + open.closing
            return Diagnostic(
                .error, at: at(open),
                "template could not be parsed: section \(open.quoted) is never closed (add \(close) where it ends)")
        case (.sectionCloseNameIncorrect?, .wrongClose(let close, let open?)):
            let line = tags.position(of: open.offset).line
            return Diagnostic(
                .error, at: at(close),
                "template could not be parsed: \(close.quoted) does not close the open section, \(open.quoted) "
                    + "of line \(line) (close that one first, or fix the name)")
        case (.sectionCloseNameIncorrect?, .wrongClose(let close, nil)):
            return Diagnostic(
                .error, at: at(close),
                "template could not be parsed: \(close.quoted) closes no open section (remove it, or open the section)")
        default:
            return Diagnostic(.error, at: reported, "template could not be parsed: " + explanation(of: error.error))
        }
    }

    private static func explanation(of error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: "a section is closed with another name than it was opened with"
        case .expectedSectionEnd?: "a section is never closed"
        case .unfinishedName?: "a tag has no name or no closing delimiter (fix the tag near here)"
        case .invalidSetDelimiter?:
            "a set-delimiter tag is malformed (write it as {{=<% %>=}}: two delimiters, a space between)"
        case .transformAppliedToInheritanceSection?: "a transform cannot apply to a parent or block section"
        case .illegalTokenInsideInheritSection?: "only blocks ({{$name}}) may be inside a parent section ({{<parent}})"
        case .textInsideInheritSection?: "text inside a parent section ({{<parent}}) must be in a block ({{$name}})"
        case .invalidConfigVariableSyntax?: "a pragma ({{% NAME: value}}) is malformed"
        case .unrecognisedConfigVariable?: "a pragma ({{% NAME: value}}) names a setting swift-mustache does not know"
        case nil: "\(error) (fix the tag near here)"
        }
    }
}
