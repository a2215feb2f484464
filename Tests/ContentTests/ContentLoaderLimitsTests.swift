import Catalog
import Foundation
import Markdown
import TestSupport
import Testing

@testable import Content

/// Every input of a build is read with a bound: no file costs more than the size limit, and
/// nothing that is not a regular file is read at all.
@Suite(.timeLimit(.minutes(1)))
struct ContentLoaderLimitsTests {
    @Test func aConfigurationOverTheSizeLimitIsRefused() throws {
        let yaml = "organizations:\n" + (0..<100).map { "  - name: Org\($0)\n" }.joined()
        let folder = try TemporaryFolder(files: ["Content/a.md": "# A\n", "Content/atlas.yml": yaml])
        defer { folder.remove() }
        let loaded = ContentLoader.load(from: folder.path + "/Content", limits: ParseLimits(maxFileSize: 1000))
        let error = try #require(loaded.diagnostics.first { $0.location.path.hasSuffix("atlas.yml") })
        #expect(error.description.hasPrefix(folder.path + "/Content/atlas.yml:1:1: error: "))
        #expect(error.message.contains("--max-file-size"))
        #expect(loaded.config == CatalogConfig())  // the defaults: the file was not read
    }

    /// A FIFO named `x.md` would block the build forever on open or read.
    @Test func aFIFOInContentIsRefusedNotWaitedFor() throws {
        let folder = try TemporaryFolder(files: ["Content/a.md": "# A\n"])
        defer { folder.remove() }
        #expect(mkfifo(folder.path + "/Content/x.md", 0o644) == 0)
        #expect(mkfifo(folder.path + "/Content/atlas.yml", 0o644) == 0)
        let loaded = ContentLoader.load(from: folder.path + "/Content", limits: ParseLimits())
        let paths = loaded.diagnostics.filter { $0.severity == .error }.map(\.location.path)
        #expect(paths == [folder.path + "/Content/x.md", folder.path + "/Content/atlas.yml"])
        #expect(loaded.diagnostics.allSatisfy { $0.message.contains("not a regular file") })
        #expect(loaded.documents.count == 1)
    }

    /// A file whose name is not UTF-8 (`bad\xFF.md`) was said to be missing.
    @Test func aNameThatIsNotUTF8IsSaidToBeOne() throws {
        let folder = try TemporaryFolder(files: ["Content/a.md": "# A\n"])
        defer { folder.remove() }
        let path = Array((folder.path + "/Content/bad").utf8) + [0xFF, 0x2E, 0x6D, 0x64, 0]
        let descriptor = path.withUnsafeBufferPointer {
            creat(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), 0o644)
        }
        #expect(descriptor >= 0)
        close(descriptor)
        let loaded = ContentLoader.load(from: folder.path + "/Content", limits: ParseLimits())
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1 && errors.allSatisfy { $0.message.contains("its name is not UTF-8") }, "\(errors)")
        #expect(loaded.documents.count == 1)
    }

    @Test func aFolderNamedLikeMarkdownIsRefused() throws {
        let folder = try TemporaryFolder(files: ["Content/a.md": "# A\n", "Content/b.md/inner": "x"])
        defer { folder.remove() }
        let loaded = ContentLoader.load(from: folder.path + "/Content", limits: ParseLimits())
        #expect(loaded.diagnostics.map(\.location.path) == [folder.path + "/Content/b.md"])
    }
}

@Suite(.timeLimit(.minutes(1)))
struct InputFileTests {
    @Test func aDeviceIsRefusedBeforeReading() {
        #expect(throws: InputFile.Failure.notRegularFile) { try InputFile.read("/dev/zero", limit: 100) }
    }

    @Test func aStreamIsReadOnlyUpToTheLimit() throws {
        let descriptor = open("/dev/zero", O_RDONLY)
        defer { close(descriptor) }
        #expect(throws: InputFile.Failure.tooLarge(size: nil, limit: 1000)) {
            try InputFile.read(descriptor: descriptor, limit: 1000)
        }
        // What was not read is still there: the reader took at most limit + 1 bytes of a pipe.
        var pipeEnds: [Int32] = [0, 0]
        #expect(pipe(&pipeEnds) == 0)
        defer { close(pipeEnds[0]) }
        let written = [UInt8](repeating: 65, count: 5000)
        #expect(write(pipeEnds[1], written, written.count) == 5000)
        close(pipeEnds[1])
        #expect(throws: InputFile.Failure.tooLarge(size: nil, limit: 1000)) {
            try InputFile.read(descriptor: pipeEnds[0], limit: 1000)
        }
        #expect(try InputFile.read(descriptor: pipeEnds[0], limit: 10_000).count == 5000 - 1001)
    }

    @Test func missingFoldersAndLargeFiles() throws {
        let folder = try TemporaryFolder(files: ["a.md": "# 12345678\n"])
        defer { folder.remove() }
        #expect(throws: InputFile.Failure.missing) { try InputFile.read(folder.path + "/none.md", limit: 100) }
        #expect(throws: InputFile.Failure.folder) { try InputFile.read(folder.path, limit: 100) }
        #expect(throws: InputFile.Failure.tooLarge(size: 11, limit: 10)) {
            try InputFile.read(folder.path + "/a.md", limit: 10)
        }
        #expect(try InputFile.read(folder.path + "/a.md", limit: 11) == Array("# 12345678\n".utf8))
    }
}
