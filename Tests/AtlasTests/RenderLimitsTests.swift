import Foundation
import TestSupport
import Testing

/// `atlas render` reads a bounded amount of a regular file or of standard input, and says what is
/// wrong with anything else in the one diagnostic form.
@Suite(.timeLimit(.minutes(1)))
struct RenderLimitsTests {
    @Test func aFolderOrAMissingFileIsADiagnostic() throws {
        let folder = try TemporaryFolder(files: ["notes/a.md": "# A\n"])
        defer { folder.remove() }
        let missing = try AtlasProcess.run(["render", "none.md"], in: folder.path)
        #expect(missing.status != 0)
        #expect(missing.standardError == "none.md:1:1: error: no such file (check the path)\n")
        let directory = try AtlasProcess.run(["render", "notes"], in: folder.path)
        #expect(directory.status != 0)
        #expect(directory.standardError.hasPrefix("notes:1:1: error: this is a folder"))
        #expect(!directory.standardError.contains("NSCocoaErrorDomain"))
    }

    @Test func aDeviceIsRefused() throws {
        let run = try AtlasProcess.run(["render", "/dev/zero"], in: repositoryRoot)
        #expect(run.status != 0)
        #expect(run.standardError.hasPrefix("/dev/zero:1:1: error: not a regular file"))
    }

    /// Endless standard input: refused after max-file-size + 1 bytes, not read to the end.
    @Test func standardInputIsBounded() throws {
        let process = Process()
        process.executableURL = AtlasProcess.executable
        process.arguments = ["render", "--max-file-size", "100000", "-"]
        process.standardInput = FileHandle(forReadingAtPath: "/dev/zero")
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(message.hasPrefix("<stdin>:1:1: error: input is over the limit of 100000 bytes"), "\(message)")
    }

    @Test func aFileOverTheLimitIsRefused() throws {
        let folder = try TemporaryFolder(files: ["a.md": String(repeating: "word ", count: 100)])
        defer { folder.remove() }
        let run = try AtlasProcess.run(["render", "--max-file-size", "100", "a.md"], in: folder.path)
        #expect(run.status != 0)
        #expect(run.standardError.hasPrefix("a.md:1:1: error: file is 500 bytes, over the limit of 100 bytes"))
    }
}

@Suite struct BuildBudgetTests {
    @Test func aSiteOverTheOutputLimitIsNotWritten() throws {
        let folder = try TemporaryFolder.withSeed()
        defer { folder.remove() }
        let run = try AtlasProcess.run(["build", "--max-output-size", "100000"], in: folder.path)
        #expect(run.status != 0)
        #expect(run.standardError.contains("output limit of 100000 bytes"), "\(run.standardError)")
        #expect(!folder.exists("Public"))
    }
}

@Suite struct RenderTimeoutTests {
    @Test func aBuildThatRendersTooLongStopsBeforeWriting() throws {
        let folder = try TemporaryFolder.withSeed()
        defer { folder.remove() }
        let run = try AtlasProcess.run(["build", "--render-timeout", "0.001"], in: folder.path)
        #expect(run.status != 0)
        #expect(run.standardError.hasPrefix("atlas: error: rendering the site took longer than 0.001 s"))
        #expect(run.standardError.contains("--render-timeout"))
        #expect(!folder.exists("Public"))
    }
}
