import Markdown
import Testing

@testable import Catalog

/// `Model` keeps its fields in a shared box: copies must still behave as values.
@Suite struct ModelTests {
    private func model(_ name: String) -> Model {
        Model(
            id: ModelID(rawValue: name.lowercased()), name: name,
            source: Provenance(SourceLocation(path: "a.md", line: 3, column: 1)))
    }

    @Test func aChangedCopyLeavesTheOriginalAsItWas() {
        let original = model("DeepSeek-V3")
        var copy = original
        copy.aliases.append("DeepSeek V3")
        copy.openness = Sourced("open", source: copy.source)
        #expect(original.aliases.isEmpty)
        #expect(original.openness == nil)
        #expect(copy.aliases == ["DeepSeek V3"])
        #expect(copy != original)
    }

    @Test func modelsMadeApartAreEqualWhenTheirFieldsAre() {
        var first = model("Qwen2.5-72B")
        var second = model("Qwen2.5-72B")
        first.notes = "open weights"
        second.notes = "open weights"
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        second.isCatalogued = true
        #expect(first != second)
    }

    @Test func aCopyInAnArrayIsChangedAlone() {
        var models = [model("GPT-4o")]
        let kept = models
        models[0].name = "GPT-4o 0513"
        #expect(kept[0].name == "GPT-4o")
        #expect(models[0].name == "GPT-4o 0513")
    }
}
