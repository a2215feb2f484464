/// Compiled templates by name, with the names whose templates only swift-mustache can render.
struct CompiledLibrary: Sendable {
    var templates: [String: CompiledTemplate] = [:]
    var unsupported: Set<String> = []
}

/// Renders compiled templates into bytes, with swift-mustache 2.1's rendering rules (context
/// stack lookup, sections over lists, flags and values, partial indentation, parent blocks).
struct TemplateRenderer {
    let library: CompiledLibrary
    var output: [UInt8] = []
    /// Set when the template asks for something only swift-mustache renders the same way (a list
    /// or view printed as a variable, a partial that did not compile): the caller then falls back.
    private(set) var needsFallback = false
    /// A partial or parent met nested deeper than `maxDepth`: templates that include each other
    /// without end (`{{> loop}}` in `loop.mustache`). Rendering stops there; the caller reports it.
    private(set) var runawayPartial: String?
    static let maxDepth = 100
    /// Partials and parents entered in all: a chain of templates that each include the next
    /// twice expands exponentially without nesting deep. A page of the largest catalogs enters
    /// some thousands.
    private var expansions = 0
    static let maxExpansions = 1_000_000

    init(library: CompiledLibrary) {
        self.library = library
        output.reserveCapacity(16_384)
    }

    /// What a template renders in besides the context stack (which the renderer keeps, pushing
    /// and popping in place: a section over a thousand rows copies no stack).
    struct Context {
        var indentation: String?
        var inherited: [String: CompiledTemplate]?
        /// Partials and parents entered, outermost first.
        var depth = 0
    }

    /// The context stack, innermost last.
    private var stack: [TemplateValue] = []

    /// Renders `template` with `view` as the whole context.
    mutating func render(_ template: CompiledTemplate, view: TemplateValue) {
        stack = [view]
        render(template, Context())
    }

    mutating func render(_ template: CompiledTemplate, _ context: Context) {
        guard let indentation = context.indentation, !indentation.isEmpty else {
            // Through the buffer: iterating the array would copy each token (a retain apiece).
            template.tokens.withUnsafeBufferPointer { tokens in
                for index in tokens.indices { render(tokens[index], context) }
            }
            return
        }
        // Indented partials are rare: each token is rendered apart so the indentation can go first.
        let start = output.count
        for token in template.tokens {
            let atLineStart = output.count > start && output.last == UInt8(ascii: "\n")
            var part = TemplateRenderer(library: library)
            part.stack = stack
            part.expansions = expansions
            part.render(token, context)
            needsFallback = needsFallback || part.needsFallback
            runawayPartial = runawayPartial ?? part.runawayPartial
            expansions = part.expansions
            if !part.output.isEmpty, atLineStart { output += indentation.utf8 }
            output += part.output
        }
    }

    private mutating func render(_ token: CompiledTemplate.Token, _ context: Context) {
        switch token {
        case .text(let bytes):
            output += bytes
        case .variable(let path, let escaped):
            switch lookup(path) {
            case .text(let text)?:
                escaped ? HTMLEscaping.append(text, to: &output) : output.append(contentsOf: text.utf8)
            case .flag(let flag)?: output += (flag ? "true" : "false").utf8
            case .list?, .object?, .element?: needsFallback = true
            case nil: break
            }
        case .section(let path, let body):
            switch lookup(path) {
            case .list(let list)?:
                for index in 0..<list.count { render(body, pushing: list.element(index), context) }
            case .flag(let flag)?:
                if flag { render(body, context) }
            case let value?:
                render(body, pushing: value, context)
            case nil:
                break
            }
        case .invertedSection(let path, let body):
            switch lookup(path) {
            case .list(let list)?: if list.isEmpty { render(body, context) }
            case .flag(let flag)?: if !flag { render(body, context) }
            case .some: break
            case nil: render(body, context)
            }
        case .blockDefinition:
            break
        case .blockExpansion(let name, let fallback, let indented):
            var inner = context
            inner.indentation = Self.indent(context.indentation, indented)
            render(context.inherited?[name] ?? fallback, inner)
        case .partial(let name, let indented, let inherits):
            guard let template = library.templates[name] else {
                if library.unsupported.contains(name) { needsFallback = true }
                return
            }
            expansions += 1
            guard context.depth < Self.maxDepth, expansions <= Self.maxExpansions, runawayPartial == nil else {
                runawayPartial = runawayPartial ?? name
                return
            }
            var inner = context
            inner.depth += 1
            inner.indentation = Self.indent(context.indentation, indented)
            if let inherits {
                inner.inherited = context.inherited?.merging(inherits) { outer, _ in outer } ?? inherits
            }
            render(template, inner)
        }
    }

    private mutating func render(_ body: CompiledTemplate, pushing value: TemplateValue, _ context: Context) {
        stack.append(value)
        render(body, context)
        stack.removeLast()
    }

    private static func indent(_ outer: String?, _ added: String?) -> String? {
        guard let added else { return outer }
        return (outer ?? "") + added
    }

    /// `.` is the top of the stack; `.a.b` starts there; `a.b` finds `a` in the nearest object
    /// that has it, then follows `b` from there only.
    private func lookup(_ path: CompiledTemplate.Path) -> TemplateValue? {
        // Through the buffer: iterating the array would copy each value on the way.
        stack.withUnsafeBufferPointer { stack in
            guard let last = stack.indices.last else { return nil }
            guard let first = path.names.first else { return stack[last] }
            switch path.scope {
            case .current:
                return follow(path.names.dropFirst(), from: stack[last].field(first))
            case .stack:
                for index in stack.indices.reversed() {
                    if let found = stack[index].field(first) { return follow(path.names.dropFirst(), from: found) }
                }
                return nil
            }
        }
    }

    private func follow(_ names: ArraySlice<String>, from value: TemplateValue?) -> TemplateValue? {
        var value = value
        for name in names {
            guard let current = value else { return nil }
            value = current.field(name)
        }
        return value
    }
}
