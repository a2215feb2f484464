import Markdown
import Testing

@testable import Catalog

/// What tells a model's name from what a table writes beside its models.
@Suite struct ModelEvidenceTests {
    /// CodeGeeX2's DS-1000 table counts each column's problems in a row over the models' scores.
    @Test func aRowCountingABenchmarksProblemsIsNoModel() throws {
        let enrichment = try enrich(
            """
            ### DS1000

            | Model | Numpy | Pandas | Overall |
            |---|---|---|---|
            | \\# Samples | 220 | 291 | 1000 |
            | StarCoder-15B | 29.7 | 11.4 | 26.0 |
            | Codex-002 | 43.1 | 26.5 | 39.2 |
            """)
        let catalog = enrichment.catalog
        #expect(catalog.models.map(\.name).sorted() == ["Codex-002", "StarCoder-15B"])
        #expect(catalog.scores.count == 6)
        // The counts no longer make DS-1000 a benchmark of ratings.
        #expect(catalog.benchmarks.flatMap { $0.metrics.values.map(\.scale) } == [.percent])
        #expect(!enrichment.diagnostics.contains { $0.message.contains("outside") })
    }

    @Test(arguments: ["# Samples", "#Problems", " # tasks", "No. of tasks", "Number of samples", "num. of items"])
    func countsAreNoModels(_ label: String) {
        #expect(ModelEvidence.isCount(label))
    }

    @Test(arguments: ["Nous-Hermes-2-Yi-34B", "NVLM-D-72B", "Number7-13B", "No-Robots-7B", "C#-Coder"])
    func modelsAreNoCounts(_ name: String) {
        #expect(!ModelEvidence.isCount(name))
    }
}
