import Catalog
import Foundation
import Markdown
import TestSupport
import Testing

@testable import Content

/// A symbolic link in the content folder is followed only while it stays inside the folder: a
/// link to a file elsewhere (a pull request adding `Content/x.md -> /etc/passwd`) is refused with
/// an error at the link, so the build publishes nothing and the last good site stays.
@Suite(.timeLimit(.minutes(1)))
struct FolderBoundaryTests {
    /// `Content/a.md`, a secret outside `Content/`, and `Content/` itself.
    private func site() throws -> (folder: TemporaryFolder, content: String) {
        let folder = try TemporaryFolder(files: ["Content/a.md": "# A\n", "secret.md": "# Secret text\n"])
        return (folder, folder.path + "/Content")
    }

    @Test func aLinkToAFileOutsideTheFolderIsRefusedWithAnErrorAtTheLink() throws {
        let (folder, content) = try site()
        defer { folder.remove() }
        #expect(symlink(folder.path + "/secret.md", content + "/leak.md") == 0)
        #expect(symlink("../secret.md", content + "/relative.md") == 0)
        for cache in [nil, ParseCache()] {
            let loaded = ContentLoader.load(from: content, limits: ParseLimits(), cache: cache)
            let errors = loaded.diagnostics.filter { $0.severity == .error }
            #expect(errors.map(\.location.path) == [content + "/leak.md", content + "/relative.md"])
            #expect(errors.allSatisfy { $0.message.contains("outside '\(content)'") })
            #expect(errors.allSatisfy { $0.message.contains(folder.path + "/secret.md") })
            #expect(loaded.documents.map(\.path) == [content + "/a.md"])
        }
    }

    @Test func aConfigurationLinkedFromOutsideIsRefused() throws {
        let (folder, content) = try site()
        defer { folder.remove() }
        try folder.write("organizations:\n  - name: Elsewhere\n", to: "other.yml")
        #expect(symlink(folder.path + "/other.yml", content + "/atlas.yml") == 0)
        let loaded = ContentLoader.load(from: content, limits: ParseLimits())
        #expect(loaded.diagnostics.map(\.location.path) == [content + "/atlas.yml"])
        #expect(loaded.config == CatalogConfig())  // the defaults: the file was not read
    }

    @Test func linksThatStayInsideAndALinkedFolderAreRead() throws {
        let (folder, content) = try site()
        defer { folder.remove() }
        #expect(symlink("a.md", content + "/b.md") == 0)
        #expect(symlink(content, folder.path + "/Linked") == 0)
        let loaded = ContentLoader.load(from: folder.path + "/Linked", limits: ParseLimits())
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(loaded.documents.count == 2)
    }

    @Test func theFolderBoundaryJudgesTheOpenedFileNotItsName() throws {
        let (folder, content) = try site()
        defer { folder.remove() }
        let boundary = try #require(FolderBoundary(content))
        #expect(throws: InputFile.Failure.outside(folder: content, target: folder.path + "/secret.md")) {
            try InputFile.read(content + "/../secret.md", limit: 100, inside: boundary)
        }
        #expect(try InputFile.read(content + "/a.md", limit: 100, inside: boundary) == Array("# A\n".utf8))
        #expect(FolderBoundary(folder.path + "/none") == nil)
    }
}
