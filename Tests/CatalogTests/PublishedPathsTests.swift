import Catalog
import Foundation
import Markdown
import Testing

struct PublishedPathsTests {
    @Test(arguments: [
        ("Content", "Content/a.md", "Content/a.md"),
        ("/home/me/site/Content", "/home/me/site/Content/a.md", "Content/a.md"),
        ("/home/me/site/Content/", "/home/me/site/Content/a.md", "Content/a.md"),
        ("../site/Content", "../site/Content/a.md", "Content/a.md"),
        ("docs/models", "docs/models/a b.md", "models/a b.md"),
        ("/srv/模型", "/srv/模型/卡.md", "模型/卡.md"),
    ])
    func aPathInsideTheFolderIsPublishedUnderTheFolderName(folder: String, path: String, published: String) {
        #expect(PublishedPaths(contentFolder: folder)(path) == published)
    }

    @Test func theWorkingFolderIsPublishedUnderItsName() {
        let name = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).lastPathComponent
        #expect(PublishedPaths(contentFolder: ".")("./a.md") == name + "/a.md")
    }

    @Test func aPathOutsideTheFolderOrAPrefixOfANameStaysAsGiven() {
        let paths = PublishedPaths(contentFolder: "/home/me/Content")
        #expect(paths("/home/me/Content2/a.md") == "/home/me/Content2/a.md")
        #expect(paths("/etc/atlas.yml") == "/etc/atlas.yml")
        #expect(PublishedPaths.asGiven("/home/me/Content/a.md") == "/home/me/Content/a.md")
    }

    @Test func aPlaceIsPublishedWithItsLineAndColumn() {
        let place = Provenance(SourceLocation(path: "/tmp/x/Content/a.md", line: 3, column: 7))
        #expect(PublishedPaths(contentFolder: "/tmp/x/Content")(place) == "Content/a.md:3:7")
    }
}
