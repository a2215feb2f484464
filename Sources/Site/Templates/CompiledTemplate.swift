/// A Mustache template parsed for rendering `TemplateFields` views without reflection.
///
/// The parse follows swift-mustache 2.1's own, rule for rule (standalone lines, whitespace before
/// tags, partial indentation, parents and blocks, set delimiters), so that both give the same bytes.
/// Tags the site does not need here (transforms, dynamic partials, content-type pragmas) make the
/// parse fail with `Unsupported`, and `TemplateSet` then renders with swift-mustache as before.
struct CompiledTemplate: Sendable {
    /// A variable's name as written: `.`, `.name` (current object only) or `a.b` (looked up the stack).
    struct Path: Sendable, Equatable {
        enum Scope: Sendable { case current, stack }
        var scope: Scope
        /// Empty for `.`.
        var names: [String]

        init(_ text: String) {
            if text == "." {
                (scope, names) = (.current, [])
            } else {
                scope = text.first == "." ? .current : .stack
                names = text.split(separator: ".").map(String.init)
            }
        }
    }

    indirect enum Token: Sendable {
        case text([UInt8])
        case variable(Path, escaped: Bool)
        case section(Path, CompiledTemplate)
        case invertedSection(Path, CompiledTemplate)
        case blockDefinition(String, CompiledTemplate)
        case blockExpansion(String, default: CompiledTemplate, indentation: String?)
        case partial(String, indentation: String?, inherits: [String: CompiledTemplate]?)
    }

    /// The template uses something only swift-mustache renders (or is not well formed).
    struct Unsupported: Error {}

    var tokens: [Token]

    init(_ text: String) throws(Unsupported) {
        var reader = Reader(Array(text))
        tokens = try Self.parse(&reader, state: ParseState()).tokens
    }

    private init(tokens: [Token]) { self.tokens = tokens }

    // MARK: - Parsing (a port of swift-mustache's MustacheTemplate.parse)

    private struct ParseState {
        var sectionName: String?
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var partialDefinitionIndent: String?
        /// The tag delimiters, changed by `{{=<% %>=}}` for the rest of the section (and the
        /// sections in it), as swift-mustache keeps them.
        var delimiters = Delimiters(open: ["{", "{"], close: ["}", "}"])

        func withSectionName(_ name: String, newLine: Bool) -> ParseState {
            var state = self
            state.sectionName = name
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func withInheritancePartial(_ name: String) -> ParseState {
            var state = self
            state.sectionName = name
            (state.newLine, state.isPartialDefinition, state.isPartialDefinitionTopLevel) = (true, true, true)
            return state
        }
    }

    private static func parse(_ reader: inout Reader, state initial: ParseState) throws(Unsupported)
        -> CompiledTemplate
    {
        var tokens: [Token] = []
        var state = initial
        var whiteSpaceBefore = ""
        func flushWhiteSpace() {
            if !whiteSpaceBefore.isEmpty { tokens.append(.text(Array(whiteSpaceBefore.utf8))) }
            whiteSpaceBefore = ""
        }
        while !reader.atEnd {
            if state.newLine {
                let whiteSpace = reader.read { $0 == " " || $0 == "\t" }
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = String(whiteSpace.dropFirst(indent.count))
                    } else {
                        state.partialDefinitionIndent = whiteSpace
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = reader.readUntilTagOrNewline(state.delimiters.open)
            if reader.current.isNewline {
                tokens.append(.text(Array((whiteSpaceBefore + text + String(reader.current)).utf8)))
                state.newLine = true
                reader.advance()
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(Array((whiteSpaceBefore + text).utf8)))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if reader.atEnd { break }
            var setNewLine = false
            switch reader.current {
            case "#", "^":
                let inverted = reader.current == "^"
                reader.advance()
                let name = try reader.name(closedBy: state.delimiters.close)
                if reader.isStandalone(state.newLine) { setNewLine = true } else { flushWhiteSpace() }
                let body = try parse(&reader, state: state.withSectionName(name, newLine: setNewLine))
                tokens.append(inverted ? .invertedSection(Path(name), body) : .section(Path(name), body))
            case "/":
                reader.advance()
                guard try reader.name(closedBy: state.delimiters.close) == state.sectionName else {
                    throw Unsupported()
                }
                if !reader.isStandalone(state.newLine) { flushWhiteSpace() }
                return CompiledTemplate(tokens: tokens)
            case "!":
                reader.advance()
                try reader.skipComment(closedBy: state.delimiters.close)
                setNewLine = reader.isStandalone(state.newLine)
            case "{", "&":
                let triple = reader.current == "{"
                flushWhiteSpace()
                reader.advance()
                let name = try reader.name(closedBy: state.delimiters.close)
                if triple {
                    guard reader.current == "}" else { throw Unsupported() }
                    reader.advance()
                }
                tokens.append(.variable(Path(name), escaped: false))
            case ">":
                reader.advance()
                let name = try reader.partialName(closedBy: state.delimiters.close)
                if !whiteSpaceBefore.isEmpty { tokens.append(.text(Array(whiteSpaceBefore.utf8))) }
                if reader.isStandalone(state.newLine) {
                    setNewLine = true
                    tokens.append(.partial(name, indentation: whiteSpaceBefore, inherits: nil))
                } else {
                    tokens.append(.partial(name, indentation: nil, inherits: nil))
                }
                whiteSpaceBefore = ""
            case "<":
                reader.advance()
                let name = try reader.partialName(closedBy: state.delimiters.close)
                if !whiteSpaceBefore.isEmpty { tokens.append(.text(Array(whiteSpaceBefore.utf8))) }
                if reader.isStandalone(state.newLine) { setNewLine = true }
                let body = try parse(&reader, state: state.withInheritancePartial(name))
                var inherits: [String: CompiledTemplate] = [:]
                for token in body.tokens {
                    switch token {
                    case .blockDefinition(let block, let template): inherits[block] = template
                    case .text: break
                    default: throw Unsupported()
                    }
                }
                tokens.append(.partial(name, indentation: whiteSpaceBefore, inherits: inherits))
                whiteSpaceBefore = ""
            case "$":
                reader.advance()
                let name = try reader.name(closedBy: state.delimiters.close)
                if state.isPartialDefinitionTopLevel {
                    setNewLine = reader.isStandalone(state.newLine)
                    let body = try parse(&reader, state: state.withSectionName(name, newLine: setNewLine))
                    tokens.append(.blockDefinition(name, body))
                } else {
                    if !whiteSpaceBefore.isEmpty { tokens.append(.text(Array(whiteSpaceBefore.utf8))) }
                    setNewLine = reader.isStandalone(state.newLine)
                    let body = try parse(&reader, state: state.withSectionName(name, newLine: setNewLine))
                    tokens.append(.blockExpansion(name, default: body, indentation: whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
            case "=":
                reader.advance()
                state.delimiters = try reader.delimiters(closedBy: state.delimiters.close)
                setNewLine = reader.isStandalone(state.newLine)
            case "%":
                throw Unsupported()
            default:
                flushWhiteSpace()
                tokens.append(.variable(Path(try reader.name(closedBy: state.delimiters.close)), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw Unsupported() }
        return CompiledTemplate(tokens: tokens)
    }
}

/// Reads template text character by character, as swift-mustache's parser does.
private struct Reader {
    let characters: [Character]
    var position = 0

    init(_ characters: [Character]) { self.characters = characters }

    var atEnd: Bool { position >= characters.count }
    /// The character at the position, or NUL at the end (as swift-mustache's parser answers).
    var current: Character { atEnd ? "\0" : characters[position] }
    mutating func advance() { position += 1 }

    mutating func read(while matches: (Character) -> Bool) -> String {
        let start = position
        while !atEnd, matches(characters[position]) { position += 1 }
        return String(characters[start..<position])
    }

    /// Text up to a newline (not consumed) or up to and past the opening delimiter (consumed).
    mutating func readUntilTagOrNewline(_ open: [Character]) -> String {
        guard let first = open.first else { return "" }
        var text = ""
        while !atEnd {
            text += read { $0 != "\n" && $0 != "\r\n" && $0 != first }
            if current.isNewline { break }
            if current == first {
                if skip(open) { break }
                text.append(first)
                advance()
            }
        }
        return text
    }

    /// Whether `delimiter` is at the position; if so it is consumed.
    mutating func skip(_ delimiter: [Character]) -> Bool {
        guard position + delimiter.count <= characters.count,
            characters[position..<position + delimiter.count].elementsEqual(delimiter)
        else { return false }
        position += delimiter.count
        return true
    }

    /// The new delimiters of a `{{=<% %>=}}` tag, read after its `=`, as swift-mustache reads them.
    mutating func delimiters(closedBy close: [Character]) throws(CompiledTemplate.Unsupported) -> Delimiters {
        _ = read(while: \.isWhitespace)
        let open = read { !$0.isWhitespace }
        _ = read(while: \.isWhitespace)
        let end = read { $0 != "=" && !$0.isWhitespace }
        _ = read(while: \.isWhitespace)
        guard !atEnd, !open.isEmpty, !end.isEmpty, current == "=" else { throw CompiledTemplate.Unsupported() }
        advance()
        guard skip(close) else { throw CompiledTemplate.Unsupported() }
        return Delimiters(open: Array(open), close: Array(end))
    }

    /// Whether the tag just read stands alone on its line; if so the rest of the line is consumed.
    mutating func isStandalone(_ newLine: Bool) -> Bool {
        guard newLine else { return false }
        if atEnd { return true }
        var ahead = self
        _ = ahead.read { $0 == " " || $0 == "\t" }
        guard ahead.current.isNewline else { return false }
        position = ahead.position + 1
        return true
    }

    private static let nameCharacters = Set(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = nameCharacters.union(["/"])

    /// A variable or section name and the closing delimiter; transforms (`f(x)`) are not supported here.
    mutating func name(closedBy close: [Character]) throws(CompiledTemplate.Unsupported) -> String {
        _ = read(while: \.isWhitespace)
        let name = read { Self.nameCharacters.contains($0) }
        _ = read(while: \.isWhitespace)
        guard skip(close) else { throw CompiledTemplate.Unsupported() }
        guard !name.contains("("), !name.contains(")") else { throw CompiledTemplate.Unsupported() }
        return name
    }

    /// A partial's name; dynamic partials (`*name`) are not supported here.
    mutating func partialName(closedBy close: [Character]) throws(CompiledTemplate.Unsupported) -> String {
        _ = read(while: \.isWhitespace)
        let name = read { Self.partialNameCharacters.contains($0) }
        _ = read(while: \.isWhitespace)
        guard skip(close) else { throw CompiledTemplate.Unsupported() }
        guard !name.hasPrefix("*") else { throw CompiledTemplate.Unsupported() }
        return name
    }

    mutating func skipComment(closedBy close: [Character]) throws(CompiledTemplate.Unsupported) {
        while !atEnd {
            if skip(close) { return }
            advance()
        }
        throw CompiledTemplate.Unsupported()
    }
}

/// A template's tag delimiters, `{{` and `}}` until a `{{=<% %>=}}` tag changes them.
struct Delimiters: Sendable {
    var open: [Character]
    var close: [Character]
}
