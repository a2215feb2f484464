/// Compiled templates by name, with the names whose templates only swift-mustache can render.
struct CompiledLibrary: Sendable {
    var templates: [String: CompiledTemplate] = [:]
    var unsupported: Set<String> = []
}

/// Renders a `TemplateProgram` into bytes, with swift-mustache 2.1's rendering rules (context
/// stack lookup, sections over lists, flags and values, partial indentation, parent blocks).
struct TemplateRenderer {
    let program: TemplateProgram
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

    /// The program's pools, read through these copies of their addresses: the loop over
    /// operations touches no reference count.
    private let operations: UnsafeMutableBufferPointer<TemplateProgram.Operation>
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let paths: UnsafeMutableBufferPointer<TemplateProgram.Path>
    private let strings: UnsafeMutableBufferPointer<String>

    init(program: TemplateProgram) {
        self.program = program
        (operations, bytes, paths, strings) = (program.operations, program.bytes, program.paths, program.strings)
        output.reserveCapacity(16_384)
    }

    /// What a template renders in besides the context stack (which the renderer keeps, pushing
    /// and popping in place: a section over a thousand rows copies no stack).
    struct Context {
        var indentation: String?
        /// The block bodies of the parent calls around, by block name (the outermost's first).
        var inherited: [String: Range<Int>]?
        /// Partials and parents entered, outermost first.
        var depth = 0
    }

    /// The context stack, innermost last.
    private var stack: [Frame] = []

    /// A value on the context stack, its view or list kept apart: a field is read from them in
    /// place, where reading it through the enum would copy the payload (a retain or more).
    private struct Frame {
        let view: (any TemplateFields)?
        let list: (any TemplateList)?
        let index: Int
        /// A text, flag or list.
        let other: TemplateValue?

        init(_ value: TemplateValue) {
            switch value {
            case .object(let view): (self.view, list, index, other) = (view, nil, 0, nil)
            case .element(let list, let index): (view, self.list, self.index, other) = (nil, list, index, nil)
            case .text, .flag, .list: (view, list, index, other) = (nil, nil, 0, value)
            }
        }

        var value: TemplateValue {
            if let view { return .object(view) }
            if let list { return .element(list, index) }
            return other!
        }

        func field(_ name: String) -> TemplateValue? {
            if view != nil { return view?.field(name) }
            return list?.field(name, at: index)
        }
    }

    /// Renders the template called `name` with `view` as the whole context; false when the
    /// program has no such template.
    mutating func render(_ name: String, view: TemplateValue) -> Bool {
        guard let entry = program.entries[name] else { return false }
        stack = [Frame(view)]
        render(entry, Context())
        return true
    }

    private mutating func render(_ range: Range<Int>, _ context: Context) {
        guard let indentation = context.indentation, !indentation.isEmpty else {
            var index = range.lowerBound
            while index < range.upperBound { index = render(at: index, context) }
            return
        }
        // Indented partials are rare: each operation is rendered apart so the indentation can go first.
        let start = output.count
        var index = range.lowerBound
        while index < range.upperBound {
            let atLineStart = output.count > start && output.last == UInt8(ascii: "\n")
            var part = TemplateRenderer(program: program)
            part.stack = stack
            part.expansions = expansions
            index = part.render(at: index, context)
            needsFallback = needsFallback || part.needsFallback
            runawayPartial = runawayPartial ?? part.runawayPartial
            expansions = part.expansions
            if !part.output.isEmpty, atLineStart { output += indentation.utf8 }
            output += part.output
        }
    }

    /// Renders the operation at `index` (with its body); returns where the next one is.
    private mutating func render(at index: Int, _ context: Context) -> Int {
        let operation = operations[index]
        let end = Int(operation.end)
        switch operation.kind {
        case .text:
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[Int(operation.first)..<Int(operation.last)]))
        case .variable, .rawVariable:
            switch lookup(operation.first) {
            case .text(let text)?:
                if operation.kind == .variable {
                    HTMLEscaping.append(text, to: &output)
                } else {
                    output.append(contentsOf: text.utf8)
                }
            case .flag(let flag)?: output += (flag ? "true" : "false").utf8
            case .list?, .object?, .element?: needsFallback = true
            case nil: break
            }
        case .section:
            let body = index + 1..<end
            switch lookup(operation.first) {
            case .list(let list)?:
                for element in 0..<list.count { render(body, pushing: list.element(element), context) }
            case .flag(let flag)?:
                if flag { render(body, context) }
            case let value?:
                render(body, pushing: value, context)
            case nil:
                break
            }
        case .invertedSection:
            let body = index + 1..<end
            switch lookup(operation.first) {
            case .list(let list)?: if list.isEmpty { render(body, context) }
            case .flag(let flag)?: if !flag { render(body, context) }
            case .some: break
            case nil: render(body, context)
            }
        case .blockDefinition:
            break
        case .blockExpansion:
            var inner = context
            inner.indentation = Self.indent(context.indentation, string(operation.indentation))
            render(context.inherited?[strings[Int(operation.first)]] ?? index + 1..<end, inner)
        case .partial:
            renderPartial(operation, context)
        }
        return end
    }

    private mutating func renderPartial(_ operation: TemplateProgram.Operation, _ context: Context) {
        guard operation.first >= 0 else {
            if operation.first == TemplateProgram.Operation.unsupported { needsFallback = true }
            return
        }
        expansions += 1
        guard context.depth < Self.maxDepth, expansions <= Self.maxExpansions, runawayPartial == nil else {
            runawayPartial = runawayPartial ?? strings[Int(operation.name)]
            return
        }
        var inner = context
        inner.depth += 1
        inner.indentation = Self.indent(context.indentation, string(operation.indentation))
        if operation.inherits >= 0 {
            let inherits = program.inherits[Int(operation.inherits)]
            inner.inherited = context.inherited?.merging(inherits) { outer, _ in outer } ?? inherits
        }
        render(Int(operation.first)..<Int(operation.last), inner)
    }

    private mutating func render(_ body: Range<Int>, pushing value: TemplateValue, _ context: Context) {
        stack.append(Frame(value))
        render(body, context)
        stack.removeLast()
    }

    private func string(_ index: Int32) -> String? { index < 0 ? nil : strings[Int(index)] }

    private static func indent(_ outer: String?, _ added: String?) -> String? {
        guard let added else { return outer }
        return (outer ?? "") + added
    }

    /// `.` is the top of the stack; `.a.b` starts there; `a.b` finds `a` in the nearest object
    /// that has it, then follows `b` from there only.
    private func lookup(_ pathIndex: Int32) -> TemplateValue? {
        let path = paths[Int(pathIndex)]
        let names = Int(path.first)..<Int(path.first + path.count)
        // Through the buffer: iterating the array would copy each value on the way.
        return stack.withUnsafeBufferPointer { stack in
            guard let last = stack.indices.last else { return nil }
            guard !names.isEmpty else { return stack[last].value }
            if path.isCurrent { return follow(names.dropFirst(), from: stack[last].field(strings[names.lowerBound])) }
            for index in stack.indices.reversed() {
                if let found = stack[index].field(strings[names.lowerBound]) {
                    return follow(names.dropFirst(), from: found)
                }
            }
            return nil
        }
    }

    private func follow(_ names: Range<Int>, from value: TemplateValue?) -> TemplateValue? {
        var value = value
        for name in names {
            guard let current = value else { return nil }
            value = current.field(strings[name])
        }
        return value
    }
}
