import TestSupport
import Testing

struct CommandLineTests {
    @Test func helpListsTheSubcommands() throws {
        let run = try AtlasProcess.run(["--help"], in: repositoryRoot)
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("build"))
        #expect(run.standardOutput.contains("render"))
    }

    @Test func buildHelpDescribesEveryOption() throws {
        let run = try AtlasProcess.run(["build", "--help"], in: repositoryRoot)
        for option in ["--content", "--templates", "--output", "--max-file-size", "--strict"] {
            #expect(run.standardOutput.contains(option), "\(option) missing from help")
        }
    }

    @Test func renderPrintsTableHTML() throws {
        let folder = try TemporaryFolder(files: ["t.md": "| Model | MMLU |\n|---|---:|\n| DeepSeek-V3 | 88.5 |\n"])
        defer { folder.remove() }
        let run = try AtlasProcess.run(["render", "t.md"], in: folder.path)
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("<table>\n<thead>\n<tr>\n<th>Model</th>\n<th align=\"right\">MMLU</th>"))
        #expect(run.standardOutput.contains("<td>DeepSeek-V3</td>\n<td align=\"right\">88.5</td>"))
    }

    @Test func renderReadsStandardInput() throws {
        let run = try AtlasProcess.run(["render", "-"], in: repositoryRoot, input: "| a |\n|---|\n| 1 |\n")
        #expect(run.standardOutput.contains("<td>1</td>"))
    }

    @Test(arguments: [
        ["build", "--max-file-size", "0"], ["check", "--max-file-size", "9223372036854775807"],
        ["build", "--render-timeout", "nan"], ["build", "--render-timeout", "0"], ["build", "--parse-timeout", "nan"],
    ])
    func aBadOptionValueIsRejected(_ arguments: [String]) throws {
        let run = try AtlasProcess.run(arguments, in: repositoryRoot)
        #expect(run.status == 64, "\(run.standardError)")
        #expect(run.standardError.contains(arguments[1]))
    }

    /// An empty folder (an unset shell variable) is refused before anything is touched: `init ""`
    /// wrote into the file system's root, `--output ""` replaced the working folder.
    @Test(arguments: [
        ["init", ""], ["build", "--output", ""], ["build", "--content", ""], ["build", "--templates", ""],
        ["check", "--content", ""], ["export", "--output", ""], ["serve", "--output", ""], ["render", ""],
    ])
    func anEmptyFolderOrFileIsRejected(_ arguments: [String]) throws {
        let folder = try TemporaryFolder(files: ["Content/a.md": "# A\n"])
        defer { folder.remove() }
        let before = folder.snapshot()
        let run = try AtlasProcess.run(arguments, in: folder.path)
        #expect(run.status == 64, "\(run.standardError)")
        #expect(run.standardError.contains("it is empty"), "\(run.standardError)")
        #expect(folder.snapshot() == before)
    }
}
