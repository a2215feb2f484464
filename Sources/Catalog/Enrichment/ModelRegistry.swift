import Foundation
import Markdown

/// Holds the models found so far and decides which model a spelling means.
///
/// Catalogued models come first (from the list tables); a spelling in a results table resolves,
/// in order, through configured aliases, the table's context (a "Base Model" heading), a size
/// from the row (`#TP`), the normal form of names, and dated snapshots of known models. What
/// resolves to nothing known becomes a peer model of its own: models are never merged by guess.
struct ModelRegistry: Sendable {
    private(set) var models: [Model] = []
    private(set) var byKey: [NameKey: Int] = [:]
    private var byID: [ModelID: Int] = [:]
    private var slugs = UniqueSlugs()
    /// Models whose names give no size, by normal form (for `lookupIgnoringSize`).
    private var sizelessNames: [NameKey: [Int]] = [:]
    /// `ModelName.size(in:)` and `hasSize` of names met again (every resolve asks of its name).
    private var sizeMemo = TextMemo<ParameterCount?>()
    private var hasSizeMemo = TextMemo<Bool>()
    /// Names that parameter columns give several sizes (`Coder-Base` 7B and 33B): a row names
    /// the model of its size. Any other name is one model, whatever size its row gives.
    var familyNames: Set<NameKey> = []
    /// Models that only a table of facts has named so far (`| Model | Params |`): no heading gave
    /// them a variant, so the first results heading over them may (see `resolveCore`).
    private(set) var factsOnly: Set<ModelID> = []
    /// Spelling → canonical name, from the configuration.
    let aliases: [NameKey: String]
    let synonyms: [String: String]
    let variantWords: [String: Variant]
    let organizations: OrganizationMatcher
    private(set) var diagnostics: [Diagnostic] = []

    init(config: CatalogConfig, organizations: OrganizationMatcher) {
        var words: [String: Variant] = [:]
        var synonyms: [String: String] = [:]
        for (name, spellings) in config.vocabulary.variants {
            guard let variant = Variant(rawValue: name.lowercased()) else { continue }
            for spelling in spellings {
                words[spelling.lowercased()] = variant
                if spelling.lowercased() != name.lowercased() { synonyms[spelling.lowercased()] = name.lowercased() }
            }
        }
        self.variantWords = words
        self.synonyms = synonyms
        self.organizations = organizations
        var aliases: [NameKey: String] = [:]
        for (canonical, spellings) in config.modelAliases.sorted(by: { $0.key < $1.key }) {
            for spelling in spellings { aliases[NameKey(spelling, synonyms: synonyms)] = canonical }
        }
        self.aliases = aliases
    }

    /// Whether results tables would be read the same against either registry: the same models
    /// in the same order (the lookup tables are made from them), slugs, families and notes.
    /// Remembered answers (`sizeMemo`) are left out: they are the same for any registry.
    /// `asideLines`: the models' places may differ in lines and columns (`MovedPlaces`).
    func readsLike(_ other: ModelRegistry, asideLines: Bool = false) -> Bool {
        let sameModels =
            asideLines ? models.equalAsideLines(other.models, lineless: \.lineless) : models == other.models
        return sameModels && slugs == other.slugs && familyNames == other.familyNames
            && factsOnly == other.factsOnly && diagnostics == other.diagnostics
    }

    /// Moves the places its models hold in `move.paths` to those of `reference`'s models, a
    /// reading of the same models in the same order up to `reference`'s last.
    mutating func movePlaces(to reference: ModelRegistry, _ move: inout PlaceMove) {
        for index in models.indices where models[index].hasPlace(in: move) {
            guard index < reference.models.count, reference.models[index].id == models[index].id else {
                return move.fail()
            }
            models[index] = models[index].movingPlaces(to: reference.models[index], &move)
        }
    }

    func model(_ id: ModelID) -> Model? { byID[id].map { models[$0] } }

    /// The variant a name's words give (the last variant word wins: `R1-Distill` → distill,
    /// `DeepSeek-V2-Chat (RL)` → rl: a training stage in parentheses is a word too).
    func variant(of name: String) -> Variant? {
        NameKey.tokens(name).compactMap { word in variantWords[word.trimming { $0 == "(" || $0 == ")" }] }.last
    }

    // MARK: - Adding

    /// Adds a catalogued model from a list table, or returns the one already there.
    mutating func catalogue(_ name: String, source: Provenance) -> ModelID {
        if let index = byKey[key(name)] {
            models[index].isCatalogued = true
            return models[index].id
        }
        var model = newModel(name, source: source)
        model.isCatalogued = true
        return add(model)
    }

    private mutating func newModel(_ name: String, source: Provenance) -> Model {
        var model = Model(id: ModelID(rawValue: slugs.claim(name)), name: name, source: source)
        model.variant = variant(of: name)
        model.organization = organizations.organization(forModel: name, hints: [])
        if let size = size(in: name) {
            model.shape.totalParameters = Sourced(size, source: source)
        }
        if let active = ModelName.activeSize(in: name) {
            model.shape.activeParameters = Sourced(active, source: source)
        }
        return model
    }

    private mutating func add(_ model: Model) -> ModelID {
        models.append(model)
        byID[model.id] = models.count - 1
        let modelKey = key(model.name)
        byKey[modelKey] = models.count - 1
        if size(in: model.name) == nil { sizelessNames[modelKey, default: []].append(models.count - 1) }
        return model.id
    }

    /// Records a spelling as another name of a model.
    mutating func noteSpelling(_ spelling: String, of id: ModelID) {
        guard let index = byID[id] else { return }
        let trimmed = spelling.trimmed
        // Spellings are not made lookup keys: one resolved through a heading's context
        // (`Mixtral 8x22B` under "Base Model") must not capture the same words elsewhere.
        if !models[index].aliases.contains(trimmed) { models[index].aliases.append(trimmed) }
    }

    /// Marks the models a table of facts added; `markScored` takes them off once results name them.
    mutating func markFactsOnly(_ ids: some Sequence<ModelID>) { factsOnly.formUnion(ids) }
    mutating func markScored(_ ids: some Sequence<ModelID>) {
        if !factsOnly.isEmpty { factsOnly.subtract(ids) }
    }

    mutating func update(_ id: ModelID, _ change: (inout Model) -> Void) {
        guard let index = byID[id] else { return }
        change(&models[index])
    }

    // MARK: - Resolving

    /// The model a results-table cell names. `context` is a variant implied by the headings;
    /// `rowSize` a size given in another cell of the row (`#TP`).
    mutating func resolve(
        _ text: String, context: Variant?, rowSize: ParameterCount?, source: Provenance,
        makers: [String], architectures: [String]
    ) -> ModelID {
        resolve(
            text, parsed: ModelName(parsing: text, makers: makers, architectures: architectures), context: context,
            rowSize: rowSize, source: source)
    }

    /// `resolve`, given the text already parsed (readers remember the parse of texts met again).
    /// `writtenAs`: the spelling the sources wrote, when `text` was made from it (`Gemma 2B` from
    /// `2B Params`): only written spellings are a model's.
    mutating func resolve(
        _ text: String, parsed name: ModelName, context: Variant?, rowSize: ParameterCount?, source: Provenance,
        writtenAs: String? = nil
    ) -> ModelID {
        let base = resolveCore(name, context: context, rowSize: rowSize, source: source)
        let id: ModelID
        if name.qualifiers.isEmpty {
            // New under a "Base Model" heading with its plain name, it is still that variant.
            let variant = context == .base && self.variant(of: base.name) == nil ? Variant.base : nil
            id = base.known ?? add(peer(base.name, hints: name.makerHints, variant: variant, source: source))
        } else if let known = base.known, let stem = model(known) {
            let identity = ModelName(core: stem.name, qualifiers: name.qualifiers).identity
            id = lookup(identity) ?? add(variantModel(of: stem, named: identity, source: source))
        } else {
            let identity = ModelName(core: base.name, qualifiers: name.qualifiers).identity
            id =
                lookup(identity) ?? lookupIgnoringSize(identity, size: size(in: name.core) ?? name.parameters)
                ?? add(peer(identity, hints: name.makerHints, source: source))
        }
        noteSpelling(writtenAs ?? text, of: id)
        record(name, on: id, source: source)
        return id
    }

    /// Finds the model a name (without qualifiers) means, or the best name for a new peer.
    private mutating func resolveCore(
        _ name: ModelName, context: Variant?, rowSize: ParameterCount?,
        source: Provenance
    ) -> (known: ModelID?, name: String) {
        let core = name.core
        let hasSize = hasSizeMemo(core) { ModelName.hasSize($0) }
        // A sized name without a variant word under a "Chat Model" heading names that variant of
        // an open-weights family (`Mixtral 8x22B`): new, it is named for the heading. Under a
        // "Base Model" heading it names the family's plain model, which makers name without a
        // suffix (`Qwen2.5-72B`, `Llama-3.1-405B`): new, it keeps the name as written.
        // The name has no variant word of its own, so a heading's context may give it one.
        let takesContext = context != nil && variant(of: core) == nil
        let namedByContext = takesContext && context != .base && hasSize
        var candidates: [String] = []
        if let context, takesContext {
            candidates.append("\(core)-\(context.rawValue.capitalized)")
        }
        candidates.append(core)
        if let rowSize, !hasSize {
            candidates.append(ModelName.inserting(size: rowSize.text, into: core, variantWords: Set(variantWords.keys)))
        }
        // `Llama 4 Scout` read first under a "Base Pretrained Models" heading is that base model:
        // under an "Instruction Tuned Models" heading the same name is the tuned one.
        var baseTaken = false
        var factsStem: Model?
        for candidate in candidates {
            guard let id = lookup(candidate) else { continue }
            // `Llama 4 Scout` first named by a table of sizes, then under "Pre-trained models" and
            // "Instruction tuned models": the first heading makes it its variant, and the other
            // heading's scores go to a variant of it, which takes the facts it does not state. Not
            // when the family's base model has a name of its own (DeepSeek's `DeepSeek-V3-Base`
            // beside `DeepSeek-V3`): then the plain name is the tuned model.
            if takesContext, candidate == core, factsOnly.contains(id), let found = model(id), found.variant == nil,
                lookup("\(core)-Base") == nil
            {
                factsOnly.remove(id)
                if context == .base {
                    update(id) { $0.variant = .base }
                    return (id, candidate)
                }
                factsStem = found
                continue
            }
            // Such a name means the plain model only when a list catalogues it; a plain peer read
            // elsewhere may be another variant, and a chat model must not take a base model's scores.
            if namedByContext, candidate == core, model(id)?.isCatalogued != true { continue }
            if takesContext, context != .base, candidate == core, let found = model(id), found.variant == .base,
                !found.isCatalogued
            {
                baseTaken = true
                if found.shape != ModelShape() { factsStem = found }
                continue
            }
            return (id, candidate)
        }
        if let id = lookupIgnoringSize(core, size: size(in: core) ?? name.parameters) { return (id, core) }
        if let (stem, date) = ModelName.snapshotSuffix(of: core), let stemID = lookup(stem),
            let stemModel = model(stemID)
        {
            let name = "\(stemModel.name)-\(date)"  // `DeepSeek V2-0506` → `DeepSeek-V2-0506`
            if let existing = lookup(name) { return (existing, name) }
            return (add(variantModel(of: stemModel, named: name, context: context, source: source)), name)
        }
        // A new model: the canonical name if an alias names one, else as precisely as the table allows.
        for candidate in candidates {
            if let canonical = aliases[key(candidate)] { return (nil, canonical) }
        }
        if let factsStem, let context {
            let name = "\(core)-\(context.rawValue.capitalized)"
            return (add(variantModel(of: factsStem, named: name, context: context, source: source)), name)
        }
        if namedByContext || baseTaken { return (nil, candidates[0]) }
        if rowSize != nil, !hasSize, familyNames.contains(key(core)) { return (nil, candidates.last!) }
        return (nil, core)
    }

    /// `DeepSeek-V2-Lite 16B Chat` → `DeepSeek-V2-Lite-Chat`, whose name has no size, provided
    /// exactly one such model matches: a catalogued one whose known size does not disagree, or
    /// one a table of facts gave that very size (`DeepSeek-V2-Lite-Chat (SFT) | 16B`, then
    /// `DeepSeek-V2-Lite 16B Chat (SFT)` in a results table: the size restates what is known).
    private mutating func lookupIgnoringSize(_ name: String, size: ParameterCount?) -> ModelID? {
        guard let size else { return nil }
        let stripped = key(NameKey.tokens(name).filter { !ModelName.isSizeWord($0) }.joined(separator: "-"))
        let matches = (sizelessNames[stripped] ?? []).map { models[$0] }.filter { model in
            let known = model.shape.totalParameters.map { abs($0.value.billions - size.billions) < 0.05 }
            return model.isCatalogued ? known ?? true : known == true
        }
        return matches.count == 1 ? matches[0].id : nil
    }

    private mutating func peer(_ name: String, hints: [String], variant: Variant? = nil, source: Provenance) -> Model {
        var model = newModel(name, source: source)
        model.organization = organizations.organization(forModel: name, hints: hints)
        model.variant = model.variant ?? variant
        return model
    }

    /// A dated snapshot of `stem`: its variant is its name's, else the heading's over it (`DeepSeek
    /// V2-0506` under `### Chat Model` is a chat model, whatever its stem is), else the stem's.
    private mutating func variantModel(
        of stem: Model, named name: String, context: Variant? = nil, source: Provenance
    ) -> Model {
        var model = newModel(name, source: source)
        model.variantOf = stem.id
        model.series = stem.series
        model.organization = stem.organization
        model.variant = variant(of: name) ?? context ?? stem.variant
        return model
    }

    /// Gives each dated snapshot or training stage the parts of its stem's shape it does not
    /// state itself. Done once all tables are read, so that it does not matter which table
    /// (the variant's or one about its stem) comes first.
    mutating func inheritShapes() {
        for index in models.indices {
            guard let stemID = models[index].variantOf, let stem = model(stemID) else { continue }
            var shape = models[index].shape
            shape.totalParameters = shape.totalParameters ?? stem.shape.totalParameters
            shape.activeParameters = shape.activeParameters ?? stem.shape.activeParameters
            shape.architecture = shape.architecture ?? stem.shape.architecture
            shape.architectureDetail = shape.architectureDetail ?? stem.shape.architectureDetail
            models[index].shape = shape
        }
    }

    /// Takes another registry's remembered sizes (pure functions of a name).
    mutating func adoptMemos(of other: ModelRegistry) {
        (sizeMemo, hasSizeMemo) = (other.sizeMemo, other.hasSizeMemo)
    }

    private mutating func size(in name: String) -> ParameterCount? {
        sizeMemo(name) { ModelName.size(in: $0) }
    }

    /// Keeps what a spelling says about the model's shape: a parenthesised descriptor
    /// (`(Dense-67B)`, `(MoE-236B)`) or a size in the name itself (`DeepSeek-V2-Lite 16B Chat`
    /// for a model the list names without one).
    mutating func record(_ name: ModelName, on id: ModelID, source: Provenance) {
        let size = name.parameters ?? size(in: name.core)
        update(id) { model in
            if let arch = name.architecture, model.shape.architecture == nil {
                model.shape.architecture = Sourced(arch, source: source)
            }
            if let size, model.shape.totalParameters == nil {
                model.shape.totalParameters = Sourced(size, source: source)
            }
            if model.shape.activeParameters == nil, let active = ModelName.activeSize(in: name.core) {
                model.shape.activeParameters = Sourced(active, source: source)
            }
        }
    }
}
