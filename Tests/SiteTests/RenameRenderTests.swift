import Foundation
import TestSupport
import Testing

@testable import Site

/// A renamed model or benchmark re-renders the pages that show its name (its own, the pages of
/// what it has scores with, the listings, the sections, whose text links names), not every page;
/// and the site is still the clean build's.
struct RenameRenderTests {
    static let document = "Content/overview-of-chinese-ai-models.md"

    /// Renames every `old` in the seed once it is built; returns the files rendered, of all.
    private func renderedAfterRenaming(_ old: String, to new: String) async throws -> (rendered: Int, files: Int) {
        let site = try EditedSite(seed: true)
        defer { site.folder.remove() }
        _ = await site.rebuild()
        try #require(site.files[Self.document]!.contains(old))
        try site.replace(old, with: new, in: Self.document)
        let result = await site.rebuild()
        #expect(await site.differenceFromCleanBuild(result) == nil)
        let files = result.published.map { $0.site.files.count } ?? 0
        return (files - (result.published?.site.reusedCount ?? 0), files)
    }

    /// DeepSeek-V2-Lite-Chat, the model `DeepSeek-V2-Lite 16B Chat (SFT)` is a variant of:
    /// respelled (a new page) or recased (its page and id stay; the variant's page names it anew).
    @Test(arguments: ["DeepSeek-V2-Lyte-Chat", "DEEPSEEK-V2-LITE-CHAT"])
    func aRenamedModelRendersThePagesThatShowIt(_ new: String) async throws {
        let (rendered, files) = try await renderedAfterRenaming("DeepSeek-V2-Lite-Chat", to: new)
        #expect(rendered > 0 && rendered < files / 2, "\(rendered) of \(files) files rendered")
    }

    /// Respelled, and recased: the model pages with a HellaSwag score name it anew.
    @Test(arguments: ["HellaSwog", "HELLASWAG"])
    func aRenamedBenchmarkRendersThePagesThatShowIt(_ new: String) async throws {
        let (rendered, files) = try await renderedAfterRenaming("HellaSwag", to: new)
        #expect(rendered > 0 && rendered < files / 2, "\(rendered) of \(files) files rendered")
    }

    /// Names respelled (a new id), recased (often the same id: only the name shown differs) or
    /// changed in one cell only (a new entity beside the old one), one after another: after each,
    /// the site is the clean build's.
    @Test(arguments: [11, 12])
    func randomRenamesMatchACleanBuild(seed: UInt64) async throws {
        let names = [
            "DeepSeek-V2-Lite-Chat", "DeepSeek-V3", "DeepSeek-Coder-V2-Instruct", "GPT-4o", "Qwen2.5-72B-Instruct",
            "Claude-3.5-Sonnet", "LLaMA-3.1 405B", "HellaSwag", "MMLU", "GSM8K", "HumanEval", "LiveCodeBench",
            "C-Eval", "DeepSeek-LLM-7B-Chat",
        ]
        let site = try EditedSite(seed: true)
        defer { site.folder.remove() }
        var random = SplitMix64(seed: seed)
        _ = await site.rebuild()
        for step in 0..<8 {
            let text = site.files[Self.document]!
            let present = names.filter { text.contains($0) }
            let old = present[Int(random.next() % UInt64(present.count))]
            let new: String
            switch random.next() % 3 {
            case 0: new = old + "x"
            case 1: new = old.lowercased() == old ? old.uppercased() : old.lowercased()
            default: new = String(old.dropLast()) + "Q"
            }
            let everywhere = random.next() % 2 == 0
            // One cell: the first row or column header naming it, else its first mention.
            let cell = text.range(of: "| " + old + " ").map { ($0, "| \(new) ") }
            let (range, replacement) = cell ?? (text.range(of: old)!, new)
            let changed =
                everywhere
                ? text.replacingOccurrences(of: old, with: new) : text.replacingCharacters(in: range, with: replacement)
            try site.write(changed, to: Self.document)
            let result = await site.rebuild()
            let edit = "\(everywhere ? "every" : "one") \(old) to \(new)"
            let difference = await site.differenceFromCleanBuild(result)
            #expect(difference == nil, "seed \(seed), step \(step), after renaming \(edit)")
            if difference != nil { return }
        }
    }
}
