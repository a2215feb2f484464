import Mustache
import Synchronization

/// The compiled form of a template set, made on first use and shared by every page render.
final class CompiledTemplateCache: Sendable {
    private let state = Mutex(CompiledLibrary())

    /// The library with `name` and every partial or parent it names (transitively) compiled.
    func library(ensuring name: String, from templates: MustacheLibrary) -> CompiledLibrary {
        state.withLock { library in
            var pending = [name]
            while let next = pending.popLast() {
                guard library.templates[next] == nil, !library.unsupported.contains(next),
                    let text = templates.getTemplate(named: next)?.description
                else { continue }
                do {
                    library.templates[next] = try CompiledTemplate(SafeHTMLContent.withoutPragma(text))
                } catch {
                    library.unsupported.insert(next)
                }
                pending += TemplateSet.referencedNames(in: text)
            }
            return library
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
