/// Tells which organization makes a model, from the configured name prefixes and aliases.
struct OrganizationMatcher {
    private(set) var organizations: [Organization] = []
    /// (normalised prefix, organization), longest prefix first.
    private var prefixes: [(String, OrganizationID)] = []
    private var aliases: [String: OrganizationID] = [:]

    init(rules: [CatalogConfig.OrganizationRule]) {
        var slugs = UniqueSlugs()  // `Meta` and `meta` are two organizations with one slug
        for rule in rules {
            let id = OrganizationID(rawValue: slugs.claim(rule.name))
            organizations.append(Organization(id: id, name: rule.name, aliases: rule.aliases, url: rule.url))
            for prefix in rule.modelPrefixes { prefixes.append((NameKey(prefix).value, id)) }
            for alias in rule.aliases + [rule.name] { aliases[alias.lowercased()] = id }
        }
        prefixes.sort { $0.0.count > $1.0.count }
    }

    /// The maker named by a hint (`文心一言`, `OpenAI`), else the one whose prefix starts the name.
    func organization(forModel name: String, hints: [String]) -> OrganizationID? {
        for hint in hints {
            if let id = aliases[hint.lowercased()] { return id }
        }
        let key = NameKey(name).value
        return prefixes.first { key.hasPrefix($0.0) }?.1
    }

    /// Organization names that may lead a model name (`OpenAI o1-mini`): those that are not
    /// themselves the start of their models' names (`DeepSeek V3` keeps its first word).
    var makerNames: [String] {
        organizations.map(\.name).filter { name in !prefixes.contains { $0.0 == NameKey(name).value } }
    }
}
