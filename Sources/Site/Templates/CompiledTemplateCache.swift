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
                    library.templates[next] = try CompiledTemplate(text)
                } catch {
                    library.unsupported.insert(next)
                }
                pending += TemplateSet.referencedNames(in: text)
            }
            return library
        }
    }
}
