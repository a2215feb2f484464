import Foundation
import TestSupport
import Testing

/// `atlas check`, `atlas export` and the limits every content command shares, run as a user would.
struct CatalogCommandTests {
    @Test func checkReportsTheSeedsInconsistenciesWithoutFailing() throws {
        let run = try AtlasProcess.run(["check"], in: repositoryRoot)
        #expect(run.status == 0)
        #expect(run.standardError.contains("table 'Mathematical Reasoning' repeats table 'Code Fixing'"))
        #expect(
            run.standardError.contains(
                "Content/overview-of-chinese-ai-models.md:262:54: warning: HumanEval for DeepSeek-LLM-67B-Base has 2 different values: 42.7 at"
            ))
        #expect(run.standardError.contains("atlas check: 0 errors"))
    }

    @Test func strictCheckFailsOnWarnings() throws {
        let run = try AtlasProcess.run(["check", "--strict"], in: repositoryRoot)
        #expect(run.status == 1)
    }

    @Test func checkSpeaksJSONForTools() throws {
        let run = try AtlasProcess.run(["check", "--format", "json"], in: repositoryRoot)
        let object = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
        let diagnostics = try #require(object?["diagnostics"] as? [[String: Any]])
        #expect(!diagnostics.isEmpty)
        #expect(
            diagnostics.allSatisfy {
                $0["path"] is String && $0["line"] is Int && $0["severity"] as? String == "warning"
            })
    }

    @Test func aConfigurationErrorNamesItsLineAndFails() throws {
        let folder = try TemporaryFolder(files: [
            "Content/a.md": "# A\n", "Content/atlas.yml": "organizations:\n  - name: [unclosed\n",
        ])
        defer { folder.remove() }
        let run = try AtlasProcess.run(["check"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.standardError.contains("Content/atlas.yml:3:1: error: invalid YAML"))
    }

    @Test func exportWritesTheGraphWithStableIds() throws {
        let run = try AtlasProcess.run(["export"], in: repositoryRoot)
        #expect(run.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let series = try #require(object["series"] as? [[String: Any]])
        let models = try #require(object["models"] as? [[String: Any]])
        #expect(series.count == 13)
        #expect(models.filter { $0["catalogued"] as? Bool == true }.count == 51)
        #expect(models.contains { $0["id"] as? String == "deepseek-v2.5-1210" })
        let again = try AtlasProcess.run(["export"], in: repositoryRoot)
        #expect(again.standardOutput == run.standardOutput)
    }

    /// A value the findings doubt is exported as written, and the finding is printed beside it.
    @Test func exportPrintsTheGraphsFindings() throws {
        let folder = try TemporaryFolder(files: [
            "Content/a.md": "| Model | MMLU |\n|---|---|\n| Qwen-7B | 101.5 |\n| Qwen-14B | 66.3 |\n"
                + "| Qwen-72B | 77.1 |\n"
        ])
        defer { folder.remove() }
        let run = try AtlasProcess.run(["export"], in: folder.path)
        #expect(run.status == 0)
        #expect(run.standardError.contains("Content/a.md:3:13: warning: '101.5' is outside"))
        #expect(run.standardOutput.contains("\"raw\":\"101.5\""))
    }

    /// Given an absolute content folder, the export writes paths as the site's downloads do
    /// (`Content/a.md`), and diagnostics keep the path as given.
    @Test func exportWritesPathsInsideTheContentFolder() throws {
        let folder = try TemporaryFolder(files: [
            "Content/a.md": "| Model | MMLU |\n|---|---|\n| Qwen-7B | 101.5 |\n| Qwen-14B | 66.3 |\n"
        ])
        defer { folder.remove() }
        for format in ["json", "csv"] {
            let run = try AtlasProcess.run(
                ["export", "--format", format, "--content", folder.path + "/Content"], in: "/")
            #expect(run.status == 0)
            #expect(run.standardOutput.contains("Content/a.md"))
            #expect(!run.standardOutput.contains(folder.path), "\(format)")
            #expect(run.standardError.contains(folder.path + "/Content/a.md:3:13: warning:"))
        }
    }

    @Test func exportWritesCSVViewsToAFile() throws {
        let folder = try TemporaryFolder(files: [:])
        defer { folder.remove() }
        let output = folder.path + "/models.csv"
        let run = try AtlasProcess.run(
            ["export", "--format", "csv", "--view", "models", "-o", output], in: repositoryRoot)
        #expect(run.status == 0)
        let csv = try String(contentsOfFile: output, encoding: .utf8)
        #expect(csv.hasPrefix("id,name,aliases,organization,series,catalogued"))
        #expect(csv.contains("\ndeepseek-v3,DeepSeek-V3,"))
        let bad = try AtlasProcess.run(["export", "--format", "csv", "--view", "nope"], in: repositoryRoot)
        #expect(bad.status != 0)
    }

    /// The export replaces its file whole: a source it reads, a link, a read-only file and a
    /// folder are refused before anything is written (`-o Content/atlas.yml` overwrote the
    /// configuration; a link became a plain file).
    @Test func exportDoesNotReplaceWhatItShouldNot() throws {
        let folder = try TemporaryFolder(files: [
            "Content/a.md": "# A\n\n| Model | MMLU |\n|---|---|\n| Acme-7B | 50 |\n",
            "Content/atlas.yml": "vocabulary: {}\n",
            "kept.txt": "kept\n", "readonly.json": "old\n",
        ])
        defer { folder.remove() }
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link.json", withDestinationPath: "kept.txt")
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: folder.path + "/readonly.json")
        try FileManager.default.createDirectory(atPath: folder.path + "/out", withIntermediateDirectories: false)
        let before = folder.snapshot()
        for (target, message) in [
            ("Content/atlas.yml", "one of the sources"), ("Content/a.md", "one of the sources"),
            ("link.json", "symbolic link"), ("readonly.json", "read-only"), ("out", "is a folder"),
        ] {
            let run = try AtlasProcess.run(["export", "-o", target], in: folder.path)
            #expect(run.status == 1, "\(target)")
            #expect(run.standardError.contains("\(target):1:1: error: ") && run.standardError.contains(message))
        }
        #expect(folder.snapshot() == before)
        #expect(try AtlasProcess.run(["export", "-o", "graph.json"], in: folder.path).status == 0)
        #expect(folder.read("graph.json")?.contains("acme-7b") == true)
    }

    @Test func aFileThatParsesTooLongIsStoppedAndNamed() throws {
        // `![[]()` repeated is quadratic in cmark 0.30.2: 300 KB takes seconds, far over 1 s.
        let folder = try TemporaryFolder(files: ["slow.md": String(repeating: "![[]()", count: 50_000)])
        defer { folder.remove() }
        let run = try AtlasProcess.run(["render", "--parse-timeout", "1", "slow.md"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.standardError.contains("slow.md:1:1: error: parsing took longer than 1.0 s"))
    }

    @Test func deepNestingIsRefusedWithItsPlace() throws {
        let folder = try TemporaryFolder(files: ["Content/deep.md": String(repeating: "> ", count: 300) + "a\n"])
        defer { folder.remove() }
        let run = try AtlasProcess.run(["check"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.standardError.contains("Content/deep.md:1:513: error: blocks or inlines nest more than 256 levels"))
    }
}
