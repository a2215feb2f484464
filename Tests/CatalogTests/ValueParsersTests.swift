import Testing

@testable import Catalog

@Suite struct ValueParsersTests {
    // MARK: - Parameter counts

    @Test(arguments: [
        ("6.7B", 6.7), ("236B", 236), ("2.4B", 2.4), ("500M", 0.5), ("1.2T", 1200), ("7b", 7), (" 16B ", 16),
        // A mark pointing at a note ("estimated"; OpenChat's card), kept in the text as written.
        ("175B*", 175), ("1.8T*", 1800), ("7B †", 7),
        // About that many (SOLAR's card: `~ 11B` was warned on every row).
        ("~ 11B", 11), ("~46.7B", 46.7), ("≈ 7B", 7), ("about 70B", 70),
    ])
    func parameters(_ text: String, _ billions: Double) {
        let count = ValueParsers.parameters(text)
        #expect(count?.billions == billions)
        #expect(count?.text == text.trimmingCharacters(in: .whitespaces))
    }

    @Test(
        "not parameter counts",
        arguments: [
            "-", "N/A", "", "B", "MoE", "0B", "-7B", "Chat", "7", "32k", "8x22B", "Dense", "*", "B*", "~", "~ B",
        ])
    func notParameters(_ text: String) {
        #expect(ValueParsers.parameters(text) == nil)
    }

    /// Overview tables' size cells of mixture-of-experts models.
    @Test(arguments: [
        ("671B MoE (37B act)", 671.0, 37.0 as Double?, "MoE" as String?),
        ("1T (32B active)", 1000, 32, nil),
        ("236B MoE", 236, nil, "MoE"),
        ("70B dense", 70, nil, "Dense"),
        // Llama 4's cells: each count labelled after it, the active one first.
        ("17B (Activated) 109B (Total)", 109, 17, nil), ("17B (Active)\n400B (Total)", 400, 17, nil),
        ("109B (Total), 17B (Activated) MoE", 109, 17, "MoE"),
        // GLM-4.5's and Qwen3's: the total, then `-A` and the active count.
        ("355B-A32B", 355, 32, "MoE"), ("30B-A3B", 30, 3, "MoE"), (" 106B-A12B ", 106, 12, "MoE"),
        // Qwen's feature lists: words between the counts and their labels.
        ("235B in total and 22B activated", 235, 22, nil), ("30.5B in total and 3.3B activated", 30.5, 3.3, nil),
    ])
    func sizesWithTheirShape(_ text: String, _ total: Double, _ active: Double?, _ architecture: String?) throws {
        let size = try #require(ValueParsers.sizeAndShape(text, architectures: ["MoE", "Dense"]))
        #expect(size.total.billions == total)
        #expect(size.active?.billions == active)
        #expect(size.architecture == architecture)
    }

    @Test(arguments: [
        "671B", "5.66 GB", "671B (37B)", "7B chat", "MoE 671B", "17B (Activated)", "17B (Total) 109B (Total)",
        "17B (Activated) 20B (Active) 109B", "32B-A355B", "355B-32B", "355B-A", "A32B-355B",
        "7B and 13B", "0.5B to 72B", "7B in 2 sizes",
    ])
    func notSizesWithAShape(_ text: String) {
        #expect(ValueParsers.sizeAndShape(text, architectures: ["MoE", "Dense"]) == nil)
    }

    // MARK: - Release dates

    @Test(arguments: [
        ("November 2023", Release(year: 2023, month: 11)),
        ("Nov 2023", Release(year: 2023, month: 11)),
        ("nov 2023", Release(year: 2023, month: 11)),
        ("Sept 2024", Release(year: 2024, month: 9)),
        ("2025", Release(year: 2025)),
        ("2024-09", Release(year: 2024, month: 9)),
        ("December 26, 2024", Release(year: 2024, month: 12)),
        ("26 December 2024", Release(year: 2024, month: 12)),
        ("September-December 2024", Release(year: 2024, month: 9, endYear: 2024, endMonth: 12)),
        ("September–December 2024", Release(year: 2024, month: 9, endYear: 2024, endMonth: 12)),
        ("May 2024 – June 2025", Release(year: 2024, month: 5, endYear: 2025, endMonth: 6)),
        ("2024-2025", Release(year: 2024, endYear: 2025)),
        ("2024-05-13", Release(year: 2024, month: 5)),
        ("2024/5/13", Release(year: 2024, month: 5)),
        ("2024.05", Release(year: 2024, month: 5)),
        ("23.11.30", Release(year: 2023, month: 11)),
    ])
    func releases(_ text: String, _ release: Release) {
        #expect(ValueParsers.release(text) == release)
    }

    @Test(
        "not release dates",
        arguments: [
            "", "TBA", "soon", "Q3 2024", "2024-13", "December-September 2024", "2025-2024", "32 December 2024",
            "12 2024", "2024 2024 2024", "Smarch 2024", "99", "November",
            "2024-05-32", "2024-00-01", "23-11-30", "23.11", "1.2.3", "2024-05-13-01", "2024--05", "v2024.05",
        ])
    func notReleases(_ text: String) {
        #expect(ValueParsers.release(text) == nil)
    }

    @Test func releaseTexts() {
        #expect(Release(year: 2023, month: 11).description == "November 2023")
        #expect(Release(year: 2025).description == "2025")
        #expect(Release(year: 2024, month: 9, endYear: 2024, endMonth: 12).description == "September–December 2024")
        #expect(Release(year: 2024, month: 5, endYear: 2025, endMonth: 6).description == "May 2024–June 2025")
        #expect(Release(year: 2023, month: 11).iso == "2023-11")
        #expect(Release(year: 2025).iso == "2025")
        #expect(Release(year: 2024, month: 9, endYear: 2024, endMonth: 12).iso == "2024-09/2024-12")
    }

    @Test func releasesSortByStartWithABareYearFirst() {
        let sorted = [
            Release(year: 2024, month: 5), Release(year: 2024), Release(year: 2023, month: 11),
            Release(year: 2024, month: 1, endYear: 2024, endMonth: 12),
        ].sorted()
        #expect(
            sorted == [
                Release(year: 2023, month: 11), Release(year: 2024),
                Release(year: 2024, month: 1, endYear: 2024, endMonth: 12), Release(year: 2024, month: 5),
            ])
    }
}
