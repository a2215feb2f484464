import Markdown

extension TemplateSet {
    /// Refuses to hand `name` to swift-mustache when it could include itself without end there.
    ///
    /// The compiled renderer stops templates that include each other without end and says so
    /// (`TemplateRenderer.maxDepth`); swift-mustache has no such bound and crashes the process
    /// when its stack runs out. A page falls back to it when a template it includes uses a tag
    /// only swift-mustache knows (`unsupported`); if that page's templates also include each other
    /// in a cycle, the fallback could recurse for ever, so it is an error instead, naming the
    /// template to rewrite. (A cycle of compiled templates alone was bounded by the compiled
    /// render that came first, which swift-mustache then repeats exactly.)
    func checkBoundedFallback(from name: String, unsupported: Set<String>) throws(Diagnostic) {
        guard !unsupported.isEmpty, let cycle = inclusionCycle(from: name) else { return }
        let reachable = reachableTemplates(from: name)
        guard let uncompiled = reachable.sorted().first(where: unsupported.contains) else { return }
        throw Diagnostic(
            .error, at: Self.location(Self.join(directory, uncompiled + ".mustache")),
            "template '\(uncompiled)' uses a tag Atlas renders only through swift-mustache (a transform such as "
                + "`{{uppercased(x)}}`, or a `{{% pragma}}`), and the templates it is rendered with include each "
                + "other (\(cycle.joined(separator: " → "))), which swift-mustache cannot stop if they do so without "
                + "end: write '\(uncompiled)' without that tag")
    }

    /// Every template `name` includes, itself included, through any number of inclusions.
    func reachableTemplates(from name: String) -> Set<String> {
        var seen: Set<String> = [name]
        var pending = [name]
        while let next = pending.popLast() {
            for included in inclusions[next] ?? [] where seen.insert(included).inserted { pending.append(included) }
        }
        return seen
    }

    /// A chain of inclusions from `name` that comes back to a template already on it (`a → b → a`),
    /// or nil when the templates it reaches include each other in no cycle.
    func inclusionCycle(from name: String) -> [String]? {
        var finished: Set<String> = []
        var path: [String] = []
        func visit(_ template: String) -> [String]? {
            if let start = path.firstIndex(of: template) { return Array(path[start...]) + [template] }
            guard finished.insert(template).inserted else { return nil }
            path.append(template)
            defer { path.removeLast() }
            for included in inclusions[template] ?? [] {
                if let cycle = visit(included) { return cycle }
            }
            return nil
        }
        return visit(name)
    }
}
