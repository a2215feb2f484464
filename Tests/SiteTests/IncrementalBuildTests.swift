import Foundation
import Markdown
import TestSupport
import Testing

@testable import Content
@testable import Site

/// A rebuild with a `ParseCache` parses only what changed, and always writes what a clean build writes.
struct IncrementalBuildTests {
    @Test func aRebuildWithNoChangeParsesAndWritesNothing() async throws {
        let site = try EditedSite()
        defer { site.folder.remove() }
        let first = await site.rebuild()
        #expect(first.errorCount == 0)
        #expect(site.cache.lastParseCount == EditedSite.initialDocuments.count)
        site.backdateAll()
        let second = await site.rebuild()
        #expect(site.cache.lastParseCount == 0)
        #expect(second.report?.written == [])
        #expect(second.report?.removed == [])
        #expect(second.skipped && !second.siteChanged)
        #expect(second.report?.unchanged.count == first.report?.written.count)
        #expect(await site.differenceFromCleanBuild(second) == nil)
    }

    /// The skip compares what was read, not times: a template, `atlas.yml` or a removed output
    /// folder each make the next build run.
    @Test func anyInputOrAMissingOutputFolderRunsTheBuild() async throws {
        let site = try EditedSite()
        defer { site.folder.remove() }
        _ = await site.rebuild()
        let template = "Templates/section.mustache"
        try site.write(site.files[template]! + "<p>edited</p>\n", to: template)
        let edited = await site.rebuild()
        #expect(!edited.skipped && edited.siteChanged)
        #expect(await site.differenceFromCleanBuild(edited) == nil)

        try site.write(
            EditedSite.config.replacingOccurrences(of: "Beta Lab", with: "Beta Works"), to: "Content/atlas.yml")
        let configured = await site.rebuild()
        #expect(!configured.skipped && configured.siteChanged)
        #expect(await site.differenceFromCleanBuild(configured) == nil)

        try FileManager.default.removeItem(atPath: site.folder.path + "/Public")
        let restored = await site.rebuild()
        #expect(!restored.skipped && restored.report?.written.isEmpty == false)
        #expect(!restored.siteChanged, "the same bytes as the site last published")
        #expect(await site.differenceFromCleanBuild(restored) == nil)
        #expect(await site.rebuild().skipped)
    }

    /// A failed build is not remembered: going back to the last good input skips, with its result.
    @Test func revertingABrokenEditGivesTheLastGoodSiteBack() async throws {
        let site = try EditedSite()
        defer { site.folder.remove() }
        let good = await site.rebuild()
        try site.write("organizations: [", to: "Content/atlas.yml")
        let broken = await site.rebuild()
        #expect(broken.errorCount > 0 && broken.published == nil)
        try site.write(EditedSite.config, to: "Content/atlas.yml")
        let reverted = await site.rebuild()
        #expect(reverted.skipped && !reverted.siteChanged && reverted.diagnostics == good.diagnostics)
        #expect(await site.differenceFromCleanBuild(reverted) == nil)
    }

    @Test func oneEditParsesOneFile() async throws {
        let site = try EditedSite()
        defer { site.folder.remove() }
        _ = await site.rebuild()
        site.backdateAll()
        try site.write(
            site.files["Content/alpha.md"]!.replacingOccurrences(of: "71.5", with: "72.5"), to: "Content/alpha.md")
        let result = await site.rebuild()
        #expect(site.cache.lastParseCount == 1)
        #expect(result.report?.written.isEmpty == false)
        #expect(await site.differenceFromCleanBuild(result) == nil)
    }

    /// A file rewritten within the file system's time tick keeps size and times; its bytes decide.
    @Test func aSameSizeEditInTheSameTickIsSeen() async throws {
        let site = try EditedSite()
        defer { site.folder.remove() }
        _ = await site.rebuild()
        try site.write(
            site.files["Content/alpha.md"]!.replacingOccurrences(of: "71.5", with: "79.5"), to: "Content/alpha.md")
        let result = await site.rebuild()
        #expect(site.cache.lastParseCount == 1)
        #expect(await site.differenceFromCleanBuild(result) == nil)
    }

    @Test(arguments: [1, 2, 3])
    func randomEditsKeepTheOutputEqualToACleanBuild(seed: UInt64) async throws {
        let site = try EditedSite()
        defer { site.folder.remove() }
        var random = SplitMix64(seed: seed)
        _ = await site.rebuild()
        var skipped = 0
        for step in 0..<24 {
            let edit = try site.applyRandomEdit(&random)
            if random.next() % 2 == 0 { site.backdate(edit.paths, step: step) }
            let result = await site.rebuild()
            if result.skipped { skipped += 1 }
            let difference = await site.differenceFromCleanBuild(result)
            #expect(difference == nil, "seed \(seed), step \(step), after \(edit.name)")
            if difference != nil { return }
        }
        // Both paths were taken: builds skipped as unchanged, and builds that ran.
        #expect(skipped > 0 && skipped < 24, "seed \(seed): \(skipped) of 24 skipped")
    }
}

/// `atlas serve` renders again only the pages an edit reaches (`RenderKeys`), and the site is
/// still the one a clean build makes.
struct RenderReuseTests {
    @Test func scoreEditsOnTheSeedReuseOtherPagesAndMatchACleanBuild() async throws {
        let site = try EditedSite(seed: true)
        defer { site.folder.remove() }
        var random = SplitMix64(seed: 7)
        let first = await site.rebuild()
        #expect(first.errorCount == 0)
        let document = "Content/overview-of-chinese-ai-models.md"
        for step in 0..<6 {
            let edit = try site.changeNumber(in: document, occurrence: Int(random.next() % 4096), &random)
            let result = await site.rebuild()
            let difference = await site.differenceFromCleanBuild(result)
            #expect(difference == nil, "step \(step), after \(edit.name)")
            if difference != nil { return }
            let rendered = result.published.map { $0.site.files.count - $0.site.reusedCount } ?? 0
            // A score reaches its model, its benchmark, its section and the site-wide files, not 200 pages.
            #expect(rendered < 60, "step \(step): \(rendered) files rendered after \(edit.name)")
        }
    }

    /// Scores on the seed nudged by a hundredth, too little to move a dot of any strip: the
    /// other models' pages are not rendered again, and the site is still the clean build's.
    @Test func nudgedScoresMatchACleanBuild() async throws {
        let site = try EditedSite(seed: true)
        defer { site.folder.remove() }
        #expect(await site.rebuild().errorCount == 0)
        let document = "Content/overview-of-chinese-ai-models.md"
        for occurrence in [40, 400, 900] {
            let text = try #require(site.files[document])
            let cells = text.ranges(of: #/\| [0-9]+\.[0-9] \|/#)
            let cell = cells[occurrence % cells.count]
            let nudged = text[cell].replacingOccurrences(of: " |", with: "1 |", options: .anchored.union(.backwards))
            try site.write(text.replacingCharacters(in: cell, with: nudged), to: document)
            let result = await site.rebuild()
            #expect(await site.differenceFromCleanBuild(result) == nil, "\(text[cell]) → \(nudged)")
            let rendered = result.published.map { $0.site.files.count - $0.site.reusedCount } ?? 0
            #expect(rendered < 60, "\(rendered) files rendered after \(text[cell]) → \(nudged)")
        }
    }

    /// A paragraph added above some tables moves their scores and places down two lines: the
    /// pages that show those (their models', their benchmarks', the series pages' table links,
    /// the sections from there on) are rendered again, the others are not, and the site is the
    /// clean build's. Above DeepSeek-V3's base model table, whose `DeepSeek-V3` column is the
    /// base model: the section's name links find that table by its new place (a name linker kept
    /// from the last build would find none there, and link the chat model).
    /// `share` bounds the files rendered: above the last tables, a quarter of the site at most;
    /// above V3's, whose scores are on most benchmarks' pages, fewer than all.
    @Test(arguments: [("### Distilled Models Evaluation", 4), ("### Base Model", 1)])
    func aParagraphAddedMovesOnlyThePagesThatShowWhatMoved(above heading: String, share: Int) async throws {
        let site = try EditedSite(seed: true)
        defer { site.folder.remove() }
        let first = await site.rebuild()
        #expect(first.errorCount == 0)
        let document = "Content/overview-of-chinese-ai-models.md"
        try site.replace(heading, with: "An added paragraph.\n\n" + heading, in: document)
        let result = await site.rebuild()
        #expect(await site.differenceFromCleanBuild(result) == nil)
        let files = result.published.map { $0.site.files.count } ?? 0
        let rendered = files - (result.published?.site.reusedCount ?? 0)
        #expect(rendered > 0 && rendered < files / share, "\(rendered) of \(files) files rendered")
    }

    /// A row for DeepSeek-V3, a model other tables name already, added to the distilled models'
    /// table: the table's models change, but no entity's name. The section and the pages the
    /// new scores reach are rendered again (the section's name links know the table's new
    /// model), not every page.
    @Test func aRowForAKnownModelRendersWhatItReaches() async throws {
        let site = try EditedSite(seed: true)
        defer { site.folder.remove() }
        _ = await site.rebuild()
        let last = "| DeepSeek-R1-Distill-Llama-70B | 70.0             | 86.7              |"
        let row = "| DeepSeek-V3 | 39.2 | 43.3 | 90.2 | 59.1 | 36.2 | 1134 |\n"
        try site.replace(last, with: row + last, in: "Content/overview-of-chinese-ai-models.md")
        let result = await site.rebuild()
        #expect(await site.differenceFromCleanBuild(result) == nil)
        let files = result.published.map { $0.site.files.count } ?? 0
        let rendered = files - (result.published?.site.reusedCount ?? 0)
        #expect(rendered > 0 && rendered < files / 4, "\(rendered) of \(files) files rendered")
    }

    /// Beta-13B's rank on MMLU moves (3rd to 2nd) while the values drawn stay {65.0, 71.5}:
    /// its page must be rendered again though nothing of Beta-13B changed.
    @Test func aRankThatMovesWithTheSameStripIsSeen() async throws {
        let site = try EditedSite()
        defer { site.folder.remove() }
        try site.replace("| Gamma-2 | 58.0 |", with: "| Gamma-2 | 71.5 |", in: "Content/beta.md")
        _ = await site.rebuild()
        try site.replace("| Alpha-7B | 71.5 |", with: "| Alpha-7B | 65.0 |", in: "Content/alpha.md")
        let result = await site.rebuild()
        #expect(result.published?.site.reusedCount ?? 0 > 0)
        #expect(await site.differenceFromCleanBuild(result) == nil)
    }

    /// Cell edits that keep every name and table shape (so the site key) but change counts: a
    /// score that becomes "not reported" changes the home page's counts and description; one that
    /// stops reading as a score (a warning; the cell is dropped) the listings' score counts.
    @Test(arguments: ["| Gamma-2 | - |", "| Gamma-2 | fifty-eight |"])
    func countsFollowACellEdit(_ replacement: String) async throws {
        let site = try EditedSite()
        defer { site.folder.remove() }
        _ = await site.rebuild()
        try site.replace("| Gamma-2 | 58.0 |", with: replacement, in: "Content/beta.md")
        let result = await site.rebuild()
        #expect(result.published?.site.reusedCount ?? 0 > 0)
        #expect(await site.differenceFromCleanBuild(result) == nil)
    }

    /// A release date moves its model's series' span, shown on organization and series listings:
    /// earlier than all, later than all, and no longer readable (a warning; the date is dropped).
    @Test(arguments: ["March 2021", "January 2026", "soon"])
    func releaseDateEditsMatchACleanBuild(_ date: String) async throws {
        let site = try EditedSite(seed: true)
        defer { site.folder.remove() }
        _ = await site.rebuild()
        let document = "Content/overview-of-chinese-ai-models.md"
        let row = try #require(site.files[document]!.firstMatch(of: #/\| DeepSeek-Coder-1\.3B-base +\| November 2023/#))
        try site.write(
            site.files[document]!.replacingCharacters(
                in: row.range, with: "| DeepSeek-Coder-1.3B-base | \(date)"),
            to: document)
        let result = await site.rebuild()
        #expect(result.published?.site.reusedCount ?? 0 > 0)
        #expect(await site.differenceFromCleanBuild(result) == nil)
    }

    /// A new heading moves what every page links to: nothing is reused, and nothing is stale.
    @Test func aNewSectionRendersEverythingAgain() async throws {
        let site = try EditedSite(seed: true)
        defer { site.folder.remove() }
        _ = await site.rebuild()
        let document = "Content/overview-of-chinese-ai-models.md"
        try site.write(site.files[document]! + "\n## A new section\n\nText.\n", to: document)
        let result = await site.rebuild()
        #expect(result.published?.site.reusedCount == 0)
        #expect(await site.differenceFromCleanBuild(result) == nil)
    }
}
