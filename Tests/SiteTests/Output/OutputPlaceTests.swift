import Foundation
import Markdown
import TestSupport
import Testing

@testable import Site

/// Where the output folder is, for the paths users type (`--output P`, `out/`, `/srv/site`).
struct OutputPlaceTests {
    /// A one-letter relative name that does not exist yet (Foundation's path functions trapped on it).
    @Test func aOneLetterRelativeFolderSitsInTheWorkingFolder() throws {
        let name = "Q"
        #expect(!FileManager.default.fileExists(atPath: name))
        let place = try OutputPlace(name)
        #expect(place.name == "Q")
        #expect(place.parentPath == (FileManager.default.currentDirectoryPath as NSString).resolvingSymlinksInPath)
        #expect(place.stagingName == ".Q.atlas-staging")
    }

    @Test func aFolderThatDoesNotExistYetKeepsItsParentPath() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let place = try OutputPlace(folder.path + "/site/")
        #expect(place.name == "site")
        #expect(place.absolutePath.hasSuffix("/site"))
        #expect(place.parentPath.hasSuffix(folder.path.split(separator: "/").last.map(String.init) ?? "?"))
        let deeper = try OutputPlace(folder.path + "/missing/x")
        #expect(deeper.name == "x")
        #expect(deeper.parentPath == folder.path + "/missing")
    }

    @Test func theRootIsRefused() {
        #expect(throws: Diagnostic.self) { try OutputPlace("/") }
        #expect(throws: Diagnostic.self) { try OutputPlace("///") }
    }
}
