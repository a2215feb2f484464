/// A Mustache template parsed for rendering `TemplateFields` views without reflection.
///
/// The parse follows swift-mustache 2.1's own, rule for rule (standalone lines, whitespace before
/// tags, partial indentation, parents and blocks), so that both give the same bytes. Tags the site
/// does not need here (set delimiters, transforms, dynamic partials, content-type pragmas) make the
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
            let text = reader.readUntilTagOrNewline()
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
                let name = try reader.name()
                if reader.isStandalone(state.newLine) { setNewLine = true } else { flushWhiteSpace() }
                let body = try parse(&reader, state: state.withSectionName(name, newLine: setNewLine))
                tokens.append(inverted ? .invertedSection(Path(name), body) : .section(Path(name), body))
            case "/":
                reader.advance()
                guard try reader.name() == state.sectionName else { throw Unsupported() }
                if !reader.isStandalone(state.newLine) { flushWhiteSpace() }
                return CompiledTemplate(tokens: tokens)
            case "!":
                reader.advance()
                try reader.skipComment()
                setNewLine = reader.isStandalone(state.newLine)
            case "{", "&":
                let triple = reader.current == "{"
                flushWhiteSpace()
                reader.advance()
                let name = try reader.name()
                if triple {
                    guard reader.current == "}" else { throw Unsupported() }
                    reader.advance()
                }
                tokens.append(.variable(Path(name), escaped: false))
            case ">":
                reader.advance()
                let name = try reader.partialName()
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
                let name = try reader.partialName()
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
                let name = try reader.name()
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
            case "=", "%":
                throw Unsupported()
            default:
                flushWhiteSpace()
                tokens.append(.variable(Path(try reader.name()), escaped: true))
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

    /// Text up to a newline (not consumed) or up to and past `{{` (consumed).
    mutating func readUntilTagOrNewline() -> String {
        var text = ""
        while !atEnd {
            text += read { $0 != "\n" && $0 != "\r\n" && $0 != "{" }
            if current.isNewline { break }
            if current == "{" {
                if position + 1 < characters.count, characters[position + 1] == "{" {
                    position += 2
                    break
                }
                text.append("{")
                advance()
            }
        }
        return text
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

    /// A variable or section name and the closing `}}`; transforms (`f(x)`) are not supported here.
    mutating func name() throws(CompiledTemplate.Unsupported) -> String {
        _ = read(while: \.isWhitespace)
        let name = read { Self.nameCharacters.contains($0) }
        _ = read(while: \.isWhitespace)
        try close()
        guard !name.contains("("), !name.contains(")") else { throw CompiledTemplate.Unsupported() }
        return name
    }

    /// A partial's name; dynamic partials (`*name`) are not supported here.
    mutating func partialName() throws(CompiledTemplate.Unsupported) -> String {
        _ = read(while: \.isWhitespace)
        let name = read { Self.partialNameCharacters.contains($0) }
        _ = read(while: \.isWhitespace)
        try close()
        guard !name.hasPrefix("*") else { throw CompiledTemplate.Unsupported() }
        return name
    }

    mutating func skipComment() throws(CompiledTemplate.Unsupported) {
        while !atEnd {
            if current == "}", position + 1 < characters.count, characters[position + 1] == "}" {
                position += 2
                return
            }
            advance()
        }
        throw CompiledTemplate.Unsupported()
    }

    private mutating func close() throws(CompiledTemplate.Unsupported) {
        guard current == "}", position + 1 < characters.count, characters[position + 1] == "}" else {
            throw CompiledTemplate.Unsupported()
        }
        position += 2
    }
}
