import Foundation
import TestSupport
import Testing

/// Every failure prints `path:line:column: error: message`, or `atlas: error: message` when no
/// place applies, and exits non-zero; ArgumentParser's own `Error:` lines included.
struct ErrorOutputTests {
    /// `path:line:column: severity: message` or `atlas: error: message`.
    static func hasOneForm(_ line: String) -> Bool {
        line.wholeMatch(of: #/.+:\d+:\d+: (error|warning): .+/#) != nil
            || line.wholeMatch(of: #/atlas: error: .+/#) != nil
    }

    @Test(arguments: [
        ["build", "--max-file-size", "0"], ["build", "--no-such-option"], ["export", "--view", "nope"],
        ["frobnicate"], ["render"], ["render", "missing.md"], ["render", "."], ["check", "--format", "xml"],
        ["export", "--output", "/nonexistent-folder/catalog.json"],
    ])
    func failuresHaveOneForm(_ arguments: [String]) throws {
        let folder = try TemporaryFolder.withSeed()
        defer { folder.remove() }
        let run = try AtlasProcess.run(arguments, in: folder.path)
        #expect(run.status != 0)
        let lines = run.standardError.split(separator: "\n").map(String.init)
        let errors = lines.filter { $0.contains("error") || $0.hasPrefix("Error") }
        #expect(!errors.isEmpty, "\(arguments): \(run.standardError)")
        for line in errors {
            #expect(Self.hasOneForm(line), "\(arguments): \(line)")
        }
        #expect(!run.standardError.contains("Error Domain="), "\(run.standardError)")
        #expect(!run.standardError.contains("Usage:"), "\(run.standardError)")
    }

    @Test func aDiagnosticKeepsItsPlace() throws {
        let folder = try TemporaryFolder.withSeed()
        defer { folder.remove() }
        try folder.write("organizations: 3\n", to: "Content/atlas.yml")
        let run = try AtlasProcess.run(["build"], in: folder.path)
        #expect(run.status != 0)
        #expect(run.standardError.hasPrefix("Content/atlas.yml:1:16: error: "), "\(run.standardError)")
    }

    @Test func helpAndVersionStillSucceed() throws {
        #expect(try AtlasProcess.run(["--help"], in: repositoryRoot).status == 0)
        let version = try AtlasProcess.run(["--version"], in: repositoryRoot)
        #expect(version.status == 0 && version.standardOutput == "0.1.0\n")
    }
}
