import Mustache
import Synchronization

/// The compiled form of a template set, made on first use and shared by every page render.
final class CompiledTemplateCache: Sendable {
    private let state = Mutex<(library: CompiledLibrary, program: TemplateProgram?)>((CompiledLibrary(), nil))

    /// The program with `name` and every partial or parent it names (transitively) compiled;
    /// laid out again only when a template was compiled for this call.
    func program(ensuring name: String, from templates: MustacheLibrary) -> TemplateProgram {
        state.withLock { state in
            var pending = [name]
            var added = false
            while let next = pending.popLast() {
                guard state.library.templates[next] == nil, !state.library.unsupported.contains(next),
                    let text = templates.getTemplate(named: next)?.description
                else { continue }
                do {
                    state.library.templates[next] = try CompiledTemplate(SafeHTMLContent.withoutPragma(text))
                } catch {
                    state.library.unsupported.insert(next)
                }
                added = true
                pending += TemplateSet.referencedNames(in: text)
            }
            if added || state.program == nil { state.program = TemplateProgram(state.library) }
            return state.program!
        }
    }
}

/// A `TemplateFields` view as swift-mustache reads it (`MustacheParent`), for templates only
/// swift-mustache renders: the same fields, still without reflection.
struct MustacheFieldsAdapter: MustacheParent {
    /// An `.object` or an `.element`.
    let value: TemplateValue

    init(view: any TemplateFields) { value = .object(view) }
    init(element: TemplateValue) { value = element }

    func child(named name: String) -> Any? { value.field(name).map(Self.unwrap) }

    static func unwrap(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text): text
        case .flag(let flag): flag
        case .list(let list): (0..<list.count).map { unwrap(list.element($0)) }
        case .object(let view): MustacheFieldsAdapter(view: view)
        case .element: MustacheFieldsAdapter(element: value)
        }
    }
}
