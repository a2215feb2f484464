/// Tells which organization makes a model, from the configured name prefixes and aliases.
///
/// Every lookup costs time in proportion to the name, whatever the number of organizations:
/// prefixes live in a trie of normalised characters, aliases in a dictionary.
struct OrganizationMatcher {
    private(set) var organizations: [Organization] = []
    private var prefixes = PrefixTrie()
    private var aliases: [String: OrganizationID] = [:]
    /// Normalised names of the organizations whose name is also one of their model prefixes.
    private var namesThatArePrefixes: Set<String> = []

    init(rules: [CatalogConfig.OrganizationRule]) {
        var slugs = UniqueSlugs()  // `Meta` and `meta` are two organizations with one slug
        for rule in rules {
            let id = OrganizationID(rawValue: slugs.claim(rule.name))
            organizations.append(Organization(id: id, name: rule.name, aliases: rule.aliases, url: rule.url))
            let keys = rule.modelPrefixes.map { NameKey($0).value }
            // An empty prefix would claim every model; the loader refuses it at its place.
            for key in keys where !key.isEmpty { prefixes.insert(key, id) }
            for alias in rule.aliases + [rule.name] { aliases[alias.lowercased()] = id }
        }
        let allPrefixes = Set(rules.flatMap { $0.modelPrefixes.map { NameKey($0).value } })
        namesThatArePrefixes = Set(rules.map { NameKey($0.name).value }).intersection(allPrefixes)
    }

    /// The maker named by a hint (`文心一言`, `OpenAI`), else the one whose prefix starts the name
    /// (the longest such prefix; between equal ones, the organization listed first).
    func organization(forModel name: String, hints: [String]) -> OrganizationID? {
        for hint in hints {
            if let id = aliases[hint.lowercased()] { return id }
        }
        return prefixes.longestPrefix(of: NameKey(name).value)
    }

    /// Organization names that may lead a model name (`OpenAI o1-mini`): those that are not
    /// themselves the start of their models' names (`DeepSeek V3` keeps its first word).
    var makerNames: [String] {
        organizations.map(\.name).filter { !namesThatArePrefixes.contains(NameKey($0).value) }
    }
}

/// Normalised prefixes in a tree of characters, each ending at the organization it names.
private struct PrefixTrie {
    private var children: [[Character: Int]] = [[:]]
    private var owners: [OrganizationID?] = [nil]

    /// Adds `key` for `owner`, unless an earlier organization already has it.
    mutating func insert(_ key: String, _ owner: OrganizationID) {
        var node = 0
        for character in key {
            if let next = children[node][character] {
                node = next
            } else {
                children.append([:])
                owners.append(nil)
                children[node][character] = children.count - 1
                node = children.count - 1
            }
        }
        if owners[node] == nil { owners[node] = owner }
    }

    /// The owner of the longest stored prefix of `key`.
    func longestPrefix(of key: String) -> OrganizationID? {
        var node = 0
        var found: OrganizationID?
        for character in key {
            guard let next = children[node][character] else { break }
            node = next
            found = owners[node] ?? found
        }
        return found
    }
}
