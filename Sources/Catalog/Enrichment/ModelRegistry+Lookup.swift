/// Finding the models a text names, by alias or by the normal form of names (`key`), without
/// adding any: what readers ask before they resolve a cell, and what `resolve` builds on.
extension ModelRegistry {
    /// Whether a cell's text names a model already known (listed, aliased or read before).
    func knows(_ text: String) -> Bool { known(text) != nil }

    /// The model a text names, if it is already known.
    func known(_ text: String) -> ModelID? {
        lookup(text) ?? lookup(ModelName(parsing: text, makers: [], architectures: []).core)
    }

    /// The known models a text names (`saucam/Orpomis-Prime-7B results`): at each word, the
    /// longest run of up to six words that is a known name, then on past it.
    func knownNames(in text: String) -> Set<ModelID> {
        let words = text.split { $0.isWhitespace || "/()[],:;|".contains($0) }
        var found: Set<ModelID> = []
        var start = 0
        while start < words.count {
            let longest = (start..<min(start + 6, words.count)).reversed().lazy.compactMap { end in
                self.lookup(words[start...end].joined(separator: " ")).map { (end, $0) }
            }.first
            if let (end, id) = longest {
                found.insert(id)
                start = end + 1
            } else {
                start += 1
            }
        }
        return found
    }

    /// A known model by alias or normal form.
    func lookup(_ name: String) -> ModelID? {
        let nameKey = key(name)
        if let canonical = aliases[nameKey], let index = byKey[key(canonical)] { return models[index].id }
        return byKey[nameKey].map { models[$0].id }
    }
}
