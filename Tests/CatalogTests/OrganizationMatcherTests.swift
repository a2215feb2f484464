import Markdown
import Testing

@testable import Catalog

@Suite struct OrganizationMatcherTests {
    typealias Rule = CatalogConfig.OrganizationRule

    @Test func theLongestPrefixWins() {
        let matcher = OrganizationMatcher(rules: [
            Rule(name: "Short", modelPrefixes: ["Nim"]), Rule(name: "Long", modelPrefixes: ["Nimbus-Pro"]),
        ])
        #expect(matcher.organization(forModel: "Nimbus Pro 7B", hints: []) == OrganizationID(rawValue: "long"))
        #expect(matcher.organization(forModel: "Nimbus-2", hints: []) == OrganizationID(rawValue: "short"))
        #expect(matcher.organization(forModel: "Ni", hints: []) == nil)
    }

    @Test func theFirstOrganizationKeepsASharedPrefix() {
        let matcher = OrganizationMatcher(rules: [
            Rule(name: "First", modelPrefixes: ["Kite"]), Rule(name: "Second", modelPrefixes: ["kite"]),
        ])
        #expect(matcher.organization(forModel: "Kite-1", hints: []) == OrganizationID(rawValue: "first"))
    }

    @Test func aHintBeatsAPrefix() {
        let matcher = OrganizationMatcher(rules: [
            Rule(name: "Baidu", aliases: ["文心一言"], modelPrefixes: ["ERNIE"]),
            Rule(name: "Other", modelPrefixes: ["X"]),
        ])
        #expect(matcher.organization(forModel: "X-1", hints: ["文心一言"]) == OrganizationID(rawValue: "baidu"))
    }

    @Test func anEmptyPrefixClaimsNothing() {
        let matcher = OrganizationMatcher(rules: [Rule(name: "Greedy", modelPrefixes: ["", "-"])])
        #expect(matcher.organization(forModel: "Anything-7B", hints: []) == nil)
    }

    @Test func makersExcludeNamesThatArePrefixes() {
        let matcher = OrganizationMatcher(rules: [
            Rule(name: "DeepSeek", modelPrefixes: ["DeepSeek"]), Rule(name: "OpenAI", modelPrefixes: ["GPT"]),
        ])
        #expect(matcher.makerNames == ["OpenAI"])
    }

    /// 5,000 organizations: a matcher that compares every organization with every other (or a
    /// name with every prefix) takes minutes here; one that looks names up takes well under a second.
    @Test func costDoesNotGrowWithTheNumberOfOrganizations() {
        let count = 5_000
        let rules = (0..<count).map { Rule(name: "Org\($0)", modelPrefixes: ["Pref\($0)x"]) }
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            let matcher = OrganizationMatcher(rules: rules)
            #expect(matcher.makerNames.count == count)
            for index in stride(from: 0, to: count, by: 7) {
                let id = matcher.organization(forModel: "Pref\(index)x-7B", hints: [])
                #expect(id == OrganizationID(rawValue: "org\(index)"))
            }
        }
        #expect(elapsed < .seconds(5), "took \(elapsed)")
    }
    /// The makers of model cards sweep 20 read (vivo, China Telecom, bilibili, OrionStar, IEIT,
    /// Stability AI, Cohere For AI), and NVIDIA's fine-tunes named after their base model first.
    @Test(arguments: [
        ("BlueLM-7B-Chat", "vivo"), ("TeleChat2-115B", "china-telecom"), ("Index-1.9B-Pure", "bilibili"),
        ("Orion-14B-Chat", "orionstar"), ("源2.0-102B", "ieit-systems"), ("Yuan2.0-M32", "ieit-systems"),
        ("StableLM-Zephyr-3B", "stability-ai"), ("C4AI Command R 32B", "cohere"),
        ("Llama-3.1-Nemotron-70B-Instruct", "nvidia"), ("Llama-3.1-70B-Instruct", "meta"),
        ("DeepSeek-R1-Distill-Qwen-7B", "deepseek"), ("R1-Distill-Qwen-14B", "deepseek"), ("Seed-OSS-36B", "bytedance"),
        ("LongCat-Flash", "meituan"),
    ])
    func builtInMakers(_ model: String, _ organization: String) {
        let matcher = OrganizationMatcher(rules: Rule.builtIn)
        #expect(matcher.organization(forModel: model, hints: []) == OrganizationID(rawValue: organization))
    }
}
