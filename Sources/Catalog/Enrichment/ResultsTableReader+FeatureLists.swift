import Markdown

/// A card's bullet list of its model's features (`FeatureList`): the sizes it states.
extension ResultsTableReader {
    /// Gives the model the list describes the sizes its items state; read after the document's
    /// tables, so that the models they name are known. That model is the one a bold phrase or
    /// link right above the list names (a known model, or a name with a size: `**Qwen3-235B-A22B-
    /// Thinking-2507** has the following features`), else the one the card's front matter names,
    /// else the card's `#` heading when it reads as a name with a size, or names a known model
    /// that the text right above the list repeats (`# MiniMax-Text-01` over `The architecture of
    /// MiniMax-Text-01 is briefly described as follows:`). A list naming no model or several,
    /// and one whose values are no counts (`0.5B to 72B`, `104 billion parameters`), give nothing.
    mutating func read(_ list: FeatureList) {
        let stated = list.items.compactMap { item -> (FeatureList.Item, Counts)? in
            guard let role = FeatureList.role(ofKey: item.key, vocabulary: config.vocabulary) else { return nil }
            return counts(item.value, as: role).map { (item, $0) }
        }
        guard !stated.isEmpty else { return }
        let known = models.models.count
        guard let model = describedModel(list) else { return }
        // Named by no table: a results heading of a later document may still give it a variant,
        // as for a table of sizes.
        if models.models.count > known { models.markFactsOnly([model]) }
        for (item, count) in stated {
            let source = Provenance(item.location)
            if let total = count.total {
                apply(total, as: .totalParameters, written: item.value, to: model, at: item.location, source: source)
            }
            if let active = count.active {
                apply(active, as: .activeParameters, written: item.value, to: model, at: item.location, source: source)
            }
        }
    }

    private typealias Counts = (total: ParameterCount?, active: ParameterCount?)

    /// `7.61B` under its key's role; `235B in total and 22B activated` gives both counts.
    private func counts(_ value: String, as role: FeatureList.Role) -> Counts? {
        if let count = ValueParsers.parameters(value) {
            return role == .totalParameters ? (count, nil) : (nil, count)
        }
        guard role == .totalParameters,
            let size = ValueParsers.sizeAndShape(value, architectures: config.vocabulary.architectures)
        else { return nil }
        return (size.total, size.active)
    }

    private mutating func describedModel(_ list: FeatureList) -> ModelID? {
        let source = Provenance(list.location)
        let named = Set(
            list.leadIn.filter { phrase in
                models.known(phrase) != nil || Self.titledName(phrase).map(ModelName.hasSize) == true
            })
        if !named.isEmpty {
            guard named.count == 1, let name = named.first else { return nil }
            return models.known(name) ?? resolveName(name, source: source)
        }
        if let name = list.frontMatterModel { return models.known(name) ?? resolveName(name, source: source) }
        guard let title = Self.titledName(list.documentTitle) else { return nil }
        if ModelName.hasSize(title) { return models.known(title) ?? resolveName(title, source: source) }
        return list.leadInText.contains(title) ? models.known(title) : nil
    }

    private mutating func resolveName(_ name: String, source: Provenance) -> ModelID {
        let parsed = ModelName(parsing: name, makers: makers, architectures: config.vocabulary.architectures)
        return models.resolve(name, parsed: parsed, context: nil, rowSize: nil, source: source)
    }
}
