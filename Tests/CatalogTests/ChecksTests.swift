import Markdown
import Testing

@testable import Catalog

@Suite struct ChecksTests {
    @Test func duplicatedTableIsReportedAtTheCopy() throws {
        let result = try enrich(
            """
            ## S

            #### Code Fixing

            | Model | Aider |
            |-------|-------|
            | A     | 57.1  |
            | B     | 68.4  |

            #### Math

            | Model | Aider |
            |-------|-------|
            | A     | 57.1  |
            | B     | 68.4  |

            #### Other

            | Model | Aider |
            |-------|-------|
            | A     | 57.1  |
            | B     | 68.5  |
            """)
        let found = result.findings(containing: "repeats")
        #expect(found.map(\.location.description) == ["test.md:12:3"])
        #expect(found.first?.message.contains("'Math' repeats table 'Code Fixing' at test.md:5:3") == true)
        #expect(found.first?.severity == .warning)
    }

    @Test func conflictingScoresAcrossTables() throws {
        let result = try enrich(
            """
            ## S

            | Model   | HumanEval | MMLU (5-shot) |
            |---------|-----------|---------------|
            | Alpha   | 42.7      | 70.0          |

            ### Again

            | Model   | HumanEval | MMLU (0-shot) |
            |---------|-----------|---------------|
            | Alpha   | 45.1      | 65.0          |
            """)
        let conflicts = result.findings(containing: "different values")
        // HumanEval disagrees; MMLU does not: the shots say they are different measurements.
        #expect(conflicts.map(\.location.description) == ["test.md:11:13"])
        #expect(
            conflicts.first?.message.hasPrefix(
                "HumanEval for Alpha has 2 different values: 42.7 at test.md:5:13; 45.1 at test.md:11:13") == true)
    }

    /// Many tables that disagree give one finding per model, benchmark and setting, not one per pair.
    @Test func disagreementAcrossManyTablesIsReportedOnce() throws {
        let values = ["42.7", "45.1", "42.7", "50.0", "45.10"]
        let markdown =
            "## S\n\n"
            + values.map { "### T\n\n| Model | HumanEval |\n|-------|-----------|\n| Alpha | \($0) |\n" }
            .joined(separator: "\n")
        let conflicts = try enrich(markdown).findings(containing: "different values")
        #expect(conflicts.count == 1)
        #expect(conflicts.first?.location.description == "test.md:13:11")
        #expect(
            conflicts.first?.message.hasPrefix(
                "HumanEval for Alpha has 3 different values: 42.7 at test.md:7:11, test.md:19:11; "
                    + "45.1 at test.md:13:11, test.md:31:11; 50.0 at test.md:25:11") == true)
    }

    /// The same model twice in one table, under one spelling or under two that name one model.
    @Test func disagreementInsideOneTableIsReported() throws {
        let result = try enrich(
            """
            ## S

            | Model         | HumanEval | MBPP |
            |---------------|-----------|------|
            | Case-Model-7B | 42.7      | 50.0 |
            | Beta          | 30.0      | 31.0 |
            | case-model-7b | 45.1      | 50.0 |
            | Beta          | 30.0      | 33.5 |
            """)
        let conflicts = result.findings(containing: "different values").map { "\($0.location): \($0.message)" }
        #expect(conflicts.count == 2)
        #expect(
            conflicts.contains {
                $0.hasPrefix(
                    "test.md:7:19: HumanEval for Case-Model-7B has 2 different values: 42.7 at test.md:5:19; 45.1 at test.md:7:19"
                )
            })
        #expect(
            conflicts.contains {
                $0.hasPrefix(
                    "test.md:8:31: MBPP for Beta has 2 different values: 31.0 at test.md:6:31; 33.5 at test.md:8:31")
            })
    }

    /// Settings that differ (5-shot, 0-shot) are different measurements, in one table or two.
    @Test func onlyCompatibleSettingsAreCompared() throws {
        let result = try enrich(
            """
            ## S

            | Model | MMLU (5-shot) | MMLU (0-shot) |
            |-------|---------------|---------------|
            | Alpha | 70.0          | 65.0          |

            ### Again

            | Model | MMLU (5-shot) |
            |-------|---------------|
            | Alpha | 70.0          |
            """)
        #expect(result.findings(containing: "different values").isEmpty)
    }

    @Test func namesWithTheSameWordsInAnotherOrderAreFlagged() throws {
        let markdown = """
            ## S

            | Model                  | MMLU |
            |------------------------|------|
            | Claude-3.5-Sonnet-1022 | 88.3 |
            | Sonnet 3.5 Claude 1022 | 88.0 |
            | Claude-3-Sonnet-1022   | 80.0 |
            """
        let flagged = try enrich(markdown).findings(containing: "same words")
        #expect(flagged.map(\.location.description) == ["test.md:6:3"])
        #expect(
            flagged.first?.message.hasPrefix("'Sonnet 3.5 Claude 1022' has the same words as 'Claude-3.5-Sonnet-1022'")
                == true)
        // An alias says they are one model: nothing left to flag.
        let config = CatalogConfig(modelAliases: ["Claude-3.5-Sonnet-1022": ["Sonnet 3.5 Claude 1022"]])
        #expect(try enrich(markdown, config: config).findings(containing: "same words").isEmpty)
    }

    @Test func equalOrUnreportedScoresDoNotConflict() throws {
        let result = try enrich(
            """
            ## S

            | Model | HumanEval | MBPP |
            |-------|-----------|------|
            | Alpha | 42.7      | -    |

            ### Again

            | Model | HumanEval | MBPP |
            |-------|-----------|------|
            | Alpha | 42.70     | 50.0 |
            """)
        #expect(result.findings(containing: "different values").isEmpty)
    }

    static let overview = """
        ## Family

        | Series   | Model         | Year     | Notes   |
        |----------|---------------|----------|---------|
        | Nimbus-2 | Nimbus-2      | May 2024 | Upgrade |
        |          | Nimbus-2-Chat | May 2024 |         |
        | Nimbus-3 | Nimbus-3      | 2025     |         |


        """

    /// Makes every `Nimbus…` model Nimbus Labs', so that only the list checks speak.
    static func nimbusConfig() throws -> CatalogConfig {
        try config("organizations:\n  - name: Nimbus Labs\n    modelPrefixes: [Nimbus]\n")
    }

    @Test func sectionListAgreeingWithTheOverviewIsQuiet() throws {
        let result = try enrich(
            Self.overview + """
                ## Nimbus 2

                | Series   | Model         | Year     | Notes   |
                |----------|---------------|----------|---------|
                | Nimbus-2 | Nimbus-2      | May 2024 | Upgrade |
                |          | Nimbus 2 Chat | May 2024 |         |
                """, config: Self.nimbusConfig())
        #expect(result.diagnostics.isEmpty)
    }

    @Test func sectionListDisagreeingWithTheOverview() throws {
        let result = try enrich(
            Self.overview + """
                ## Nimbus 2

                | Series   | Model         | Year      | Notes   |
                |----------|---------------|-----------|---------|
                | Nimbus-2 | Nimbus-2      | June 2024 | Upgrade |
                |          | Nimbus-2-Lite | May 2024  |         |
                """, config: Self.nimbusConfig())
        let messages = result.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        #expect(
            messages == [
                "13:14: 'Nimbus-2-Chat' of series 'Nimbus-2' is in the overview list at test.md:6:14 but missing here",
                "13:14: the release of 'Nimbus-2' is 'June 2024' here but 'May 2024' in the overview list at test.md:5:14",
                "14:14: 'Nimbus-2-Lite' is listed here but not in the overview list at test.md:5:14",
            ])
        // The overview wins: the model keeps the overview's release.
        #expect(result.catalog.model(named: "Nimbus-2")?.release?.value == Release(year: 2024, month: 5))
    }

    @Test func sectionListPuttingAModelInAnotherSeries() throws {
        let result = try enrich(
            Self.overview + """
                ## Nimbus 3

                | Series   | Model    | Year |
                |----------|----------|------|
                | Nimbus 3 | Nimbus-3 | 2025 |
                |          | Nimbus-2 |      |
                """, config: Self.nimbusConfig())
        let messages = result.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        #expect(
            messages == [
                "14:14: 'Nimbus-2' is in series 'Nimbus 3' here but 'Nimbus-2' in the overview list at test.md:5:14"
            ])
        #expect(result.catalog.model(named: "Nimbus-2")?.series == SeriesID(rawValue: "nimbus-2"))
        #expect(result.catalog.series(SeriesID(rawValue: "nimbus-3"))?.section?.title == "Nimbus 3")
    }
}
