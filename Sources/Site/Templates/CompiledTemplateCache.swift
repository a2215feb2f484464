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
    let view: any TemplateFields

    func child(named name: String) -> Any? { view.field(name).map(Self.unwrap) }

    static func unwrap(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text): text
        case .flag(let flag): flag
        case .list(let elements): elements.map(unwrap)
        case .object(let view): MustacheFieldsAdapter(view: view)
        }
    }
}
